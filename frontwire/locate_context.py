"""What the report writes around a place: its container, the town that holds a spot, the province it lies in.

Reads the document text and its `PlaceMention`s; writes nothing; never fails. Helpers for
`locate`: which mention holds an unknown or obscure spot ("X village of Y district", "X area,
near Y"); re-reading names in the province the report writes is `locate_coherent`'s.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .gazetteer.geometry import distance_km
from .gazetteer.names import fold, skeleton
from .model import Document, Place, PlaceMention, Span

__all__ = ["held_where_written", "holder_admin", "holder_kind", "level", "obscure", "owned_part",
           "reference_of", "sub_place_holder", "town_holding", "unlisted_spot", "village_neighbour"]  # fmt: skip

_ADMIN_LOOK = 5  # candidates of a name looked at for a region of that name
# A capital or a city this big holds the spots written by it ("Kaloum, Conakry"); a smaller namesake of
# a province written after a comma is read as the province ("in Yauyos, Junin", "in Huarocondo, Cusco").
_CITY_HOLDS = 500_000


def level(place: Place) -> int:
    """0 settlement, 2 admin2/3, 3 admin1, 4 country."""
    if place.feature == "PCLI":
        return 4
    if place.feature == "ADM1":
        return 3
    if place.feature in ("ADM2", "ADM3"):
        return 2
    return 0


_INSIDE_GAPS = frozenset(
    {",", ", in", "in", "of", "area of", "areas of", "area in", "area,", "area (", "neighbourhood of",
     "neighborhood of", "locality of", "suburb of", "estate in", "estate,", "in the city of", "city of",
     "village of", "villages of", "village in", "village,", "ward in", "ward,", "ward of"}
)  # fmt: skip


def town_holding(doc: Document, places: tuple[PlaceMention, ...], k: int) -> PlaceMention | None:
    """The known settlement or district written right after places[k] as the place that holds it."""
    if k + 1 >= len(places):
        return None
    nxt = places[k + 1]
    gap = " ".join(doc.text[places[k].span.end : nxt.span.start].split())
    if gap not in _INSIDE_GAPS or not nxt.candidates:
        return None
    written_admin = "county" in nxt.cue.split()
    if level(nxt.candidates[0]) not in ((0, 2, 3) if written_admin else (0, 2)):
        return None  # a region holds an unknown village only where the text calls it one ("Y County")
    if level(nxt.candidates[0]) == 0 and _PROVINCE_WORDS & set(nxt.cue.split()):
        return None  # "in Idlib province": the province, not its town, holds the village
    top = nxt.candidates[0]
    written = fold(doc.text[nxt.span.start : nxt.span.end])
    city = top.feature == "PPLC" or top.population >= _CITY_HOLDS
    if gap in (",", "in") and any(
        level(c) == 3 and (c.iso2 != top.iso2 or fold(top.name) != written or not city and gap == ",")
        for c in nxt.candidates[:_ADMIN_LOOK]
    ):
        # "in Tlaltizapan, Morelos": Y names a region (its town namesake is only a partial or foreign
        # match), X is the village ACLED codes.
        return None
    return nxt


_PROVINCE_WORDS = frozenset(
    {"province", "governorate", "region", "state", "oblast", "prefecture", "department"}
)
# "Yangi Kala area of Qaysar district", "Shivshakti Nagar area of Ahmedabad city": ACLED codes the
# district (precision 2) or the city (1), not the spot inside it, even where the gazetteer knows the spot.
_SUB_PLACE_GAP = re.compile(
    r"\s*(?:area|areas|village|villages|neighbou?rhood|suburb|locality)\s+(?:of|in)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_OBSCURE_POPULATION = 5000


@lru_cache(maxsize=1)
def _holder_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """data/locate/holder_words.tsv: the type words that say a place holds a spot, and their admin cues."""
    text = resources.files("frontwire").joinpath("data/locate/holder_words.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    admin = {r[0].strip().lower(): r[1].strip() if len(r) > 1 else "" for r in rows}
    words = sorted(admin, key=len, reverse=True)  # "local government area" before a shorter word
    pattern = r"\s*(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b"
    return re.compile(pattern, re.IGNORECASE), {w: c for w, c in admin.items() if c}


def holder_kind(text: str, pos: int) -> str:
    """The holder's type word written at text[pos:] ("district", "city", "local government area"), else ""."""
    m = _holder_words()[0].match(text, pos)
    return " ".join(m.group(1).lower().split()) if m else ""


