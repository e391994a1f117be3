"""Actors and their roles: who did what to whom, in ACLED's names.

Reads one event mention of a `Document`, the classifier's `EventType`, the event's country and day
and the actor KB. Writes `Actors`: actor1 (the initiator where known), actor2 (the target or
opponent) and their associated actors, each with its ACLED inter code, patron and the character
spans that name it. Finding and resolving the actors named is `actor_mentions`; ACLED's role
conventions per event type are `actor_roles`; this module joins them and applies the country's
learned usual pair when a report names no armed party, and its learned striker (`strikers.yaml`)
when an air or drone strike's striker is not named.
Never fails on text: with nothing found it falls back to the event type's default actors.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

import yaml

from .actor_kb import DATA_DIR, ActorKB, load_actor_kb, normalize
from .actor_mentions import ActorMention, find_actor_mentions, load_role_cues
from .actor_order import dyad_order
from .actor_roles import Roles, fill_roles
from .model import Actors, Document, EventMention, EventType

__all__ = ["ActorMention", "extract_actors", "find_actor_mentions", "load_role_cues"]


def extract_actors(doc: Document, mention: EventMention, event_type: EventType, country: str,
                   day: date | None, kb: ActorKB | None = None) -> Actors:  # fmt: skip
    """ACLED's actor1/assoc_actor_1/actor2/assoc_actor_2 for one event mention."""
    kb = kb or load_actor_kb()
    cues = load_role_cues()
    mentions = find_actor_mentions(doc, mention, country, day, kb)
    # This country's convention for an unnamed doer of this kind of event, when none is named.
    local = kb.unidentified.get((country, event_type.event_type))
    gang = kb.template("gang", country)
    gang_name = gang.name.replace("{country}", country) if gang else ""
    norm = normalize(mention.text(doc))
    # "The victim had charges against him for drug trafficking": a criminal was killed, a gang's signature.
    criminal = country in cues.gang_countries and bool(cues.criminal_victim.search(norm))
    unsigned = not cues.gang_signs.search(norm) and not criminal
    if local is None and event_type.event_type == "Battles":
        # A drive-by clash, or a criminal killed, where this country codes unnamed killers as a gang: the gang fought.
        usual = kb.unidentified.get((country, "Violence against civilians"))
        if _is_gang(usual, gang_name) and (criminal or cues.drive_by.search(norm)):
            local = usual
    if _is_gang(local, gang_name) and unsigned:
        # "Unidentified Gang" (Brazil: "Gang and/or Police Militia") is claimed on a gang's signature
        # (hands tied, drive-by); "shot dead by two armed men" alone is an unidentified armed group.
        local = None
    if (
        local and local != gang_name and _is_gang(local, gang_name) and not criminal
        and any(m.kind == "gang" for m in mentions)
    ):  # fmt: skip
        # "Police believe in gang rivalry as motive": the unnamed killers are said to be a gang, so ACLED's
        # hedge between gangs and police militias ("Unidentified Gang and/or Police Militia") gives way to
        # the gang; a gang member killed ("the victim was involved in a gang") leaves the killer hedged.
        local = gang_name
    roles = Roles(kb, cues, doc, mention, country, day, mentions, local or "")
    kind = event_type.event_type
    pair = kb.default_pairs.get((country, kind))
    if pair:
        text = mention.text(doc)
        # A frontline place the report names says whose fire it usually was.
        located = next(
            ((a1, a2) for place, a1, a2 in kb.located_pairs.get((country, kind), ()) if place in text), None
        )
        pair = located or _frontline_pair(kb, country, day, text, pair)
    if pair and kind not in ("Protests", "Riots") and not any(m.armed for m in mentions):
        # The report names no party; this country's usual pair for such events ("the OSCE SMM
        # observed 11 shots" -> Ukraine's military and NAF). Associated actors still come from the text.
        usual = fill_roles(roles, event_type)
        first = None if pair[0] == gang_name and unsigned else roles.named(pair[0])
        return replace(usual, actor1=first or usual.actor1, actor2=roles.named(pair[1]))
    found = _opponents_branch(kb, cues.opponent_branch, cues.crowd_control_generic, country, day,
                              fill_roles(roles, event_type))  # fmt: skip
    target = kb.strike_targets.get((country, found.actor1.name)) if found.actor1 else None
    if target and found.actor2 is None and event_type.sub_event_type in _STRIKE_SUBS:
        # "Turkish military forces conducted airstrikes in Haftanin": no target told, the striker's usual one
        # there (learned; ACLED codes Turkey's strikes in Iraq against the PKK).
        found = replace(found, actor2=roles.named(target))
    if criminal and kind == "Battles":
        found = _criminal_victim(found, gang_name, {local or "", f"Unidentified Armed Group ({country})"})
    striker = load_strikers().get(country) if event_type.sub_event_type == "Air/drone strike" else None
    hit = found.actor2.name if found.actor2 else ""
    if (
        striker
        and striker != hit
        and found.actor1 is not None
        and found.actor1.name.startswith("Unidentified Armed Group")
    ):
        # "Airstrikes hit a Taliban camp": no striker named, so this country's usual one (Afghanistan's
        # air force, the Saudi-led coalition in Yemen); rebels are never an unnamed air striker. A strike
        # on the usual striker itself ("airstrikes hit GNA positions") was someone else's.
        return replace(found, actor1=roles.named(striker) or found.actor1)
    return found


