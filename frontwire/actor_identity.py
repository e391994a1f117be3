"""Actor identity: what one resolved actor mention is, and which mentions name the same actor.

Reads the `ActorMention`s found in one event mention (`actor_mentions.find_actor_mentions`), the
document's text (and up to 800 characters before the mention, for "the terrorists") and the actor
KB. Writes `ActorMention`s: a generic armed phrase joined to a named group becomes that group
("gunmen believed to belong to IS", "militants, mostly HTS"), "X or Y" becomes ACLED's "X and/or Y",
a later "the attackers" is the group named before it, and "the terrorists" with no rebel group in
the mention takes the nearest one named before it; the group that "claimed responsibility" is the
report's unnamed attackers; "X, which operates under Y" / "X, coded as Y" is Y with X associated.
`make_actor` turns a KB entry into ACLED's name for it (state names dated by regime, templates
filled with the country).
Never fails: with nothing to merge the mentions come back unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .actor_cues import RoleCues, load_role_cues
from .actor_kb import TEMPLATE_KINDS, ActorEntry, ActorKB, normalize
from .model import Actor, Document, EventMention, Span

__all__ = ["WORD", "ActorMention", "corefer", "credit_claims", "earlier_groups", "make_actor",
           "merge_identities", "resolve_anaphora", "under_umbrella"]  # fmt: skip

WORD = re.compile(r"[A-Za-z\u00C0-\u024F0-9']+")
_LOOKBACK_CHARS = 800  # how far before the mention "the terrorists" may look for the group's name
_ARMED_KINDS = frozenset(
    {"group", "community", "unidentified", "ethnic", "communal", "gang", "vigilante", "private"}
)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor named in the text, resolved: `actor` is what ACLED would write for it."""

    actor: Actor
    entry: ActorEntry
    start: int
    end: int
    side: str = ""  # "agent" | "target" | "" (unknown)
    pair: int = 0  # 1 or 2 inside "between X and Y"
    marked: bool = False  # the side was said by a word ("by", "against"), not by word order
    subject: bool = False  # stands before the pivot verb (a passive's subject is its target)
    topic: bool = False  # named after "against"/"demanding": what a protest is about

    @property
    def kind(self) -> str:
        return self.entry.kind

    @property
    def armed(self) -> bool:
        return self.entry.kind in _ARMED_KINDS or self.is_state

    @property
    def is_state(self) -> bool:
        return self.entry.kind in ("state", "unit")


def make_actor(kb: ActorKB, entry: ActorEntry, country: str, event_country: str, day: date | None,
                span: Span, patron: str = "", as_group: bool = False) -> Actor:  # fmt: skip
    if entry.kind == "state":
        home = entry.country or country or event_country
        name = kb.state_name(home, entry.branch, day)
        inter = 1 if not event_country or home == event_country else 8
        return Actor(name, inter, home, patron or entry.patron, (span,))
    if entry.kind == "unit" and not entry.country:
        # A unit every state has ("Prison Guards"): the event country's branch under today's regime.
        home = country or event_country
        name = f"{kb.state_name(home, entry.branch, day)} {entry.name}"
        return Actor(name, 1, home, patron or entry.patron, (span,))
    if entry.kind == "unit":
        inter = 1 if not event_country or entry.country == event_country else 8
        return Actor(entry.name, inter, entry.country, patron or entry.patron, (span,))
    if entry.kind in TEMPLATE_KINDS:
        home = country or entry.country or event_country
        return Actor(
            entry.name.replace("{country}", home), entry.inter, home, patron or entry.patron, (span,)
        )
    if entry.kind == "community" and as_group:
        return Actor(entry.group_form, 7, entry.country, patron or entry.patron, (span,))
    return Actor(entry.name, entry.inter, entry.country, patron or entry.patron, (span,))


