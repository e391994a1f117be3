"""Admin names as ACLED spells them, and admin areas for a coordinate where boundaries are shipped.

Reads `frontwire/data/gazetteer/admin_names.tsv` (a spelling table: (ISO2, level, GeoNames/WOF
name) -> ACLED name, derived from how ACLED's own admin columns spell the areas around known
coordinates), `admin1_acled_curated.tsv` (ACLED's admin1 spellings for units the dev data never
shows, curated from ACLED's published naming; the generated table wins where both speak),
`admin1_by_district.tsv` (ACLED's admin1 for a district where the index's admin1 follows an older
scheme: Lebanon's 2014 governorates) and
`syria_admin.json.gz` (OCHA Syria admin1-3 polygons, simplified; OCHA names are
the ones ACLED uses for Syria). Writes nothing. Loaders are cached per process; a point outside
every polygon gives None rather than a guess.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "AdminArea", "acled_admin_name", "admin_for_point", "curated_acled_names", "curated_admin1", "data_file",
    "district_admin1", "without_type_prefix",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class AdminArea:
    """One admin3 polygon with its chain of names (admin1, admin2, admin3)."""

    admin1: str
    admin2: str
    admin3: str
    pcode: str
    bbox: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat
    rings: tuple[tuple[tuple[float, float], ...], ...]


def data_file(name: str):  # -> Traversable
    return resources.files("frontwire") / "data" / "gazetteer" / name


@lru_cache(maxsize=1)
def _spellings() -> dict[tuple[str, str, str], str]:
    table: dict[tuple[str, str, str], str] = {}
    for line in data_file("admin_names.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 4:
            table[(parts[0], parts[1], parts[2])] = parts[3]
    return table


_SUFFIX = re.compile(
    r"\s+(?:County|Region|Province|Governorate|Oblast|District|Department|Prefecture|Municipality|Area|"
    r"Division|Raion|Rayon|Voivodeship|Muhafazah|Ostan)$"
)
_PREFIX = re.compile(
    r"^(?:Province of|Region of|Departamento de|Provincia de|Provincia del|Estado de|Ostan-e|Muhafazat|"
    r"Wilayat|Wilaya de|Governorate of|County of|Opština|Opstina|Baladīyat|Baladiyat|Imārat|Imarat)\s+"
)


def acled_admin_name(iso2: str, level: int, name: str) -> str:
    """ACLED's spelling of a GeoNames/WOF admin name ("Nairobi Area" -> "Nairobi", "Korçë County" -> "Korçë").

    The learned spelling table first; otherwise the generic type word is dropped, as ACLED writes
    bare names. Unknown names pass unchanged.
    """
    known = _spellings().get((iso2, str(level), name)) or (curated_admin1(iso2, name) if level == 1 else "")
    if known:
        return known
    return _bare(name)


def _bare(name: str) -> str:
    return _PREFIX.sub("", _SUFFIX.sub("", name)) or name


def without_type_prefix(name: str) -> str:
    """The name without a leading type phrase ("County of Zadar" -> "Zadar", "Opština Nikšić" -> "Nikšić"):
    ACLED writes the bare name. A trailing type word stays (ACLED keeps "Kursk Oblast", "Lima Province")."""
    return _PREFIX.sub("", name) or name


@lru_cache(maxsize=1)
def _curated() -> dict[tuple[str, str], str]:
    rows = []
    for line in data_file("admin1_acled_curated.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#"):
            rows.append((parts[0], parts[1], parts[2]))
    table = {(iso2, name): acled for iso2, name, acled in rows}
    for iso2, name, acled in rows:
        # Indexes built before a row was added store the name with its type word dropped
        # ("Davao Region" -> "Davao"); ACLED's own spelling maps to itself so that a later
        # fuzzy respelling never moves it. A gazetteer name itself always wins.
        table.setdefault((iso2, _bare(name)), acled)
    for iso2, _name, acled in rows:
        table.setdefault((iso2, acled), acled)
    return table


def curated_acled_names() -> frozenset[tuple[str, str]]:
    """(ISO2, ACLED admin1) of every unit the curated table spells: names of ACLED's scheme."""
    return frozenset((iso2, acled) for (iso2, _name), acled in _curated().items())


def curated_admin1(iso2: str, name: str) -> str:
    """ACLED's admin1 spelling from the curated table ("Western Darfur" -> "West Darfur"), or ""."""
    return _curated().get((iso2, name), "")


@lru_cache(maxsize=1)
def _by_district() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for line in data_file("admin1_by_district.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#"):
            table[(parts[0], parts[1])] = parts[2]
    return table


def district_admin1(iso2: str, admin2: str) -> str:
    """ACLED's admin1 for a district whose index admin1 follows another scheme ("Baalbek" -> "Baalbek-Hermel"), or ""."""
    return _by_district().get((iso2, admin2), "") if admin2 else ""


@lru_cache(maxsize=1)
def _areas() -> dict[str, tuple[AdminArea, ...]]:
    with gzip.open(str(data_file("syria_admin.json.gz")), "rt", encoding="utf-8") as fh:
        polys = json.load(fh)
    areas = []
    for p in polys:
        if p["level"] != 3 or not p["rings"]:
            continue
        rings = tuple(tuple((x, y) for x, y in ring) for ring in p["rings"])
        xs = [x for ring in rings for x, _ in ring]
        ys = [y for ring in rings for _, y in ring]
        a1, a2, a3 = p["admin"]
        areas.append(AdminArea(a1, a2, a3, p["pcode"], (min(xs), min(ys), max(xs), max(ys)), rings))
    return {"SY": tuple(areas)}


def _inside(x: float, y: float, ring: tuple[tuple[float, float], ...]) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def admin_for_point(iso2: str, lat: float, lon: float) -> AdminArea | None:
    """The admin3 area (with its admin1/admin2) holding the point, where polygons are shipped."""
    areas = _areas().get(iso2)
    if not areas:
        return None
    near: list[AdminArea] = []
    for area in areas:
        x0, y0, x1, y1 = area.bbox
        if x0 - 0.02 <= lon <= x1 + 0.02 and y0 - 0.02 <= lat <= y1 + 0.02:
            # Even-odd over all rings handles holes; polygons were simplified, so test the bbox
            # neighbours too and fall back to the nearest one for points on a simplified border.
            if sum(_inside(lon, lat, ring) for ring in area.rings) % 2:
                return area
            near.append(area)
    if not near:
        return None
    return min(near, key=lambda a: _bbox_distance(a, lat, lon))


def _bbox_distance(area: AdminArea, lat: float, lon: float) -> float:
    best = float("inf")
    for ring in area.rings:
        for x, y in ring:
            best = min(best, (x - lon) ** 2 + (y - lat) ** 2)
    return best
