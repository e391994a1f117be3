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
Call site: `fill_close_spellings(text, gazetteer, places)` on geoparse's mentions, before locating.

Reads the gazetteer (`Gazetteer.settlement_names`, `places_by_row`); returns places, writes nothing, never fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import Place, PlaceMention
from .geometry import distance_km
from .names import ARTICLES, fold
from .store import Gazetteer

__all__ = ["close_spelling", "fill_close_spellings", "loose_key", "spelling_distance"]

_SAME_PLACE_KM = 10.0  # equally close records this near each other are one place written twice
_TOWN = 10_000  # a record this big, ten times its namesakes' size, is the one meant
_MIN_LETTERS = 5  # shorter names have too many neighbours even spelled alike
_LONG = 8  # loose letters from which a name may differ by any one edit (see _score)
_MIN_FUZZY = 6  # and below this, at one vowel more or less ("Al Jamam"/"Al Jama'im")
# Transliteration pairs folded to one letter, longest first: each is a spelling choice, not a
# different name (Ukrainian/Russian ia/ya, Arabic kh/h and q/k, French ou for u, dj/j).
_PAIRS = (("tch", "ch"), ("dzh", "j"), ("kh", "h"), ("gh", "g"), ("ph", "f"), ("dj", "j"), ("ck", "k"),
          ("ou", "u"), ("ia", "ya"), ("iy", "y"), ("ey", "y"), ("q", "k"), ("w", "u"), ("z", "s"))  # fmt: skip
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aeiouy])h$")  # -ah, -eh: the same ending as -a, -e


@lru_cache(maxsize=65_536)
def loose_key(name: str) -> str:
    """A folded key blind to the spelling choices above, articles and word breaks ("" if unusable)."""
    key = fold(name)
    if not key.isascii():
        return ""
    words = [w for w in key.split() if w not in ARTICLES] or key.split()
    out = "".join(words)
    for a, b in _PAIRS:
        out = out.replace(a, b)
    out = _FINAL_H.sub("", _DOUBLE.sub(r"\1", out))
    if out.endswith("e") and len(out) > 4:
        out = out[:-1] + "a"  # -eh / -a / -ah endings of one Arabic name
    return out


def spelling_distance(a: str, b: str, cap: int = 3) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment), capped at `cap` + 1."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        low = cur[0]
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            low = min(low, v)
        if low > cap:
            return cap + 1
        prev2, prev = prev, cur
    return min(prev[-1], cap + 1)


_VOWELS = str.maketrans("", "", "aeiouy")


