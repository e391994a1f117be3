"""Assembling events: per-mention findings in, ACLED events out.

Reads the drafts the field stages produced for each event mention of one document and returns
`Event`s in text order. ACLED codes one event per day x location x actor pair, so two mentions of
one document that agree on all four are the same event told twice ("Government forces repelled
the attack" after "the terrorists attacked ..."): they are merged, keeping every sentence as
evidence and the larger casualty figure (the same deaths reported twice are not summed). Where the
merged mentions disagree on type, a battle absorbs the shelling or strikes fought within it.
Never fails on well-formed drafts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .model import (
    Actors,
    Attribution,
    Casualties,
    Document,
    Event,
    EventDate,
    EventMention,
    EventType,
    Location,
)  # fmt: skip

__all__ = ["Draft", "assemble_events", "merge_key"]

_CERTAINTY_ORDER = ("confirmed", "reported", "claimed", "unconfirmed")


@dataclass(frozen=True, slots=True)
class Draft:
    """What the field stages found for one event mention, before merging."""

    mention: EventMention
    type: EventType
    date: EventDate
    location: Location
    actors: Actors
    casualties: Casualties
    attribution: Attribution


def merge_key(draft: Draft) -> tuple[object, ...]:
    a = draft.actors
    where = draft.location.place_id or draft.location.location.casefold()
    return (
        draft.date.event_date,
        where,
        a.actor1.name if a.actor1 else "",
        a.actor2.name if a.actor2 else "",
    )


def assemble_events(doc: Document, drafts: list[Draft]) -> list[Event]:
    merged: dict[tuple[object, ...], Draft] = {}
    for draft in drafts:
        key = merge_key(draft)
        merged[key] = _merge(merged[key], draft) if key in merged else draft
    ordered = sorted(merged.values(), key=lambda d: d.mention.start)
    return [_to_event(doc, d) for d in ordered]


def _merge(first: Draft, second: Draft) -> Draft:
    sentences = tuple(
        sorted(set(first.mention.sentences) | set(second.mention.sentences), key=lambda s: s.start)
    )
    mention = replace(first.mention, sentences=sentences)
    event_type = first.type
    if second.type.event_type == "Battles" and first.type.event_type != "Battles":
        event_type = second.type
    return replace(
        first,
        mention=mention,
        type=event_type,
        casualties=_merge_casualties(first.casualties, second.casualties),
        attribution=_merge_attribution(first.attribution, second.attribution),
        date=replace(first.date, evidence=first.date.evidence + second.date.evidence),
        location=replace(first.location, evidence=first.location.evidence + second.location.evidence),
    )


def _merge_casualties(a: Casualties, b: Casualties) -> Casualties:
    lows = [x for x in (a.fatalities_low, b.fatalities_low) if x is not None]
    highs = [x for x in (a.fatalities_high, b.fatalities_high) if x is not None]
    return Casualties(
        fatalities=max(a.fatalities, b.fatalities),
        injured=max(a.injured, b.injured),
        fatalities_low=min(lows) if lows else None,
        fatalities_high=max(highs) if highs else None,
        evidence=a.evidence + b.evidence,
    )


def _merge_attribution(a: Attribution, b: Attribution) -> Attribution:
    # The least certain wording wins: a hedge anywhere in the telling qualifies the whole event.
    rank = {name: i for i, name in enumerate(_CERTAINTY_ORDER)}
    certainty = max(a.certainty, b.certainty, key=lambda c: rank.get(c, 1))
    return Attribution(
        claimed_by=a.claimed_by or b.claimed_by, certainty=certainty, evidence=a.evidence + b.evidence
    )


def _source_column(doc: Document) -> str:
    """ACLED's source column: the original publisher first, then the site that reposted it."""
    names = [n for n in (doc.original_source, doc.source) if n]
    return "; ".join(dict.fromkeys(names))


def _codebook_consistent(draft: Draft) -> Draft:
    """ACLED codes no deaths for a peaceful protest: deaths named there are its cause, not its toll."""
    if draft.type.sub_event_type == "Peaceful protest" and draft.casualties.fatalities:
        return replace(draft, casualties=replace(draft.casualties, fatalities=0, evidence=()))
    return draft


def _to_event(doc: Document, draft: Draft) -> Event:
    draft = _codebook_consistent(draft)
    return Event(
        doc_id=doc.id,
        mention=draft.mention,
        type=draft.type,
        date=draft.date,
        location=draft.location,
        actors=draft.actors,
        casualties=draft.casualties,
        attribution=draft.attribution,
        source=_source_column(doc),
        source_scale=doc.source_scale or "",
        original_source=doc.original_source or "",
        notes=draft.mention.text(doc),
        sources=(doc.id,),
    )