_STRIKE_SUBS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


@lru_cache(maxsize=1)
def load_strikers() -> dict[str, str]:
    """Country -> ACLED's usual actor1 of an Air/drone strike with no striker named (`strikers.yaml`)."""
    raw = yaml.safe_load((DATA_DIR / "strikers.yaml").read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in (raw.get("strikers") or {}).items()}


def _opponents_branch(kb: ActorKB, branches: dict[str, str], generic: frozenset[str], country: str,
                      day: date | None, found: Actors) -> Actors:  # fmt: skip
    """Unnamed state forces ("security forces") facing a group ACLED sees fought by one branch are that
    branch ("security forces and Maoists exchanged fire": India's police); "the army" stays the army."""
    for mine, other, side in ((found.actor1, found.actor2, "actor1"), (found.actor2, found.actor1, "actor2")):
        branch = branches.get(other.name) if mine is not None and other is not None else None
        if not branch or mine is None:
            continue
        said = " ".join(normalize(mine.evidence[0].text).split()) if mine.evidence else ""
        if said in generic and mine.name == kb.state_name(mine.country, "military", day):
            renamed = replace(found, **{side: replace(mine, name=kb.state_name(mine.country, branch, day))})
            # The pair ACLED writes in its own order here (learned) keeps that order under its new name.
            return dyad_order(kb, country, renamed, local_only=True)
    return found


def _criminal_victim(found: Actors, gang_name: str, unnamed: set[str]) -> Actors:
    """An unnamed side killed as a criminal, facing an unnamed killer, is the country's unidentified gang
    ("a man with charges for drug trafficking was shot to death": Gang and/or Police Militia vs Unidentified
    Gang (Brazil)); a named side or state forces keep their names."""
    if not gang_name or found.actor1 is None or found.actor2 is None:
        return found
    if found.actor1.name not in unnamed or found.actor2.name not in unnamed:
        return found
    return replace(found, actor2=replace(found.actor2, name=gang_name))


def _is_gang(name: str | None, gang_name: str) -> bool:
    """The country's gang template, or a learned name built on it ("Unidentified Gang and/or Police Militia")."""
    return bool(name) and (name == gang_name or " Gang " in f" {name} ")


def _frontline_pair(kb: ActorKB, country: str, day: date | None, text: str,
                    pair: tuple[str, str]) -> tuple[str, str]:  # fmt: skip
    """The usual pair reordered so that the side firing on the named frontline place comes first
    (explosions near a government-held town are the other side's); unchanged with no such place."""
    attacker = kb.frontline_attacker(country, text)
    if attacker.startswith("state:"):
        attacker = kb.state_name(country, attacker.removeprefix("state:"), day)
    if not attacker or pair[0] == attacker:
        return pair
    if pair[1] == attacker:
        return pair[1], pair[0]
    return (attacker, pair[0]) if pair[1] else (attacker, "")