def _one_edit(a: str, b: str) -> bool:
    """`spelling_distance(a, b) == 1` for a != b, in one pass: the letters after the first difference
    agree once one letter is substituted, inserted, deleted, or two adjacent ones are swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    if len(a) > len(b):
        return a[i + 1 :] == b[i:]
    if len(a) < len(b):
        return b[i + 1 :] == a[i:]
    return a[i + 1 :] == b[i + 1 :] or (a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1])


def _score(key: str, other: str) -> int | None:
    """0 same loose key, 1 one edit, 3 the same letters in another order (a swapped syllable); None: no match.

    A short name (under 8 loose letters) may differ only by a vowel written or dropped ("Zaghniya" for
    Zaghiniyah): another consonant ("Kabizo"/"Kabiro") or another vowel ("Kutulo"/"Kotulo",
    "Tuburan"/"Tubaran") is another village as often as a misspelling."""
    if key == other:
        return 0
    if key[0] != other[0]:
        return None
    n = min(len(key), len(other))
    if n < _LONG:
        vowel = (
            n >= _MIN_FUZZY and len(key) != len(other) and key.translate(_VOWELS) == other.translate(_VOWELS)
        )
        return 1 if vowel and _one_edit(key, other) else None
    if _one_edit(key, other):
        return 1
    return 3 if len(key) == len(other) and sorted(key) == sorted(other) else None


# Letters: one insertion, deletion or substitution in a key of _LONG+ letters spares its first four or
# its last four (a swap of two letters is found by the sorted letters instead).
_EDGE = 4


@dataclass(frozen=True, slots=True)
class _AreaIndex:
    """An area's settlements by loose key, so a name finds every record `_score` could accept without a
    scan of the area: short keys by their consonants (they may differ only by a vowel), long keys by their
    first and by their last four letters (one edit to a key of 8+ letters spares one end or the other;
    `_score` judges the few keys found) and by their sorted letters (a swap, a reordering)."""

    rows: dict[str, list[int]]  # loose key -> the settlements' row ids
    consonants: dict[str, list[str]]  # consonants of a key of up to _LONG letters -> the keys
    heads: dict[str, list[str]]  # the first _EDGE letters of a long key -> the keys
    tails: dict[str, list[str]]  # the last _EDGE letters of a long key -> the keys
    letters: dict[str, list[str]]  # sorted letters of a long key -> the keys


# Most provinces hold a few hundred settlements; the biggest, Pakistan's Punjab, 40,000 keys (~10 MB
# indexed). All 8,555 dev notes ask 184 provinces (~120 MB together): room for a global stream's
# provinces, since building one again costs up to 2 s (64 thrashed: a second pass took twice as long).
@lru_cache(maxsize=256)
def _area_index(gazetteer: Gazetteer, iso2: str, admin1: str) -> _AreaIndex:
    index = _AreaIndex({}, {}, {}, {}, {})
    for pid, name in gazetteer.settlement_names(iso2, admin1):
        key = loose_key(name)
        if len(key) < _MIN_LETTERS - 1:
            continue
        if key not in index.rows:
            if len(key) <= _LONG:
                index.consonants.setdefault(key.translate(_VOWELS), []).append(key)
            if len(key) >= _LONG:
                index.heads.setdefault(key[:_EDGE], []).append(key)
                index.tails.setdefault(key[-_EDGE:], []).append(key)
                index.letters.setdefault("".join(sorted(key)), []).append(key)
        index.rows.setdefault(key, []).append(pid)
    return index


def _near_keys(index: _AreaIndex, key: str) -> set[str]:
    """The area's keys `_score` may accept for `key` (and a few it will refuse): itself, a vowel more or
    less (short keys), one insertion, deletion, substitution or swap, or the same letters reordered (long keys)."""
    found = {key} if key in index.rows else set()
    if len(key) <= _LONG:
        found.update(index.consonants.get(key.translate(_VOWELS), ()))
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
    gazetteer: Gazetteer, name: str, areas: Iterable[tuple[str, str]], district: str = ""
) -> Place | None:
    """The one settlement of these (ISO2, admin1) areas spelled like `name`, or None when none or several.
    `district`: the admin2 the report names; a record filed under another one is not this place."""
    key = loose_key(name)
    if len(key) < _MIN_LETTERS:
        return None
    written = fold(name)
    scored: list[tuple[int, int]] = []  # (score, row id)
    for iso2, admin1 in dict.fromkeys(areas):
        index = _area_index(gazetteer, iso2, admin1)
        for other in _near_keys(index, key):
            score = _score(key, other)
            if score is not None:
                scored.extend((score, pid) for pid in index.rows[other])
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
    if not best:
        return None
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


# What lies between a name and the area holding it: "X (Doe, Nimba)", "X, Michoacan", "X town
# (Kandhamal, Odisha)", "X village in Y", "X area of Y".
_HELD_BY = re.compile(r"^(?: [a-z]+){0,2}(?: ?\(|, | in | of )$")
_HELD_GAP = 30  # characters


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
            continue
        area = holder.candidates[0]
        if not area.admin1:
            continue  # a record with no province: its "area" would be every unfiled record of the country
        district = fold(area.name) if area.feature == "ADM2" else _written_district(text, pm.span.end)
        found = close_spelling(gazetteer, pm.span.text, [(area.iso2, area.admin1)], district)
        if found is not None:
            out[k] = replace(pm, candidates=(found,))
    return tuple(out)
