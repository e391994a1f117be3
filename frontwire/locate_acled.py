"""The chosen place as ACLED writes it: its spelling, its admin names, its "City-District" name.

Reads the document text, the chosen `PlaceMention`, the `Location` `locate` built from the
gazetteer, and ACLED-derived tables (the places and admin points ACLED has coded, the cities it
names by district); returns the Location with ACLED's location name, coordinates and admin1/admin2
where those tables know them. Writes nothing; never fails (an unknown name changes nothing).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import Gazetteer
from .gazetteer.acled_admin import acled_admin_at, acled_admin_names
from .gazetteer.acled_places import AcledPlace, acled_place
from .gazetteer.cues import ADMIN_CUES
from .gazetteer.geometry import distance_km
from .gazetteer.names import ARTICLES, fold
from .locate_aliases import acled_alias, acled_respelling
from .locate_context import level
from .locate_quarters import quarter_cities, quarter_near, quarter_of
from .locate_rules import (
    city_district_names,
    city_state_names,
    cue_precision,
    district_seat,
    generic_place_names,
    territories,
)
from .model import Document, Location, PlaceMention, Span

__all__ = ["as_acled_writes", "bare_span"]


def as_acled_writes(
    doc: Document,
    gazetteer: Gazetteer,
    places: tuple[PlaceMention, ...],
    loc: Location,
    chosen: PlaceMention | None,
) -> Location:
    """ACLED's own entry for the chosen name, else ACLED's admins at the point; then the written admins."""
    known = _acled_known(gazetteer, loc, chosen)
    loc = known if known is not None else _acled_admins(gazetteer, loc)
    loc = _written_admins(doc, gazetteer, loc, chosen)
    loc = _acled_admin1_spelling(gazetteer, places, _seat_of_district(doc, gazetteer, loc, chosen))
    loc = _city_quarter(doc, _city_district(doc, places, loc, chosen), chosen)
    return _in_parent_country(gazetteer, _generic_or_numbered(doc, loc, chosen))


_DIRECTION_SUFFIX = re.compile(r"\b(south|north|east|west)ern\b")
_SOFT_LETTERS = re.compile(r"[aeiouhwy]")


def _admin_key(name: str) -> str:
    """A spelling-blind key: first letter, then the consonants once each ("Hiiraan" = "Hiraan" = "hrn")."""
    text = re.sub(r"[^a-z]", "", _DIRECTION_SUFFIX.sub(r"\1", fold(name)))
    if not text:
        return ""
    rest = re.sub(r"(.)\1+", r"\1", _SOFT_LETTERS.sub("", text[1:]))
    return text[0] + rest


def _acled_admin1_spelling(gazetteer: Gazetteer, places: tuple[PlaceMention, ...], loc: Location) -> Location:
    """An admin1 ACLED writes otherwise in that country ("Southern Kordofan" -> "South Kordofan",
    "Hiiraan" -> "Hiraan"): the one ACLED name that differs only in vowels, doubled letters or '-ern';
    else, where the gazetteer's admin1 is of another system ("Far North"), the one ACLED admin1 the
    report names for that same province ("Minawao (Mokolo, Mayo-Tsanaga, Extreme-Nord)")."""
    if not loc.admin1 or not loc.country:
        return loc
    names = acled_admin_names(gazetteer.iso2_of(loc.country), 1)
    if not names or fold(loc.admin1) in names:
        return loc
    key = _admin_key(loc.admin1)
    same = {acled for acled in names.values() if _admin_key(acled) == key} if len(key) >= 3 else set()
    if not same:
        same = {  # the report's name for the very province the gazetteer puts the place in
            names[f] for pm in places
            if pm.candidates and pm.candidates[0].admin1 == loc.admin1 and level(pm.candidates[0]) == 3
            and (f := fold(_bare_span(pm).text)) in names
        }  # fmt: skip
    return replace(loc, admin1=same.pop()) if len(same) == 1 else loc


def _in_parent_country(gazetteer: Gazetteer, loc: Location) -> Location:
    """A territory ACLED codes inside another country (Hong Kong): the parent's name, the territory as admin1."""
    parent = territories().get(gazetteer.iso2_of(loc.country)) if loc.country else None
    if parent is None:
        return loc
    country = gazetteer.country(parent[0])
    if country is None:
        return loc
    return replace(loc, country=country.name, iso=country.isonum, admin1=parent[1], admin2=loc.admin1,
                   admin3=loc.admin2)  # fmt: skip


