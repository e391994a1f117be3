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
- `side_order`: `{country, first}`: in a battle between the state's forces and an armed opponent
  there, ACLED writes `first` ("state" or "other") as actor1 when the text tells no attacker.
- `frontlines`: `{country, attacker, places}`: a report naming no party that names one of `places`
  is coded as fire from `attacker` ("state:military" = the country's dated military).
- `unidentified`: `{country, event_type, name}`: what ACLED writes for an unnamed doer there when it
  is not "Unidentified Armed Group (Country)" ("Unidentified Gang (Mexico)").

Writes nothing. Fails with `ActorKBError` on a malformed file or on an alias that means two actors
in the same country scope: ambiguity is an error in the data, never silently resolved.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from .errors import FrontwireError

__all__ = [
    "DATA_DIR",
    "ActorEntry",
    "ActorKB",
    "ActorKBError",
    "StateForce",
    "load_actor_kb",
    "normalize",
]

DATA_DIR = Path(__file__).parent / "data" / "actors"

# libyaml's loader when installed: the seeded file is large and loading is on every worker's start.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
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


_SEPARATORS = str.maketrans({c: " " for c in "-‐–—'’‘`\"“”_/\n\t\r"})


def normalize(text: str) -> str:
    """Lowercase and blank out hyphens and quotes, keeping the length so offsets stay valid."""
    text = text.translate(_SEPARATORS)
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _alias_key(alias: str) -> str:
    return " ".join(normalize(alias).split())


def _is_acronym(alias: str) -> bool:
    # "IS", "SDF", "AA": all capitals, so they must match case-sensitively ("is" is a verb).
    letters = [c for c in alias if c.isalpha()]
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
    # (actor name, event country) -> the umbrella ACLED codes it under there
    leaders_in: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    # normalized label -> (label, type) of every ethnic/clan/tribal community the KB names anywhere
    community_labels: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)
    # country -> "state" | "other": who ACLED writes first in a state-vs-opponent battle there
    side_first: dict[str, str] = field(default_factory=dict, repr=False)
    # country -> (alternation of frontline places, place -> the side whose fire lands there)
    frontlines: dict[str, tuple[Any, dict[str, str]]] = field(default_factory=dict, repr=False)

    def leader_in(self, name: str, country: str) -> ActorEntry | None:
        """The umbrella `name` is coded under in events in `country`, as an entry, or None."""
        leader = self.leaders_in.get((name, country))
        if leader is None:
            return None
        return self.by_name.get(leader) or ActorEntry(leader, 8, "", kind="group")

    def dyad_leader(self, a: str, b: str, country: str) -> str | None:
        """Who ACLED writes first when `a` and `b` fight in `country`, if it has a habit."""
        low, high = min(a, b), max(a, b)
        return self.dyad_first.get((low, high, country)) or self.dyad_first.get((low, high, ""))

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
        return unscoped[0] if unscoped else None

    def state_name(self, country: str, branch: str, day: date | None) -> str:
        """The regime-dated name of a country's state forces valid on `day` (latest when unknown).

        A branch with no name for that day borrows the regime label another branch has ("Military
        Forces of Chad (1990-)" -> "Government of Chad (1990-)"); with none, the name is undated."""
        prefix = _BRANCH_PREFIX.get(branch, _BRANCH_PREFIX["military"])
        found = self._state_on(country, branch, day)
        if found:
            return found
        for other, other_prefix in _BRANCH_PREFIX.items():
            borrowed = self._state_on(country, other, day) if other != branch else ""
            if borrowed:
                return prefix + borrowed[len(other_prefix) :]
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
                continue
            hits.append(hit)
        return hits


def _as_date(value: Any, *, end: bool = False) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, int) or str(value).isdigit():
        # A bare year: from its first day, or (as an end) until the next year begins.
        return date(int(value) + (1 if end else 0), 1, 1)
    return date.fromisoformat(str(value))


