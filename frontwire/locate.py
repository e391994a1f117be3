"""Where one event happened: pick the place mention that locates it and fill ACLED's location columns.

Reads the document, the event mention, the document's `PlaceMention`s (from `geoparse`) and the
gazetteer; returns a `Location`. Never fails: with no usable place the Location is empty except
for what is honestly known (the country, when the report names one).

Choice: mentions inside the event's sentences first (main sentence first), else the document's;
settlements over admin areas, the contained place over its container ("X, Y province", "X (Y)"),
earlier over later. Precision: 1 the place itself, also a name the gazetteer lacks (placed at its
admin area: ACLED finds the village and codes 1); 2 near it / part of an area; 3 only a province-level area (placed at its main town,
as ACLED does) or only the country (its capital). A country's centroid is never reported.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import replace

from .gazetteer import Gazetteer
from .gazetteer.acled_admin import acled_admin_at, acled_admin_names
from .gazetteer.acled_places import AcledPlace, acled_place
from .gazetteer.names import ARTICLES, fold, skeleton
from .geoparse import ADMIN_CUES, country_place, source_countries
from .locate_rules import city_district_names, cue_lean, cue_precision, official_name_countries, province_precision
from .locate_rules import is_relative as _is_relative
from .model import Document, EventMention, Location, Place, PlaceMention, Span

__all__ = ["locate_event"]

_SETTLEMENT = ("PPL", "CMP")


def _level(place: Place) -> int:
    """0 settlement, 2 admin2/3, 3 admin1, 4 country."""
    if place.feature == "PCLI":
        return 4
    if place.feature == "ADM1":
        return 3
    if place.feature in ("ADM2", "ADM3"):
        return 2
    return 0


def _inside(span: Span, mention: EventMention) -> bool:
    return any(s.start <= span.start and span.end <= s.end for s in mention.sentences)


def _container_of(doc: Document, places: tuple[PlaceMention, ...], k: int) -> PlaceMention | None:
    """The mention right after places[k] written as its container: "X, Y" or "X (Y)"."""
    if k + 1 >= len(places):
        return None
    gap = _TYPE_WORD.sub("", doc.text[places[k].span.end : places[k + 1].span.start]).strip()
    return places[k + 1] if gap in (",", "(", ", in", "in", "of") else None


# "Maywand district, Kandahar": the type word the matcher left outside the name is no gap.
_TYPE_WORD = re.compile(
    r"^\s*(?:district|sub-district|county|sub-county|province|governorate|municipality|region|state|division|"
    r"lga|regency|township|tehsil|upazila|commune|department|prefecture|oblast|raion|front|countryside)\b",
    re.IGNORECASE,
)


UNKNOWN_PRECISION = 1
_CUE_WEIGHT = 1.0
_SPECIFIC_CUES = frozenset({"in", "at", "town", "city", "village", "near"})  # a written container named as the place
_ADMIN_LOOK = 5  # candidates of a name looked at for a region of that name
_SOURCE_VOTE = 1.5  # about one more mid-sized town of that country

_INSIDE_GAPS = frozenset(
    {",", ", in", "in", "of", "area of", "areas of", "area in", "area,", "area (", "neighbourhood of",
     "neighborhood of", "locality of", "suburb of", "estate in", "estate,", "in the city of", "city of",
     "village of", "villages of", "village in", "village,", "ward in", "ward,", "ward of"}
)  # fmt: skip


def _town_holding(doc: Document, places: tuple[PlaceMention, ...], k: int) -> PlaceMention | None:
    """The known settlement or district written right after places[k] as the place that holds it."""
    if k + 1 >= len(places):
        return None
    nxt = places[k + 1]
    gap = " ".join(doc.text[places[k].span.end : nxt.span.start].split())
    if gap not in _INSIDE_GAPS or not nxt.candidates:
        return None
    written_admin = "county" in nxt.cue.split()
    if _level(nxt.candidates[0]) not in ((0, 2, 3) if written_admin else (0, 2)):
        return None  # a region holds an unknown village only where the text calls it one ("Y County")
    if _level(nxt.candidates[0]) == 0 and _PROVINCE_WORDS & set(nxt.cue.split()):
        return None  # "in Idlib province": the province, not its town, holds the village
    top = nxt.candidates[0]
    written = fold(doc.text[nxt.span.start : nxt.span.end])
    if gap == "," and any(
        _level(c) == 3 and (c.iso2 != top.iso2 or fold(top.name) != written)
        for c in nxt.candidates[:_ADMIN_LOOK]
    ):
        # "in Tlaltizapan, Morelos": Y names a region (its town namesake is only a partial or foreign
        # match), X is the village ACLED codes.
        return None
    return nxt


_PROVINCE_WORDS = frozenset({"province", "governorate", "region", "state", "oblast", "prefecture", "department"})
# "Yangi Kala area of Qaysar district", "Shivshakti Nagar area of Ahmedabad city": ACLED codes the
# district (precision 2) or the city (1), not the spot inside it, even where the gazetteer knows the spot.
_SUB_PLACE_GAP = re.compile(
    r"\s*(?:area|areas|village|villages|neighbou?rhood|suburb|locality)\s+(?:of|in)\s+(?:the\s+)?", re.IGNORECASE
)
_OBSCURE_POPULATION = 5000
_HOLDER_TYPE = re.compile(r"\s*(district|city|town|municipality|sub-county|lga)\b", re.IGNORECASE)
_HOLDER_ADMIN = {"district": "district", "municipality": "municipality", "sub-county": "sub-county", "lga": "district"}


def _sub_place_holder(doc: Document, places: tuple[PlaceMention, ...], k: int) -> tuple[PlaceMention, str] | None:
    """The district or city a known spot is written inside ("X area of Y district"), with its type word."""
    if k + 1 >= len(places):
        return None
    nxt = places[k + 1]
    if not nxt.candidates or _level(nxt.candidates[0]) not in (0, 2):
        return None
    gap = _SUB_PLACE_GAP.match(doc.text, places[k].span.end)
    if gap is None or gap.end() != nxt.span.start:
        return None
    kind = _HOLDER_TYPE.match(doc.text, nxt.span.end)
    return (nxt, kind.group(1).lower()) if kind else None


def _obscure(place: Place) -> bool:
    """A village ACLED has never coded and no census counts: ACLED codes its district or town instead."""
    return _level(place) == 0 and not place.id.startswith("acled:") and place.population < _OBSCURE_POPULATION


def _coherent(doc: Document, places: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    """Each mention read in the province the report's own admin areas point to.

    A name whose best reading lies in a province no other place of the report is in, while the
    report writes a district or province elsewhere ("Mirza-Ali village of Qadis district, Badghis"
    read as a Mirza Ali in Ghor), is re-read there when the gazetteer has it there too, else taken
    as a place the gazetteer lacks (coded at its written container, as ACLED does).
    """
    tops = [pm.candidates[0] if pm.candidates else None for pm in places]
    # "Monge, ... (Irumu, Ituri)": names written in ACLED's "(district, province)" form are evidence too.
    written = {
        j for j in range(1, len(places))
        if doc.text[places[j - 1].span.end : places[j].span.start].strip() in ("(", ",")
    }  # fmt: skip
    anchors = [
        (j, (t.iso2, t.admin1)) for j, (t, pm) in enumerate(zip(tops, places))
        if t is not None and t.admin1
        and (_level(t) in (2, 3) or ADMIN_CUES & set(pm.cue.split()) or j in written)
    ]  # fmt: skip
    if not anchors:
        return places
    out = list(places)
    anchored = {j for j, _ in anchors}
    for k, (pm, top) in enumerate(zip(places, tops)):
        if top is None or k in anchored or _level(top) == 4 or not top.admin1 or pm.cue == "demonym":
            continue  # an admin area the report writes is evidence, not something to re-read
        others = {(t.iso2, t.admin1) for j, t in enumerate(tops) if j != k and t is not None and _level(t) < 4}
        others.update(  # a written container may mean its province though its best reading is a town
            (c.iso2, c.admin1) for j in written if j != k for c in places[j].candidates if c.feature == "ADM1"
        )
        wanted = {a for j, a in anchors if j != k and a[0] == top.iso2}
        if (top.iso2, top.admin1) in others or not wanted:
            continue
        better = next((c for c in pm.candidates[1:] if (c.iso2, c.admin1) in wanted), None)
        if better is not None:
            out[k] = replace(pm, candidates=(better,) + tuple(c for c in pm.candidates if c is not better))
        elif _level(top) == 0:
            out[k] = replace(pm, candidates=())
    return tuple(out)


def _dominant_country(places: tuple[PlaceMention, ...], doc: Document | None = None) -> str:
    """The country most of the report's places (and its country names, demonyms) point to.

    A publisher that reports on one country ("Star (Kenya)") votes too: a report naming no
    country otherwise follows whichever foreign namesake of one of its words is biggest.
    """
    votes: dict[str, float] = {}
    for iso2 in source_countries(doc) if doc is not None else ():
        votes[iso2] = votes.get(iso2, 0.0) + _SOURCE_VOTE
    for pm in places:
        if pm.candidates:
            iso2 = pm.candidates[0].iso2
            # Places vote; country names and demonyms only break ties ("Israeli forces ... Jenin").
            top = pm.candidates[0]
            weight = 0.1 if top.feature == "PCLI" else 1.0 + math.log10(top.population + 1) / 6.0
            votes[iso2] = votes.get(iso2, 0.0) + weight
    return max(votes, key=lambda k: votes[k]) if votes else ""


def _mention_score(
    doc: Document, mention: EventMention, places, k: int, dominant: str = "", containers: frozenset[str] = frozenset()
) -> float:
    pm = places[k]
    top = pm.candidates[0] if pm.candidates else None
    if top is not None and dominant and top.iso2 != dominant:
        return -2.0  # a namesake abroad ("Al Ahrar" in Iraq from "Ahrar al-Sharqiyah" in Syria)
    cue_words = pm.cue.split()
    if top is None:
        # An unknown name a cue framed: specific, but without coordinates of its own.
        s = 2.0 if any(c in ("town", "village", "city", "camp", "area") for c in cue_words) else 1.6
    else:
        s = {0: 2.0, 2: 1.0, 3: 0.6, 4: -1.0}[_level(top)]
        if any(c in ADMIN_CUES for c in cue_words) and _level(top) == 0:
            s -= 0.6
    if k > 0 and _container_of(doc, places, k - 1) is pm:
        s -= 1.5  # "Y" of "X, Y": the event is at X
    elif containers and fold(pm.span.text) in containers and pm.cue not in _SPECIFIC_CUES:
        s -= 1.0  # "Y" again elsewhere ("... Jaghuri district in Ghazni. A Ghazni spokesman ..."): still the area
    if mention.sentences and _inside(pm.span, EventMention(mention.sentences[:1], mention.trigger)):
        s += 0.5
    # How often ACLED codes the place each framing names ("near X" 96%, "from X" 23%: the victim's
    # home), learned from dev (data/locate/cue_weights.yaml); an unseen cue is neutral.
    s += _CUE_WEIGHT * cue_lean(pm.cue)
    if not pm.cue and _glued_to_name(doc, pm.span):
        s -= 0.5  # unframed and glued to another capitalised word: a person's or body's name ("Ken Obura")
    if _road_end(doc, pm.span):
        s -= 0.8  # "the Eldoret-Nakuru highway at Burnt Forest": a road's ends, unless nothing else
    return s


_ROAD_AFTER = re.compile(
    r"\s*(?:[-/\u2013]\s*[\w' ]{1,30}?)?\s*(?:road|highway|rd|motorway)\b", re.IGNORECASE
)
_DASH_BEFORE = re.compile(r"[-/\u2013]\s*$")
_DASH_AFTER = re.compile(r"\s*[-/\u2013]")


_NAME_AFTER = re.compile(r" [A-Z][a-z]")
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")


def _glued_to_name(doc: Document, span: Span) -> bool:
    before = _NAME_BEFORE.search(doc.text, max(0, span.start - 30), span.start)
    return before is not None or _NAME_AFTER.match(doc.text, span.end) is not None


def _road_end(doc: Document, span: Span) -> bool:
    """The name is one end of a road written 'X-Y road' / 'X/Y highway'."""
    before = doc.text[max(0, span.start - 3) : span.start]
    if not (_DASH_BEFORE.search(before) or _DASH_AFTER.match(doc.text, span.end)):
        return False
    return _ROAD_AFTER.match(doc.text, span.end) is not None


def locate_event(
    doc: Document, mention: EventMention, places: tuple[PlaceMention, ...], gazetteer: Gazetteer
) -> Location:
    loc, chosen = _locate(doc, mention, places, gazetteer)
    known = _acled_known(gazetteer, loc, chosen)
    loc = known if known is not None else _acled_admins(gazetteer, loc)
    loc = _written_admins(doc, gazetteer, loc, chosen)
    return _city_district(doc, places, loc, chosen)


# "La Candelaria, Bogota", "Sira neighbourhood of Aden city", "Obolonskyi district of Kyiv".
_PART_OF_CITY = re.compile(
    r"\s*(district|neighbou?rhood|area|suburb|zone|quarter|sub-?city)?\s*(,|\(|of|in)\s*(?:the\s+)?(?:city\s+of\s+)?$",
    re.IGNORECASE,
)
_CITY_WORD = re.compile(r"\s+city\b", re.IGNORECASE)
_CITY_POSSESSIVE = re.compile(r"['’]s\s+$")  # "Kyiv's Holosiivskyi district"


def _city_district(
    doc: Document, places: tuple[PlaceMention, ...], loc: Location, chosen: PlaceMention | None
) -> Location:
    """ACLED's "City-District" name for a part of a big city it names that way ("Aden-Sira")."""
    if chosen is None or not loc.location or "-" in loc.location:
        return loc
    table = city_district_names()
    if fold(loc.location) in table or fold(chosen.span.text) in table:
        return loc  # the city itself
    for pm in places:
        if pm is chosen or not pm.candidates or pm.candidates[0].feature == "PCLI":
            continue
        city = table.get(fold(pm.span.text))
        if city is None:
            continue
        if pm.span.start >= chosen.span.end:
            gap = _PART_OF_CITY.match(doc.text[chosen.span.end : pm.span.start])
            inside = gap is not None and (
                bool(gap.group(1)) and gap.group(2).lower() in ("of", "in")
                or _CITY_WORD.match(doc.text, pm.span.end) is not None
                or not any(c.feature == "ADM1" for c in pm.candidates)  # "Niteroi, Rio de Janeiro": the state
            )  # fmt: skip
        else:
            inside = _CITY_POSSESSIVE.search(doc.text[pm.span.end : chosen.span.start]) is not None
        if inside:
            return replace(loc, location=f"{city}-{loc.location}")
    return loc


