"""ACLED's geo_precision for a chosen place, from the way the report frames it.

Reads `frontwire/data/locate/precision.yaml` once per process (cached): which cues still name the
place itself (1), which are relative to it (2), which admin words turn a town into its area (2),
and what a province-level area gets per cue (default 3); `official_names.txt`, the countries
where ACLED writes a town's official gazetteer name rather than the report's; and
`city_districts.tsv`, the cities whose parts ACLED names "City-District" (`city_states.txt`: those
whose province is the city itself, so "X, City" is a part of it); and `cue_weights.yaml`,
how often ACLED codes the place each cue frames (tools/build_locate_cues.py); `district_seats.tsv`,
the place ACLED codes a district-level event at when that is not the district's namesake;
`landmark_words.txt`, words that make a name a landmark inside a town; `territories.tsv`, territories
ACLED codes as an admin1 of another country (Hong Kong in China). Writes nothing. A missing or malformed
file is a broken installation and raises OSError / KeyError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .gazetteer.names import fold, skeleton

__all__ = [
    "PrecisionRules",
    "city_district_names",
    "city_state_names",
    "cue_lean",
    "cue_precision",
    "district_seat",
    "is_relative",
    "landmark_words",
    "official_name_countries",
    "precision_rules",
    "province_precision",
    "relative_after",
    "territories",
]


@dataclass(frozen=True, slots=True)
class PrecisionRules:
    precise: frozenset[str]
    relative: frozenset[str]
    admin_words: frozenset[str]
    province: dict[str, int]
    relative_after: frozenset[str] = frozenset()
    list_after: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def precision_rules() -> PrecisionRules:
    text = resources.files("frontwire").joinpath("data/locate/precision.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    return PrecisionRules(
        precise=frozenset(raw["precise"]),
        relative=frozenset(raw["relative"]),
        admin_words=frozenset(raw["admin_words"]),
        province={str(k): int(v) for k, v in (raw.get("province") or {}).items()},
        relative_after=frozenset(str(w).lower() for w in raw.get("relative_after") or ()),
        list_after=frozenset(str(w).lower() for w in raw.get("list_after") or ()),
    )


_WORD_AFTER = re.compile(r"\s+([A-Za-z-]+)")
# The rest of a list of names the chosen one heads (", Kisaku and Kitawa"), then the word closing it.
# Capitalised items joined by commas or "and" (lower case, so an item never swallows the joiner).
_LIST_AFTER = re.compile(
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})+\s+([A-Za-z-]+)"
)


def relative_after(text: str, end: int) -> bool:
    """The word right after a name makes it a line's or a zone's reference ("Mankote sector area",
    "the Qaniyah front"), or a plural place word closes the list it is in ("Harim and Sarmada towns"):
    ACLED codes the named place at precision 2 (precision.yaml relative_after, list_after)."""
    rules = precision_rules()
    m = _WORD_AFTER.match(text, end)
    word = m.group(1).lower() if m else ""
    if word in rules.relative_after or word in rules.list_after:
        return True
    m = _LIST_AFTER.match(text, end, end + 200)  # bounded: a list longer than that is no framing
    return m is not None and m.group(1).lower() in rules.list_after


_ADMIN_TAIL = frozenset({"province", "governorate", "county", "region", "state", "sub-district", "division"})


@lru_cache(maxsize=512)
def is_relative(cue: str) -> bool:
    """The cue places the event near or around the place rather than at it ("near", "east of")."""
    rules = precision_rules()
    words = cue.split()
    # "southern ... district": the admin word the cue finder appended does not change the framing.
    framing = " ".join(w for w in words if w not in rules.admin_words and w not in _ADMIN_TAIL)
    if cue in rules.precise or framing in rules.precise:
        return False
    return any(w in rules.relative for w in words)


@lru_cache(maxsize=512)
def cue_precision(cue: str) -> int:
    """Precision for a town framed by `cue`: 1 at it, 2 near it or written as an admin area."""
    if is_relative(cue):
        return 2
    return 2 if any(w in precision_rules().admin_words for w in cue.split()) else 1


def province_precision(cue: str, relative_to_named_town: bool) -> int:
    """Precision for a province-level area placed at its town ("countryside of Deir Ezzor" -> 2)."""
    if relative_to_named_town and is_relative(cue):
        return 2
    table = precision_rules().province
    for word in cue.split():
        if word in table:
            return table[word]
    return 3


@lru_cache(maxsize=1)
def official_name_countries() -> frozenset[str]:
    """ISO2 codes of the countries where ACLED names towns by their official (gazetteer) name."""
    text = resources.files("frontwire").joinpath("data/locate/official_names.txt").read_text(encoding="utf-8")
    return frozenset(x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def generic_place_names() -> frozenset[str]:
    """Folded generic descriptions ("nameless hills") ACLED names after their region."""
    text = resources.files("frontwire").joinpath("data/locate/generic_names.txt").read_text(encoding="utf-8")
    return frozenset(fold(x) for x in text.splitlines() if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def city_district_names() -> dict[str, str]:
    """Folded name of a city as reports write it -> ACLED's name for the city, for "City-District" names."""
    text = resources.files("frontwire").joinpath("data/locate/city_districts.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        acled, written = line.split("\t", 1)
        for name in written.split(","):
            table[fold(name.strip())] = acled.strip()
    return table


@lru_cache(maxsize=1)
def city_state_names() -> frozenset[str]:
    """ACLED city names (city_districts.tsv) whose first-level area is the city itself ("Bogota, D.C.")."""
    text = resources.files("frontwire").joinpath("data/locate/city_states.txt").read_text(encoding="utf-8")
    return frozenset(x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def territories() -> dict[str, tuple[str, str]]:
    """Territory ISO2 -> (ACLED's country ISO2, the territory's admin1 name), from territories.tsv."""
    text = resources.files("frontwire").joinpath("data/locate/territories.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {row[0].strip(): (row[1].strip(), row[2].strip()) for row in rows}


@lru_cache(maxsize=1)
def landmark_words() -> frozenset[str]:
    """Words that make the name before them a landmark ("the Ilya intersection"), from landmark_words.txt."""
    text = resources.files("frontwire").joinpath("data/locate/landmark_words.txt").read_text(encoding="utf-8")
    return frozenset(x.strip().lower() for x in text.splitlines() if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def _district_seats() -> dict[tuple[str, str, str], str]:
    text = resources.files("frontwire").joinpath("data/locate/district_seats.tsv").read_text(encoding="utf-8")
    table: dict[tuple[str, str, str], str] = {}
    for line in text.splitlines():
        f = line.split("\t")
        if len(f) == 5 and not line.startswith("#"):
            table[(f[0], f[1], f[2])] = f[3]
    return table


@lru_cache(maxsize=1)
def _admin1_capitals() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """(exact folded admin1 -> capital, vowel-loose skeleton -> capital where that skeleton is unique)."""
    text = (
        resources.files("frontwire").joinpath("data/locate/admin1_capitals.tsv").read_text(encoding="utf-8")
    )
    exact: dict[tuple[str, str], str] = {}
    loose: dict[tuple[str, str], set[str]] = {}
    for line in text.splitlines():
        f = line.split("\t")
        if len(f) == 3 and not line.startswith("#"):
            exact[(f[0], fold(f[1]))] = f[2]
            loose.setdefault((f[0], skeleton(fold(f[1]))), set()).add(f[2])
    # a short skeleton is shared by unrelated names ("Kogi", "Yobe"): only a long, unambiguous one stands
    return exact, {k: next(iter(v)) for k, v in loose.items() if len(v) == 1 and len(k[1]) >= 3}


def admin1_capital(iso2: str, admin1: str) -> str:
    """The seat of a province (admin1_capitals.tsv: "Nord-Kivu" -> "Goma"); "Hiiraan" finds "Hiraan"; else ''."""
    exact, loose = _admin1_capitals()
    key = fold(admin1)
    return exact.get((iso2, key)) or loose.get((iso2, skeleton(key)), "")


def district_seat(country: str, admin1: str, admin2: str) -> str:
    """ACLED's place for a district-level event in a district it never names after itself, else ''."""
    return _district_seats().get((country, admin1, fold(admin2)), "")


@lru_cache(maxsize=1)
def _cue_rates() -> tuple[float, dict[str, float]]:
    text = resources.files("frontwire").joinpath("data/locate/cue_weights.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    return float(raw["mean"]), {str(k): float(v) for k, v in (raw.get("rates") or {}).items()}


def cue_lean(cue: str) -> float:
    """How much more (or less) often than average ACLED codes a place framed by `cue` (-1..1)."""
    mean, rates = _cue_rates()
    return rates.get(cue, mean) - mean