def _entry(raw: dict[str, Any], origin: str) -> ActorEntry:
    try:
        return ActorEntry(
            name=str(raw["name"]),
            inter=int(raw.get("inter", 0)),
            country=str(raw.get("country", "")),
            scope=str(raw.get("scope", "")),
            kind=str(raw.get("kind", "group")),
            branch=str(raw.get("branch", "")),
            patron=str(raw.get("patron", "")),
            group_form=str(raw.get("group_form", "")),
            aliases=tuple(str(a) for a in raw.get("aliases", ()) or ()),
            needs=str(raw.get("needs", "")),
            assoc_of=str(raw.get("assoc_of", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ActorKBError(f"{origin}: bad actor entry {raw!r}: {exc}") from exc


def _same_actor(a: ActorEntry, b: ActorEntry) -> bool:
    """Two listings of one actor (files may disagree on its home country; templates may not)."""
    if a.name != b.name:
        return False
    if a.kind in TEMPLATE_KINDS or b.kind in TEMPLATE_KINDS:
        return a.kind == b.kind and a.country == b.country
    return True


def build_kb(documents: list[tuple[str, dict[str, Any]]]) -> ActorKB:
    """An ActorKB from parsed YAML documents `(origin, content)`; raises ActorKBError on ambiguity."""
    entries: list[ActorEntry] = []
    states: list[StateForce] = []
    demonyms: dict[str, str] = {}
    unidentified: dict[tuple[str, str], str] = {}
    default_pairs: dict[tuple[str, str], tuple[str, str]] = {}
    dyad_first: dict[tuple[str, str, str], str] = {}
    located_pairs: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    regimes: list[dict[str, Any]] = []
    front: dict[str, dict[str, str]] = defaultdict(dict)
    side_first: dict[str, str] = {}
    leaders_in: dict[tuple[str, str], str] = {}
    for origin, content in documents:
        for raw in content.get("country_leaders", ()) or ():
            leaders_in[(str(raw["name"]), str(raw["country"]))] = str(raw["leader"])
        for raw in content.get("side_order", ()) or ():
            side_first[str(raw["country"])] = str(raw["first"])
        for raw in content.get("frontlines", ()) or ():
            for place in raw.get("places", ()) or ():
                front[str(raw["country"])][str(place).lower()] = str(raw["attacker"])
        for raw in content.get("unidentified", ()) or ():
            unidentified[(str(raw["country"]), str(raw["event_type"]))] = str(raw["name"])
        for raw in content.get("dyad_order", ()) or ():
            first, second = str(raw["first"]), str(raw["second"])
            dyad_first[(min(first, second), max(first, second), str(raw.get("country", "")))] = first
        for raw in content.get("default_pairs", ()) or ():
            key = (str(raw["country"]), str(raw["event_type"]))
            if raw.get("location"):
                located_pairs[key].append((str(raw["location"]), str(raw["actor1"]), str(raw["actor2"])))
            else:
                default_pairs[key] = (str(raw["actor1"]), str(raw["actor2"]))
        for raw in content.get("actors", ()) or ():
            entries.append(_entry(raw, origin))
        for raw in content.get("states", ()) or ():
            states.append(
                StateForce(str(raw["country"]), str(raw["branch"]), str(raw["name"]),
                           _as_date(raw.get("from")), _as_date(raw.get("to"), end=True))
            )  # fmt: skip
        regimes.extend(content.get("regimes", ()) or ())
        for country, words in (content.get("demonyms", {}) or {}).items():
            for word in [country, *words]:
                key = " ".join(str(word).split()) if _is_acronym(str(word)) else _alias_key(str(word))
                demonyms[key] = str(country)

    # A country's name alone can be its state acting ("Turkey shelled ..."), unless some file
    # already gives that word another meaning.
    taken = {_alias_key(a) for e in entries for a in e.aliases}
    for country in sorted(set(demonyms.values())):
        if _alias_key(country) not in taken:
            entries.append(ActorEntry("state:military", 1, country, "", "state", "military",
                                      aliases=(country,), needs="subject"))  # fmt: skip
    # A people named by its plural demonym are that country's civilians ("killed 20 Palestinians").
    civilian = next((e for e in entries if e.kind == "civilian" and "{country}" in e.name), None)
    countries = {_alias_key(c) for c in demonyms.values()}
    for word, country in sorted(demonyms.items()):
        if civilian is not None and word.endswith("s") and len(word) > 4 and word not in taken | countries:
            entries.append(replace(civilian, country=country, aliases=(word,)))
    index: dict[str, list[ActorEntry]] = defaultdict(list)
    owner: dict[tuple[str, str], ActorEntry] = {}
    exact: dict[str, set[str]] = defaultdict(set)
    loose: set[str] = set()
    for entry in entries:
        names = [] if entry.kind in TEMPLATE_KINDS or entry.kind == "unit" else [entry.name]
        for alias in dict.fromkeys([*names, *entry.aliases]):
            key = _alias_key(alias)
            if not key:
                continue
            seen = owner.get((key, entry.scope))
            if seen is not None and seen != entry:
                if _same_actor(seen, entry):
                    continue  # the same actor listed in two files
                raise ActorKBError(
                    f"alias {alias!r} means both {seen.name!r} and {entry.name!r} "
                    f"in scope {entry.scope or 'anywhere'!r}"
                )
            owner[(key, entry.scope)] = entry
            if entry not in index[key]:
                index[key].append(entry)
            if _is_acronym(alias):
                exact[key].add(alias)
            else:
                loose.add(key)
    case_sensitive = {k: frozenset(v) for k, v in exact.items() if k not in loose}

    automaton = ahocorasick.Automaton()
    for key in index:
        automaton.add_word(key, key)
    if index:
        automaton.make_automaton()

    states.extend(_regime_forces(regimes, {f.name for f in states}))
    by: dict[tuple[str, str], list[StateForce]] = defaultdict(list)
    for force in states:
        by[(force.country, force.branch)].append(force)
    states_by = {k: tuple(sorted(v, key=lambda f: f.start or date.min)) for k, v in by.items()}
    by_kind: dict[str, list[ActorEntry]] = defaultdict(list)
    for entry in entries:
        if entry.kind in TEMPLATE_KINDS and "{country}" in entry.name:
            by_kind[entry.kind].append(entry)
    templates = {k: tuple(v) for k, v in by_kind.items()}
    return ActorKB(
        entries=tuple(entries),
        states=tuple(states),
        demonyms=demonyms,
        _index={k: tuple(v) for k, v in index.items()},
        _case_sensitive=case_sensitive,
        _automaton=automaton,
        _states_by=states_by,
        _templates=templates,
        unidentified=unidentified,
        default_pairs=default_pairs,
        dyad_first=dyad_first,
        located_pairs={k: tuple(v) for k, v in located_pairs.items()},
        by_name={e.name: e for e in reversed(entries) if e.kind not in TEMPLATE_KINDS},
        side_first=side_first,
        leaders_in=leaders_in,
        community_labels=_community_labels(entries),
        frontlines={c: (_alternation(places), places) for c, places in front.items()},
    )


_COMMUNITY = re.compile(r"^(?P<label>.+?) (?P<type>Ethnic|Clan|Tribal) Militia \([^()]+\)$")


def _community_labels(entries: list[ActorEntry]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for entry in entries:
        found = _COMMUNITY.match(entry.name) if entry.kind == "community" else None
        if found:
            out.setdefault(_alias_key(found["label"]), (found["label"], found["type"]))
    return out


def _alternation(words: dict[str, str]) -> Any:
    """Whole-word, case-insensitive alternation of `words`, longest first ("Zolote-4" before "Zolote")."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in ordered) + r")(?![\w-])", re.I)


def _regime_forces(regimes: list[dict[str, Any]], known: set[str]) -> list[StateForce]:
    """State force names for each regime change ("Police Forces of Kenya (2022-)"), unless known."""
    out = []
    for raw in regimes:
        country = str(raw["country"])
        where = f"the {country}" if raw.get("the") else country
        for branch, pattern in (("military", "Military Forces of {} ({})"), ("police", "Police Forces of {} ({})"),
                                ("government", "Government of {} ({})")):  # fmt: skip
            name = pattern.format(where, raw["label"])
            if name not in known:
                out.append(StateForce(country, branch, name, _as_date(raw.get("from"))))
    return out


def read_kb_files(directory: Path) -> list[tuple[str, dict[str, Any]]]:
    documents = []
    for path in sorted(directory.glob("*.yaml")):
        try:
            content = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}
        except yaml.YAMLError as exc:
            raise ActorKBError(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(content, dict):
            raise ActorKBError(f"{path}: expected a mapping at the top level")
        documents.append((str(path), content))
    return documents


@functools.lru_cache(maxsize=4)
def load_actor_kb(directory: str | None = None) -> ActorKB:
    """The actor KB from `directory` (default: the packaged `frontwire/data/actors/`), cached."""
    return build_kb(read_kb_files(Path(directory) if directory else DATA_DIR))