_ADMIN_AFTER = re.compile(r"\s*(?:town|village|city|area|district)?\s*\(([^()]{2,80})\)")
_ADMIN_COMMA = re.compile(
    r",\s*([A-Z][\w'-]*(?:(?: (?:de|do|da|del|dos|das|di|du|of|el|al))? [A-Z][\w'-]*){0,3}"
    r"(?: (?:[Pp]rovince|[Ss]tate|[Cc]ounty|[Gg]overnorate|[Rr]egion))?)"
)
_ADMIN_WORD = re.compile(
    r"\s+(?:province|state|county|governorate|region|district|department|prefecture)$", re.IGNORECASE
)


def _written_admins(
    doc: Document, gazetteer: Gazetteer, loc: Location, chosen: PlaceMention | None
) -> Location:
    """Admins the report writes after the place, ACLED's way: "Kibungere (Nyabihanga, Mwaro)".

    The report's own admin names beat a gazetteer's or a neighbour's where they are names ACLED
    uses in that country (so "(Kurdish name)" or "(coded as ...)" change nothing).
    """
    if chosen is None or not loc.country:
        return loc
    m = _ADMIN_AFTER.match(doc.text, chosen.span.end) or _ADMIN_COMMA.match(doc.text, chosen.span.end)
    if m is None:
        return loc
    iso2 = gazetteer.iso2_of(loc.country)
    written = [p.strip() for p in m.group(1).split(",")]
    parts = [_ADMIN_WORD.sub("", p) for p in written]
    # "Lima Province" is ACLED's name for that admin1 (not the region "Lima"): the full name first.
    names1 = acled_admin_names(iso2, 1)
    admin1 = names1.get(fold(written[-1])) or names1.get(fold(parts[-1]))
    if admin1 is None:
        return loc
    admin2 = acled_admin_names(iso2, 2).get(fold(parts[-2])) if len(parts) >= 2 else None
    if admin1 == loc.admin1 and (admin2 is None or admin2 == loc.admin2):
        return loc
    return replace(loc, admin1=admin1, admin2=admin2 or (loc.admin2 if admin1 == loc.admin1 else ""),
                   admin3=loc.admin3 if admin1 == loc.admin1 and admin2 in (None, loc.admin2) else "")  # fmt: skip