def holder_admin(kind: str) -> str:
    """The admin cue a holder's type word gives it ("upazila" -> "district"); "" for a town or city."""
    return _holder_words()[1].get(kind, "")


def sub_place_holder(
    doc: Document, places: tuple[PlaceMention, ...], k: int
) -> tuple[PlaceMention, str] | None:
    """The district or city a known spot is written inside ("X area of Y district"), with its type word."""
    if k + 1 >= len(places):
        return None
    nxt = places[k + 1]
    if not nxt.candidates or level(nxt.candidates[0]) not in (0, 2):
        return None
    gap = _SUB_PLACE_GAP.match(doc.text, places[k].span.end)
    if gap is None or gap.end() != nxt.span.start:
        return None
    kind = holder_kind(doc.text, nxt.span.end)
    return (nxt, kind) if kind else None


# "in X area of Y district" where the gazetteer's X lies in Y: ACLED has such a village in its own gazetteer
# and codes it (dev: 21 of 28 such named villages and areas, against 2 of 10 whose record lies in another
# district or is told with others: "the A and B villages of Y", "X neighbourhood of Y").
_ONE_SPOT = re.compile(r"\s*(?:area|village)\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)
_HELD_KM = 40.0  # a district's point is its centre: its villages lie this close
_HELD_UNSURE_KM = 8.0  # a record with no district of its own counts as inside only this close to the point


def held_where_written(doc: Document, spot: Place, holder: PlaceMention, kind: str, gap: str) -> bool:
    """The gazetteer's reading of a spot written "X area/village of Y district" lies in that district Y:
    the report names a village ACLED knows, not only the district it is in."""
    if not holder_admin(kind) or not _ONE_SPOT.fullmatch(gap) or not holder.candidates:
        return False
    top = holder.candidates[0]
    if spot.latitude is None or top.latitude is None:
        return False
    km = distance_km(spot.latitude, spot.longitude, top.latitude, top.longitude)
    if not spot.admin2:
        return km <= _HELD_UNSURE_KM
    return km <= _HELD_KM and _same_name(spot.admin2, (holder.span.text, top.name, top.admin2))


def _same_name(name: str, others: tuple[str, ...]) -> bool:
    """One admin name spelled two ways ("Pul-e Khumri", "Puli Khumri"; "Murghab", "Bala Murghab")."""
    key = fold(name)
    skel = skeleton(key)
    for other in others:
        o = fold(other)
        if not o:
            continue
        if o == key:
            return True
        s = skeleton(o)
        if skel and s and (skel == s or (min(len(skel), len(s)) >= 4 and (skel in s or s in skel))):
            return True
    return False


# ACLED's note form "at Hathlanga sector area (Baramulla district, J&K)": the named spot before the bracket
# that holds its district; the geoparser may not list a name it cannot place.
_NOTE_SPOT = re.compile(
    r"\b((?:[A-Z][\w'-]*)(?:[ -][A-Z][\w'-]*){0,3})\s+(sector\s+area|sector|area|village)\s*\(\s*$"
)
_NOTE_SPOT_REACH = 80


def unlisted_spot(doc: Document, places: tuple[PlaceMention, ...], k: int) -> Span | None:
    """The spot written right before the bracket that opens with places[k] ("X sector area (Y district, Z)")
    when no mention reads it in that bracket's province (unlisted, unknown, or read as a namesake elsewhere:
    'Qasbah' as Pakistan's Qasba Karial)."""
    start = places[k].span.start
    m = _NOTE_SPOT.search(doc.text, max(0, start - _NOTE_SPOT_REACH), start)
    if m is None or not places[k].candidates:
        return None
    where = places[k].candidates[0]
    for pm in places:
        if pm.span.start < m.end(1) and m.start(1) < pm.span.end and pm.candidates:
            top = pm.candidates[0]
            if top.iso2 == where.iso2 and top.admin1 == where.admin1:
                return None  # read in the bracket's province: the mention itself is the place
    return Span(m.start(1), m.end(1), m.group(1))


def obscure(place: Place) -> bool:
    """A village ACLED has never coded and no census counts: ACLED codes its district or town instead."""
    return level(place) == 0 and not place.id.startswith("acled:") and place.population < _OBSCURE_POPULATION


_VILLAGE_WORDS = frozenset({"village", "villages", "hamlet", "settlement", "area", "areas"})
_NEIGHBOUR_REACH = 120  # characters: the known place must be named in the same breath


def village_neighbour(
    doc: Document, places: tuple[PlaceMention, ...], k: int, dominant: str
) -> PlaceMention | None:
    """The known town or district named right after an unknown village ("X village, near Y", "X area (Y)")."""
    if not _VILLAGE_WORDS & set(places[k].cue.split()):
        return None
    end = places[k].span.end
    for nxt in places[k + 1 :]:
        if nxt.span.start - end > _NEIGHBOUR_REACH or "." in doc.text[end : nxt.span.start]:
            return None
        if nxt.candidates and level(nxt.candidates[0]) in (0, 2) and nxt.cue != "demonym":
            top = nxt.candidates[0]
            return nxt if not dominant or top.iso2 == dominant else None
    return None


# How far from its reference a part is told: "50 km from", "some 20 kilometres north of", "just outside".
_DISTANCE = (
    r"(?:(?:some|about|around|roughly|nearly|over|almost)\s+)?\d+\s*(?:km|kms|kilometres|kilometers|miles)\s+"
)
_DIRECTION = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)"
_RELATION = (
    r"(?:of|in|near|outside|from|by|just\s+outside|close\s+to|on\s+the\s+(?:outskirts|edge|fringes?)\s+of|"
    r"in\s+the\s+(?:outskirts|suburbs)\s+of)"
)


