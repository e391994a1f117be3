"""Places ACLED has coded, by name: ACLED's own coordinates and admin names for a location it uses.

Reads `frontwire/data/gazetteer/acled_places.tsv.gz` (iso2, folded name, ACLED spelling, lat, lon,
admin1, admin2, admin3, events; one row per name and country, the coordinate ACLED used most;
derived from the dev gold by `tools/build_gazetteer_data.py --admin-points`). Writes nothing.
Why: ACLED reuses its locations, so a village GeoNames lacks (or places at a namesake, or a few
kilometres off) is often one ACLED has coded before; `add_acled_candidates` hands them to geoparse
as candidates. A name it never coded gives None; never raises. `coded_alike` finds the coded places of a
province written like a name the index lacks ("Tall Ad Dhahab in Saladin": Qaryat Tall adh Dhahab).
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Place
from .admin import data_file
from .lexicon import common_words
from .names import fold
from .spelling_keys import VOWELS, bare_key, match_score
from .store import Gazetteer

__all__ = [
    "AcledPlace",
    "acled_place",
    "acled_places_named",
    "add_acled_candidates",
    "as_place",
    "coded_alike",
]


@dataclass(frozen=True, slots=True)
class AcledPlace:
    iso2: str
    name: str  # ACLED's spelling
    latitude: float
    longitude: float
    admin1: str
    admin2: str
    admin3: str
    events: int


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], AcledPlace]:
    table: dict[tuple[str, str], AcledPlace] = {}
    with gzip.open(str(data_file("acled_places.tsv.gz")), "rt", encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) == 9:
                table[(f[0], f[1])] = AcledPlace(
                    f[0], f[2], float(f[3]), float(f[4]), f[5], f[6], f[7], int(f[8])
                )
    return table


def acled_place(iso2: str, key: str) -> AcledPlace | None:
    """The place ACLED codes under this folded name in this country, if it has coded one."""
    return _table().get((iso2, key)) if iso2 and key else None


# ACLED's "City-Part" names ("Bogota-Chapinero", "Beirut-Mazraa", "Hama - Airbase"): city, part.
_CITY_PART = re.compile(r"^(.+?)\s?-\s?(.+)$")


def _part_key(place: AcledPlace, table: dict[tuple[str, str], AcledPlace]) -> str:
    """The folded part of a "City-Part" name whose city ACLED codes too in that country, else "".

    Reports name the part alone ("in Chapinero, Bogota"), so ACLED's entry is found under it. A
    part that is a common word ("Port", "Central", "West Zone"), a number or short is no name
    (nor is "Nad-e Ali", whose "Nad" is no place ACLED codes).
    """
    m = _CITY_PART.match(place.name)
    if m is None or (place.iso2, fold(m.group(1))) not in table:
        return ""
    part = fold(m.group(2))
    words = part.split()
    if len(part) < 4 or not words or any(w.isdigit() for w in words) or words[0] in common_words():
        return ""
    return part


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[AcledPlace, ...]]:
    table = _table()
    out: dict[str, list[AcledPlace]] = {}
    for (_, key), place in table.items():
        out.setdefault(key, []).append(place)
    for place in table.values():
        part = _part_key(place, table)
        if part and not any(p.iso2 == place.iso2 for p in out.get(part, ())):
            out.setdefault(part, []).append(place)  # a place of that name itself is coded: it wins
    return {k: tuple(sorted(v, key=lambda p: -p.events)) for k, v in out.items()}


def acled_places_named(key: str) -> tuple[AcledPlace, ...]:
    """Every country's place ACLED codes under this folded name, most-coded first."""
    return _by_name().get(key, ())


def as_place(gazetteer: Gazetteer, a: AcledPlace, key: str) -> Place:
    """The coded place as a gazetteer-like record (id "acled:ISO2:key", a settlement)."""
    country = gazetteer.country(a.iso2)
    return Place(id=f"acled:{a.iso2}:{key}", name=a.name, country=country.name if country else a.iso2,
                 iso2=a.iso2, admin1=a.admin1, admin2=a.admin2, admin3=a.admin3,
                 latitude=a.latitude, longitude=a.longitude, feature="PPL")  # fmt: skip


def add_acled_candidates(gazetteer: Gazetteer, exact: dict[str, tuple[Place, ...]], keys: set[str]) -> None:
    """Places ACLED has coded under these names join the candidates (villages GeoNames lacks); a name
    nothing bears exactly takes the coded places spelled like it ("Zaghniya village": Zaghiniyah)."""
    for key in keys:
        found = acled_places_named(key) or (() if key in exact else _spelled_alike(key))
        if found:
            exact[key] = tuple(as_place(gazetteer, a, key) for a in found) + exact.get(key, ())


_MIN_ALIKE = 6  # loose letters: a shorter name written like a coded one is as often another name


@lru_cache(maxsize=1)
def _by_consonants() -> dict[str, tuple[tuple[str, AcledPlace], ...]]:
    """Consonants of a coded place's bare key -> (bare key, place): every key `match_score` may accept for
    a short name (a vowel more or less) shares its consonants, and a respelt long one mostly does too."""
    out: dict[str, list[tuple[str, AcledPlace]]] = {}
    for place in _table().values():
        key = bare_key(place.name)
        if len(key) >= _MIN_ALIKE:
            out.setdefault(key.translate(VOWELS), []).append((key, place))
    return {k: tuple(v) for k, v in out.items()}


def _spelled_alike(key: str) -> tuple[AcledPlace, ...]:
    """Coded places whose name, give or take a generic first word, is spelled like this folded name."""
    bare = bare_key(key)
    if len(bare) < _MIN_ALIKE:
        return ()
    found = [(score, p) for other, p in _by_consonants().get(bare.translate(VOWELS), ())
             if (score := match_score(bare, other)) is not None and score <= 1]  # fmt: skip
    return tuple(p for _, p in sorted(found, key=lambda sp: (sp[0], -sp[1].events, sp[1].name)))


@lru_cache(maxsize=1)
def _by_area() -> dict[tuple[str, str], tuple[tuple[str, AcledPlace], ...]]:
    """(ISO2, admin1) -> (bare key, place) of each place ACLED codes there (a few dozen a province)."""
    out: dict[tuple[str, str], list[tuple[str, AcledPlace]]] = {}
    for place in _table().values():
        key = bare_key(place.name)
        if key:
            out.setdefault((place.iso2, place.admin1), []).append((key, place))
    return {k: tuple(v) for k, v in out.items()}


def coded_alike(key: str, areas: tuple[tuple[str, str], ...]) -> list[tuple[int, AcledPlace]]:
    """(score, place) for each place ACLED codes in these (ISO2, admin1) areas whose name, without a generic
    first word ("Qaryat", "Bir", "Wadi"), is spelled like `key` (a `bare_key`); see `match_score`."""
    table = _by_area()
    found = []
    for area in areas:
        for other, place in table.get(area, ()):
            score = match_score(key, other)
            if score is not None:
                found.append((score, place))
    return found
