"""Landmarks the settlement index lacks: forests, parks, hills, mountains and city quarters of conflict reporting.

Reads `frontwire/data/gazetteer/landmarks.tsv` (iso2, name as ACLED writes it, ACLED admin1,
latitude, longitude; '#' lines are comments), once per process. Writes nothing. Why: GeoNames'
settlement and admin index has no "Sambisa Forest", "Jebel Marra" or "Cite Soleil", which reports name as the
place of an event; adding a landmark is adding a row. `add_landmark_candidates` hands them to
geoparse as candidates beside the index's own. A malformed row is skipped; never raises once the
file is read (a missing file is a broken installation and raises OSError).
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Place
from .admin import data_file
from .names import fold
from .store import Gazetteer

__all__ = ["add_landmark_candidates", "landmarks"]


@lru_cache(maxsize=1)
def landmarks() -> dict[str, tuple[tuple[str, str, str, float, float], ...]]:
    """Folded name -> (iso2, name, admin1, latitude, longitude) rows."""
    out: dict[str, list[tuple[str, str, str, float, float]]] = {}
    for line in data_file("landmarks.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if line.startswith("#") or len(f) != 5:
            continue
        try:
            row = (f[0], f[1], f[2], float(f[3]), float(f[4]))
        except ValueError:
            continue
        out.setdefault(fold(f[1]), []).append(row)
    return {k: tuple(v) for k, v in out.items()}


def add_landmark_candidates(gazetteer: Gazetteer, exact: dict[str, tuple[Place, ...]], keys: set[str]) -> None:
    """Landmarks named by these keys join the candidates (after the index's own, which know more)."""
    table = landmarks()
    for key in keys:
        rows = table.get(key)
        if not rows:
            continue
        extra = []
        for iso2, name, admin1, lat, lon in rows:
            country = gazetteer.country(iso2)
            extra.append(Place(id=f"landmark:{iso2}:{key}", name=name, country=country.name if country else iso2,
                               iso2=iso2, admin1=admin1, latitude=lat, longitude=lon, feature="PPL"))  # fmt: skip
        exact[key] = exact.get(key, ()) + tuple(extra)
