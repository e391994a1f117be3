"""Where one event happened: pick the place mention that locates it and fill ACLED's location columns.

Reads the document, the event mention, the document's `PlaceMention`s (from `geoparse`) and the
gazetteer; returns a `Location`. Never fails: with no usable place the Location is empty except
for what is honestly known (the country, when the report or its publisher names one).

Choice: mentions inside the event's sentences first (main sentence first), else the document's;
each read in the province the report's own admin areas point to (`locate_coherent`);
settlements over admin areas, the contained place over its container ("X, Y province", "X (Y)"),
a known part over the town it is told by ("the X neighbourhood of Y", "X, a village 20 km from Y", "Y's X slum"),
framings weighed by how often ACLED codes what they frame (`locate_rules.cue_lean`), earlier over
later. A spot the gazetteer lacks or ACLED would not find is coded at the town or district the
report writes it in or by ("X village of Y district" -> Y, precision 2). Precision follows the
framing (`locate_rules`): 1 the place itself, 2 near it or a town written as its district, 3 only
a province-level area (placed at its main town, as ACLED does) or only the country (its capital).
A country's centroid is never reported. The chosen place's columns (seats, capitals, unknown
names) are filled by `locate_fill`; names and admins are then written as ACLED writes them
(`locate_acled`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import Gazetteer
from .gazetteer.names import fold
from .geoparse import ADMIN_CUES
from .locate_acled import as_acled_writes
from .locate_acled import bare_span as _bare_span
from .locate_coherent import coherent as _coherent
from .locate_context import held_where_written as _held_where_written
from .locate_context import holder_admin as _holder_admin
from .locate_context import holder_kind as _holder_kind
from .locate_context import level as _level
from .locate_context import obscure as _obscure
from .locate_context import owned_part as _owned_part
from .locate_context import reference_of as _reference_of
from .locate_context import sub_place_holder as _sub_place_holder
from .locate_context import town_holding as _town_holding
from .locate_context import unlisted_spot as _unlisted_spot
from .locate_context import village_neighbour as _village_neighbour
from .locate_country import country_only as _country_only
from .locate_country import dominant_country as _dominant_country
from .locate_fill import ascii_name as _ascii
from .locate_fill import from_place as _from_place
from .locate_fill import unknown_name as _unknown_name
from .locate_fill import unknown_precision as _unknown_precision
from .locate_framing import between_pairs as _between_pairs
from .locate_framing import destination as _destination
from .locate_framing import glued_to_name as _glued_to_name
from .locate_framing import landmark as _landmark
from .locate_framing import on_road as _on_road
from .locate_framing import road_end as _road_end
from .locate_framing import unspecified_in as _unspecified_in
from .locate_news import aside as is_aside
from .locate_news import demonym_words, facility_holder, possessive_container
from .locate_provinces import held_provinces as _held_provinces
from .locate_provinces import province_namesake as _province_namesake
from .locate_rules import cue_lean, relative_after
from .locate_rules import is_relative as _is_relative
from .locate_whole import whole_name
from .model import Document, EventMention, Location, PlaceMention, Span

__all__ = ["locate_event"]

_SETTLEMENT = ("PPL", "CMP")
# "X village (District, Province)", "X area (District)": the village, then its admin areas in brackets.
_NOTE_FORM = re.compile(r"\s*(?:village|area|hamlet|settlement)?\s*\(\s*$", re.IGNORECASE)


# "at a place between Choro Village and Kangpat area (Kamjong district)": somewhere in the district, not the spot
_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)


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
    r"lga|regency|township|tehsil|upazila|commune|department|prefecture|oblast|raion|front|countryside)"
    r"(?:\s+(?:center|centre))?\b",  # "Zari district center, Balkh": Balkh holds it
    re.IGNORECASE,
)


_CENTRE_AFTER = re.compile(r"\s*district\s+cent(?:er|re)\b", re.IGNORECASE)

_CUE_WEIGHT = 1.0
_SPECIFIC_CUES = frozenset(
    {"in", "at", "town", "city", "village", "near"}
)  # a written container named as the place
# "the town of Aghtrin": a settlement named like its sub-district ("Aghtrin towns" may be the area).
_SETTLEMENT_OF = re.compile(r"\b(?:town|village|city) of (?:the )?$", re.IGNORECASE)
_SETTLEMENTS_OF = re.compile(r"\b(?:towns|villages|cities|town|village|city) of (?:the )?$", re.IGNORECASE)
# "Ain al Arab city", "Al Khawkhah city": the town itself ("the Matn towns" are the area's towns).
_TOWN_AFTER = re.compile(r"\s+(?:city|town)\b(?!s)", re.IGNORECASE)
# ACLED's own notes say where they coded an event: the place written next is the event's place.
_CODED_AS = re.compile(
    r"\b(?:geo-?)?coded\s+(?:as|to|at|in)\s+(?:the\s+)?$|\bcoordinates\s+(?:for|of)\s+(?:the\s+)?$", re.IGNORECASE
)
_CODED = 3.0  # above any framing: the note names the coded place outright
_DEST = 1.0  # a destination is the event's place only when the report names no other
_UNSPECIFIED = 1.5  # about a settlement's lead over a district: the unit the report places the event in
_STAND_IN = re.compile(r"\bcoordinates\s+(?:for|of)\s+(?:the\s+)?$", re.IGNORECASE)
_STATED_PRECISION = re.compile(r"\b(?:GP|geo-?prec(?:ision)?|prec(?:ision)?)\s*([123])\b", re.IGNORECASE)


def _coded_as(doc: Document, span: Span) -> bool:
    return _CODED_AS.search(doc.text, max(0, span.start - 40), span.start) is not None


_FACILITY = 1.5  # as much as a container loses: the facility's town is the place
_PROVINCE = 1.5  # as much as a container loses: the province holds the place named before it
_ASIDE = 3.0  # below any place the event is told at, above a foreign namesake: used only when nothing else is


def _mention_score(
    doc: Document,
    mention: EventMention,
    places,
    k: int,
    dominant: str = "",
    containers: frozenset[str] = frozenset(),
    aside: frozenset[int] = frozenset(),
    provinces: frozenset[int] = frozenset(),
) -> float:
    pm = places[k]
    top = pm.candidates[0] if pm.candidates else None
    if top is not None and dominant and top.iso2 != dominant:
        return -2.0  # a namesake abroad ("Al Ahrar" in Iraq from "Ahrar al-Sharqiyah" in Syria)
    cue_words = pm.cue.split()
    if top is None:
        # An unknown name a cue framed: specific, but without coordinates of its own.
        s = 2.0 if any(c in ("town", "village", "city", "camp", "area") for c in cue_words) else 1.6
        if _landmark(doc, pm.span):
            s -= 1.0  # "the Ilya intersection in Sidon", "Kober Prison": a spot in a town, not a place
    else:
        s = {0: 2.0, 2: 1.0, 3: 0.6, 4: -1.0}[_level(top)]
        if _level(top) == 2 and (
            _SETTLEMENT_OF.search(doc.text, max(0, pm.span.start - 20), pm.span.start)
            or _TOWN_AFTER.match(doc.text, pm.span.end)
        ):
            s = 2.0  # "the town of Aghtrin", "Ain al Arab city": the settlement an area is named after
        if any(c in ADMIN_CUES for c in cue_words) and _level(top) == 0 and "municipality" not in cue_words:
            s -= 0.6
    if _coded_as(doc, pm.span):
        s += _CODED  # "Bate village, coded as Arso district", "in Tavros [coded to Athens-Central Athens]"
    elif _unspecified_in(doc, pm.span):
        s += _UNSPECIFIED  # "at an unspecified area of Aweil East county": the unit, not a place told later
    if k in provinces:
        s -= _PROVINCE  # "on Ghadir al Bostan road in Quneitra": the governorate, not its town
    if k in aside:
        s -= _ASIDE  # "KABUL (Reuters) - ... in Kunduz province", "Baku said": the reporter's or speaker's place
    if facility_holder(doc, places, k) is not None:
        s -= _FACILITY  # "outside the Serail in el Hermel": a building or spot in the town written after it
    if possessive_container(doc, places, k) and (top is None or _level(top) > 0 or _admin_part(places[k + 1])):
        s -= 1.5  # "Kashmir's Pulwama district": the event is in the part ("Beirut's Barbir area" is Beirut)
    elif (
        k > 0 and _container_of(doc, places, k - 1) is pm and facility_holder(doc, places, k - 1) != k
        and places[k - 1].cue != "from"  # "a civilian from al Hunaydah in Mansura": a home town, not the place
    ):  # fmt: skip
        s -= 1.5  # "Y" of "X, Y": the event is at X (unless X is a facility in Y)
    elif containers and fold(pm.span.text) in containers and pm.cue not in _SPECIFIC_CUES:
        s -= 1.0  # "Y" again elsewhere ("... Jaghuri district in Ghazni. A Ghazni spokesman ..."): still the area
    if mention.sentences and _inside(pm.span, EventMention(mention.sentences[:1], mention.trigger)):
        s += 0.5
    # How often ACLED codes the place each framing names ("near X" 96%, "from X" 23%: the victim's
    # home), learned from dev (data/locate/cue_weights.yaml); an unseen cue is neutral.
    appositive = _APPOSITIVE.match(doc.text, pm.span.end) if not pm.cue else None
    # "Barsalogho, a town in Sanmatenga province north of Kaya": an unframed name the next words call a
    # settlement is framed as one (its lean is the settlement word's, not an unframed name's).
    cue = appositive.group(1).lower() if appositive else pm.cue
    if cue == "of" and _SETTLEMENTS_OF.search(doc.text, max(0, pm.span.start - 20), pm.span.start):
        cue = "town"  # "in the cities of Mandaguari and Perola": settlements, not a possessor's "of"
    s += _CUE_WEIGHT * cue_lean(cue)
    if not pm.cue and _glued_to_name(doc, pm.span):
        s -= 0.5  # unframed and glued to another capitalised word: a person's or body's name ("Ken Obura")
    if _road_end(doc, pm.span):
        s -= 0.8  # "the Eldoret-Nakuru highway at Burnt Forest": a road's ends, unless nothing else
    if _destination(doc, pm.span):
        s -= _DEST  # "found killed on the road to al-Hasakeh city ... in southern Ras al Ain city"
    return s


# "X, a small town in ...", "X, a village near Y": the words after a name that say it is a settlement.
_APPOSITIVE = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(town|village|city|settlement|hamlet|locality)\b", re.IGNORECASE
)


def _admin_part(part: PlaceMention) -> bool:
    """The part after a possessive is framed as an admin unit ("Kandahar's Arghandab district"): the owner
    is the province, whatever town shares its name ("Beirut's Barbir area" stays Beirut)."""
    # a quarter of the city ("Beirut's Hamra district", unknown or a neighbourhood row) is ACLED's city
    # neighbourhood at precision 1, not a district: only a gazetteer district counts
    return bool(part.candidates) and _level(part.candidates[0]) == 2 and any(c in ADMIN_CUES for c in part.cue.split())


def locate_event(
    doc: Document, mention: EventMention, places: tuple[PlaceMention, ...], gazetteer: Gazetteer
) -> Location:
    loc, chosen = _locate(doc, mention, places, gazetteer)
    if chosen is not None and loc.geo_precision == 1 and (
        relative_after(doc.text, chosen.span.end) or _road_end(doc, chosen.span) or _on_road(doc, chosen.span)
    ):
        loc = replace(loc, geo_precision=2)  # "at Mankote sector area", "the Tripoli-Beirut highway"
    if chosen is not None and loc.geo_precision is not None and _coded_as(doc, chosen.span):
        # "[coded to Baku with GP2]": the note states the precision; "coordinates for Lamu used": a stand-in
        # for a spot the note could not place (precision 2); "[coded to Athens-Central Athens]": the place.
        stated = _STATED_PRECISION.search(doc.text)
        standin = _STAND_IN.search(doc.text, max(0, chosen.span.start - 40), chosen.span.start)
        if stated or standin:
            loc = replace(loc, geo_precision=int(stated.group(1)) if stated else max(2, loc.geo_precision))
    loc = as_acled_writes(doc, gazetteer, places, loc, chosen)
    loc = whole_name(doc, chosen, loc, demonym_words(gazetteer), gazetteer.iso2_of(loc.country))
    return _plain_letters(loc)  # "Zardana Mashehad" matched as "Zardana": the name as written


def _plain_letters(loc: Location) -> Location:
    """ACLED writes place and admin names without accents ("Ouadai", "Afar", "Falcon"): users filter on
    those strings, so the gazetteer's "Ouadaï" or "Āfar" would miss."""
    return replace(
        loc, location=_ascii(loc.location), admin1=_ascii(loc.admin1), admin2=_ascii(loc.admin2), admin3=_ascii(loc.admin3)
    )