@lru_cache(maxsize=1)
def _reference_gap() -> re.Pattern[str]:
    """The words between a named part and its reference, from data/locate/part_words.txt."""
    text = resources.files("frontwire").joinpath("data/locate/part_words.txt").read_text(encoding="utf-8")
    words = sorted(
        {w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")}, key=len
    )
    part = r"(?:" + "|".join(re.escape(w) for w in reversed(words)) + r")s?"
    after = rf"(?:{_DISTANCE})?{_DIRECTION}?{_RELATION}\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?"
    return re.compile(
        # "X neighbourhood in Y", "the X quarter of Y", "Majzar district west of Marib city"
        rf"\s+{part}\s+{_DIRECTION}?(?:of|in)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$"
        # "X, a poor suburb on the outskirts of Y", "X, a town 180 km from Y", "X, the capital of Y"
        rf"|(?:\s+{part})?\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{part}\s+{after}$"
        # "Soacha, on the outskirts of Bogota", "X, just outside Y": no part word, but lying by Y ("X, near Y" is
        # read apart, `_NEAR_GAP`: ACLED's own notes write it for a village they code at Y, precision 2)
        r"|(?:\s+{part})?\s*,\s+(?:just\s+)?(?:outside|on\s+the\s+(?:outskirts|edge|fringes?)\s+of)\s+(?:the\s+)?$"
        # "the village of X, 20 km from Y", "X village, some 15 km north of Y"
        rf"|(?:\s+{part})?\s*,\s+{_DISTANCE}{_DIRECTION}?(?:of|from)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
        re.IGNORECASE,
    )


def reference_of(doc: Document, places: tuple[PlaceMention, ...], k: int) -> Place | None:
    """places[k] is written as the reference of the named place before it: the town a neighbourhood, suburb
    or village is part of or lies by ("the Eastleigh neighbourhood in Nairobi city", "Petare, a slum on the
    outskirts of Caracas", "the village of Tillia, 50 km from Tahoua"). Returns the part's reading that lies
    that close to the reference (ACLED codes the part when it is known), else None: a namesake far off is
    not the part the report tells of ("Galole area of North Horr" is no Galole 600 km away), and a spot
    inside a town that ACLED has never coded and no census counts is coded at the town ("the Qiyaa
    neighbourhood in Sidon" is Sidon), while a village told as lying by a town is still the village."""
    if k == 0 or not places[k].candidates or not places[k - 1].candidates:
        return None
    gap = doc.text[places[k - 1].span.end : places[k].span.start]
    if _NEAR_GAP.fullmatch(gap) is not None and not _VILLAGE_WORDS & set(places[k - 1].cue.split()):
        # "in Bhadokhar, near Rae Bareli", "Chepilat near Eldoret": a town ACLED knows, told by the town it
        # lies near, is the place (dev: 8 of 8); a village ACLED would not find is coded at the town, as its
        # own notes write it ("Koudo Kaoua, near Boula Gana", "the village of X, near Y": Y, precision 2).
        part = _near_reading(places[k - 1], places[k].candidates[0], _PART_KM)
        return part if part is not None and level(part) == 0 and not obscure(part) else None
    if len(gap) > _REFERENCE_GAP_CHARS or _reference_gap().fullmatch(gap) is None:
        return None
    told = [int(n) for n in _NUMBER.findall(gap)]
    reach = max([_PART_KM] + [n * _TOLD_SLACK + _PART_KM for n in told])
    if level(places[k - 1].candidates[0]) == 2:
        reach = max(reach, _HOLDER_KM)  # "Majzar district west of Marib city": a district's centre lies farther off
    part = _near_reading(places[k - 1], places[k].candidates[0], reach)
    if part is None:
        return None
    return None if obscure(part) and _BESIDE.search(gap) is None else part


def owned_part(doc: Document, places: tuple[PlaceMention, ...], k: int) -> Place | None:
    """places[k] is a town written as the owner of the known settlement after it ("Kisumu's Nyalenda slum",
    "Ahvaz's Kut-e Abdollah suburb"): that settlement's reading near the town, unless ACLED would not know
    it (an obscure spot of the town is coded at the town: "Beirut's Barbir area" is Beirut); or a place
    named as the adjective of a town ("the Daraa town of Tafas"): that town's reading near it."""
    if k + 1 >= len(places) or not places[k].candidates or not places[k + 1].candidates:
        return None
    owner = places[k].candidates[0]
    gap = doc.text[places[k].span.end : places[k + 1].span.start]
    if (
        _KIND_OF.fullmatch(gap) is not None
        and _THE_BEFORE.search(doc.text[: places[k].span.start])
        and _ADMIN_NEXT.match(doc.text, places[k + 1].span.end) is None  # "the X village of Kushk district"
    ):
        # "the Aley town of Ain er Roummaneh", "the Idlib village of Kafr Nabl": the district or province
        # named as an adjective holds the town told, which ACLED codes (obscure or not: it is a town).
        part = _near_reading(places[k + 1], owner, _PART_KM if level(owner) == 0 else _HOLDER_KM)
        return part if part is not None and level(part) == 0 else None
    if level(owner) != 0 or _POSSESSIVE.fullmatch(gap) is None:
        return None
    part = _near_reading(places[k + 1], owner, _PART_KM)
    return None if part is None or level(part) != 0 or obscure(part) else part


def _near_reading(part: PlaceMention, ref: Place, reach: float) -> Place | None:
    """The part's reading in the reference's country within `reach` km of it, its best reading first."""
    if ref.latitude is None or ref.longitude is None:
        return None
    near = [
        (distance_km(c.latitude, c.longitude, ref.latitude, ref.longitude), i, c)
        for i, c in enumerate(part.candidates)
        if c.iso2 == ref.iso2 and level(c) < 3 and c.latitude is not None and c.longitude is not None
    ]
    near = [x for x in near if x[0] <= reach]
    return min(near, key=lambda x: (x[1] > 0, x[0]))[2] if near else None


_POSSESSIVE = re.compile(r"['\u2019]s\s+(?:the\s+)?")  # "Kisumu's Nyalenda": the owner, then its part
_KIND_OF = re.compile(r"\s+(?:town|village|city|camp|hamlet)\s+of\s+", re.IGNORECASE)  # "the Aley town of X"
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_ADMIN_NEXT = re.compile(
    r"\s*(?:\(|district|province|governorate|county|region|department|municipality)", re.IGNORECASE
)
_HOLDER_KM = 100.0  # a district's or province's point is its centre; its towns lie this far from it


# "X, near Y", "X near the town of Y": no part word, the next place only the one X lies by.
_NEAR_GAP = re.compile(r",?\s+near\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town)\s+of\s+)?", re.IGNORECASE)
_REFERENCE_GAP_CHARS = 80  # a longer run of words is another clause, not an apposition
_PART_KM = 40.0  # a neighbourhood, suburb or nearby village lies this close to the town it is told by
_TOLD_SLACK = 1.3  # "50 km from": road distance, and the reference's point is its centre
_NUMBER = re.compile(r"\d+")
# The part lies by or outside the reference, not inside it ("20 km from", "near", "on the outskirts of").
_BESIDE = re.compile(r"\d|\b(?:near|outside|from|by|close|outskirts|edge|fringes?|suburbs)\b", re.IGNORECASE)
