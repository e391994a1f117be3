"""ACLED's own name for the place at our point, where the report (or the gazetteer) writes it shorter or longer.

Reads the chosen location's name and point and the places ACLED has coded (`gazetteer.acled_places`,
loaded once, which the honest-halves tool can swap); returns the ACLED place that is the same place
under ACLED's fuller or shorter name, or None. "The same place" means: in the same country, within a
few kilometres, one name being the other plus trailing words ("Culiacan"/"Culiacan Rosales",
"Chilpancingo"/"Chilpancingo de los Bravo", "Simojovel de Allende"/"Simojovel"). `acled_respelling`
is the fallback for a name ACLED spells otherwise ("Mombassa"/"Mombasa"): one spelling key
(`spelling_keys`) and the same few kilometres; on the dev notes it renamed 8 rows, 6 to ACLED's
name and none away from it. ACLED's "City-Part" names are left to the city-quarter logic. Writes nothing; never raises (no name, no point,
or no such entry gives None).
"""

from __future__ import annotations

from functools import lru_cache

from .gazetteer import acled_places
from .gazetteer.acled_places import AcledPlace
from .gazetteer.geometry import distance_km
from .gazetteer.names import fold
from .gazetteer.spelling_keys import loose_key, match_score

__all__ = ["acled_alias", "acled_respelling"]

_SAME_KM = 5.0  # ACLED's point for a town and the gazetteer's lie within a few km; a neighbour is further


def _words(key: str) -> tuple[str, ...]:
    return tuple(key.replace("-", " ").split())


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, str], tuple[AcledPlace, ...]]:
    """(country, first word) -> the places ACLED has coded whose name starts with that word."""
    by_first: dict[tuple[str, str], list[AcledPlace]] = {}
    for (iso2, key), place in acled_places._table().items():
        if "-" in place.name:
            continue  # "Beirut-Mazraa", "Lima-San Juan de Lurigancho": a city's part, not the city
        words = _words(key)
        if words:
            by_first.setdefault((iso2, words[0]), []).append(place)
    return {k: tuple(v) for k, v in by_first.items()}


def _extends(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name is the other with words added after it ("culiacan" / "culiacan rosales")."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) < len(long) and long[: len(short)] == short


def acled_alias(iso2: str, name: str, latitude: float | None, longitude: float | None) -> AcledPlace | None:
    """ACLED's entry for the place named `name` at this point under a longer or shorter name, or None."""
    if not iso2 or not name or latitude is None or longitude is None:
        return None
    key = fold(name)
    words = _words(key)
    if not words:
        return None
    found = [p for p in _index().get((iso2, words[0]), ()) if _extends(words, _words(fold(p.name)))]
    near = [(distance_km(latitude, longitude, p.latitude, p.longitude), p) for p in found]
    near = [(d, p) for d, p in near if d <= _SAME_KM]
    return min(near, key=lambda dp: (dp[0], -dp[1].events))[1] if near else None


@lru_cache(maxsize=1)
def _by_initial() -> dict[tuple[str, str], tuple[tuple[str, AcledPlace], ...]]:
    """(country, first loose letter) -> (loose key, place) of every place ACLED has coded whole."""
    table: dict[tuple[str, str], list[tuple[str, AcledPlace]]] = {}
    for (iso2, _key), place in acled_places._table().items():
        key = loose_key(place.name)
        if key and "-" not in place.name:
            table.setdefault((iso2, key[0]), []).append((key, place))
    return {k: tuple(v) for k, v in table.items()}


def acled_respelling(iso2: str, name: str, latitude: float | None, longitude: float | None) -> AcledPlace | None:
    """ACLED's entry for the place at this point where it spells the name another way ("Ansriyeh"/"Ansariyeh")."""
    if not iso2 or not name or latitude is None or longitude is None:
        return None
    key = loose_key(name)
    if not key:
        return None
    near = [
        (d, p) for other, p in _by_initial().get((iso2, key[0]), ())
        if match_score(key, other) is not None
        and (d := distance_km(latitude, longitude, p.latitude, p.longitude)) <= _SAME_KM
    ]  # fmt: skip
    return min(near, key=lambda dp: (dp[0], -dp[1].events))[1] if near else None
