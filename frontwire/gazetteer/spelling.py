"""Close spellings: the record a name the index lacks most likely is, inside the area the report names.

Reports spell small places their own way: doubled or dropped letters ("Tappita" for Tapita,
"Phubani" for Phulbani), swapped syllables ("Tecapaltepec" for Tepalcatepec), words run together
("Rakhchikri" for Rakh Chikri), ia/ya, kh/h, ou/u, -a/-ah/-eh, q/k. The exact and skeleton keys
miss these, so the name stays unknown and falls back to an area's point, often 50+ km off.

This is a lookup-time fallback, never a second index: the candidates are the settlements of the
admin1 unit the report writes right after the name ("X, Michoacan", "X town (Kandhamal, Odisha)";
a few hundred records, read once per unit and cached), compared by a loose key and a small edit
distance; a district written in ACLED's "(District, Province)" form must hold the record. Only one
clear winner is accepted: two places equally close (farther apart than a town's size) give nothing.
A name followed only by its country ("in Nezahualcoyolt, Mexico") may be one of that country's towns
(10,000+ people) with a long name spelled alike (`close_town`).
Call site: `fill_close_spellings(text, gazetteer, places)` on geoparse's mentions, before locating.

Reads the gazetteer (`Gazetteer.settlement_names`, `town_names`, `places_by_row`); returns places, writes nothing, never fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import Place, PlaceMention
from .acled_places import as_place, coded_alike
from .geometry import distance_km
from .names import fold
from .spelling_keys import LONG, VOWELS, bare_key, loose_key, match_score, one_edit, spelling_distance
from .store import Gazetteer

__all__ = ["close_spelling", "close_town", "fill_close_spellings", "loose_key", "spelling_distance"]

_SAME_PLACE_KM = 10.0  # equally close records this near each other are one place written twice
_TOWN = 10_000  # a record this big, ten times its namesakes' size, is the one meant
_MIN_LETTERS = 5  # shorter names have too many neighbours even spelled alike
_LONG = LONG
_CITY = 100_000  # a city's name misspelt in a short form ("Nariobi, Kenya") is still the city
_MIN_CITY_LETTERS = 6
_TOWN_EDIT = 2  # a town's name one letter longer or shorter: after a close spelling, before a reordering


# Letters: one insertion, deletion or substitution in a key of _LONG+ letters spares its first four or
# its last four (a swap of two letters is found by the sorted letters instead).
_EDGE = 4


@dataclass(frozen=True, slots=True)
class _AreaIndex:
    """An area's settlements by loose key, so a name finds every record `match_score` could accept without a
    scan of the area: short keys by their consonants (they may differ only by a vowel), long keys by their
    first and by their last four letters (one edit to a key of 8+ letters spares one end or the other;
    `match_score` judges the few keys found) and by their sorted letters (a swap, a reordering)."""

    rows: dict[str, list[int]]  # loose key -> the settlements' row ids
    consonants: dict[str, list[str]]  # consonants of a key of up to _LONG letters -> the keys
    heads: dict[str, list[str]]  # the first _EDGE letters of a long key -> the keys
    tails: dict[str, list[str]]  # the last _EDGE letters of a long key -> the keys
    letters: dict[str, list[str]]  # sorted letters of a long key -> the keys
    towns: list[tuple[str, int]]  # (loose key, row id) of each town of _TOWN+ people


# Most provinces hold a few hundred settlements; the biggest, Pakistan's Punjab, 40,000 keys (~10 MB
# indexed). All 8,555 dev notes ask 184 provinces (~120 MB together): room for a global stream's
# provinces, since building one again costs up to 2 s (64 thrashed: a second pass took twice as long).
@lru_cache(maxsize=256)
def _area_index(gazetteer: Gazetteer, iso2: str, admin1: str) -> _AreaIndex:
    index = _AreaIndex({}, {}, {}, {}, {}, [])
    for pid, name, population in gazetteer.settlement_names(iso2, admin1):
        key = loose_key(name)
        if len(key) < _MIN_LETTERS - 1:
            continue
        if population >= _TOWN:
            index.towns.append((key, pid))
        if key not in index.rows:
            if len(key) <= _LONG:
                index.consonants.setdefault(key.translate(VOWELS), []).append(key)
            if len(key) >= _LONG:
                index.heads.setdefault(key[:_EDGE], []).append(key)
                index.tails.setdefault(key[-_EDGE:], []).append(key)
                index.letters.setdefault("".join(sorted(key)), []).append(key)
        index.rows.setdefault(key, []).append(pid)
    return index


def _near_keys(index: _AreaIndex, key: str) -> set[str]:
    """The area's keys `match_score` may accept for `key` (and a few it will refuse): itself, a vowel more or
    less (short keys), one insertion, deletion, substitution or swap, or the same letters reordered (long keys)."""
    found = {key} if key in index.rows else set()
    if len(key) <= _LONG:
        found.update(index.consonants.get(key.translate(VOWELS), ()))
    if len(key) >= _LONG:
        for other in (*index.heads.get(key[:_EDGE], ()), *index.tails.get(key[-_EDGE:], ())):
            if abs(len(other) - len(key)) <= 1:
                found.add(other)
        found.update(index.letters.get("".join(sorted(key)), ()))
    return found


def _same_district(admin2: str, written: str) -> bool:
    """True when a record's admin2 is the district the report writes ("Pemba-Metuge" holds Metuge)."""
    return admin2 in written or written in admin2


