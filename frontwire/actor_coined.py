"""Coined community actors: ACLED's "<Label> Ethnic/Communal/Tribal/Clan Militia (Country)" for a
community the KB does not know, built from how the text names it.

Reads the original text of one sentence around a generic community phrase that the KB found
("Tiv and Ichen Ethnic Militias", "Al Awad tribesmen", "communal militias from Yagaba and Kubori")
and the community-type words and non-labels in `data/actors/roles.yaml` (`community_types`,
`not_community_labels`). Writes
`(label, start, end)` spans and the ACLED names built from them. ACLED names such militias after
the community or place they come from; a KB-known community is found by its alias before this runs.
Never fails: a phrase with no capitalised label before it (or after "from"/"of"/"in") coins nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actor_kb import ActorEntry, ActorKB

__all__ = ["CoinedCommunity", "coin_communities"]

_NAME = r"[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2}"
# "Tiv and Ichen " right before the phrase; "from Yagaba and Kubori" right after it.
_BEFORE = re.compile(rf"(?P<a>{_NAME})(?: and (?P<b>{_NAME}))?\s+$")
_AFTER = re.compile(rf"^\s+(?P<prep>from|of|in)\s+(?:the\s+)?(?P<a>{_NAME})(?:\s+and\s+(?P<b>{_NAME}))?")


@dataclass(frozen=True, slots=True)
class CoinedCommunity:
    name: str  # "Tiv Ethnic Militia (Nigeria)"
    group_form: str  # "Tiv Ethnic Group (Nigeria)": its name as victims or protesters
    start: int  # the label's characters in the sentence
    end: int


def coin_communities(text: str, start: int, end: int, entry: ActorEntry, country: str, kb: ActorKB,
                     types: dict[str, str], not_labels: frozenset[str]) -> list[CoinedCommunity]:  # fmt: skip
    """The communities a generic phrase `text[start:end]` names by a label beside it, first first.
    `not_labels` are capitalised words that open a sentence or qualify the phrase ("On", "Armed")."""
    phrase = text[start:end].lower()
    kind = next((t for word, t in types.items() if word in phrase), "")
    kind = kind or ("Communal" if entry.kind == "communal" else "Ethnic")
    before = _BEFORE.search(text, max(0, start - 80), start)
    spans: list[tuple[int, int]] = []
    if before is not None:
        spans = [before.span(g) for g in ("a", "b") if before.group(g)]
    else:
        after = _AFTER.match(text[end : end + 80])
        # "in <place>" names a place-based (communal) militia, never an ethnic one.
        if after is not None and (after["prep"] != "in" or kind == "Communal"):
            spans = [(end + s, end + e) for s, e in (after.span(g) for g in ("a", "b") if after.group(g))]
    out = []
    for s, e in spans:
        label = text[s:e]
        if label.split()[0].lower() in not_labels or kb.country_of(label):
            continue
        out.append(
            CoinedCommunity(f"{label} {kind} Militia ({country})", f"{label} {kind} Group ({country})", s, e)
        )
    return out
