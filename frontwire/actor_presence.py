"""Background groups: the armed group a report says is present where an unnamed one struck.

Reads the `ActorMention`s found in one event mention, the document's text around the mention (up to
`_REACH` characters on each side, so a background sentence before or after the event sentence
counts), the actor KB and the role cues' `presence` words ("operates in", "is active in", "has waged
an insurgency", "who control"). Writes the mentions with the report's unnamed attackers ("gunmen",
"insurgents", "suspected jihadists") credited to that group when it is the only one the report
places there ("Gunmen killed five civilians ... JNIM, which operates in the area, ..."); a group
named only as present is never a side of its own (it had been read as the target of "killed").
With two or more groups said present ("The Taliban and Islamic State both operate in the
province") none is credited and none is a side. Never fails: without such a group, unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .actor_cues import RoleCues
from .actor_identity import ActorMention, make_actor
from .actor_kb import ActorKB, normalize
from .model import Document, EventMention, Span

__all__ = ["credit_presence"]

_UNKNOWN = re.compile(r"\b(?:unknown|unidentified|not known|no group|not been identified)\b")
_REACH = 400  # characters around the mention a background sentence may stand in


def _present_groups(doc: Document, mention: EventMention, country: str, day: date | None,
                    kb: ActorKB, cues: RoleCues) -> list[ActorMention]:  # fmt: skip
    """Armed groups the report names with a presence cue right after them, in text order."""
    lo = max(0, mention.start - _REACH)
    hi = min(len(doc.text), mention.end + _REACH)
    context = doc.text[lo:hi]
    norm = normalize(context)
    event = next((s for s in mention.sentences if s.start <= mention.trigger.start < s.end), mention.sentences[0])
    found = []
    for hit in kb.find(context, country):
        if event.start <= lo + hit.start < event.end:
            continue  # in the event's own sentence a group is a side ("killed ISWAP fighters active there")
        entry = kb.pick(hit.entries, country)
        if entry is None or entry.kind != "group" or entry.inter not in (2, 4):
            continue
        if not cues.presence.match(norm, hit.end):
            continue
        span = Span.of(doc.text, lo + hit.start, lo + hit.end)
        found.append(ActorMention(make_actor(kb, entry, "", country, day, span), entry, span.start, span.end))
    return found


def credit_presence(found: list[ActorMention], doc: Document, mention: EventMention, country: str,
                    day: date | None, kb: ActorKB, cues: RoleCues) -> list[ActorMention]:  # fmt: skip
    """The report's unnamed attackers are the one group it says is present there (see module doc)."""
    if not cues.presence.pattern or any(
        m.kind == "group" and m.entry.inter in (2, 4) and m.side == "agent" and m.marked for m in found
    ):
        return found  # a group told as the doer needs no background
    present = _present_groups(doc, mention, country, day, kb, cues)
    if not present:
        return found
    spans = {(m.start, m.end) for m in present}
    # A group named only as present is no side of this event.
    kept = [m for m in found if not (m.kind == "group" and any(m.start >= s and m.end <= e for s, e in spans))]
    names = {m.actor.name for m in present}
    if len(names) != 1 or _UNKNOWN.search(normalize(mention.text(doc))):
        # "Unidentified persons shot a businessman ... the source alludes to al Shabaab, as they have been
        # active in the area": a report that stresses the doer is unknown keeps it so (ACLED too).
        return kept
    group = present[0]
    if any(m.actor.name == group.actor.name for m in kept):
        return kept  # "Soldiers killed 10 ISWAP fighters ... ISWAP has waged an insurgency": already a side
    out = []
    credited = False
    for m in kept:
        if m.kind == "unidentified" and m.actor.name.startswith("Unidentified") and m.side != "target":
            actor = replace(group.actor, evidence=m.actor.evidence + group.actor.evidence)
            out.append(replace(m, actor=actor, entry=group.entry))
            credited = True
        else:
            out.append(m)
    if not credited and not any(m.armed and m.side == "agent" and not m.is_state for m in out):
        # "A roadside bomb killed three soldiers. Al Shabaab militants, who control much of the
        # countryside, often plant such devices": no doer named at all, the group present is it.
        out.insert(0, replace(group, side="agent", marked=True))
    return out