def close_spelling(
    gazetteer: Gazetteer, name: str, areas: Iterable[tuple[str, str]], district: str = "", town: bool = False
) -> Place | None:
    """The one settlement of these (ISO2, admin1) areas spelled like `name`, or None when none or several.
    `district`: the admin2 the report names; a record filed under another one is not this place.
    `town`: the report calls it a town or city ("Phubani town"), so a town's name one letter longer or
    shorter is read as that town (a village's name so close is as often another village: "Banihar village")."""
    key = loose_key(name)
    if len(key) < _MIN_LETTERS:
        return None
    written = fold(name)
    scored: list[tuple[int, int]] = []  # (score, row id)
    for iso2, admin1 in dict.fromkeys(areas):
        index = _area_index(gazetteer, iso2, admin1)
        for other in _near_keys(index, key):
            score = match_score(key, other)
            if score is not None:
                scored.extend((score, pid) for pid in index.rows[other])
        # A town's name with a letter dropped or added ("Phubani town" for Phulbani, 37,000 people), where
        # the report says it is a town; a swapped letter stays another name.
        if town:
            scored.extend((_TOWN_EDIT, pid) for other, pid in index.towns
                          if len(other) != len(key) and other[0] == key[0] and one_edit(key, other))  # fmt: skip
    places = gazetteer.places_by_row(pid for _, pid in scored) if scored else {}
    best: list[tuple[int, Place]] = []
    for score, pid in scored:
        place = places.get(pid)
        if place is None or written in (fold(place.name), f"al {fold(place.name)}"):
            continue  # geoparse saw this very name and set the record aside (another country, a person)
        if district and place.admin2 and not _same_district(fold(place.admin2), district):
            continue
        if not best or score < best[0][0]:
            best = [(score, place)]
        elif score == best[0][0]:
            best.append((score, place))
    coded = _coded(gazetteer, name, tuple(dict.fromkeys(areas)), district, best[0][0] if best else None)
    if coded is not None or not best:
        return coded
    # The biggest; among equals, the one written most alike, then by id: never set order (hash seeds vary).
    top = max(
        (p for _, p in best), key=lambda p: (p.population, -spelling_distance(written, fold(p.name)), p.id)
    )
    if top.population >= _TOWN and all(p is top or p.population * 10 <= top.population for _, p in best):
        return top  # a town among hamlets of its name: the town is what a report means
    if any(distance_km(top.latitude, top.longitude, p.latitude, p.longitude) > _SAME_PLACE_KM
           for _, p in best):  # fmt: skip
        return None  # two places equally close: no clear winner
    return top


def _coded(
    gazetteer: Gazetteer, name: str, areas: tuple[tuple[str, str], ...], district: str, beaten: int | None
) -> Place | None:
    """The one place ACLED has coded in these areas written like `name` give or take a generic first word
    ("Tall Ad Dhahab" for Qaryat Tall adh Dhahab, "Wadi al Washka" for Wadi al Washkah), if it is spelled
    at least as alike as the index's best (`beaten`): ACLED codes its events there, so it is the one meant."""
    key = bare_key(name)
    if len(key) < _MIN_LETTERS:
        return None
    written = fold(name)
    found = [(score, a) for score, a in coded_alike(key, areas)
             if fold(a.name) != written and (beaten is None or score <= beaten)
             and not (district and a.admin2 and not _same_district(fold(a.admin2), district))]  # fmt: skip
    if not found:
        return None
    low = min(score for score, _ in found)
    top = max((a for score, a in found if score == low), key=lambda a: (a.events, a.name))
    if any(score == low and distance_km(top.latitude, top.longitude, a.latitude, a.longitude) > _SAME_PLACE_KM
           for score, a in found):  # fmt: skip
        return None  # two coded places equally close: no clear winner
    return as_place(gazetteer, top, fold(top.name))


# What lies between a name and the area holding it: "X (Doe, Nimba)", "X, Michoacan", "X town
# (Kandhamal, Odisha)", "X village in Y", "X area of Y".
# A district the index lacks may stand between ("Phubani town (Kandhamal, Odisha)": Odisha holds it).
_HELD_BY = re.compile(r"^(?: [a-z]+){0,2}(?: ?\(|, | in | of | ?\([^(),]{3,40}, )$")
_HELD_GAP = 30  # characters
_TOWN_WORD = re.compile(r" (?:town|city)\b", re.IGNORECASE)


