"""Structured features for the event classifier: who acts on whom, and text with names masked.

Reads a mention's text, its main sentence and where the main trigger sits in it, and the actor KB
(`actor_kb.load_actor_kb`, read-only and cached there). Writes plain feature strings for
`classify.mention_features`, which adds them to the linear model's bag of words.

Why: ACLED's sub-types are largely decided by the parties, not the verb. "Attacked" is an Armed
clash when both sides are armed and organised (state forces, rebels, militias) and an Attack when
the target is civilian; a crowd that fights is a Violent demonstration when it is protesters and
Mob violence when it is a mob. Words alone learn this per actor name (Kenya-heavy dev data);
the actor's ACLED inter class ("1" state, "2" rebel, "3"/"4" militia, "5" rioters, "6" protesters,
"7" civilians, "8" external) generalises to groups and countries the training notes never named.
Never fails: a text without known actors gives no actor features.
"""

from __future__ import annotations

import re

from .actor_kb import load_actor_kb

__all__ = ["actor_features", "mask_names"]

# Capitalised words that are not sentence-initial are mostly places and persons: their identity
# overfits to the dev countries (two thirds Kenya), so words are read with them masked.
_NAME = re.compile(r"(?<=[a-z0-9,;()\]] |.\()[A-Z][a-z\u00C0-\u024F'’-]+(?: [A-Z][a-z\u00C0-\u024F'’-]+)*")
# Calendar words are capitalised but say when, not where.
_CALENDAR = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
})  # fmt: skip


def _inter_of(entries: tuple) -> str:
    """The inter class of an alias; a state alias also says its branch ("1police", "1military")."""
    entry = entries[0]
    if entry.inter == 1 and entry.branch in ("police", "military"):
        return f"1{entry.branch}"
    return str(entry.inter)


def actor_features(text: str, main_sentence: str, trigger_start: int) -> list[str]:
    """Actor-class features: which inter classes the mention names ("act:2"), which stand before
    the main trigger in the main sentence, as doers ("pre:2"), or after it, as targets ("post:7"),
    and each doer x target pair ("pair:2>1")."""
    kb = load_actor_kb()
    features = {"act:" + _inter_of(hit.entries)[0] for hit in kb.find(text) if hit.entries}
    before: set[str] = set()
    after: set[str] = set()
    for hit in kb.find(main_sentence):
        if not hit.entries:
            continue
        inter = _inter_of(hit.entries)
        (before if hit.end <= trigger_start else after).add(inter)
    features.update("pre:" + i for i in before)
    features.update("post:" + i for i in after)
    features.update(f"pair:{a[0]}>{b[0]}" for a in before for b in after)
    return sorted(features)


def mask_names(text: str) -> str:
    """The text with mid-sentence capitalised names replaced by the placeholder "Propername"; names the
    actor KB knows ("Taliban", "Al Shabaab") and calendar words are kept."""
    known = [(hit.start, hit.end) for hit in load_actor_kb().find(text)]

    def mask(match: re.Match[str]) -> str:
        if match.group() in _CALENDAR or any(s < match.end() and match.start() < e for s, e in known):
            return match.group()
        return "Propername"

    return _NAME.sub(mask, text)