def _seat_of_district(
    doc: Document, gazetteer: Gazetteer, loc: Location, chosen: PlaceMention | None
) -> Location:
    """A district named as the place goes by the place ACLED codes such events at when ACLED never
    names that district after itself ("Nihm front" -> "Al Madid"), also where the gazetteer has a town
    of the district's name ("the Sirwah front (Sirwah, Marib)" -> "Suq Sirwah", precision 2)."""
    if chosen is None or not chosen.candidates or level(chosen.candidates[0]) != 2:
        return loc  # a town or a province that shares its district's name is no district seat
    named = fold(loc.location)
    if loc.geo_precision not in (1, 2) or named not in (fold(loc.admin2), fold(chosen.candidates[0].name)):
        return loc
    if loc.geo_precision == 1 and doc.text[: chosen.span.start].rstrip().endswith("("):
        return loc  # "Bilad al Yubi area (Qaatabah, Ad Dali)": the district holds a place ACLED names itself
    district = loc.admin2 if named == fold(loc.admin2) else loc.location
    seat = district_seat(loc.country, loc.admin1, district)
    if not seat:
        return loc
    known = acled_place(gazetteer.iso2_of(loc.country), fold(seat))
    if known is None or fold(known.admin2) != fold(district):
        return replace(loc, location=seat, geo_precision=2)
    return replace(loc, location=seat, latitude=known.latitude, longitude=known.longitude, admin2=known.admin2,
                   geo_precision=2)  # fmt: skip


_NUMBER_SUFFIX = re.compile(r"-(\d{1,2})\b")  # "Zolote-5": a numbered settlement or mine next to Zolote


def _generic_or_numbered(doc: Document, loc: Location, chosen: PlaceMention | None) -> Location:
    """ACLED's names for what no gazetteer lists: "Zolote-5", "Nameless Hills (Tartar Region)"."""
    if chosen is None or not loc.location:
        return loc
    if fold(loc.location) in generic_place_names() and loc.admin1:
        return replace(loc, location=f"{loc.location.title()} ({loc.admin1} Region)", geo_precision=2)
    number = _NUMBER_SUFFIX.match(doc.text, chosen.span.end)
    if number is not None and fold(loc.location) == fold(_bare_span(chosen).text):
        return replace(loc, location=f"{loc.location}-{number.group(1)}")
    return loc


def bare_span(pm: PlaceMention) -> Span:
    """The mention without an English word glued on as an article ("at Sigor" -> "Sigor")."""
    return _bare_span(pm)


# "La Candelaria, Bogota", "Sira neighbourhood of Aden city", "Obolonskyi district of Kyiv".
_PART_OF_CITY = re.compile(
    r"\s*(district|neighbou?rhood|area|suburb|zone|quarter|sub-?city|locality)?\s*(,|\(|of|in)\s*(?:the\s+)?(?:city\s+of\s+)?$",
    re.IGNORECASE,
)
# "Mogadishu-Karan district", "Belgrade-Stari Grad, Serbia", "Lima-San Juan de Lurigancho, Lima Province": a part
# glued to the city by a hyphen,
# then a part word or the end of the name ("Beirut-Damascus road" is a road, not a part).
_PART_AFTER = re.compile(
    r"-([A-Z][\w'’]+(?: (?:(?:de|del|la|las|los|el|da|do|dos|das) )?[A-Z0-9][\w'’]*){0,3})"
    r"(?=\s+(?:district|neighbou?rhood|area|suburb|zone|quarter|locality)\b"
    r"|\s*[,(]|\.\s)",
)
# "in the West Zone of Rio de Janeiro": ACLED's "Rio de Janeiro-West Zone".
_ZONE_BEFORE = re.compile(
    r"\bthe ((?:North|South|East|West|Central|Northern|Southern|Eastern|Western) Zone) of $"
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
        # "in Mogadishu-Karan district": the report already writes ACLED's form; else the city itself.
        city = table.get(fold(chosen.span.text)) or table.get(fold(loc.location))
        if not city:
            return loc
        part = _PART_AFTER.match(doc.text, chosen.span.end)
        if part is not None:
            return replace(loc, location=f"{city}-{part.group(1)}")
        zone = _ZONE_BEFORE.search(doc.text, max(0, chosen.span.start - 30), chosen.span.start)
        return replace(loc, location=f"{city}-{zone.group(1)}") if zone is not None else loc
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
                or city in city_state_names()  # "Rohini, Delhi": Delhi's province is the city itself
            )  # fmt: skip
        else:
            inside = _CITY_POSSESSIVE.search(doc.text[pm.span.end : chosen.span.start]) is not None
        if inside:
            return replace(loc, location=f"{city}-{loc.location}")
    return loc