_NOTE_DISTRICT = re.compile(r"(?: [a-z]+){0,2} ?\(([^(),]{3,40}),")  # "X (Doe, Nimba)": Doe


def _written_district(text: str, end: int) -> str:
    """The folded district of ACLED's "Place (District, Province)" note form after a name, or ""."""
    m = _NOTE_DISTRICT.match(text, end)
    return fold(m.group(1)).removesuffix(" district").removesuffix(" lga") if m else ""


def _holder(text: str, places: tuple[PlaceMention, ...], k: int) -> PlaceMention | None:
    """The known place written right after places[k] as the area holding it, or None."""
    pm = places[k]
    for nxt in places[k + 1 : k + 3]:
        if nxt.span.start - pm.span.end > _HELD_GAP:
            return None
        if nxt.candidates and nxt.candidates[0].feature != "PCLI":
            return nxt if _HELD_BY.match(text[pm.span.end : nxt.span.start]) else None
    return None


def _country_after(text: str, places: tuple[PlaceMention, ...], k: int) -> str:
    """The ISO2 of a country written right after places[k] as holding it ("in Nezahualcoyolt, Mexico"), or ""."""
    pm = places[k]
    nxt = places[k + 1] if k + 1 < len(places) else None
    if nxt is None or not nxt.candidates or nxt.candidates[0].feature != "PCLI":
        return ""
    return nxt.candidates[0].iso2 if _HELD_BY.match(text[pm.span.end : nxt.span.start]) else ""


def _town_alike(key: str, other: str) -> bool:
    """A long name spelled alike (`match_score`), or a shorter one with a swap, an added or a dropped letter."""
    if len(key) >= _LONG:
        return match_score(key, other) is not None
    return one_edit(key, other) and (len(key) != len(other) or sorted(key) == sorted(other))


@lru_cache(maxsize=64)
def _country_towns(gazetteer: Gazetteer, iso2: str) -> dict[str, list[int]]:
    """Loose key -> row ids of a country's towns (_TOWN+ people) with long names: a few thousand at most."""
    towns: dict[str, list[int]] = {}
    for pid, name in gazetteer.town_names(iso2, _TOWN):
        key = loose_key(name)
        if len(key) >= _MIN_CITY_LETTERS - 1:
            towns.setdefault(key, []).append(pid)
    return towns


def close_town(gazetteer: Gazetteer, name: str, iso2: str) -> Place | None:
    """The one town (_TOWN+ people) of a country whose long name (8+ loose letters) is spelled like `name`
    ("Nezahualcoyolt" for Nezahualcoyotl), or the one city (_CITY+) whose name of 6+ letters has two letters
    swapped or one dropped or added ("Nariobi" for Nairobi): a report that gives only the country names a
    place it expects to be known; a short name, another letter or a village is too easily another place."""
    key = loose_key(name)
    if len(key) < _MIN_CITY_LETTERS:
        return None
    scored = {pid: len(key) >= _LONG for other, pids in _country_towns(gazetteer, iso2).items()
              if other[0] == key[0] and abs(len(other) - len(key)) <= 1 and _town_alike(key, other)
              for pid in pids}  # fmt: skip
    places = [
        p for pid, p in gazetteer.places_by_row(scored).items()
        if fold(p.name) != fold(name) and (scored[pid] or p.population >= _CITY)
    ] if scored else []  # fmt: skip
    if not places:
        return None
    top = max(places, key=lambda p: (p.population, p.id))
    if any(
        distance_km(top.latitude, top.longitude, p.latitude, p.longitude) > _SAME_PLACE_KM for p in places
    ):
        return None  # two towns spelled alike: no clear winner
    return top


def fill_close_spellings(
    text: str, gazetteer: Gazetteer, places: tuple[PlaceMention, ...]
) -> tuple[PlaceMention, ...]:
    """Give each name the gazetteer lacks that the report places inside a known area ("Tecapaltepec,
    Michoacan") the one close spelling among that area's settlements; no clear winner: it stays unknown."""
    if all(pm.candidates for pm in places):
        return places
    out = list(places)
    for k, pm in enumerate(places):
        if pm.candidates or pm.cue == "demonym":
            continue
        holder = _holder(text, places, k)
        if holder is None:
            iso2 = _country_after(text, places, k)
            found = close_town(gazetteer, pm.span.text, iso2) if iso2 else None
            if found is not None:
                out[k] = replace(pm, candidates=(found,))
            continue
        area = holder.candidates[0]
        if not area.admin1:
            continue  # a record with no province: its "area" would be every unfiled record of the country
        district = fold(area.name) if area.feature == "ADM2" else _written_district(text, pm.span.end)
        town = _TOWN_WORD.match(text, pm.span.end) is not None
        found = close_spelling(gazetteer, pm.span.text, [(area.iso2, area.admin1)], district, town)
        if found is not None:
            out[k] = replace(pm, candidates=(found,))
    return tuple(out)