def merge_identities(
    mentions: list[ActorMention], text: str, cues: RoleCues, kb: ActorKB
) -> list[ActorMention]:
    """A generic armed phrase joined to a named group is that group ("militants, mostly HTS");
    "X or Y" is ACLED's "X and/or Y" where the KB knows that name ("JNIM or ISGS militants")."""
    merged: list[ActorMention] = []
    skip = -1
    for i, current in enumerate(mentions):
        if i == skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and current.kind == nxt.kind == "group" and \
                normalize(text[current.end : nxt.start]).strip() in ("or", "and or"):  # fmt: skip
            either = kb.by_name.get(f"{current.actor.name} and/or {nxt.actor.name}")
            if either is not None:
                actor = replace(
                    current.actor, name=either.name, evidence=current.actor.evidence + nxt.actor.evidence
                )
                merged.append(replace(current, actor=actor, entry=either, end=nxt.end))
                skip = i + 1
                continue
        if (
            nxt is not None
            and current.kind == "group"
            and nxt.kind == "unidentified"
            and (gap := WORD.findall(normalize(text[current.end : nxt.start])))
            and len(gap) == 1
            and gap[0] in cues.descriptor_links
        ):
            # "Boko Haram-linked militants killed": the generic phrase is the named group's, in its place.
            merged.append(replace(nxt, actor=current.actor, entry=current.entry, start=current.start))
            skip = i + 1
            continue
        if (
            current.armed
            and nxt is not None
            and nxt.kind in ("group", "community")
            and nxt.entry.inter in (2, 3, 4)
        ):
            gap_words = _drop_descriptor(WORD.findall(normalize(text[current.end : nxt.start])), cues)
            # A generic phrase takes any identity link ("gunmen believed to belong to IS"); a
            # named one only a narrowing word ("Turkish-backed militants, mostly HTS").
            links = cues.identity_links if current.kind in _GENERIC_ARMED else cues.specific_links
            if (
                gap_words
                and len(gap_words) <= 6
                and all(w in links for w in gap_words)
                or (not gap_words and current.kind == "unidentified")
            ):
                actor = replace(nxt.actor, patron=nxt.actor.patron or current.actor.patron,
                                evidence=current.actor.evidence + nxt.actor.evidence)  # fmt: skip
                merged.append(
                    replace(nxt, actor=actor, start=current.start, side=current.side, pair=current.pair)
                )
                skip = i + 1
                continue
        if (
            current.kind == "state"
            and nxt is not None
            and nxt.kind == "unit"
            and nxt.actor.country == current.actor.country
            and normalize(text[current.end : nxt.start]).strip() in ("", "s")
        ):
            # "the regime's Military Intelligence": the state named, then which of its units.
            merged.append(replace(nxt, start=current.start, side=current.side, pair=current.pair,
                                  marked=current.marked, subject=current.subject))  # fmt: skip
            skip = i + 1
            continue
        if (
            current.kind in ("group", "community")
            and nxt is not None
            and (nxt.kind in _GENERIC_ARMED or nxt.kind == "state" and not nxt.entry.country
                 and current.entry.inter in (2, 3)  # "HTS security forces": the group's own police
                 or _generic_word(kb, text, nxt))
            and not normalize(text[current.end : nxt.start]).strip()
        ):  # fmt: skip
            # "Pokot militias", "Al Shabaab gunmen": the generic word is the named group's noun.
            merged.append(replace(current, end=nxt.end))
            skip = i + 1
            continue
        merged.append(current)
    return corefer(merged)


_GENERIC_ARMED = frozenset({"unidentified", "ethnic", "communal", "gang"})


def _generic_word(kb: ActorKB, text: str, m: ActorMention) -> bool:
    """The mention is a generic word that this country's learned usage reads as one group ("militants"
    is the PKK in Iraq): after another group's name ("Islamic State militants") it is that name's noun."""
    return any(e.kind in _GENERIC_ARMED for e in kb.lookup(text[m.start : m.end]))


def corefer(mentions: list[ActorMention]) -> list[ActorMention]:
    """After a named group, "the attackers"/"the militants" in the same mention are that group."""
    named: ActorMention | None = None
    out = []
    for m in mentions:
        if m.kind in ("group", "community") and m.entry.inter in (2, 3, 4):
            named = named or m
        elif m.kind in _GENERIC_ARMED and named is not None and (m.side == named.side or m.marked is False):
            m = replace(m, actor=replace(named.actor, evidence=named.actor.evidence + m.actor.evidence),
                        entry=named.entry)  # fmt: skip
        out.append(m)
    return out


def earlier_groups(doc: Document, mention: EventMention, country: str, day: date | None,
                   kb: ActorKB) -> list[ActorMention]:  # fmt: skip
    """Named rebel groups in the text just before the mention, nearest last."""
    lo = max(0, mention.start - _LOOKBACK_CHARS)
    context = doc.text[lo : mention.start]
    found = []
    for hit in kb.find(context):
        entry = kb.pick(hit.entries, country)
        if entry is not None and entry.kind == "group" and entry.inter == 2:
            span = Span.of(doc.text, lo + hit.start, lo + hit.end)
            found.append(
                ActorMention(make_actor(kb, entry, "", country, day, span), entry, span.start, span.end)
            )
    return found


