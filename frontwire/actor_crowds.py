"""Crowds in ACLED's conventions: who protests or riots, and who faces them.

Reads the `Roles` of one event mention (`actor_roles`: the resolved actor mentions, the KB and the
role cues). Writes `Actors` for protests and riots: "Protesters (Country)" / "Rioters (Country)" with
the social groups and parties who march associated; the state forces facing the crowd (the police,
or the army where ACLED codes the army as facing crowds: Lebanon) when they intervene; a
counterprotest as the other crowd; a vigilante group beside a mob taking justice into its own
hands, and its victims (civilians) or the forces that broke it up as its opponent.
Refugees or migrants with no nationality told are a crowd of no one country: "Protesters
(International)" (their `social.yaml` entry carries that country).
Never fails: with nothing found, the crowd alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_kb import normalize
from .model import Actor, Actors

if TYPE_CHECKING:
    from .actor_identity import ActorMention
    from .actor_roles import Roles

__all__ = ["crowd", "crowd_control", "crowd_force", "protest", "riot", "unique_actors"]


def unique_actors(actors: list[Actor]) -> list[Actor]:
    """The actors, first of each name only, in order."""
    seen: set[str] = set()
    out = []
    for actor in actors:
        if actor.name not in seen:
            seen.add(actor.name)
            out.append(actor)
    return out


def crowd_control(roles: Roles, cause_only: bool = False) -> Actor | None:
    """The state forces facing a crowd; unnamed "security forces" there are ACLED's police (or
    the army, in a country where the army faces crowds: Lebanon). With `cause_only`, forces named only
    in what the crowd was about ("to demonstrate against the death of a boy during a police
    intervention") face no one unless the report tells them acting on the crowd."""
    states = [m for m in roles.found if m.is_state and m.entry.branch != "government"
              and not roles.cues.helping.search(normalize(roles.doc.text[max(0, m.start - 25) : m.start]))]  # fmt: skip
    if cause_only and not roles.cues.intervention.search(roles.norm_text()) and not roles.reciprocal():
        states = [m for m in states if not m.topic]
    # "dispersed by Military and Police forces": ACLED writes the police facing a crowd first,
    # unless the country's crowd-facing force is the army (learned).
    prefer = roles.kb.crowd_branch.get(roles.country, "police")
    m = next((m for m in states if m.entry.branch == prefer), states[0] if states else None)
    if m is None:
        return None
    if _generic_force(roles, m):
        return replace(crowd_force(roles), evidence=m.actor.evidence)
    return m.actor


def _generic_force(roles: Roles, m: ActorMention) -> bool:
    """An unnamed state force ("the security forces", "authorities"), of no country the text tells."""
    said = normalize(m.actor.evidence[0].text) if m.actor.evidence else ""
    return not m.entry.country and " ".join(said.split()) in roles.cues.crowd_control_generic


def crowd_force(roles: Roles) -> Actor:
    """The force that faces crowds in this country, unnamed: its police, or its army (learned)."""
    name = roles.kb.state_name(roles.country, roles.kb.crowd_branch.get(roles.country, "police"), roles.day)
    return Actor(name, 1, roles.country, "", roles.fallback())


def crowd(roles: Roles, kind: str) -> Actor | None:
    """ "Protesters"/"Rioters" of the crowd's own country: a demonym on the crowd word ("Palestinian
    protesters"), else the nationality of the people who marched ("Venezuelan migrants protested",
    "Nigerians living in Kenya protest"), else the event's country."""
    actor = roles.template(kind, roles.found)
    if actor is None or any(m.kind == kind and m.actor.country != roles.country for m in roles.found):
        return actor
    first = roles.mention.sentences[0]
    settled = next((m for m in roles.found if m.start < first.end and m.kind == "group" and m.side == "agent"
                    and m.entry.scope == roles.country and m.entry.country not in ("", roles.country)
                    and m.entry.inter not in (1, 2, 8)), None)  # fmt: skip
    if settled is not None and kind == "rioter":
        # "Jewish settlers threw stones at Palestinian cars": a group of another country that acts only
        # here (a KB entry scoped to the event country) makes the mob that country's ("Rioters (Israel)").
        home = settled.entry.country
        entry = roles.kb.template(kind, home)
        return replace(actor, name=entry.name.replace("{country}", home), country=home) if entry else actor
    crowds = [m for m in roles.found if m.start < first.end and m.kind in _CROWD_KINDS
              and m.subject and m.side != "target" and not m.topic]  # fmt: skip
    # Only the first people named are who marched: "Muslims riot over the detention of a Jamaican
    # Muslim cleric" is Kenya's mob, not Jamaica's.
    foreign = next((m for m in crowds[:1] if m.actor.country and m.actor.country != roles.country
                    and (_demonym_first(roles, m) or _stateless(m))), None)  # fmt: skip
    if foreign is None or any(m.actor.country == roles.country and _demonym_first(roles, m) for m in crowds):
        return actor  # "South Sudanese residents and Kenyans protested": the event country's crowd
    home = foreign.actor.country
    entry = roles.kb.template(kind, home)
    return replace(actor, name=entry.name.replace("{country}", home), country=home) if entry else actor


_CROWD_KINDS = frozenset({"civilian", "social"})


def _stateless(m: ActorMention) -> bool:
    """A social group of no one country when no nationality is told ("refugees", "migrants" are
    "International" in social.yaml): the crowd they form is theirs, not the host country's."""
    return m.kind == "social" and bool(m.entry.country) and m.actor.country == m.entry.country


def _demonym_first(roles: Roles, m: ActorMention) -> bool:
    """The crowd is named by its nationality first ("Peruvian citizens", "Nigerians"), not by a
    place or company after it ("traders of Burma Market", "workers of the China Road Company")."""
    said = m.actor.evidence[0].text.split() if m.actor.evidence else []
    return bool(said) and roles.kb.country_of(said[0]) == m.actor.country


def protest(roles: Roles, sub: str) -> Actors:
    actor1 = crowd(roles, "protester")
    # Who protests may be the passive's subject ("students ... were dispersed by police").
    # Later sentences tell the background ("because of some judges' decisions"), not who marched.
    first = roles.mention.sentences[0]
    who = [
        m
        for m in roles.found
        if (m.side == "agent" or m.subject and not m.marked)
        and not m.topic
        and (m.start < first.end or not any(x.start < first.end for x in roles.found if x.kind == "social"))
    ]
    assoc = unique_actors([*roles.social(among=who), *roles.named_supporters()])
    actor2 = None
    if sub in ("Protest with intervention", "Excessive force against protesters"):
        actor2 = crowd_control(roles) or crowd_force(roles)
    counter = _counter_crowd(roles, "protester", assoc)
    if counter is None and actor2 is not None and sub == "Excessive force against protesters" \
            and _force_told_first(roles, actor2):  # fmt: skip
        # "Police fired live rounds at protesters": ACLED writes the side the report names first
        # (dev Excessive force notes: the first-named side is actor1 in 33 of 39).
        return Actors(actor2, (), actor1, tuple(assoc))
    return counter or Actors(actor1, tuple(assoc), actor2, ())


def _force_told_first(roles: Roles, force: Actor) -> bool:
    """The force facing the crowd is named before any crowd, protest or people in the report."""
    # "Security forces" facing a crowd are coded as the police: any state force named counts.
    force_at = min(
        (m.start for m in roles.found if m.actor.name == force.name
         or (m.is_state and m.entry.branch != "government")),
        default=None,
    )  # fmt: skip
    crowd_at = min(
        (m.start for m in roles.found if m.kind in ("protester", "rioter", *_CROWD_KINDS)), default=None
    )
    return force_at is not None and (crowd_at is None or force_at < crowd_at)


def _counter_crowd(roles: Roles, kind: str, assoc: list[Actor]) -> Actors | None:
    """ "A counterprotest ... was organised by the SNS": the second crowd is the other side, with
    the groups named from the cue on as its associates."""
    at = next(
        (s.start + m.start() for s in roles.mention.sentences
         if (m := roles.cues.counter_protest.search(normalize(roles.doc.text[s.start : s.end])))),
        None,
    )  # fmt: skip
    if at is None:
        return None
    later = {m.actor.name for m in roles.found if m.start >= at}
    crowd = roles.template(kind, roles.found)
    side1 = [a for a in assoc if a.name not in later]
    side2 = [a for a in assoc if a.name in later]
    return Actors(crowd, tuple(side1), roles.template(kind), tuple(side2))


def riot(roles: Roles, sub: str) -> Actors:
    actor1 = crowd(roles, "rioter")
    assoc = [*roles.social(exclude="target"), *roles.named_supporters()]
    if sub == "Mob violence" and roles.cues.vigilante.search(normalize(roles.mention.text(roles.doc))):
        vigilante = roles.template("vigilante", roles.found)
        if vigilante:
            assoc.insert(0, vigilante)
    state = crowd_control(roles, cause_only=True)
    guards = next((m for m in roles.found if m.kind == "private"), None)
    if state is None and guards is not None and sub != "Mob violence":
        # "laborers clashed with the company's security personnel": the guards faced the crowd.
        return Actors(actor1, tuple(unique_actors(assoc)), guards.actor, ())
    if state is None and roles.reciprocal():
        # "clashes between ODM and Jubilee supporters": rioters on both sides.
        other = next((m for m in roles.found if m.pair == 2), None)
        side2 = [other.actor] if other is not None and other.kind in ("group", "social") else []
        return Actors(actor1, tuple(unique_actors(assoc)), roles.template("rioter"), tuple(side2))
    if sub == "Mob violence":
        target = next(
            # A "lynch mob" is the rioters themselves (their vigilante associate), not whom they attack.
            (
                m
                for m in roles.found
                if m.side == "target" and m.kind not in ("rioter", "protester", "vigilante")
            ),
            None,
        )
        if target is not None and target.armed and target.kind not in ("unidentified", "gang"):
            # "the mob attacked the security forces": unnamed forces facing a crowd are its police (crowd_control).
            generic = target.is_state and _generic_force(roles, target)
            hit = (state or target.actor) if generic else target.actor
            return Actors(actor1, tuple(unique_actors(assoc)), hit, ())
        if state is not None and target is None:
            return Actors(actor1, tuple(unique_actors(assoc)), state, ())
        civilians = roles.template("civilian", roles.found)
        # Saving the victim is no fight with the mob: rescue phrases are read out before the cue search.
        if state is not None and roles.cues.intervention.search(
            roles.cues.rescue.sub(" ", roles.norm_text())
        ):
            # "Police intervened and rescued the suspect": the police face the mob, victims associated.
            others = [m.actor for m in roles.found if m.is_state and m.actor.name != state.name
                      and m.entry.branch != "government"]  # fmt: skip
            victims = [civilians] if civilians is not None and target is not None else []
            return Actors(
                actor1, tuple(unique_actors(assoc)), state, tuple(unique_actors([*others, *victims]))
            )
        return Actors(actor1, tuple(unique_actors(assoc)), civilians, tuple(roles.social(side="target")))
    if state is None and roles.cues.business_owners and roles.cues.business_hit.search(roles.norm_text()):
        # "Rioters hurled Molotov cocktails at the Byblos Bank branch": its owners are the civilians hit.
        civilians = roles.template("civilian", roles.found)
        owners = roles.cues.business_owners.replace("{country}", roles.country)
        owner = roles.named(owners)
        return Actors(actor1, tuple(unique_actors(assoc)), civilians, (owner,) if owner else ())
    return Actors(actor1, tuple(unique_actors(assoc)), state, ())