def _acled_known(gazetteer: Gazetteer, loc: Location, chosen: PlaceMention | None) -> Location | None:
    """The chosen name as ACLED codes it, where ACLED has coded that name in that country.

    ACLED reuses its locations: its coordinate and admins for the name beat a GeoNames namesake or
    a village the gazetteer lacks (which would sit at its admin area with precision 2).
    """
    if chosen is None or not loc.country:
        return None
    iso2 = gazetteer.iso2_of(loc.country)
    found = acled_place(iso2, fold(_bare_span(chosen).text)) or _acled_spelling(iso2, loc, chosen)
    if found is None:
        return None
    precision = loc.geo_precision
    if not chosen.candidates or precision is None:
        precision = cue_precision(chosen.cue)
    return replace(loc, location=found.name, latitude=found.latitude, longitude=found.longitude,
                   admin1=found.admin1, admin2=found.admin2, admin3=found.admin3, geo_precision=precision)  # fmt: skip


_SAME_PLACE_KM = 10.0


def _acled_spelling(iso2: str, loc: Location, chosen: PlaceMention) -> AcledPlace | None:
    """ACLED's entry for the gazetteer's name of the chosen place, where the report spells it otherwise.

    "Sulaimaniyah" is GeoNames' "As Sulaymaniyah", which ACLED codes as "Sulaymaniyah"; the entry must
    lie by the point (a namesake elsewhere is another place).
    """
    if not chosen.candidates or loc.latitude is None or loc.longitude is None:
        return None
    key = fold(chosen.candidates[0].name)
    words = key.split()
    keys = (key, " ".join(words[1:])) if len(words) > 1 and words[0] in ARTICLES else (key,)
    for k in keys:
        found = acled_place(iso2, k)
        if found is not None and _km(loc.latitude, loc.longitude, found.latitude, found.longitude) <= _SAME_PLACE_KM:
            return found
    return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _acled_admins(gazetteer: Gazetteer, loc: Location) -> Location:
    """ACLED's admin1/admin2 for the chosen point where ACLED has coded events around it.

    Syria keeps its OCHA polygons (exact); elsewhere the gazetteer's admins come from the nearest
    GeoNames town and another admin system (old provinces, renamed regions).
    """
    if loc.latitude is None or not loc.country:
        return loc
    iso2 = gazetteer.iso2_of(loc.country)
    if not iso2 or iso2 == "SY":
        return loc
    found = acled_admin_at(iso2, loc.latitude, loc.longitude)
    if found is None:
        return loc
    admin1, admin2 = found
    if admin1 == loc.admin1 and (not admin2 or admin2 == loc.admin2):
        return loc
    keep3 = admin2 == loc.admin2
    return replace(loc, admin1=admin1, admin2=admin2 or loc.admin2, admin3=loc.admin3 if keep3 else "")


