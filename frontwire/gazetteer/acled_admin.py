"""ACLED's own admin1/admin2 for a coordinate, voted by the nearest points ACLED has coded.

Reads `frontwire/data/gazetteer/acled_admin_points.tsv.gz` (iso2, lat, lon, admin1, admin2: the
distinct coordinates of ACLED-coded events with the admin names ACLED gave them, rounded to
0.01 degrees; derived from the dev gold by `tools/build_gazetteer_data.py --admin-points`).
Writes nothing. Why: ACLED's admin units are not GeoNames' (Kenya's 47 counties, not the old
provinces; renamed or split regions such as Cameroon's "Extreme-Nord" or Yemen's "Suqutra"), and
the nearest-GeoNames-town admin1 of a village near a border is often the neighbour's. A point with
no coded point nearby (`MAX_KM`) gets None and the gazetteer's admin names stay, except in the
countries `admin1_centres.tsv` lists (ACLED's admin1 finer than the index's: Uganda's districts),
where the nearest unit centre names it. Never raises.
"""

from __future__ import annotations

import difflib
import gzip
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .admin import curated_acled_names, curated_admin1, data_file, without_type_prefix

__all__ = [
    "MAX_KM", "acled_admin_at", "acled_admin_names", "acled_spelling", "coded_nearby", "coded_points",
    "coded_share", "in_acled_scheme",
]  # fmt: skip

MAX_KM = 9.0  # beyond this the nearest coded point is likely across a county line (Gebze, Callao: 9-12 km)
_K = 3
_DENSITY_CELL = 0.1  # degrees (~11 km): a 3x3 block is "within ~15 km" of a coded point


@dataclass(frozen=True, slots=True)
class _Points:
    lat: np.ndarray  # radians
    lon: np.ndarray
    admin1: tuple[str, ...]
    admin2: tuple[str, ...]


@lru_cache(maxsize=1)
def _points() -> dict[str, _Points]:
    rows: dict[str, list[tuple[float, float, str, str]]] = {}
    with gzip.open(str(data_file("acled_admin_points.tsv.gz")), "rt", encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) == 5 and f[3]:
                rows.setdefault(f[0], []).append((float(f[1]), float(f[2]), f[3], f[4]))
    return {
        iso2: _Points(np.radians([r[0] for r in rs]), np.radians([r[1] for r in rs]),
                      tuple(r[2] for r in rs), tuple(r[3] for r in rs))
        for iso2, rs in rows.items()
    }  # fmt: skip


def coded_points() -> Iterator[tuple[str, float, float, str, str]]:
    """Every distinct point ACLED coded, as (ISO2, latitude, longitude, admin1, admin2) in degrees."""
    for iso2, pts in _points().items():
        for la, lo, a1, a2 in zip(np.degrees(pts.lat), np.degrees(pts.lon), pts.admin1, pts.admin2):
            yield iso2, float(la), float(lo), a1, a2


def acled_admin_at(
    iso2: str, lat: float | None, lon: float | None, admin1: str = ""
) -> tuple[str, str] | None:
    """(admin1, admin2) ACLED uses around the point, or None with no coded point within MAX_KM.

    The nearest point decides admin1 unless the other near points (within MAX_KM) outvote it;
    admin2 comes from the points that agree on admin1 ("" when ACLED left it empty). `admin1` is
    the place record's own label: when it is a unit of ACLED's scheme for that country it stands,
    and only admin2 is taken from the points that agree with it. Why: coded points vote well where
    the record's label is of another scheme (Kenya's old provinces), but a neighbour's point a few
    km across a line is no evidence against a record that already names ACLED's unit (Marikina in
    the National Capital Region beside Rizal's points; Furn el Chebbak, Mount Lebanon, by Beirut's).
    """
    if lat is None or lon is None:
        return None
    pts = _points().get(iso2)
    if pts is None:
        unit = "" if in_acled_scheme(iso2, admin1) else _nearest_centre(iso2, lat, lon)
        return (acled_spelling(iso2, unit), "") if unit else None
    la, lo = math.radians(lat), math.radians(lon)
    # Equirectangular distance: exact enough at a dozen kilometres, and one vector pass.
    dx = (pts.lon - lo) * math.cos(la)
    dy = pts.lat - la
    d = np.sqrt(dx * dx + dy * dy) * 6371.0
    order = np.argsort(d)[:_K] if len(d) > _K else np.argsort(d)
    near = [int(i) for i in order if d[i] <= MAX_KM]
    own = in_acled_scheme(iso2, admin1)
    if not near:
        unit = "" if own else _nearest_centre(iso2, lat, lon)
        return (acled_spelling(iso2, unit), "") if unit else None
    if own:
        return own, next((pts.admin2[i] for i in near if pts.admin1[i] == own), "")
    votes: dict[str, float] = {}
    for i in near:
        votes[pts.admin1[i]] = votes.get(pts.admin1[i], 0.0) + 1.0 / (1.0 + d[i])
    admin1 = max(votes, key=lambda a: votes[a])
    admin2 = next((pts.admin2[i] for i in near if pts.admin1[i] == admin1), "")
    return admin1, admin2


