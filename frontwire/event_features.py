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
`role_features` reads the same question from plain nouns (`triggers.yaml` `role_nouns`: state,
armed, crowd, civilian, property) on either side of the main deed, with a passive verb's doer after
"by", so "a teenager was shot by soldiers" is state>civilian even where no actor name is known.
Never fails: a text without known actors gives no actor features, one without role nouns "none".
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from .actor_kb import load_actor_kb
from .trigger_lexicon import compile_terms

__all__ = ["actor_features", "mask_names", "role_features"]

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


@lru_cache(maxsize=1)
def _role_nouns() -> re.Pattern[str]:
    """`triggers.yaml`'s role nouns as one pattern, a named group per class, in the file's order."""
    text = resources.files("frontwire").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    classes = yaml.safe_load(text).get("role_nouns", {})
    groups = [f"(?P<{name}>{compile_terms(terms).pattern[4:]})" for name, terms in classes.items()]
    return re.compile("(?i)" + "|".join(groups))


# A passive deed ("was shot", "were reportedly killed"): its doer follows "by", its target precedes.
# Lower case only: "gunmen loyal to IS shot" is active.
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:[a-z]+ly\s+)?$")
_BY = re.compile(r"(?i)\bby\b")
_WINDOW = 60  # characters each side of the trigger: one noun phrase and its modifiers


def _nearest(text: str, start: int, end: int, last: bool) -> str:
    """The class of the role noun nearest the trigger in text[start:end] ("none" when there is none):
    the last one of a window before the trigger, the first one after it."""
    found = [m.lastgroup for m in _role_nouns().finditer(text, max(start, 0), max(end, 0))]
    if not found:
        return "none"
    return str(found[-1] if last else found[0])


def role_features(main_sentence: str, trigger_start: int, trigger_end: int) -> list[str]:
    """Role features of the main trigger: the class of its doer ("doer:state") and of its target
    ("tgt:civilian"), and the pair ("role:state>civilian"), read from the nouns on either side with
    the voice of the verb deciding which side is which."""
    text = main_sentence
    clause_end = len(text)
    for stop in (";", ". "):
        at = text.find(stop, trigger_end)
        if at >= 0:
            clause_end = min(clause_end, at)
    before = _PASSIVE.search(text, max(0, trigger_start - 24), trigger_start)
    if before is not None:
        target = _nearest(text, before.start() - _WINDOW, before.start(), last=True)
        by = _BY.search(text, trigger_end, min(clause_end, trigger_end + 40))
        doer = "none" if by is None else _nearest(text, by.end(), min(clause_end, by.end() + 50), False)
    else:
        doer = _nearest(text, trigger_start - _WINDOW, trigger_start, last=True)
        target = _nearest(text, trigger_end, min(clause_end, trigger_end + _WINDOW), last=False)
    return [f"doer:{doer}", f"tgt:{target}", f"role:{doer}>{target}"]