def _locate(
    doc: Document, mention: EventMention, places: tuple[PlaceMention, ...], gazetteer: Gazetteer
) -> tuple[Location, PlaceMention | None]:
    usable = [pm for pm in places if not pm.candidates or pm.candidates[0].feature != "PCLI"]
    if not usable:
        return _country_only(doc, places, gazetteer), None
    places = _coherent(doc, places)
    indexed = list(enumerate(places))
    pool = [(k, pm) for k, pm in indexed if _inside(pm.span, mention)]
    if not any(pm.candidates and _level(pm.candidates[0]) < 4 or not pm.candidates for _, pm in pool):
        pool = indexed  # the event's sentences name no place: fall back on the document's
    dominant = _dominant_country(places, doc)
    containers = frozenset(  # "Nihm front (Nihm, Sanaa)": a place repeated as its own district is no container
        fold(c.span.text) for j in range(len(places) - 1)
        if (c := _container_of(doc, places, j)) is not None and fold(c.span.text) != fold(places[j].span.text)
    )  # fmt: skip
    best_k, best = max(
        pool,
        key=lambda kp: (_mention_score(doc, mention, places, kp[0], dominant, containers), -kp[1].span.start),
    )
    container = _container_of(doc, places, best_k)
    evidence = (best.span,) + ((container.span,) if container else ())
    holder = _sub_place_holder(doc, places, best_k) if best.candidates and _obscure(best.candidates[0]) else None
    if holder is not None:
        town, kind = holder
        inner = PlaceMention(town.span, town.candidates, _HOLDER_ADMIN.get(kind, ""))
        return _from_place(gazetteer, inner, town.candidates[0], (town.span, best.span)), town
    if best.candidates and best_k > 0 and _sub_place_holder(doc, places, best_k - 1) is not None:
        # Chosen as the holder itself ("Rajampuri area of Kolhapur city"): the town, not "area of" it.
        kind = _HOLDER_TYPE.match(doc.text, best.span.end)
        inner = PlaceMention(best.span, best.candidates, _HOLDER_ADMIN.get(kind.group(1).lower(), "") if kind else "")
        return _from_place(gazetteer, inner, best.candidates[0], evidence), best
    if best.candidates:
        return _from_place(gazetteer, best, best.candidates[0], evidence), best
    town = _town_holding(doc, places, best_k)
    if town is not None:
        # "in Rajampuri area of Kolhapur city", "at X College, Faridkot": a spot inside a town the
        # gazetteer lacks is coded by ACLED at the town itself.
        cue = "" if set(best.cue.split()) & {"area", "areas", "neighbourhood", "estate"} else best.cue
        kind = _HOLDER_TYPE.match(doc.text, town.span.end)
        if kind is not None and kind.group(1).lower() in _HOLDER_ADMIN:
            cue = _HOLDER_ADMIN[kind.group(1).lower()]  # "X village of Y district": the district, precision 2
        if _level(town.candidates[0]) == 3:
            cue = "area of"  # a village somewhere in the county: near the county's town (precision 2)
        inner = PlaceMention(town.span, town.candidates, cue)
        return _from_place(gazetteer, inner, town.candidates[0], (town.span, best.span)), town
    neighbour = _village_neighbour(doc, places, best_k, dominant)
    if neighbour is not None:
        # "in Kasiluni village ... Kitui": ACLED codes an unknown village at the known place the report
        # names by it, precision 2 (dev: 31 of 47 such villages), not at the village's own name.
        kind = _HOLDER_TYPE.match(doc.text, neighbour.span.end)
        cue = _HOLDER_ADMIN.get(kind.group(1).lower(), "near") if kind is not None else "near"
        inner = PlaceMention(neighbour.span, neighbour.candidates, cue)
        return _from_place(gazetteer, inner, neighbour.candidates[0], (neighbour.span, best.span)), neighbour
    return _unknown_name(doc, gazetteer, places, best, container, evidence), best