def resolve_anaphora(found: list[ActorMention], doc: Document, mention: EventMention, country: str,
                      day: date | None, kb: ActorKB) -> list[ActorMention]:  # fmt: skip
    """'the terrorists'/'the militants' with no rebel group named in the mention: the nearest before."""
    if any(m.kind == "group" and m.entry.inter == 2 for m in found):
        return found
    out = []
    earlier: list[ActorMention] | None = None
    for m in found:
        definite = doc.text[max(0, m.start - 4) : m.start + 4].lower()
        said = " ".join(normalize(doc.text[m.start : m.end]).split())
        # "the militants", or a bare "insurgents" that only an organised group is called: the group named before.
        if m.kind == "unidentified" and ("the " in definite or said in load_role_cues().bare_anaphors):
            if earlier is None:
                earlier = earlier_groups(doc, mention, country, day, kb)
            if earlier:
                named = earlier[-1]
                actor = replace(named.actor, evidence=m.actor.evidence + named.actor.evidence)
                out.append(replace(m, actor=actor, entry=named.entry))
                continue
        out.append(m)
    return out


def credit_claims(found: list[ActorMention], text: str, cues: RoleCues) -> list[ActorMention]:
    """ "Presumed militants ambushed a unit ... JNIM claimed responsibility": the claimer is the doer
    and the report's unnamed attackers are it; named alone, it becomes the (marked) doer. The group
    a source blames ("a police statement said, blaming al Shabaab") is credited the same way."""
    norm = normalize(text)
    claimer = next(
        (m for i, m in enumerate(found) if m.kind == "group" and m.entry.inter in (2, 3, 4)
         and (cues.claim.match(norm, m.end) or cues.blame.search(norm, max(0, m.start - 80), m.start))
         and not (i and found[i - 1].kind == "group" and m.start - found[i - 1].end <= 3
                  and found[i - 1].actor.name != m.actor.name)),  # "Boko Haram/IS"; "... al-Muslimin (JNIM)" is one
        None,
    )  # fmt: skip
    if claimer is None:
        return found
    out = []
    credited = False
    for m in found:
        if m.kind in _GENERIC_ARMED and m.side != "target":
            actor = replace(claimer.actor, evidence=m.actor.evidence + claimer.actor.evidence)
            out.append(replace(m, actor=actor, entry=claimer.entry))
            credited = True
        elif m is not claimer:
            out.append(m)
    if not credited:
        out.insert(0, replace(claimer, side="agent", marked=True))
    return out


_CONJOINED = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:pro-)?")


def under_umbrella(mentions: list[ActorMention], text: str, cues: RoleCues) -> list[ActorMention]:
    """ "JWS, which operates under OPS, shelled QSD": the umbrella takes the group's place and side,
    and the group follows it as its associate (an ally with nothing between them)."""
    out: list[ActorMention] = []
    skip = -1
    for i, current in enumerate(mentions):
        if i == skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and current.armed
            and nxt.kind in ("group", "unit")
            and current.actor.name != nxt.actor.name
        ):
            gap = normalize(text[current.end : nxt.start])
            found = cues.umbrella.match(gap)
            if found and found.end() == len(gap):
                # "Turkish forces and pro-Turkey factions, operating under OPS": every side joined by
                # "and" right before the group operates under the umbrella too; it takes the first's place.
                first = len(out)
                while first > 0 and out[first - 1].start >= current.start:
                    first -= 1  # the group's learned leader, named at the group's own words
                while (
                    first > 0
                    and out[first - 1].armed
                    and _CONJOINED.fullmatch(
                        text[out[first - 1].end : (out[first].start if first < len(out) else current.start)]
                    )
                ):
                    first -= 1
                lead = out[first] if first < len(out) else current
                umbrella = replace(nxt, start=lead.start, end=lead.end, side=lead.side, pair=lead.pair,
                                   marked=lead.marked, subject=lead.subject)  # fmt: skip
                joined = [replace(m, start=m.end) for m in out[first:]]
                out[first:] = [umbrella, *joined]
                out.append(replace(current, start=current.end))
                skip = i + 1
                continue
        out.append(current)
    return out


def _drop_descriptor(gap_words: list[str], cues: RoleCues) -> list[str]:
    """The gap without a descriptor glued to the next name ("Jihadists from the al-Qaeda-linked JNIM": the
    words "al qaeda linked" describe JNIM and break no identity link); unchanged without one."""
    if not gap_words or gap_words[-1] not in cues.descriptor_links:
        return gap_words
    kept = gap_words[:-1]
    for _ in range(4):  # the descriptor's own name: at most four words ("Islamic State in West Africa")
        if not kept or kept[-1] in cues.identity_links:
            break
        kept.pop()
    return kept

