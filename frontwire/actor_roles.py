"""ACLED's role conventions: which resolved actor mention becomes actor1, actor2 and their associates.

Reads the `ActorMention`s of one event mention (`actor_mentions.find_actor_mentions`), the
classifier's `EventType`, the event's country and day and the actor KB. Writes `Actors`. The event
type decides, following ACLED's conventions in the dev gold: protests and riots are
`actor_crowds`'s ("Protesters (Country)", "Rioters (Country)" and who faced them); violence against civilians
targets "Civilians (Country)" with the victims' groups associated; battles pair the two armed sides
(state and rebels joined by "and" before a two-sided verb are opponents), in ACLED's learned order
(`actor_order`) when the text tells no attacker; explosions with a planted device and no named
planter are an unidentified group's, against civilians when no armed target is named, and a strike
that hurt no one has no victim; strategic developments face a gang for drug seizures, the owner
(or an unidentified group) for defused or seized arms, and civilians (with the party associated)
for arrested party members. A government is never a party to a battle, bombing or attack. Unnamed
"security forces" facing a crowd are the police. An unknown doer is "Unidentified Armed Group
(Country)" or the country's learned convention (the caller drops a gang convention without a
gang's signature).
Never fails: with nothing found each event type has default actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .actor_crowds import protest, riot
from .actor_crowds import unique_actors as _unique
from .actor_kb import ActorKB, normalize
from .actor_mentions import WORD, ActorMention, RoleCues, earlier_groups
from .actor_order import dyad_order, habit_order, state_opponent
from .model import Actor, Actors, Document, EventMention, EventType, Span

__all__ = ["Roles", "fill_roles"]


def fill_roles(roles: Roles, event_type: EventType) -> Actors:
    """The event type's convention applied to the mentions in `roles`."""
    kind = event_type.event_type
    if kind in _NO_GOVERNMENT_PARTY:
        # A government (a mayor, "the authorities") is never a party to a fight or a bombing in
        # ACLED's gold, only its forces are.
        roles = replace(
            roles, found=[m for m in roles.found if not (m.is_state and m.entry.branch == "government")]
        )
    if kind == "Protests":
        return protest(roles, event_type.sub_event_type)
    if kind == "Riots":
        return riot(roles, event_type.sub_event_type)
    if kind == "Violence against civilians":
        return roles.violence_against_civilians()
    if kind == "Battles":
        return state_opponent(roles.kb, roles.country, roles.battle(), kind)
    return state_opponent(roles.kb, roles.country, roles.one_sided(event_type.sub_event_type), kind)


_NO_GOVERNMENT_PARTY = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_CIVIL_KINDS = frozenset({"civilian", "social"})
_CIVIL_TARGET_SUBS = frozenset({"Arrests", "Looting/property destruction"})
_CASUALTY_PASSIVE = re.compile(r"\b(?:were|was|been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|shot)\b")
_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_HARMED = re.compile(r"\b(?:kill\w*|injur\w*|wound\w*|dead|died|death|casualt\w*|hurt|fatalit\w*|lives)\b")
_PLANTED = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})


