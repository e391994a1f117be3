"""Quiet provinces: a consonant guess read where ACLED codes nothing is no reading of a conflict report.

Reads ACLED's conflict geography (`gazetteer.acled_admin`: the share of a country's coded points in each
province, coded points within ~15 km) and one candidate `Place`; answers whether the reading is a weak one.
Writes nothing; never fails (only countries whose coded points cluster on a front are judged).

Why: "near Mayorsk", "near Khutir Stavky" in an OSCE note match by their consonants only Crimean and
Kirovohrad villages (Morske, Khutor Stavok) 360-465 km from the front, where ACLED codes no event, while the
places meant lie by Horlivka. A guess is already a weak reading; one in a province that holds none of a busy
country's coded points, with no coded point near it, is likelier a spelling of a front-line hamlet the
gazetteer lacks, placed by the country's conflict geography instead.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .gazetteer.acled_admin import coded_nearby, coded_points, coded_share
from .model import Place

__all__ = ["quiet_guess"]

_BUSY = 30  # distinct coded points a country needs before a province holding none of them says anything
_FRONT = 0.75  # the share of those points its two busiest provinces must hold: a front, not a spread


@lru_cache(maxsize=1)
def _fronted() -> frozenset[str]:
    """ISO2 of the countries whose coded points cluster on a front (Ukraine: Donetsk and Luhansk hold 90%).
    Where they spread over many provinces (India, Kenya) a province with none is only one not seen yet."""
    per_country: dict[str, Counter[str]] = {}
    for iso2, _lat, _lon, admin1, _admin2 in coded_points():
        per_country.setdefault(iso2, Counter())[admin1] += 1
    return frozenset(
        iso2 for iso2, counts in per_country.items()
        if (n := sum(counts.values())) >= _BUSY and sum(c for _, c in counts.most_common(2)) >= _FRONT * n
    )  # fmt: skip


def quiet_guess(place: Place) -> bool:
    """True for a settlement in a province where ACLED coded none of its country's front-line points,
    far from any."""
    if not place.feature.startswith("PPL") or not place.admin1 or place.iso2 not in _fronted():
        return False
    return coded_share(place.iso2, place.admin1) == 0.0 and coded_nearby(place.iso2, place.latitude, place.longitude) == 0
