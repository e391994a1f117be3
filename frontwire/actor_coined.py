"""Coined actors: ACLED's "<Label> Ethnic/Communal/Tribal/Clan Militia (Country)" for a community the
KB does not know, and armed groups the KB does not know, both built from how the text names them.

Armed groups (`coin_groups`): a capitalised name outside every KB alias that ends in an
organisation's head noun ("Sultan Suleiman Shah Brigade"), or stands right before a members noun
("Raiya Mutomboki rebels") or after "members of" ("members of Rouvikonas"), is a group of that
name; "Long Name (ACR)" is ACLED's "ACR: Long Name", and a bare name takes the head word the
country's named groups carry in ACLED (`group_suffix`: "Los Viagras Gang" in Mexico). Cue words are `roles.yaml`'s group_* lists.

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

from .actor_cues import RoleCues
from .actor_kb import ActorEntry, ActorKB, AliasHit

__all__ = ["CoinedCommunity", "coin_communities", "coin_groups"]

# Lower-case particles inside a community's name ("Al Dahshal Ba al Harith", "Awlad bin Ali").
_NAME = r"[A-Z][\w'’]+(?:[ -](?:(?:al|el|ba|bin|ibn|bani|abu|wa|ould|ag) )*[A-Z][\w'’]+){0,4}"
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


_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z0-9\-]{1,9})\)")
_MAX_NAME_WORDS = 7


def coin_groups(text: str, hits: list[AliasHit], country: str, kb: ActorKB, cues: RoleCues) -> list[AliasHit]:
    """Armed groups named in `text` that no KB alias covers, as alias hits of new group entries."""
    out: list[AliasHit] = []
    for found in cues.group_name.finditer(text):
        start, end = found.start(), found.end()
        # The cue first: most capitalised runs are places and dates, rejected cheaply here.
        last = text[text.rfind(" ", start, end) + 1 : end].lower()
        suffix = kb.group_suffix.get(country, "")
        # "the Ti Bwa gang" in Haiti: the country's own head word for its named groups, written lower-case.
        suffixed = (
            bool(suffix)
            and text[end : end + len(suffix) + 1].lower() == f" {suffix.lower()}"
            and not text[end + len(suffix) + 1 : end + len(suffix) + 2].isalnum()  # "Port-au-Prince gangs"
        )
        words = found.group(0).split(" ")
        # "Members of the Colectivos asked ...": a sentence opening with the members phrase, capitalised, holds
        # the cue inside the run; the name is what follows it.
        lead = _member_lead(words, cues)
        if lead:
            start += len(" ".join(words[:lead])) + 1
            words = words[lead:]
        if not (
            last in cues.group_heads
            or suffixed
            or lead
            or cues.group_members.match(text, end)
            or cues.group_member_of.search(text, max(0, start - 40), start)
            or cues.group_apposition.search(text, max(0, start - 40), start)
        ):
            continue
        after = text[end : end + 12].split()
        if lead and after and after[0].lower() in cues.community_types:
            continue  # "Members of the Kabsiren clan": a community, coined as its militia elsewhere
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in ("of", "the", "from")), default=0)
        if suffixed and last not in cues.group_heads and cut:
            # "Members of the Ti Bwa gang": the name is what stands right before the head word.
            start += len(" ".join(words[:cut])) + 1
            words = words[cut:]
        while words and words[0].lower() in cues.not_group_words:
            start += len(words.pop(0)) + 1  # "On", "The", "Unidentified": not the name
        if not words or len(words) > _MAX_NAME_WORDS or any(h.start < end and start < h.end for h in hits):
            continue
        if kb.country_of(words[0]) or all(
            w.lower() in cues.not_group_words | cues.group_heads for w in words
        ):
            continue  # "Turkish Army", "Security Forces": a state's or nobody's name
        if words[-1].endswith(("'s", "’s")) or any(w.lower() in cues.not_group_any for w in words):
            continue  # "Logar's council", "Anti-Stock Theft Unit": a possessive, a state body
        before = text[max(0, start - 12) : start].split()
        if len(words) == 1 and (not before or before[-1][-1] in ".:;!?"):
            continue  # "Hooded gunmen", "Forty-five members": a sentence's capitalised first word
        if (
            last in cues.group_heads
            and not cues.group_members.match(text, end)
            and not lead
            and not cues.group_member_of.search(text, max(0, start - 40), start)
            and before
            and before[-1].lower() in cues.place_words
        ):
            continue  # "in Elburgon Division": an administrative division, not a group
        if suffixed and last not in cues.group_heads and before and before[-1].lower() in cues.place_words:
            continue  # "in Martissant gang violence": a place's gangs, no gang's name
        name = " ".join(words)
        known = kb.community_abroad(name, country) or kb.spelled_like(name, country)
        if known is not None:
            out.append(AliasHit(start, end, (known,)))  # "Fulani militias" in Ghana, "Raiya Mutomboki"
            continue
        acronym = _ACRONYM_AFTER.match(text[end:])
        if acronym:
            name, end = f"{acronym.group(1)}: {name}", end + acronym.end()
        elif words[-1].lower() not in cues.group_heads and kb.group_suffix.get(country):
            name = (
                f"{name} {kb.group_suffix[country]}"  # "members of Los Viagras": "Los Viagras Gang" in Mexico
            )
        out.append(AliasHit(start, end, (ActorEntry(name, 3, country, kind="group"),)))
    return out


def _member_lead(words: list[str], cues: RoleCues) -> int:
    """How many leading words of a capitalised run are a members phrase ("Members of the", "Fighters of"),
    0 when none: a name must follow it."""
    for i, word in enumerate(words[:3]):
        if word.lower() == "of":
            j = i + 1 + (i + 1 < len(words) and words[i + 1].lower() == "the")
            head = " ".join(words[:j]) + " "
            return j if j < len(words) and cues.group_member_of.search(head) else 0
    return 0
