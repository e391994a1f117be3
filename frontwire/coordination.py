"""One event per place: splitting a mention whose sentence lists several places.

ACLED codes one event per day x location x actor pair, so "airstrikes hit Kafr Nabl, Hass and
Maarat al-Numan" is three events and "fighting in Homs and Aleppo" two; "near the towns of A
and B" frames one front line and stays one event. Reads the mention's main
sentence and the document's place mentions; returns one `Location` per listed town (or the single
location `locate` gives when the sentence lists none) and shares the reported casualties out
among them as ACLED does, the remainder to the first. "Between A and B" names one place between two
anchors, not two events, and admin areas or countries after a town ("Kafr Nabl, Idleb") qualify
it rather than list another. Never fails: anything it cannot split stays one event.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .coordination_units import admin_list, bracket_units, declared_events, declared_split, listed_units
from .gazetteer import Gazetteer, fold
from .locate import locate_event
from .model import Casualties, Document, EventMention, Location, PlaceMention, Span

__all__ = ["event_shares", "listed_places", "locate_each_place", "share_casualties"]

_LIST_GAP = re.compile(r"\s*(?:,|;|and|or|&|, and|, or|as well as)\s*(?:the\s+(?:towns?|villages?|cities|city)\s+of\s+)?",
                       re.IGNORECASE)  # fmt: skip
# A list of towns ends with a conjunction ("A, B and C"); "A, B" alone is a town and its area.
_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&|as well as", re.IGNORECASE)
# "Near the towns of A and B" frames one front line around two anchors: one event, not two.
_RELATIVE = frozenset(
    ("near", "around", "outskirts", "vicinity", "close", "east", "west", "north", "south", "between",
     "towards", "toward", "from", "along")
)  # fmt: skip
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+\w+\s+of\s+)?$", re.IGNORECASE)


def _qualifies(town: PlaceMention, following: PlaceMention) -> bool:
    """True when `following` names the area `town` lies in ("Spartak, Donetsk"), not another town."""
    if any(c.feature.startswith(("ADM", "PCL")) for c in following.candidates):
        return True
    areas = {fold(a) for c in town.candidates[:1] for a in (c.admin1, c.admin2, c.admin3) if a}
    return bool(areas & {fold(following.span.text), *(fold(c.name) for c in following.candidates)})


def _is_town(place: PlaceMention) -> bool:
    return bool(place.candidates) and place.cue != "demonym" and place.candidates[0].feature.startswith("PPL")


def listed_places(
    doc: Document, mention: EventMention, places: tuple[PlaceMention, ...]
) -> tuple[PlaceMention, ...]:
    """The towns the mention's main sentence lists together ("A, B and C"), or () when it lists none."""
    sentence = mention.sentences[0]
    towns = sorted(
        (p for p in places if sentence.start <= p.span.start and p.span.end <= sentence.end and _is_town(p)),
        key=lambda p: p.span.start,
    )
    best: list[PlaceMention] = []
    run: list[PlaceMention] = []
    for town in towns:
        gap = doc.text[run[-1].span.end : town.span.start] if run else ""
        if run and _LIST_GAP.fullmatch(gap) and not (gap.strip() == "," and _qualifies(run[-1], town)):
            run.append(town)
        else:
            run = [town]
        if len(run) > len(best) and _CONJUNCTION.search(doc.text[run[0].span.end : run[-1].span.start]):
            best = list(run)
    if len(best) < 2 or _RELATIVE.intersection(best[0].cue.lower().split()):
        return ()
    if _BETWEEN.search(doc.text[max(sentence.start, best[0].span.start - 40) : best[0].span.start]):
        return ()
    return tuple(best)