_VILLAGE_WORDS = frozenset({"village", "villages", "hamlet", "settlement", "area", "areas"})
_NEIGHBOUR_REACH = 120  # characters: the known place must be named in the same breath


def _village_neighbour(
    doc: Document, places: tuple[PlaceMention, ...], k: int, dominant: str
) -> PlaceMention | None:
    """The known town or district named right after an unknown village ("X village, near Y", "X area (Y)")."""
    if not _VILLAGE_WORDS & set(places[k].cue.split()):
        return None
    end = places[k].span.end
    for nxt in places[k + 1 :]:
        if nxt.span.start - end > _NEIGHBOUR_REACH or "." in doc.text[end : nxt.span.start]:
            return None
        if nxt.candidates and _level(nxt.candidates[0]) in (0, 2) and nxt.cue != "demonym":
            top = nxt.candidates[0]
            return nxt if not dominant or top.iso2 == dominant else None
    return None


def _country_only(doc: Document, places: tuple[PlaceMention, ...], gazetteer: Gazetteer) -> Location:
    """No place below the country: the country named (else the publisher's), at its capital, precision 3.

    A demonym alone does not outweigh the publisher's home country.
    """
    named = [pm for pm in places if pm.candidates]
    source = next(iter(source_countries(doc)), "")
    if source and all(pm.cue == "demonym" for pm in named):
        # "Italian nuns abducted", "Somali militiamen": foreigners in the publisher's country.
        named = [pm for pm in named if pm.candidates[0].iso2 == source]
    iso2 = named[0].candidates[0].iso2 if named else source
    if not iso2:
        return Location()
    evidence = (named[0].span,) if named else ()
    return _from_place(gazetteer, PlaceMention(named[0].span if named else Span(0, 0, ""), (), ""),
                       country_place(gazetteer, iso2), evidence)  # fmt: skip