CENTRE_KM = 60.0  # a district centre farther than this is no evidence (a lake, a border)


@lru_cache(maxsize=1)
def _centres() -> dict[str, tuple[tuple[str, float, float], ...]]:
    out: dict[str, list[tuple[str, float, float]]] = {}
    for line in data_file("admin1_centres.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) == 4 and not line.startswith("#"):
            out.setdefault(f[0], []).append((f[1], float(f[2]), float(f[3])))
    return {iso2: tuple(rows) for iso2, rows in out.items()}


def _nearest_centre(iso2: str, lat: float, lon: float) -> str:
    """The unit ACLED uses as admin1 whose centre is nearest, in countries where the index's admin1 is
    a coarser scheme (Uganda's regions; ACLED writes its districts), else "". Why: with no coded
    point near, the index's label would be wrong by construction; the nearest district centre is
    right for most villages (Kakiri: Wakiso, 20 km from its centre, 35 from Mityana's)."""
    rows = _centres().get(iso2)
    if not rows:
        return ""
    coslat = math.cos(math.radians(lat))
    best = min(rows, key=lambda r: ((r[2] - lon) * coslat) ** 2 + (r[1] - lat) ** 2)
    km = math.hypot((best[2] - lon) * coslat, best[1] - lat) * 111.2
    return best[0] if km <= CENTRE_KM else ""


def in_acled_scheme(iso2: str, admin1: str) -> str:
    """ACLED's spelling of `admin1` when it is a unit ACLED codes in that country (seen in its coded
    points or in the curated table), else "": a label of another scheme or an unknown name."""
    if not admin1:
        return ""
    from .names import fold

    return acled_admin_names(iso2, 1).get(fold(admin1)) or _curated_units().get((iso2, fold(admin1)), "")


@lru_cache(maxsize=1)
def _curated_units() -> dict[tuple[str, str], str]:
    from .names import fold

    return {(iso2, fold(acled)): acled for iso2, acled in curated_acled_names()}


@lru_cache(maxsize=1)
def _names() -> dict[tuple[str, int], dict[str, str]]:
    from .names import fold

    out: dict[tuple[str, int], dict[str, str]] = {}
    for iso2, pts in _points().items():
        for level, names in ((1, pts.admin1), (2, pts.admin2)):
            table = out.setdefault((iso2, level), {})
            for name in names:
                if name:
                    table.setdefault(fold(name), name)
    return out


def acled_admin_names(iso2: str, level: int) -> dict[str, str]:
    """Folded -> ACLED spelling of the admin1 (level 1) or admin2 (level 2) names ACLED uses in a country."""
    return _names().get((iso2, level), {})


_SQUASH = re.compile(r"[^a-z0-9]+")
_SPELLING_RATIO = 0.8  # "azzawiyah"/"azzawya" 0.88, "southernkordofan"/"southkordofan" 0.90
_SPELLING_MARGIN = 0.1  # over the runner-up: "Northern Darfur" must not become a lone "South Darfur"


def acled_spelling(iso2: str, admin1: str) -> str:
    """ACLED's spelling of a gazetteer admin1 name ("Az Zāwiyah" -> "Azzawya", "Hiiraan" -> "Hiraan"):
    the one admin1 name ACLED codes in that country that is clearly the same written otherwise;
    the name itself when ACLED uses it, or no ACLED name is close. Why: away from coded points
    (`acled_admin_at`) the gazetteer's own spelling would stay, and ACLED scores its own."""
    names = acled_admin_names(iso2, 1)
    # An index built before admin.py's prefix rule grew stores "County of Zadar", "Opština Nikšić".
    bare = without_type_prefix(admin1)
    if not admin1 or not names:
        return curated_admin1(iso2, admin1) or curated_admin1(iso2, bare) or bare
    from .names import fold  # the lookup table's own folding

    key = fold(admin1)
    # The curated table (admin.py) first: it also spells a gazetteer name that is ACLED's name of
    # another unit (GeoNames' "Lima" is the capital's Lima Province, ACLED's "Lima" the region), and
    # before the fuzzy match because the index may predate its rows.
    found = curated_admin1(iso2, admin1) or names.get(key)
    if found or bare == admin1:
        return found or _closest(iso2, key) or admin1
    key = fold(bare)
    return curated_admin1(iso2, bare) or names.get(key) or _closest(iso2, key) or bare


# Compass words, so that "Southern Kordofan" may be "South Kordofan" but never "North Kordofan".
_COMPASS = {"northern": "north", "norte": "north", "nord": "north", "southern": "south", "sur": "south",
            "sud": "south", "eastern": "east", "este": "east", "est": "east", "western": "west",
            "oeste": "west", "ouest": "west", "extreme": "far"}  # fmt: skip


def _words(key: str) -> frozenset[str]:
    return frozenset(_COMPASS.get(w, w) for w in re.findall(r"[a-z0-9]+", key))


def _compass_squashed(key: str) -> str:
    return "".join(_COMPASS.get(w, w) for w in re.findall(r"[a-z0-9]+", key))


def _same_unit(a: str, b: str) -> bool:
    """False when one name is the other plus words ("Baja California Sur", "Buenos Aires F.D.":
    another unit) or their compass words differ ("North Aegean", "South Aegean")."""
    wa, wb = _words(a), _words(b)
    if wa < wb or wb < wa:
        return False
    compass = set(_COMPASS.values())
    return wa & compass == wb & compass


@lru_cache(maxsize=20_000)
def _closest(iso2: str, key: str) -> str:
    # Compared with compass words in English: "South-West" is "Sud-Ouest", "Far North" "Extreme-Nord".
    squashed = _compass_squashed(key)
    scored = sorted(
        ((difflib.SequenceMatcher(None, squashed, _compass_squashed(k)).ratio(), name)
         for k, name in acled_admin_names(iso2, 1).items() if _same_unit(key, k)),
        reverse=True,
    )  # fmt: skip
    if not scored or scored[0][0] < _SPELLING_RATIO:
        return ""
    if len(scored) > 1 and scored[1][0] > scored[0][0] - _SPELLING_MARGIN:
        return ""
    return scored[0][1]


@lru_cache(maxsize=1)
def _cells() -> frozenset[tuple[str, int, int]]:
    """(iso2, cell y, cell x) of every coded point: conflict geography as a set, O(1) to ask."""
    out = set()
    for iso2, pts in _points().items():
        for la, lo in zip(np.degrees(pts.lat), np.degrees(pts.lon)):
            out.add((iso2, math.floor(la / _DENSITY_CELL), math.floor(lo / _DENSITY_CELL)))
    return frozenset(out)


def coded_nearby(iso2: str, lat: float | None, lon: float | None) -> int:
    """How many of the 3x3 cells (~0.1 degree) around the point hold a place ACLED has coded
    events at (0-9). Why: of two same-named villages in one country, the one on the front line
    or in the restive region is the one a conflict report means ("near Berezivske": Luhansk's,
    not Kharkiv's)."""
    if lat is None or lon is None:
        return 0
    return _nearby(_cells(), iso2, math.floor(lat / _DENSITY_CELL), math.floor(lon / _DENSITY_CELL))


# The same candidates are scored twice per mention and recur across reports. The cell set is part
# of the key (a frozenset hashes once), so a reloaded table (tools' honest halves) is never stale.
@lru_cache(maxsize=65_536)
def _nearby(cells: frozenset[tuple[str, int, int]], iso2: str, cy: int, cx: int) -> int:
    return sum((iso2, cy + dy, cx + dx) in cells for dy in (-1, 0, 1) for dx in (-1, 0, 1))


@lru_cache(maxsize=1)
def _admin1_shares() -> dict[tuple[str, str], float]:
    """(iso2, ACLED admin1) -> that province's share of the country's coded points."""
    out: dict[tuple[str, str], float] = {}
    for iso2, pts in _points().items():
        counts: dict[str, int] = {}
        for name in pts.admin1:
            counts[name] = counts.get(name, 0) + 1
        for name, n in counts.items():
            out[(iso2, name)] = n / len(pts.admin1)
    return out


def coded_share(iso2: str, admin1: str) -> float:
    """The share (0-1) of a country's ACLED-coded points that lie in this admin1. Why: of two
    same-named villages in one country, one in the province where the fighting is ("near Lozove"
    in an OSCE report: Donetsk's, not Khmelnytskyi's) is meant, even where no coded point lies
    within the ~15 km `coded_nearby` sees."""
    return _admin1_shares().get((iso2, admin1), 0.0)