def locate_each_place(
    doc: Document, mention: EventMention, places: tuple[PlaceMention, ...], gazetteer: Gazetteer
) -> tuple[Location, ...]:
    """One location per listed town or bracketed place, else the one location of the mention. For
    bracketed places and listed admin areas the first is the mention's own location: a note coded
    once is scored, and mapped, on it; a plain list of towns keeps the text's order."""
    first = locate_event(doc, mention, places, gazetteer)
    declared = declared_events(doc, mention)
    sentence = mention.sentences[0]
    units = bracket_units(doc, sentence, places)
    if len(units) > 1 and (declared or listed_units(doc, units)):
        groups = [u.places for u in units]
    else:
        groups = [(p,) for p in admin_list(doc, sentence, places)]
    if len(groups) < 2:
        found = list(_each_listed_town(doc, mention, places, gazetteer, first))
    else:
        found = [first]
        for group in groups:
            _add(found, locate_event(doc, mention, group, gazetteer))
    if declared and len(found) < declared:
        # the coder counted more events than the note lists: its other places, those the text frames
        # first ("in addition to other locations in the east of Mukayras district"; an unframed name is
        # as often an actor's: "Hazamiyah Resistance forces"), each in text order
        told = {p.span for group in groups for p in group}
        for p in sorted(places, key=lambda p: (not p.cue, p.span.start)):
            if len(found) < declared and p.span not in told and _may_hold_event(p, first, mention):
                _add(found, locate_event(doc, mention, (p,), gazetteer))
    return tuple(found[: declared or len(found)])


def _add(found: list[Location], location: Location) -> None:
    if location.latitude is not None and all(not _same(location, seen) for seen in found):
        found.append(location)


def _may_hold_event(place: PlaceMention, first: Location, mention: EventMention) -> bool:
    """A place of the mention's sentences, in the first event's country, below the province level."""
    if (
        not place.candidates
        or place.cue == "demonym"
        or not any(_inside(place, s) for s in mention.sentences)
    ):
        return False
    top = place.candidates[0]
    return top.country == first.country and not top.feature.startswith(("PCL", "ADM1"))


def _inside(place: PlaceMention, sentence: Span) -> bool:
    return sentence.start <= place.span.start and place.span.end <= sentence.end


def _same(a: Location, b: Location) -> bool:
    if a.place_id and b.place_id:
        return a.place_id == b.place_id
    return (fold(a.location), a.latitude, a.longitude) == (fold(b.location), b.latitude, b.longitude)


def _each_listed_town(
    doc: Document,
    mention: EventMention,
    places: tuple[PlaceMention, ...],
    gazetteer: Gazetteer,
    first: Location,
) -> tuple[Location, ...]:
    """One location per town of a plain list ("A, B and C"), each placed by the locator without the others."""
    listed = listed_places(doc, mention, places)
    if not listed:
        return (first,)
    locations: list[Location] = []
    for town in listed:
        others = tuple(p for p in places if p is town or p not in listed)
        location = locate_event(doc, mention, others, gazetteer)
        if location.place_id not in {c.id for c in town.candidates} and fold(location.location) not in {
            fold(town.span.text),
            *(fold(c.name) for c in town.candidates),
        }:
            continue  # the locator placed the event elsewhere: this town gives no event of its own
        if all(
            location.place_id != seen.place_id or location.location != seen.location for seen in locations
        ):
            locations.append(location)
    return tuple(locations) or (first,)


def event_shares(
    doc: Document, mention: EventMention, casualties: Casualties, parts: int
) -> tuple[Casualties, ...]:
    """Each event's toll: the coder's own share where the note states its split ("coded as 10 and split
    up between 2 events": the casualty reader already took 5 each), else the toll shared out."""
    split = declared_split(doc, mention)
    if split is not None and any(
        e.start < split[1].end and split[1].start < e.end for e in casualties.evidence
    ):
        return (casualties,) * parts
    return share_casualties(casualties, parts)


def share_casualties(casualties: Casualties, parts: int) -> tuple[Casualties, ...]:
    """Split a toll among `parts` events as ACLED does: evenly, the remainder to the first."""
    if parts <= 1:
        return (casualties,)

    def share(total: int | None, index: int) -> int | None:
        if total is None:
            return None
        return total // parts + (total % parts if index == 0 else 0)

    return tuple(
        replace(
            casualties,
            fatalities=share(casualties.fatalities, i) or 0,
            injured=share(casualties.injured, i) or 0,
            fatalities_low=share(casualties.fatalities_low, i),
            fatalities_high=share(casualties.fatalities_high, i),
        )
        for i in range(parts)
    )
