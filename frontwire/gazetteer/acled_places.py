"""Places ACLED has coded, by name: ACLED's own coordinates and admin names for a location it uses.

Reads `frontwire/data/gazetteer/acled_places.tsv.gz` (iso2, folded name, ACLED spelling, lat, lon,
admin1, admin2, admin3, events; one row per name and country, the coordinate ACLED used most;
derived from the dev gold by `tools/build_gazetteer_data.py --admin-points`). Writes nothing.
Why: ACLED reuses its locations, so a village GeoNames lacks (or places at a namesake, or a few
kilometres off) is often one ACLED has coded before; `add_acled_candidates` hands them to geoparse
as candidates. A name it never coded gives None; never raises.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache

from ..model import Place
from .admin import data_file
from .store import Gazetteer

__all__ = ["AcledPlace", "acled_place", "acled_places_named", "add_acled_candidates"]


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


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[AcledPlace, ...]]:
    out: dict[str, list[AcledPlace]] = {}
    for (_, key), place in _table().items():
        out.setdefault(key, []).append(place)
    return {k: tuple(sorted(v, key=lambda p: -p.events)) for k, v in out.items()}


def acled_places_named(key: str) -> tuple[AcledPlace, ...]:
    """Every country's place ACLED codes under this folded name, most-coded first."""
    return _by_name().get(key, ())


def add_acled_candidates(gazetteer: Gazetteer, exact: dict[str, tuple[Place, ...]], keys: set[str]) -> None:
    """Places ACLED has coded under these names join the candidates (villages GeoNames lacks)."""
    for key in keys:
        found = acled_places_named(key)
        if not found:
            continue
        extra = []
        for a in found:
            country = gazetteer.country(a.iso2)
            extra.append(Place(id=f"acled:{a.iso2}:{key}", name=a.name, country=country.name if country else a.iso2,
                               iso2=a.iso2, admin1=a.admin1, admin2=a.admin2, admin3=a.admin3,
                               latitude=a.latitude, longitude=a.longitude, feature="PPL"))  # fmt: skip
        exact[key] = tuple(extra) + exact.get(key, ())
