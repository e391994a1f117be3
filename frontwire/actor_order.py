"""ACLED's learned habits for a two-sided event: which side comes first, and what an unnamed side is called.

Reads the `Actors` that `actor_roles` built for one event, the event's country and the actor KB's
learned tables (`dyad_order`, `side_order` and the "opponent of the state" rows of `unidentified`,
written by `tools/build_actor_kb.py` from the dev gold). Writes `Actors`, reordered or renamed:
- two actors who fight often are written in ACLED's usual order for them, in that country where it
  has one (India first in India, Pakistan first in Pakistan);
- otherwise state forces against an armed opponent follow the country's habit (Brazil: the police
  first; Mexico and Afghanistan: the opponent first);
- an unnamed side facing state forces takes the country's name for it ("Unidentified Gang and/or
  Police Militia" in Brazil).
The caller applies the order only when the text tells no attacker. Never fails: with no learned
habit the actors come back unchanged.
"""

from __future__ import annotations

from dataclasses import replace

from .actor_kb import ActorKB
from .model import Actors

__all__ = ["dyad_order", "habit_order", "is_state_name", "state_opponent"]

_STATE_PREFIXES = ("Military Forces of", "Police Forces of", "Government of")


def is_state_name(name: str) -> bool:
    return name.startswith(_STATE_PREFIXES)


def _swapped(found: Actors) -> Actors:
    return Actors(found.actor2, found.assoc_actor_2, found.actor1, found.assoc_actor_1)


def dyad_order(kb: ActorKB, country: str, found: Actors, local_only: bool = False) -> Actors:
    """Two actors who fight often, in ACLED's usual order for them (learned from the gold); with
    `local_only`, only where the event's country has its own order for them."""
    if found.actor1 is None or found.actor2 is None:
        return found
    a, b = found.actor1.name, found.actor2.name
    first = kb.dyad_leader(a, b, country, local_only)
    return found if first is None or first == a else _swapped(found)


def habit_order(kb: ActorKB, country: str, found: Actors) -> Actors:
    """State forces against an armed opponent in the order ACLED habitually writes them in this
    country (learned), unless the pair has its own order."""
    if found.actor1 is None or found.actor2 is None:
        return found
    a, b = found.actor1.name, found.actor2.name
    habit = kb.side_first.get(country)
    if kb.dyad_leader(a, b, country) or habit is None or is_state_name(a) == is_state_name(b):
        return found
    return found if is_state_name(a) == (habit == "state") else _swapped(found)


def state_opponent(kb: ActorKB, country: str, found: Actors, kind: str) -> Actors:
    """An unnamed side facing state forces, in this country's learned name for it in this event
    type ("Unidentified Gang and/or Police Militia" in a shoot-out with Brazil's police)."""
    name = kb.unidentified.get((country, f"opponent of the state:{kind}"))
    generic = kb.template("unidentified", country)
    if not name or found.actor1 is None or found.actor2 is None or generic is None:
        return found
    generic_name = generic.name.replace("{country}", country)
    a1, a2 = found.actor1, found.actor2
    if a1.name == generic_name and is_state_name(a2.name):
        return replace(found, actor1=replace(a1, name=name))
    if a2.name == generic_name and is_state_name(a1.name):
        return replace(found, actor2=replace(a2, name=name))
    return found
