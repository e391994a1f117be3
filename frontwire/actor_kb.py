"""The actor knowledge base: canonical ACLED actor names, their aliases, inter codes and patrons.

Reads every `*.yaml` file under `frontwire/data/actors/` (or a directory passed to
`load_actor_kb`), each with any of these top-level keys:

- `actors`: named actors `{name, inter, country, scope, kind, branch, patron, group_form, aliases}`.
  `scope` is the event country in which the aliases mean this actor ("" = anywhere), so "Islamic
  State" can be "Islamic State (Syria)" in Syria and "Islamic State (Iraq)" in Iraq. `kind` is
  `group` (default), `community` (an ethnic/communal name whose militia is `name` and whose
  non-fighting form is `group_form`), `unit` (a branch of the state forces named by `branch`), or a
  template kind (`protester`, `rioter`, `civilian`, `unidentified`, `social`, `state`...) whose
  `name` holds `{country}`; state templates name the branch (`military`, `police`, `government`).
- `states`: regime-dated state force names `{country, branch, name, from, to}`.
- `regimes`: `{country, from, label}`: a regime change naming all state forces ("(2022-)").
- `demonyms`: `{country: [adjective, ...]}` ("Syrian", "Turkish", "Afghan").
- `default_pairs`: `{country, event_type, actor1, actor2}`: the actors coded when a report names none;
  with `location`, the pair when the report names that place (a frontline town held by one side).
- `dyad_order`: `{first, second, country}`: in a battle between these two (in events in `country`
  when given, which outranks an entry without), ACLED writes `first` as actor1.
- `country_leaders`: `{name, country, leader}`: in events in `country`, ACLED codes `name` as an
  associate of `leader` ("Military Forces of Saudi Arabia (2015-)" under "Operation Restoring Hope").
- `crowd_force`: `{country, branch}`: the state branch ACLED codes as facing protests and riots there
  when it is not the police (Lebanon: the army).
- `side_order`: `{country, first}`: in a battle between the state's forces and an armed opponent
  there, ACLED writes `first` ("state" or "other") as actor1 when the text tells no attacker.
- `group_suffix`: `{country, suffix}`: the head word ACLED adds to an armed group's name there when
  the text names it bare ("Los Viagras" -> "Los Viagras Gang" in Mexico).
- `frontlines`: `{country, attacker, places}`: a report naming no party that names one of `places`
  is coded as fire from `attacker` ("state:military" = the country's dated military).
- `strike_targets`: `{country, striker, target}`: the target ACLED codes for that striker's air strikes
  and shelling there when the report names none (learned: Turkey's strikes in Iraq hit the PKK).
- `unidentified`: `{country, event_type, name}`: what ACLED writes for an unnamed doer there when it
  is not "Unidentified Armed Group (Country)" ("Unidentified Gang (Mexico)").

Building it from the files is `actor_kb_files`. Writes nothing. Fails with `ActorKBError` on a malformed file or on an alias that means two actors
in the same country scope: ambiguity is an error in the data, never silently resolved.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .errors import FrontwireError

__all__ = [
    "DATA_DIR",
    "ActorEntry",
    "ActorKB",
    "ActorKBError",
    "AliasHit",
    "StateForce",
    "load_actor_kb",
    "normalize",
]

DATA_DIR = Path(__file__).parent / "data" / "actors"

_BRANCH_PREFIX = {
    "military": "Military Forces of ",
    "police": "Police Forces of ",
    "government": "Government of ",
}

# Kinds whose `name` is a pattern filled with the event's country.
TEMPLATE_KINDS = frozenset(
    {
        "protester",
        "rioter",
        "civilian",
        "unidentified",
        "ethnic",
        "communal",
        "gang",
        "social",
        "state",
        "vigilante",
        "private",
    }
)


class ActorKBError(FrontwireError):
    """The actor knowledge base files are malformed or ambiguous."""


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str
    inter: int
    country: str = ""  # the actor's own country ("" for international/templated)
    scope: str = ""  # the event country where its aliases apply ("" = anywhere)
    kind: str = "group"
    branch: str = ""  # state branch for kind state/unit: military | police | government
    patron: str = ""
    group_form: str = ""  # community entries: the name used when they are victims or protesters
    aliases: tuple[str, ...] = ()
    # "demonym": its aliases name an actor only with a country word ("Turkish artillery", not
    # "artillery"); "subject": a bare country name ("Turkey shelled ..."), not after "in"/"of".
    needs: str = ""
    # the main actor this one is coded with as associated actor: a state branch of its country
    # ("military": NDF with the Syrian army) or a canonical name ("NAF: United Armed Forces of Novorossiya")
    assoc_of: str = ""


@dataclass(frozen=True, slots=True)
class StateForce:
    country: str
    branch: str  # military | police | government
    name: str  # "Military Forces of Kenya (2013-)"
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class AliasHit:
    """An alias found in a text: characters start:end and the entries it may mean."""

    start: int
    end: int
    entries: tuple[ActorEntry, ...]


_SPELLING_RATIO = 0.9  # how alike two spellings of one group's name are (difflib ratio)
_SEPARATORS = str.maketrans({c: " " for c in "-‐–—'’‘`\"“”_/\n\t\r"})


def normalize(text: str) -> str:
    """Lowercase and blank out hyphens and quotes, keeping the length so offsets stay valid."""
    text = text.translate(_SEPARATORS)
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_CLOSED_LABEL = re.compile(r"\((\d{4})-(\d{4})\)")


def _ended(name: str, day: date | None) -> bool:
    """A regime-dated name whose label closed before `day`'s year ("(1995-2018)" on 2020-04-28)."""
    closed = _CLOSED_LABEL.search(name)
    return day is not None and closed is not None and int(closed.group(2)) < day.year