def _locate(
    doc: Document, mention: EventMention, places: tuple[PlaceMention, ...], gazetteer: Gazetteer
) -> tuple[Location, PlaceMention | None]:
    adjectives = demonym_words(gazetteer)  # "the Libyan town of Zawiya": an unknown "Libyan" is no place
    places = tuple(pm for pm in places if pm.candidates or fold(pm.span.text) not in adjectives)
    usable = [pm for pm in places if not pm.candidates or pm.candidates[0].feature != "PCLI"]
    if not usable:
        return _country_only(doc, places, gazetteer), None
    places, references = _read_parts(doc, _between_pairs(doc, _coherent(doc, places)))
    indexed = list(enumerate(places))
    # the dateline, "Baku said", "officials in Kabul", "taken to the hospital in Gao", "the border with Sudan"
    aside = frozenset(k for k, pm in indexed if is_aside(doc, pm))
    pool = [(k, pm) for k, pm in indexed if _inside(pm.span, mention)]
    # The event's sentences name no place (a dateline is none): fall back on the document's.
    if not any(not pm.candidates or _level(pm.candidates[0]) < 4 for k, pm in pool if k not in aside):
        pool = indexed
    dominant = _dominant_country(places, doc, aside)
    containers = frozenset(  # "Nihm front (Nihm, Sanaa)": a place repeated as its own district is no container
        fold(c.span.text) for j in range(len(places) - 1)
        if (c := _container_of(doc, places, j)) is not None and fold(c.span.text) != fold(places[j].span.text)
    )  # fmt: skip
    provinces = _held_provinces(doc, places, [k for k, _ in pool if k not in aside], _capital_name(gazetteer, dominant))
    best_k, best = max(
        pool,
        key=lambda kp: (
            _mention_score(doc, mention, places, kp[0], dominant, containers, aside, provinces),
            -kp[1].span.start,
        ),
    )
    if best_k in references and (references[best_k], places[references[best_k]]) in pool:
        # "the Eastleigh neighbourhood in Nairobi", "X, a village 20 km from Y": the town told gives way to
        # the known part of it or place by it, which is where the event happened.
        best_k, best = references[best_k], places[references[best_k]]
    container = _container_of(doc, places, best_k)
    evidence = (best.span,) + ((container.span,) if container else ())
    holder = (
        _sub_place_holder(doc, places, best_k) if best.candidates and _obscure(best.candidates[0]) else None
    )
    if holder is not None and _held_where_written(
        doc, best.candidates[0], holder[0], holder[1], doc.text[best.span.end : holder[0].span.start]
    ):
        holder = None  # "in Laman area of Qala I Naw district": a village ACLED knows, in the district told
    if holder is not None:
        town, kind = holder
        inner = PlaceMention(town.span, town.candidates, _holder_admin(kind))
        return _from_place(gazetteer, inner, town.candidates[0], (town.span, best.span)), town
    if best.candidates and best_k > 0 and _sub_place_holder(doc, places, best_k - 1) is not None:
        # Chosen as the holder itself ("Rajampuri area of Kolhapur city"): the town, not "area of" it.
        inner = PlaceMention(best.span, best.candidates, _holder_admin(_holder_kind(doc.text, best.span.end)))
        return _from_place(gazetteer, inner, best.candidates[0], evidence), best
    spot = _unlisted_spot(doc, places, best_k) if best.candidates else None
    if spot is not None:
        # "at Hathlanga sector area (Baramulla district, J&K)": ACLED codes the named spot it found, placed
        # here at the district the bracket gives: a district's point (2), a province's (3).
        loc = _from_place(gazetteer, best, best.candidates[0], (spot,) + evidence)
        return replace(loc, location=spot.text, geo_precision=_unknown_precision(best, _area_level(best))), best
    if best.candidates:
        loc = _from_place(gazetteer, best, best.candidates[0], evidence)
        if _CENTRE_AFTER.match(doc.text, best.span.end):
            # "in Zari district center": the district's own town, which ACLED codes at precision 1.
            loc = replace(loc, geo_precision=2 if _is_relative(best.cue) else 1)
        return loc, best
    town = _town_holding(doc, places, best_k)
    if town is not None and _names_province(doc, gazetteer, best, town):
        town = None  # "in Rosales, Chihuahua": the town ACLED knows in that state, not the state's capital
    if town is not None:
        # "in Rajampuri area of Kolhapur city", "at X College, Faridkot": a spot inside a town the
        # gazetteer lacks is coded by ACLED at the town itself.
        cue = "" if set(best.cue.split()) & {"area", "areas", "neighbourhood", "estate"} else best.cue
        if admin := _holder_admin(_holder_kind(doc.text, town.span.end)):
            cue = admin  # "X village of Y district": the district, precision 2
        if _level(town.candidates[0]) == 3:
            cue = "area of"  # a village somewhere in the county: near the county's town (precision 2)
        inner = PlaceMention(town.span, town.candidates, cue)
        held = _from_place(gazetteer, inner, town.candidates[0], (town.span, best.span))
        gap = doc.text[best.span.end : town.span.start]
        if "(" in gap and _NOTE_FORM.match(gap) and not _BETWEEN.search(doc.text, max(0, best.span.start - 60), best.span.start):
            # "in Al Qahrah area (Qaatabah, Ad Dali)": ACLED's note form names the spot it coded; placed at the
            # district the bracket gives.
            return replace(held, location=_bare_span(best).text, geo_precision=_unknown_precision(best, 2)), best
        return held, town
    neighbour = _village_neighbour(doc, places, best_k, dominant)
    if neighbour is not None and _names_province(doc, gazetteer, best, neighbour):
        neighbour = None  # "Rubay'at area in Al-Hasakeh countryside": coded by its own name
    if neighbour is not None:
        # "in Kasiluni village ... Kitui": ACLED codes an unknown village at the known place the report
        # names by it, precision 2 (dev: 31 of 47 such villages), not at the village's own name.
        cue = _holder_admin(_holder_kind(doc.text, neighbour.span.end)) or "near"
        inner = PlaceMention(neighbour.span, neighbour.candidates, cue)
        near = _from_place(gazetteer, inner, neighbour.candidates[0], (neighbour.span, best.span))
        if _NOTE_FORM.match(doc.text[best.span.end : neighbour.span.start]):
            # "Dolapeta village (Srikakulam, AP)": ACLED's own note form names the village it coded
            # (precision 1); we can only place it at the district it writes.
            return replace(near, location=_bare_span(best).text, geo_precision=_unknown_precision(best, 2)), best
        return near, neighbour
    return _unknown_name(doc, gazetteer, places, best, container, evidence), best


