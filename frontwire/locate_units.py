"""Admin units a report writes by ACLED's own names where the gazetteer matched nothing: "in Wadi al-Rabi (Aljfara)".

Reads the text right after a place name the gazetteer lacks (a bracket, "(Aljfara)", "(Gujba LGA, Yobe)", or a
comma list, ", San Luis de Potosi") and the distinct points ACLED coded with their admin1/admin2 names
(`data/gazetteer/acled_admin_points.tsv.gz`, loaded once by `gazetteer.acled_admin.coded_points`, which the
honest-halves tool can swap). Returns the most specific unit so written, as ACLED names it, placed at the
coded point nearest the middle of that unit's points (where ACLED's events in it sit, not a country
centroid). For a place known only by its country, `country_point` gives where ACLED's events there cluster.
Writes nothing; returns None when no written word is a unit ACLED codes (or is one in several countries the
report does not choose between).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .gazetteer import acled_admin
from .gazetteer.geometry import distance_km
from .gazetteer.names import fold

__all__ = ["WrittenUnit", "coded_at", "country_point", "unit_point", "written_unit"]


@dataclass(frozen=True, slots=True)
class WrittenUnit:
    """An admin unit read from the text: ACLED's names for it and the coded point standing for it."""

    iso2: str
    admin1: str
    admin2: str  # "" for a province
    latitude: float
    longitude: float


_Entry = tuple[str, str, str, float, float]  # iso2, admin1, admin2, lat, lon


@lru_cache(maxsize=1)
def _units() -> dict[str, tuple[_Entry, ...]]:
    """Folded unit name -> one entry per (country, admin1, admin2) unit of that name: its medoid point."""
    points: dict[tuple[str, str, str], list[tuple[float, float]]] = {}
    for iso2, lat, lon, admin1, admin2 in acled_admin.coded_points():
        points.setdefault((iso2, admin1, ""), []).append((lat, lon))
        if admin2:
            points.setdefault((iso2, admin1, admin2), []).append((lat, lon))
    out: dict[str, list[_Entry]] = {}
    for (iso2, admin1, admin2), pts in points.items():
        mid_lat = sum(p[0] for p in pts) / len(pts)
        mid_lon = sum(p[1] for p in pts) / len(pts)
        # the coded point nearest the middle: a real place of the unit, never a point between its towns
        lat, lon = min(pts, key=lambda p: (p[0] - mid_lat) ** 2 + (p[1] - mid_lon) ** 2)
        out.setdefault(fold(admin2 or admin1), []).append((iso2, admin1, admin2, lat, lon))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _names_by_country() -> dict[str, tuple[str, ...]]:
    by: dict[str, set[str]] = {}
    for key, entries in _units().items():
        for e in entries:
            by.setdefault(e[0], set()).add(key)
    return {iso2: tuple(sorted(keys)) for iso2, keys in by.items()}


# "(Aljfara)", "(Gujba LGA, Yobe)", "village (Rolpa district)"; or ", San Luis de Potosi," after the name.
_BRACKET = re.compile(r"\s*(?:village|area|town|hamlet|settlement|locality)?\s*\(([^()]{2,80})\)")
_COMMA = re.compile(r",\s*((?:[A-Z][\w'-]*)(?:\s+(?:de|del|la|el|al|ad|as|ash|[A-Z][\w'-]*)){0,4})")
_TYPE_WORDS = re.compile(
    r"\b(?:district|sub-district|lga|county|province|governorate|region|state|municipality|department|"
    r"prefecture|oblast|raion|township|commune|zone)\b",
    re.IGNORECASE,
)
_FUZZY = 0.85  # "san luis de potosi" / "san luis potosi" 0.94; "aljfara" / "al jufra" 0.8


def _lookup(part: str, countries: tuple[str, ...]) -> tuple[_Entry, ...]:
    key = fold(_TYPE_WORDS.sub(" ", part)).strip()
    if len(key) < 3:
        return ()
    found = _units().get(key, ())
    if countries:
        found = tuple(e for e in found if e[0] in countries)
        if not found:
            names = [n for iso2 in countries for n in _names_by_country().get(iso2, ())]
            close = difflib.get_close_matches(key, names, n=1, cutoff=_FUZZY)
            found = tuple(e for e in _units().get(close[0], ()) if e[0] in countries) if close else ()
    return found