def _alias_key(alias: str) -> str:
    return " ".join(normalize(alias).split())


def _is_acronym(alias: str) -> bool:
    # "IS", "SDF", "AA": all capitals, so they must match case-sensitively ("is" is a verb); so must
    # three-letter mixed ones ("JaS", "LaQ"): "jas" or "Jas" is no faction.
    letters = [c for c in alias if c.isalpha()]
    if len(alias) == 3 and len(letters) == 3 and sum(c.isupper() for c in letters) >= 2:
        return True
    return bool(letters) and all(c.isupper() for c in letters) and len(alias) <= 8


@dataclass(frozen=True)
class ActorKB:
    entries: tuple[ActorEntry, ...]
    states: tuple[StateForce, ...]
    demonyms: dict[str, str]  # normalized adjective or country name -> country
    _index: dict[str, tuple[ActorEntry, ...]] = field(repr=False)
    _case_sensitive: dict[str, frozenset[str]] = field(repr=False)  # key -> exact spellings
    _automaton: Any = field(repr=False)
    _states_by: dict[tuple[str, str], tuple[StateForce, ...]] = field(repr=False)
    _templates: dict[str, tuple[ActorEntry, ...]] = field(repr=False)
    # (country, event type) -> what ACLED writes there for an unnamed doer, when not the default
    unidentified: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    # (country, event type) -> (actor1, actor2) ACLED codes when a report names no actor at all
    default_pairs: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict, repr=False)
    # (country, event type) -> ((place, actor1, actor2), ...): a frontline place's usual pair
    located_pairs: dict[tuple[str, str], tuple[tuple[str, str, str], ...]] = field(
        default_factory=dict, repr=False
    )
    # sorted (name, name) -> the one ACLED writes as actor1 when they fight
    dyad_first: dict[tuple[str, str, str], str] = field(default_factory=dict, repr=False)
    by_name: dict[str, ActorEntry] = field(default_factory=dict, repr=False)
    # first letter -> normalized aliases of named groups, for spelling variants of a coined name
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    # country -> "military" where ACLED codes the army, not the police, as the force facing crowds
    crowd_branch: dict[str, str] = field(default_factory=dict, repr=False)
    # (actor name, event country) -> the umbrella ACLED codes it under there
    leaders_in: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    # (event country, striker) -> the target of its strikes when the report names none
    strike_targets: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    # normalized label -> (label, type) of every ethnic/clan/tribal community the KB names anywhere
    community_labels: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)
    # country -> "state" | "other": who ACLED writes first in a state-vs-opponent battle there
    side_first: dict[str, str] = field(default_factory=dict, repr=False)
    # country -> the head word ACLED adds to a named group's name there ("Gang" in Mexico)
    group_suffix: dict[str, str] = field(default_factory=dict, repr=False)
    # country -> (alternation of frontline places, place -> the side whose fire lands there)
    frontlines: dict[str, tuple[Any, dict[str, str]]] = field(default_factory=dict, repr=False)

    def leader_in(self, name: str, country: str) -> ActorEntry | None:
        """The umbrella `name` is coded under in events in `country`, as an entry, or None."""
        leader = self.leaders_in.get((name, country))
        if leader is None:
            return None
        return self.by_name.get(leader) or ActorEntry(leader, 8, "", kind="group")

    def dyad_leader(self, a: str, b: str, country: str, local_only: bool = False) -> str | None:
        """Who ACLED writes first when `a` and `b` fight in `country`, if it has a habit (with
        `local_only`, only a habit of this country: "India first in India")."""
        low, high = min(a, b), max(a, b)
        local = self.dyad_first.get((low, high, country))
        return local if local_only else local or self.dyad_first.get((low, high, ""))

    def spelled_like(self, name: str, country: str) -> ActorEntry | None:
        """A named group the KB knows under a slightly different spelling ("Raiya Mutomboki" for
        "Raia Mutomboki", "Ahrar al-Sharqiya" for "Ahrar al Sharqiyah"), or None."""
        key = _alias_key(name)
        best, best_ratio = "", _SPELLING_RATIO
        for candidate in self.spellings.get(key[:1], ()):
            if abs(len(candidate) - len(key)) > 3:
                continue
            matcher = difflib.SequenceMatcher(None, key, candidate)
            if matcher.real_quick_ratio() >= best_ratio and matcher.quick_ratio() >= best_ratio:
                ratio = matcher.ratio()
                if ratio >= best_ratio:
                    best, best_ratio = candidate, ratio
        return self.pick(self._index[best], country) if best else None

    def community_abroad(self, label: str, country: str) -> ActorEntry | None:
        """A community the KB knows in another country ("Fulani"), as its militia in `country`:
        ethnic groups cross borders, and ACLED names them the same way in each."""
        found = self.community_labels.get(_alias_key(label))
        if found is None:
            return None
        name, kind = found
        return ActorEntry(f"{name} {kind} Militia ({country})", 4, country, country, "community",
                          group_form=f"{name} {kind} Group ({country})")  # fmt: skip

    def frontline_attacker(self, country: str, text: str) -> str:
        """The side coded as firing on the first frontline place `text` names, or ""."""
        line = self.frontlines.get(country)
        found = line[0].search(text) if line else None
        return line[1][found.group(0).lower()] if found else ""

    def template(self, kind: str, country: str = "") -> ActorEntry | None:
        """The templated entry of a kind ("protester", "unidentified") for an event in `country`."""
        return self.pick(self._templates.get(kind, ()), country)

    def lookup(self, alias_text: str) -> tuple[ActorEntry, ...]:
        """Every entry an alias may mean, in any country scope."""
        return self._index.get(_alias_key(alias_text), ())

    def resolve(self, alias_text: str, country: str) -> ActorEntry | None:
        """The one entry an alias means in an event in `country` (scoped entry first, then global)."""
        return self.pick(self.lookup(alias_text), country)

    @staticmethod
    def pick(entries: tuple[ActorEntry, ...], country: str) -> ActorEntry | None:
        scoped = [e for e in entries if e.scope and e.scope == country]
        if scoped:
            return scoped[0]
        unscoped = [e for e in entries if not e.scope]
        # One alias, two homes: the group of the event's country before one from elsewhere.
        home = next((e for e in unscoped if e.country == country), None)
        return home or (unscoped[0] if unscoped else None)

    def state_name(self, country: str, branch: str, day: date | None) -> str:
        """The regime-dated name of a country's state forces valid on `day` (latest when unknown).

        A branch with no name for that day borrows the regime label another branch has ("Military
        Forces of Chad (1990-)" -> "Government of Chad (1990-)"); with none, the name is undated."""
        prefix = _BRANCH_PREFIX.get(branch, _BRANCH_PREFIX["military"])
        found = self._state_on(country, branch, day)
        if found and not _ended(found, day):
            return found
        for other, other_prefix in _BRANCH_PREFIX.items():
            borrowed = self._state_on(country, other, day) if other != branch else ""
            if borrowed and not _ended(borrowed, day):
                # "Military Forces of Ethiopia (1995-2018)" ended: the police's "(2018-)" names today's.
                return prefix + borrowed[len(other_prefix) :]
        if found:
            return found
        forces = self._states_by.get((country, branch), ())
        return forces[-1].name if forces and day is None else f"{prefix}{country}"

    def _state_on(self, country: str, branch: str, day: date | None) -> str:
        forces = self._states_by.get((country, branch), ())
        if day is None:
            return forces[-1].name if forces else ""
        # The newest regime that had begun by `day` (names overlap in their boundary year).
        for force in reversed(forces):
            if (force.start is None or force.start <= day) and (force.end is None or day < force.end):
                return force.name
        return ""

    def country_of(self, word: str) -> str:
        """The country a demonym or country name denotes ("Turkish" -> "Turkey"), or ""."""
        # An acronym ("CAR", "US") is kept in its own case: "car demonstration" names no country.
        return self.demonyms.get(" ".join(word.split()), "") or self.demonyms.get(_alias_key(word), "")

    def find(self, text: str, country: str | None = None) -> list[AliasHit]:
        """Aliases in `text`, leftmost-longest, whole words only, acronyms case-sensitively; with a
        `country`, an alias that means nothing there gives way to the shorter ones inside it."""
        norm = normalize(text)
        found: list[AliasHit] = []
        for last, key in self._automaton.iter(norm):
            start, end = last - len(key) + 1, last + 1
            if start > 0 and norm[start - 1].isalnum() or end < len(norm) and norm[end].isalnum():
                continue
            exact = self._case_sensitive.get(key)
            if exact is not None and text[start:end] not in exact:
                written = text[start:end]
                # "Nasa", "Kanu": long acronyms are often written as names; "Is" never is one.
                if not (len(written) >= 4 and written[0].isupper() and written.upper() in exact):
                    continue
            if country is not None and self.pick(self._index[key], country) is None and not any(
                    e.scope == "" or e.kind == "unit" for e in self._index[key]):  # fmt: skip
                continue
            found.append(AliasHit(start, end, self._index[key]))
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        hits: list[AliasHit] = []
        for hit in found:
            if hits and hit.start < hits[-1].end:
                if hit.end > hits[-1].end and _generic(hits[-1]) and not _generic(hit):
                    hits[-1] = (
                        hit  # "the Government of National Accord": the named body, not "the government"
                    )
                continue
            hits.append(hit)
        return hits


def _generic(hit: AliasHit) -> bool:
    """Every reading of the hit is a template ("state:government", "Protesters ({country})")."""
    return all(e.name.startswith("state:") or "{country}" in e.name for e in hit.entries)


@functools.lru_cache(maxsize=4)
def load_actor_kb(directory: str | None = None) -> ActorKB:
    """The actor KB from `directory` (default: the packaged `frontwire/data/actors/`), cached."""
    from .actor_kb_files import build_kb, read_kb_files  # the builder imports this module's types

    return build_kb(read_kb_files(Path(directory) if directory else DATA_DIR))