def _city_quarter(doc: Document, loc: Location, chosen: PlaceMention | None) -> Location:
    """A city ACLED names by its quarters (city_quarters.tsv): the quarter of the part told ("Beirut-Hamra"
    -> "Beirut-Ras Beirut"), else of the first neighbourhood written by the city ("Martyrs' Square in
    Beirut" -> "Beirut-Port"); a neighbourhood of a city-province written alone is read in it ("Adliyeh")."""
    if chosen is None or not loc.location:
        return loc
    city, _, part = loc.location.partition("-")
    city = city_district_names().get(fold(city), city)  # "Kyiv" as written is ACLED's "Kiev"
    if city not in quarter_cities():
        if loc.admin1 not in city_state_names() or loc.admin1 not in quarter_cities():
            return loc
        city, part = loc.admin1, loc.location  # "Adliyeh" in the province that is Beirut itself
    quarter = quarter_of(city, part) if part else None
    if quarter is None:
        quarter = quarter_near(city, doc.text, chosen.span.start, chosen.span.end)
    if quarter is None:
        return loc
    return replace(loc, location=f"{city}-{quarter}" if quarter else city)


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
    if found is None and chosen.candidates and level(chosen.candidates[0]) == 0:
        # "Culiacan" is ACLED's "Culiacan Rosales", "Hadharan" its "Hadhran": the same place, ACLED's name
        found = acled_alias(iso2, loc.location, loc.latitude, loc.longitude) or acled_respelling(
            iso2, loc.location, loc.latitude, loc.longitude
        )
    if found is None:
        return _province_town(iso2, loc, chosen)
    precision = loc.geo_precision
    if not chosen.candidates or precision is None:
        precision = cue_precision(chosen.cue)
    return replace(loc, location=found.name, latitude=found.latitude, longitude=found.longitude,
                   admin1=found.admin1, admin2=found.admin2, admin3=found.admin3, geo_precision=precision)  # fmt: skip


def _province_town(iso2: str, loc: Location, chosen: PlaceMention) -> Location | None:
    """A province named alone ("in Nabatiyeh", no "governorate") is the town ACLED names like it there,
    where the gazetteer's seat has another name ("Nabatiye et Tahta"): ACLED's "Nabatiye", the cue's precision."""
    if not chosen.candidates or level(chosen.candidates[0]) != 3 or ADMIN_CUES & set(chosen.cue.split()):
        return None
    found = acled_place(iso2, fold(loc.admin1)) if loc.admin1 else None
    if found is None or found.admin1 != loc.admin1 or fold(found.name) == fold(loc.location):
        return None
    return replace(loc, location=found.name, latitude=found.latitude, longitude=found.longitude,
                   admin2=found.admin2, admin3=found.admin3, geo_precision=cue_precision(chosen.cue))  # fmt: skip


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
        if (
            found is not None
            and distance_km(loc.latitude, loc.longitude, found.latitude, found.longitude) <= _SAME_PLACE_KM
        ):
            return found
    return None


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
    found = acled_admin_at(iso2, loc.latitude, loc.longitude, loc.admin1)
    if found is None:
        return loc
    admin1, admin2 = found
    if admin1 == loc.admin1 and (not admin2 or admin2 == loc.admin2):
        return loc
    keep3 = admin2 == loc.admin2
    return replace(loc, admin1=admin1, admin2=admin2 or loc.admin2, admin3=loc.admin3 if keep3 else "")


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