@dataclass
class Roles:
    """The event-type conventions of ACLED, applied to the actors found in one mention."""

    kb: ActorKB
    cues: RoleCues
    doc: Document
    mention: EventMention
    country: str
    day: date | None
    found: list[ActorMention]
    local_unidentified: str = ""

    # --- building blocks ---------------------------------------------------------------
    def fallback(self) -> tuple[Span, ...]:
        """Evidence for an actor the text does not name: the event's trigger."""
        return (self.mention.trigger,)

    def template(self, kind: str, of: list[ActorMention] | None = None) -> Actor | None:
        """A templated actor; its country and evidence come from a mention of that kind if any."""
        source = next((m for m in of or () if m.kind == kind), None)
        home = source.actor.country if source else self.country
        entry = self.kb.template(kind, home)
        if entry is None:
            return None
        evidence = source.actor.evidence if source else self.fallback()
        if kind == "unidentified" and self.local_unidentified and source is None:
            return Actor(self.local_unidentified, entry.inter, home, "", evidence)
        return Actor(entry.name.replace("{country}", home), entry.inter, home, "", evidence)

    def local(self, m: ActorMention) -> Actor:
        """The mention's actor; an unnamed doer ("armed men on a motorcycle") in this country's
        convention for this event type where it has one ("Unidentified Gang (Mexico)")."""
        if m.kind == "unidentified" and self.local_unidentified:
            return replace(m.actor, name=self.local_unidentified)
        return m.actor

    def named(self, name: str) -> Actor | None:
        if not name:
            return None
        entry = self.kb.by_name.get(name)
        inter = entry.inter if entry else (1 if name.startswith(("Military Forces", "Police Forces")) else 0)
        return Actor(name, inter, entry.country if entry else self.country, "", self.fallback())

    def victims(self) -> Actor | None:
        """Civilians, of the country a victim's demonym names ("Somali refugees") or the event's."""
        named = [m for m in self.found if m.kind in _CIVIL_KINDS and m.side != "agent"]
        foreign = next((m for m in named if m.actor.country and m.actor.country != self.country), None)
        if foreign is None:
            return self.template("civilian", self.found)
        entry = self.kb.template("civilian", foreign.actor.country)
        if entry is None:
            return None
        home = foreign.actor.country
        return Actor(entry.name.replace("{country}", home), entry.inter, home, "", foreign.actor.evidence)

    def armed(self, side: str = "") -> list[ActorMention]:
        return [m for m in self.found if m.armed and (not side or m.side == side)]

    def social(
        self, side: str = "", exclude: str = "", among: list[ActorMention] | None = None
    ) -> list[Actor]:
        """Social groups (and communities in their non-fighting form) on a side, as assoc actors."""
        out: list[Actor] = []
        for m in self.found if among is None else among:
            if (side and m.side != side) or (exclude and m.side == exclude):
                continue
            if m.kind == "social":
                out.append(m.actor)
            elif m.kind == "community":
                out.append(Actor(m.entry.group_form, 7, m.entry.country, "", m.actor.evidence))
        return _unique(out)

    def named_supporters(self) -> list[Actor]:
        """Parties, unions and movements on the doers' side of a protest or riot."""
        return _unique(
            [
                m.actor
                for m in self.found
                if m.kind == "group" and m.side == "agent" and m.entry.inter in (3, 6)
            ]
        )

    def allies(self, leader: ActorMention, stop: ActorMention | None = None) -> list[Actor]:
        """Armed actors joined to the leader ("regime forces supported by QSD") become associated,
        up to `stop` (the other side's leader)."""
        out: list[Actor] = []
        last = leader
        for m in self.found:
            if m is stop and m.start > leader.start:
                break
            if m.start < leader.start or m is leader or not m.armed or m.actor.name == leader.actor.name:
                continue
            gap = WORD.findall(normalize(self.doc.text[last.end : m.start]))
            if len(gap) > 6 or not all(w in self.cues.ally_links or w in ("the", "a", "an") for w in gap):
                break
            if m.kind != "unidentified":
                out.append(m.actor)
            last = m
        return _unique(out)

    # --- event types (protests and riots: actor_crowds) ----------------------------------
    def violence_against_civilians(self) -> Actors:
        # A doer said by "by ..." outranks one guessed from word order.
        doers = sorted(self.armed("agent"), key=lambda m: not m.marked)
        actor1 = self.local(doers[0]) if doers else self.template("unidentified")
        civilians = self.victims()
        # The victims' identity: social groups, and parties or officials attacked ("ODM supporters").
        affiliated = [
            m.actor
            for m in self.found
            if m.side == "target"
            and (
                m.kind == "group" and m.entry.inter in (3, 6) or m.is_state and m.entry.branch == "government"
            )
        ]
        victims = _unique([*self.social(exclude="agent"), *affiliated])
        return Actors(actor1, tuple(self.allies(doers[0])) if doers else (), civilians, tuple(victims))

    def battle(self) -> Actors:
        armed = self.armed()
        named = _unique([m.actor for m in armed if m.kind != "unidentified"])
        opening = self.mention.sentences[0]
        if len(named) == 1 and self.cues.infighting.search(
            normalize(self.doc.text[opening.start : opening.end])
        ):
            # "two factions of pro-Houthi forces clashed": the one group named fought itself.
            return Actors(named[0], (), named[0], ())
        lead = next((m for m in armed if m.is_state), None)
        if lead is not None:
            # "Military Police ... a suspect was shot. The Police seized a pistol": a later generic
            # mention of the same state is the same side, never its opponent.
            opening = self.mention.sentences[0].end
            armed = [m for m in armed if m is lead or not (m.kind == "state" and m.start >= opening
                                                           and m.actor.country == lead.actor.country)]  # fmt: skip
        first = next((m for m in armed if m.pair == 1), None)
        second = next((m for m in armed if m.pair == 2), None)
        by_text = False
        opener = self._opening_attack(armed)
        if opener is not None:
            # "Robbers fired at a police car, sparking a shoot-out between officers and the gang": the
            # attack told first says who attacked, over the later pair's order and the country's habit.
            first, second = opener
        if (
            (first is None or second is None)
            and self.reciprocal()
            and not any(m.side == "target" and not self._casualty_after_fight(m) for m in armed)
        ):
            # "X and Y exchanged fire", "X clashed with Y": the first two sides named, in order.
            by_text = True
            first = next(iter(armed), None)
            allied = {a.name for a in self.allies(first)} if first else set()
            allied -= {m.actor.name for m in armed if m.pair == 2}
            second = next((m for m in armed if not _same(m, first) and m.actor.name not in allied), None)
            if first is not None and (second is None or second.is_state and first.is_state
                                      and second.actor.country == first.actor.country):  # fmt: skip
                # "security forces and Maoists exchanged fire": state and rebels joined by "and"
                # before a two-sided verb are the two sides, not allies.
                second = next(
                    (m for m in armed if m.actor.name in allied and (
                        m.is_state != first.is_state or m.is_state and m.actor.country != first.actor.country)),
                    second,
                )  # "Chinese and Indian soldiers clashed": two states' forces are two sides too
        if first is None or second is None:
            # A side the text marks as hit is no doer where word order alone makes it one again ("the army
            # lost four soldiers in an ambush by separatists": the soldiers are the army).
            hit = {m.actor.name: m.start for m in reversed(armed) if m.side == "target" and m.marked}
            first = next((m for m in armed if m.side == "agent"
                          and (m.marked or hit.get(m.actor.name, m.start) >= m.start)), None)  # fmt: skip
            second = next((m for m in armed if m.side == "target" and not _same(m, first)), None)
            if second is None and first is not None:
                # "X and Y clashed": the second doer is the other side, not an ally.
                allies = {a.name for a in self.allies(first)} if not self.reciprocal() else set()
                second = next((m for m in armed if m.side == "agent" and not _same(m, first)
                               and m.actor.name not in allies), None)  # fmt: skip
            if first is None and second is not None:
                allied = {a.name for a in self.allies(second)}
                first = self.earlier_doer(second) or next(
                    (m for m in armed if not _same(m, second) and m.actor.name not in allied), None
                )
        responded = (
            first is not None and second is None and len(armed) > 1 and armed[0].side == "target"
            and first is not armed[0] and first.side == "agent" and (first.is_state or first.kind == "private")
            and not any(m.pair for m in armed) and all(_same(m, first) for m in armed)
        )  # fmt: skip
        if responded:
            # "A grenade was thrown at an army checkpoint. Soldiers responded": the one side named, a
            # guard force, was hit first; its response makes it no attacker.
            first, second = None, first
        if first is None:
            first = self.earlier_doer(second)
        # "clan-based clashes", "communal clashes", "clashes between rival gangs": both sides are the kind
        # of militia or gang the report names.
        default = next((m.actor for m in self.found if m.kind in ("ethnic", "communal", "gang")), None)
        actor1 = self.local(first) if first else default or self.template("unidentified")
        actor2 = self.local(second) if second else default or self.template("unidentified")
        found = Actors(actor1, tuple(self.allies(first, second)) if first else (), actor2,
                       tuple(self.allies(second, first)) if second else ())  # fmt: skip
        if first is not None and second is not None and first.side == second.side == "target":
            dead, other = (first, second) if first.start < second.start else (second, first)
            if self.reciprocal() and _CASUALTY_PASSIVE.search(self.doc.text, dead.end, other.start):
                # "14 Taliban militants were killed during clashes with Afghan forces": the side
                # whose dead are the sentence's subject is the one attacked.
                return found if other is first else _swap(found)
        if opener is not None or responded:
            return found
        if (
            first is not None
            and first.marked
            and first.side == "agent"
            and (not self.reciprocal() or self._one_sided_verb_after(first))
        ):
            # "Turkish security forces killed four PKK militants in clashes": the subject of a one-sided
            # verb attacked, though a two-sided noun follows.
            # The text says who attacked whom: it outranks the habit (tried: Afghanistan pair -0.6).
            return found
        if by_text and first is not None and second is not None:
            # "Houthi and pro-Hadi forces exchanged artillery fire": ACLED keeps the order the note
            # names two equal sides in over a pair's usual order; only a country's own order for the
            # pair ("India first in India") still holds.
            return habit_order(
                self.kb, self.country, dyad_order(self.kb, self.country, found, local_only=True)
            )
        return habit_order(self.kb, self.country, dyad_order(self.kb, self.country, found))

    def _opening_attack(self, armed: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
        """A marked doer and the target of one attack, both named before any two-sided pair
        ("between X and Y") the sentence names; None when the text tells no such attack first."""
        doer = next((m for m in armed if m.side == "agent" and m.marked and not m.pair), None)
        hit = next((m for m in armed if m.side == "target" and not m.pair), None)
        paired = next((m for m in armed if m.pair), None)
        if doer is None or hit is None or paired is None or _same(doer, hit):
            return None
        if not doer.start < hit.start < paired.start:
            return None
        return doer, hit

    def earlier_doer(self, other: ActorMention | None) -> ActorMention | None:
        """An attack with no doer in its sentences ("The previous attack ... killed 2 NDF members"):
        the rebel group named just before it in the document, if any."""
        earlier = earlier_groups(self.doc, self.mention, self.country, self.day, self.kb)
        return next((m for m in reversed(earlier) if not _same(m, other)), None)

    def norm_text(self) -> str:
        """The mention's text, normalized (lower case, hyphens and quotes blanked)."""
        return normalize(self.mention.text(self.doc))

    def _casualty_after_fight(self, m: ActorMention) -> bool:
        """ "X and Y exchanged fire and one Maoist cadre was killed": a side's dead told after the
        two-sided verb, in a passive of their own, leave the two sides the verb joined."""
        opening = self.mention.sentences[0]
        fight = self.cues.reciprocal.search(normalize(self.doc.text[opening.start : opening.end]))
        return (
            fight is not None
            and m.start > opening.start + fight.end()
            and _CASUALTY_PASSIVE.search(self.doc.text, m.end, m.end + 30) is not None
        )

    def harmed(self) -> bool:
        """The note tells someone hurt: a harm word outside the phrases that deny one ("No fatalities
        nor injuries reported" tells no harm; "injuring three women, with no report of fatalities" does)."""
        return _HARMED.search(self.cues.unharmed.sub(" ", self.norm_text())) is not None

    def unharmed(self) -> bool:
        """The note says no one was hurt, and tells no harm elsewhere."""
        return self.cues.unharmed.search(self.norm_text()) is not None and not self.harmed()

    def _one_sided_verb_after(self, m: ActorMention) -> bool:
        """The mention is the subject of an active one-sided verb ("killed", "attacked"), not of a
        two-sided one ("clashed with"), read right after its name (one adverb allowed between)."""
        norm = normalize(self.doc.text)
        at = m.end + 1
        adverb = re.match(r"\w+ly\s+", norm[at : at + 20])
        at += adverb.end() if adverb else 0
        verb = self.cues.verbs.match(norm, at)
        return verb is not None and self.cues.reciprocal.match(norm, at) is None

    def reciprocal(self) -> bool:
        return bool(
            self.cues.reciprocal.search(
                normalize(self.doc.text[self.mention.sentences[0].start : self.mention.sentences[0].end])
            )
        )

    def one_sided(self, sub: str) -> Actors:
        """Explosions/remote violence and strategic developments: a doer, and a target if named."""
        armed = self.armed()
        # A doer said by "by ..." outranks one guessed from word order ("ISGS militants ... killed in
        # airstrikes by French Operation Barkhane forces"); the unmarked subject before it was hit.
        by = (
            next((m for m in armed if m.side == "agent" and m.marked), None)
            if sub in _STRIKES | _PLANTED
            else None
        )
        hit = next((m for m in armed if by is not None and m.side == "agent" and not m.marked
                    and m.start < by.start and not _same(m, by)), None)  # fmt: skip
        doer = by if hit is not None else next((m for m in armed if m.side == "agent"), None)
        if doer is None and not any(m.side == "target" and m.marked for m in armed):
            # No side is told: the first named is the doer, unless a bomb's victim (nobody planted it)
            # or what an air strike hit ("Airstrikes hit a Taliban camp": rebels fly no jets).
            planted = sub in _PLANTED or sub == "Air/drone strike"
            doer = next((m for m in armed if not (planted and m.side == "target")), None)
        # A government that accuses or orders is not what an arrest or a seizure targets.
        target = next(
            (m for m in armed if m.side == "target" and (doer is None or m.actor.name != doer.actor.name)
             and m.entry.branch != "government"),
            hit,
        )  # fmt: skip
        if doer is None or doer is target:
            doer = self.earlier_doer(target) or (None if doer is target else doer)
        actor1 = self.local(doer) if doer else self.template("unidentified")
        if doer is None and sub == "Other" and any(m.kind in _CIVIL_KINDS for m in self.found):
            actor1 = self.victims()  # "183 Venezuelan refugees arrived ..."
        if target is None and sub == "Disrupted weapons use":
            # A defused bomb or seized arms: the other side is whoever planted or owned them.
            target = next((m for m in armed if not _same(m, doer) and not m.is_state), None)
        assoc2: tuple[Actor, ...] = ()
        if (
            target is not None
            and sub in _CIVIL_TARGET_SUBS
            and target.kind == "group"
            and (target.entry.inter == 6 or self.cues.party_name.search(target.actor.name))
        ):
            # Party members arrested or their homes raided are civilians; the party is associated.
            actor2 = self.template("civilian", self.found)
            assoc2 = tuple(_unique([*self.social(side="target"), target.actor]))
        elif target is not None:
            actor2 = target.actor
            assoc2 = tuple(self.allies(target))
        elif doer is not None and doer.is_state and self.cues.contraband.search(self.norm_text()):
            actor2 = self.template("gang")  # "federal police seized a ton of marijuana"
        elif sub == "Disrupted weapons use" and doer is not None and doer.is_state:
            # "police found and defused a timed IED": someone planted it; the group's own bomb that went off
            # early ("militants were killed when landmines they were planting exploded") has no other side.
            actor2 = self.template("unidentified")
        elif (
            sub in _CIVIL_TARGET_SUBS
            or any(m.kind in _CIVIL_KINDS and m.side == "target" for m in self.found)
            and (sub not in _STRIKES or self.harmed())
            and not (sub in _PLANTED and self.unharmed())
        ):
            # A strike that only "hit a villager's compound" hurt no one: ACLED codes no victim.
            # Those arrested or robbed are civilians unless the text names an armed party; of the
            # country their nationality names ("Somali nationals"), or none ("migrants": International).
            actor2 = self.victims() or self.template("civilian", self.found)
            assoc2 = tuple(self.social(side="target"))
        elif sub in _PLANTED and not self.unharmed():
            # A bomb or grenade that no armed target is named for hit civilians (dev: 48 of 54), unless
            # the note says it hurt no one ("an IED damaged a bridge. No injuries reported": no victim).
            actor2 = self.template("civilian", self.found)
        else:
            actor2 = None
        if sub in self.cues.single_actor_subs:
            # ACLED codes a group's own move (exercises, a new base, a curfew it enforces) with that group alone.
            actor2, assoc2 = None, ()
        return Actors(actor1, tuple(self.allies(doer)) if doer else (), actor2, assoc2)


def _swap(found: Actors) -> Actors:
    return Actors(found.actor2, found.assoc_actor_2, found.actor1, found.assoc_actor_1)


def _same(a: ActorMention, b: ActorMention | None) -> bool:
    return b is not None and (a is b or a.actor.name == b.actor.name)