def _country_fields(gazetteer: Gazetteer, iso2: str) -> tuple[str, int | None]:
    c = gazetteer.country(iso2)
    return (c.name, c.isonum) if c else ("", None)


_ENGLISH_LEADS = ("at ", "an ")  # also Arabic articles, so the matcher keeps them: "at Sigor", "an Nairobi"


def _bare_span(pm: PlaceMention) -> Span:
    """The mention without an English word glued on as an article ("at Sigor" -> "Sigor")."""
    text = pm.span.text
    head = text[:3]
    if head not in _ENGLISH_LEADS:
        return pm.span
    top = pm.candidates[0] if pm.candidates else None
    if top is not None and fold(top.name).startswith(head):
        return pm.span  # "at Tall" is the place's own article
    return Span(pm.span.start + 3, pm.span.end, text[3:])


def _ascii(name: str) -> str:
    """"Acapulco de Juárez" -> "Acapulco de Juarez" (ACLED drops accents, keeps case)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _display_name(place: Place, span: Span) -> str:
    """The name as the report writes it when it is the place's own name; else the gazetteer's.

    Reports (and ACLED's notes) spell places the way ACLED does far more often than the
    gazetteer's transliteration does ("Kansafra", not "Kansafrah"); a name matched only through
    an alias in another language or an abbreviation falls back to the gazetteer name.
    """
    surface = span.text.strip()
    if place.iso2 in official_name_countries() and _level(place) == 0 and place.name:
        return _ascii(place.name)  # "Acapulco" -> "Acapulco de Juarez": ACLED's habit in these countries
    if surface and surface.isascii() and len(surface) >= 3 and not surface.isupper():
        return surface[0].upper() + surface[1:]
    return place.name if place.name.isascii() else span.text


def _from_place(gazetteer: Gazetteer, pm: PlaceMention, place: Place, evidence: tuple[Span, ...]) -> Location:
    country, iso = _country_fields(gazetteer, place.iso2)
    level = _level(place)
    relative = _is_relative(pm.cue)
    if level == 4:
        capital = _capital(gazetteer, place.iso2)
        if capital is None:
            return Location(country=country, iso=iso, place_id=place.id, evidence=evidence)
        return _location(capital, capital.name, country, iso, 3, evidence)
    if level == 3:
        seat = _seat(gazetteer, place) or place
        # "the countryside of Deir Ezzor": relative to the town that names the province -> 2.
        named_town = seat is not place and fold(seat.name) == fold(place.admin1 or place.name)
        precision = province_precision(pm.cue, named_town)
        return _location(seat, seat.name if seat is not place else place.admin1 or place.name, country, iso,
                         precision, evidence, admin_only=seat is place)  # fmt: skip
    if level == 2:
        town = _named_town(gazetteer, place)
        if town is not None and not any(c in ADMIN_CUES for c in pm.cue.split()):
            # "Tal Tamer" matched the sub-district; unless the text says "district", it means the town.
            return _location(
                town, _display_name(town, _bare_span(pm)), country, iso, cue_precision(pm.cue), evidence
            )
        # A district: ACLED writes the district's name, placed at its main town when known.
        seat = town or gazetteer.largest_in(place.iso2, place.admin1, place.admin2) or place
        name = _display_name(place, _bare_span(pm))
        return _location(seat, name, country, iso, 2, evidence)
    return _location(
        place, _display_name(place, _bare_span(pm)), country, iso, cue_precision(pm.cue), evidence
    )


def _location(place: Place, name: str, country: str, iso: int | None, precision: int,
              evidence: tuple[Span, ...], admin_only: bool = False) -> Location:  # fmt: skip
    return Location(
        location=name, country=country, iso=iso, admin1=place.admin1, admin2="" if admin_only else place.admin2,
        admin3="" if admin_only else place.admin3, latitude=place.latitude, longitude=place.longitude,
        geo_precision=precision, place_id=place.id, evidence=evidence,
    )  # fmt: skip


def _named_town(gazetteer: Gazetteer, area: Place) -> Place | None:
    """The town an admin area is named after ("Tal Tamer" sub-district -> the town Tall Tamr)."""
    name = area.admin1 if area.feature == "ADM1" and area.admin1 else area.name
    key = fold(name)
    skel = skeleton(key)
    found = list(gazetteer.lookup([key]).get(key, ()))
    if skel:
        found += gazetteer.lookup([skel], kind=1).get(skel, ())
    same = [
        p
        for p in found
        if p.iso2 == area.iso2
        and p.admin1 == area.admin1
        and p.feature.startswith("PPL")
        and (area.feature == "ADM1" or not area.admin2 or p.admin2 == area.admin2)
    ]
    if not same:
        return None
    return max(same, key=lambda p: (p.feature in ("PPLA", "PPLC"), fold(p.name) == key, p.population))


def _seat(gazetteer: Gazetteer, area: Place) -> Place | None:
    """Where ACLED puts a province-level event: the town named like the province, else its largest."""
    return _named_town(gazetteer, area) or gazetteer.largest_in(area.iso2, area.admin1)


def _capital(gazetteer: Gazetteer, iso2: str) -> Place | None:
    c = gazetteer.country(iso2)
    if not c or not c.capital:
        return None
    found = gazetteer.lookup([fold(c.capital)]).get(fold(c.capital), ())
    same = [p for p in found if p.iso2 == iso2 and p.feature.startswith("PPL")]
    return same[0] if same else None


def _unknown_precision(pm: PlaceMention, placed_at: int) -> int:
    """ACLED's precision for a named place the gazetteer lacks.

    ACLED itself finds the village and codes 1 (2 "near" it); the coordinate we give is the
    area's, but the precision column says what the report named, not what we could place.
    """
    del placed_at  # measured: ACLED codes 1 even where only a province frames the name
    return 2 if _is_relative(pm.cue) else UNKNOWN_PRECISION


def _unknown_name(doc: Document, gazetteer: Gazetteer, places: tuple[PlaceMention, ...], pm: PlaceMention,
                  container: PlaceMention | None, evidence: tuple[Span, ...]) -> Location:  # fmt: skip
    """A name the gazetteer lacks: keep its text, place it at the enclosing admin area (precision 1, 2 if near)."""
    context = container if container and container.candidates else None
    if context is None:
        near = [p for p in places if p.candidates and p.candidates[0].feature != "PCLI"]
        near.sort(key=lambda p: abs(p.span.start - pm.span.start))
        context = near[0] if near else None
    if context is None:
        countries = [p.candidates[0].iso2 for p in places if p.candidates]
        countries += source_countries(doc)  # "Tigre" in a report from an Argentine publisher
        if not countries:
            return Location(location=_bare_span(pm).text, evidence=evidence)
        country, iso = _country_fields(gazetteer, countries[0])
        return Location(location=_bare_span(pm).text, country=country, iso=iso, evidence=evidence)
    anchor = context.candidates[0]
    country, iso = _country_fields(gazetteer, anchor.iso2)
    area = gazetteer.admin_area(anchor.iso2, anchor.admin1, anchor.admin2) if anchor.admin2 else None
    if area is not None:
        return Location(location=_bare_span(pm).text, country=country, iso=iso, admin1=anchor.admin1, admin2=anchor.admin2,
                        latitude=area.latitude, longitude=area.longitude, geo_precision=_unknown_precision(pm, 2),
                        place_id=area.id,
                        evidence=evidence + (context.span,))  # fmt: skip
    seat = anchor if _level(anchor) == 0 else _seat(gazetteer, anchor) or anchor
    precision = _unknown_precision(pm, 2 if _level(anchor) <= 2 else 3)
    return Location(location=_bare_span(pm).text, country=country, iso=iso, admin1=anchor.admin1,
                    admin2=anchor.admin2 if _level(anchor) <= 2 else "", latitude=seat.latitude,
                    longitude=seat.longitude, geo_precision=precision, place_id=seat.id,
                    evidence=evidence + (context.span,))  # fmt: skip