def _area_level(pm: PlaceMention) -> int:
    """The precision an unknown spot gets when placed at this admin mention's point."""
    return 3 if _level(pm.candidates[0]) >= 3 else 2


def _capital_name(gazetteer: Gazetteer, iso2: str) -> str:
    country = gazetteer.country(iso2) if iso2 else None
    return country.capital if country and country.capital else ""


def _names_province(doc: Document, gazetteer: Gazetteer, spot: PlaceMention, holder: PlaceMention) -> bool:
    """An unknown spot (no landmark: "Baraza Park in Kwale" is the town's) held by a province's namesake."""
    capital = _capital_name(gazetteer, holder.candidates[0].iso2) if holder.candidates else ""
    return not _landmark(doc, spot.span) and _province_namesake(doc, holder, capital)


def _read_parts(
    doc: Document, places: tuple[PlaceMention, ...]
) -> tuple[tuple[PlaceMention, ...], dict[int, int]]:
    """Each named part read at its reading by the town it is told by ("Saddar, a neighbourhood of Peshawar":
    Peshawar's Saddar, not Karachi's; "Kisumu's Nyalenda slum"), and for each such town the index of its
    part, to which it gives way."""
    out = list(places)
    parts: dict[int, int] = {}
    for k in range(len(places)):
        for ref, at, part in ((k, k - 1, _reference_of(doc, places, k)), (k, k + 1, _owned_part(doc, places, k))):
            if part is not None:
                pm = places[at]
                out[at] = replace(pm, candidates=(part,) + tuple(c for c in pm.candidates if c is not part))
                parts[ref] = at
    return tuple(out), parts