def written_unit(text: str, end: int, countries: tuple[str, ...] = ()) -> WrittenUnit | None:
    """The admin unit written right after the name ending at `end`, read as ACLED names it, or None.

    `countries` (the report's) limits the reading, and allows a near spelling ("San Luis de Potosi"); with
    none, only an exact name that one country's units bear is taken ("Aljfara" is Libya's)."""
    m = _BRACKET.match(text, end) or _COMMA.match(text, end)
    if m is None:
        return None
    parts = [p.strip() for p in m.group(1).split(",") if p.strip()]
    readings = [_lookup(p, countries) for p in parts]
    admin1s = {e[1] for found in readings for e in found if not e[2]}
    best: _Entry | None = None
    for found in readings:
        # a district in a province also written ("Gujba, Yobe") over a namesake elsewhere
        fits = [e for e in found if not admin1s or e[1] in admin1s] or list(found)
        if len({e[0] for e in fits}) != 1:
            continue  # no such unit, or one in several countries: not for us to choose
        pick = max(fits, key=lambda e: bool(e[2]))
        if best is None or (pick[2] and not best[2]):
            best = pick
    if best is None:
        return None
    return WrittenUnit(best[0], best[1], best[2], best[3], best[4])


@lru_cache(maxsize=1)
def _by_unit() -> dict[tuple[str, str, str], _Entry]:
    return {(e[0], fold(e[1]), fold(e[2])): e for entries in _units().values() for e in entries}


def unit_point(iso2: str, admin1: str, admin2: str = "") -> WrittenUnit | None:
    """The coded point standing for a unit ACLED names so (its admin1 alone when `admin2` is empty), or None."""
    e = _by_unit().get((iso2, fold(admin1), fold(admin2)))
    return WrittenUnit(e[0], e[1], e[2], e[3], e[4]) if e else None


_COVER_KM = 50.0


@lru_cache(maxsize=256)
def country_point(iso2: str) -> WrittenUnit | None:
    """Where ACLED's events in a country cluster: the coded point with the most of the country's coded points
    within 50 km (Ukraine's front line, not Kyiv). The one honest point for a place known only by its country
    ("near Novovyboeve" with no admin written), at precision 3. None for a country ACLED never coded."""
    entries = [e for e in _by_unit().values() if e[0] == iso2 and not e[2]]  # one per admin1: its medoid
    pts = sorted(_country_points().get(iso2, ()))  # sorted: ties go the same way every run
    if not pts:
        return None
    lat, lon = pts[int(np.argmax(_neighbours(np.asarray(pts, dtype=float))))]
    near = min(entries, key=lambda e: distance_km(lat, lon, e[3], e[4]), default=None)
    return WrittenUnit(iso2, near[1] if near else "", "", lat, lon)


def _neighbours(pts: np.ndarray) -> np.ndarray:
    """For each point, how many of the points lie within 50 km (flat-earth: a few km off at this range)."""
    lat, lon = np.radians(pts[:, 0]), np.radians(pts[:, 1])
    dy = lat[:, None] - lat[None, :]
    dx = (lon[:, None] - lon[None, :]) * np.cos((lat[:, None] + lat[None, :]) / 2)
    return ((np.hypot(dx, dy) * 6371.0) <= _COVER_KM).sum(axis=1)


@lru_cache(maxsize=1)
def _country_points() -> dict[str, tuple[tuple[float, float], ...]]:
    by: dict[str, set[tuple[float, float]]] = {}
    for iso2, lat, lon, _admin1, _admin2 in acled_admin.coded_points():
        by.setdefault(iso2, set()).add((lat, lon))
    return {iso2: tuple(pts) for iso2, pts in by.items()}


_AT_DEGREES = 0.02  # about 2 km: the points are rounded to 0.01 degrees


def coded_at(iso2: str, latitude: float | None, longitude: float | None) -> bool:
    """ACLED has coded events at this very point (an admin area's centroid it uses for spots it could not find)."""
    if latitude is None or longitude is None:
        return False
    return any(
        abs(lat - latitude) <= _AT_DEGREES and abs(lon - longitude) <= _AT_DEGREES
        for lat, lon in _country_points().get(iso2, ())
    )
