"""Building the actor KB from its YAML files: parsing, alias indexing and the ambiguity check.

Reads the parsed YAML documents of `frontwire/data/actors/*.yaml` (the keys are described in
`actor_kb`'s docstring). Writes an `ActorKB`: the alias index (an Aho-Corasick automaton over
normalized aliases, acronyms case-sensitive), regime-dated state names, templates and the learned
convention tables. Fails with `ActorKBError` on a malformed file or on an alias that means two
actors in the same country scope: ambiguity is an error in the data, never silently resolved.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from .actor_kb import (
    TEMPLATE_KINDS,
    ActorEntry,
    ActorKB,
    ActorKBError,
    StateForce,
    _alias_key,
    _is_acronym,
)

__all__ = ["build_kb", "read_kb_files"]

# libyaml's loader when installed: the seeded file is large and loading is on every worker's start.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
    group_suffix: dict[str, str] = {}
    crowd_branch: dict[str, str] = {}
    leaders_in: dict[tuple[str, str], str] = {}
    strike_targets: dict[tuple[str, str], str] = {}
    for origin, content in documents:
        for raw in content.get("strike_targets", ()) or ():
            strike_targets[(str(raw["country"]), str(raw["striker"]))] = str(raw["target"])
        for raw in content.get("country_leaders", ()) or ():
            leaders_in[(str(raw["name"]), str(raw["country"]))] = str(raw["leader"])
        for raw in content.get("crowd_force", ()) or ():
            crowd_branch[str(raw["country"])] = str(raw["branch"])
        for raw in content.get("side_order", ()) or ():
            side_first[str(raw["country"])] = str(raw["first"])
        for raw in content.get("group_suffix", ()) or ():
            group_suffix[str(raw["country"])] = str(raw["suffix"])
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
        group_suffix=group_suffix,
        crowd_branch=crowd_branch,
        spellings=_spellings(index),
        leaders_in=leaders_in,
        strike_targets=strike_targets,
        community_labels=_community_labels(entries),
        frontlines={c: (_alternation(places), places) for c, places in front.items()},
    )


def _spellings(index: dict[str, list[ActorEntry]]) -> dict[str, tuple[str, ...]]:
    """Named groups' long aliases by first letter: the candidates a coined name's spelling is
    compared with (acronyms and short words are too easily alike)."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for key, entries in index.items():
        if len(key) >= 8 and " " in key and any(e.kind == "group" for e in entries):
            by_letter[key[0]].append(key)
    return {letter: tuple(keys) for letter, keys in by_letter.items()}


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
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in ordered) + r")(?![\w-])", re.IGNORECASE
    )


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
