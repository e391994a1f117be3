"""Fill ACLED's location columns from one chosen place: where ACLED puts a place of each level, and its name.

Reads the chosen `PlaceMention` (its cue says how the report frames it), the gazetteer `Place` it is read
as, and the gazetteer (seats, capitals, admin areas), plus `locate_rules`' cached tables (precision per
cue, province capitals, official-name countries); returns a `Location`. A settlement is coded at itself
(precision by its cue), a district at its main town or its own point (2), a province at its capital or
namesake town (3 unless the cue says otherwise), a country at its capital (3); a name the gazetteer lacks
keeps its text and is placed at the enclosing admin area (`unknown_name`): the unit the note writes by ACLED's
name when the gazetteer matched none ("(Aljfara)"), and for a province told alone the point ACLED codes nearest
the middle of its events there (`locate_units`) unless ACLED codes such spots at the area's own point; with only
its country known, where ACLED's events in that country cluster (precision 3). Which mention is chosen is
`locate.py`'s business. Writes nothing; never raises on a missing seat or capital (it falls back to the
area's own point, or a Location with only the country).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from .gazetteer import Gazetteer
from .gazetteer.acled_admin import acled_spelling
from .gazetteer.geometry import distance_km
from .gazetteer.names import fold, skeleton
from .geoparse import ADMIN_CUES, source_countries
from .locate_acled import bare_span as _bare_span
from .locate_context import level as _level
from .locate_rules import admin1_capital, cue_precision, official_name_countries, province_precision
from .locate_rules import is_relative as _is_relative
from .locate_units import coded_at, country_point, unit_point, written_unit
from .model import Document, Location, Place, PlaceMention, Span

__all__ = ["ascii_name", "from_place", "unknown_name", "unknown_precision"]



def _country_fields(gazetteer: Gazetteer, iso2: str) -> tuple[str, int | None]:
    c = gazetteer.country(iso2)
    return (c.name, c.isonum) if c else ("", None)


# Letters no Unicode decomposition takes to ASCII, case kept: ACLED writes Turkey's "Kiziltepe" (Kızıltepe),
# Azerbaijan's "Shamkir" region of "Şǝmkir", Haiti's "Grand'Anse" (Grandʼ Anse), Poland's "Lodz".
_PLAIN = str.maketrans({"ı": "i", "ə": "a", "Ə": "A", "ǝ": "a", "Ǝ": "A", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
                        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe",
                        "Œ": "Oe", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H", "ʼ": "'", "’": "'", "‘": "'",
                        "ʻ": "'", "–": "-", "—": "-"})  # fmt: skip


def ascii_name(name: str) -> str:
    """Strip accents, keep case: "Acapulco de Juárez" -> "Acapulco de Juarez", "Kızıltepe" -> "Kiziltepe", as ACLED
    writes (users filter on those strings)."""
    if name.isascii():
        return name
    text = unicodedata.normalize("NFKD", name.translate(_PLAIN))
    return "".join(c for c in text if not unicodedata.combining(c))


def _display_name(place: Place, span: Span) -> str:
    """The name as the report writes it when it is the place's own name; else the gazetteer's.

    Reports (and ACLED's notes) spell places the way ACLED does far more often than the
    gazetteer's transliteration does ("Kansafra", not "Kansafrah"); a name matched only through
    an alias in another language or an abbreviation falls back to the gazetteer name.
    """
    surface = span.text.strip()
    if place.iso2 in official_name_countries() and _level(place) == 0 and place.name:
        official = ascii_name(place.name)
        if surface.isascii() and len(surface) > len(official) and fold(official) in fold(surface):
            return surface  # the report already writes the long form: "San Juan Bautista Tuxtepec"
        return official  # "Acapulco" -> "Acapulco de Juarez": ACLED's habit in these countries
    if surface and surface.isascii() and len(surface) >= 3 and not surface.isupper():
        return surface[0].upper() + surface[1:]
    return place.name if place.name.isascii() else span.text


def from_place(gazetteer: Gazetteer, pm: PlaceMention, place: Place, evidence: tuple[Span, ...]) -> Location:
    country, iso = _country_fields(gazetteer, place.iso2)
    level = _level(place)
    if level == 4:
        capital = _capital(gazetteer, place.iso2)
        if capital is None:
            return Location(country=country, iso=iso, place_id=place.id, evidence=evidence)
        return _location(capital, capital.name, country, iso, 3, evidence)
    if level == 3:
        # Only the province is told: its capital ("North Kivu" is Goma, not the bigger Butembo).
        seat = _named_town(gazetteer, place) or _capital_of(gazetteer, place) or _seat(gazetteer, place) or place
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
        if town is None and {"town", "village", "city"} & set(pm.cue.split()):
            # "the town of Aghtrin", no town row of that name: the sub-district's point is the town's.
            return _location(place, _display_name(place, _bare_span(pm)), country, iso, cue_precision(pm.cue),
                             evidence)  # fmt: skip
        # A district: ACLED writes the district's name, placed at its main town when known.
        seat = town or _district_seat(gazetteer, place)
        name = _display_name(place, _bare_span(pm))
        loc = _location(seat, name, country, iso, 2, evidence)
        return loc if loc.admin2 or seat is not place else replace(loc, admin2=place.name)
    return _location(
        place, _display_name(place, _bare_span(pm)), country, iso, cue_precision(pm.cue), evidence
    )


_SEAT_KM = 25.0  # a district's main town lies within its bounds; further off it is another district's


def _district_seat(gazetteer: Gazetteer, district: Place) -> Place:
    """Where ACLED puts a district-level event: its largest town when that lies inside it, else its own point.

    A GeoNames district row often carries no admin2 code of its own, so "the largest town with its
    admin codes" is the province capital ("Maywand district" -> Lashkar Gah, 74 km off); the
    district's own coordinate is its centre, which ACLED's district seat is near.
    """
    if not district.admin2:
        return district
    town = gazetteer.largest_in(district.iso2, district.admin1, district.admin2)
    if town is None or distance_km(town.latitude, town.longitude, district.latitude, district.longitude) > _SEAT_KM:
        return district
    return town


def _location(place: Place, name: str, country: str, iso: int | None, precision: int,
              evidence: tuple[Span, ...], admin_only: bool = False) -> Location:  # fmt: skip
    return Location(
        location=ascii_name(name), country=country, iso=iso, admin1=place.admin1, admin2="" if admin_only else place.admin2,
        admin3="" if admin_only else place.admin3, latitude=place.latitude, longitude=place.longitude,
        geo_precision=precision, place_id=place.id, evidence=evidence,
    )  # fmt: skip


def _inside_district(town: Place, area: Place) -> bool:
    """Whether a town lies in the district (or sub-district) `area`. A Who's On First district record leaves
    its own admin2 column empty, so "any namesake in the province" would pass: "Cukurca district" took a
    Cukurca village of Yuksekova 74 km off. Then the town must be filed under the district's name, or lie
    near its centre where the town's own admin2 is unknown."""
    if area.admin2:
        return town.admin2 == area.admin2
    if town.admin2:
        return fold(town.admin2) == fold(area.name)
    return distance_km(town.latitude, town.longitude, area.latitude, area.longitude) <= _SEAT_KM


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
        and (area.feature == "ADM1" or _inside_district(p, area))
    ]
    if not same:
        return None
    return max(same, key=lambda p: (p.feature in ("PPLA", "PPLC"), fold(p.name) == key, p.population))


def _seat(gazetteer: Gazetteer, area: Place) -> Place | None:
    """Where ACLED puts a province-level event: the town named like the province, else its largest."""
    return _named_town(gazetteer, area) or gazetteer.largest_in(area.iso2, area.admin1)


def _capital_of(gazetteer: Gazetteer, area: Place) -> Place | None:
    """The province's capital (data/locate/admin1_capitals.tsv) as a town of that province, else None.

    Used only where the report tells the province alone; a village the gazetteer lacks keeps being
    placed at the province's largest town (measured: the capital there moved 1 dev note further off).
    """
    name = admin1_capital(area.iso2, area.admin1 or area.name)
    if not name:
        return None
    key = fold(name)
    found = [p for p in gazetteer.lookup([key]).get(key, ()) if p.iso2 == area.iso2 and p.admin1 == area.admin1]
    towns = [p for p in found if p.feature.startswith("PPL")]
    # no town row ("Kidal", "Menaka" are only communes in the gazetteer): the commune's point is the town's
    towns = towns or [p for p in found if p.feature == "ADM3"]
    return max(towns, key=lambda p: p.population) if towns else None


def _capital(gazetteer: Gazetteer, iso2: str) -> Place | None:
    c = gazetteer.country(iso2)
    if not c or not c.capital:
        return None
    found = gazetteer.lookup([fold(c.capital)]).get(fold(c.capital), ())
    same = [p for p in found if p.iso2 == iso2 and p.feature.startswith("PPL")]
    return same[0] if same else None


def unknown_precision(pm: PlaceMention, placed_at: int) -> int:
    """The precision of a named place the gazetteer lacks, placed at the admin area around it.

    ACLED itself would find the village and code 1, but our coordinate is the area's: the column must
    say how good the point is (2 a district's, 3 a province's), or a map reader takes a district's centre
    for the village (issue #3: never an area's point silently reported as precise).
    """
    return max(placed_at, 2 if _is_relative(pm.cue) else 1)


def unknown_name(doc: Document, gazetteer: Gazetteer, places: tuple[PlaceMention, ...], pm: PlaceMention,
                  container: PlaceMention | None, evidence: tuple[Span, ...]) -> Location:  # fmt: skip
    """A name the gazetteer lacks: keep its text, place it at the enclosing admin area (precision 2 or 3)."""
    context = container if container and container.candidates else None
    if context is None:
        near = [p for p in places if p.candidates and p.candidates[0].feature != "PCLI"]
        near.sort(key=lambda p: abs(p.span.start - pm.span.start))
        context = near[0] if near else None
    if context is None:
        countries = [p.candidates[0].iso2 for p in places if p.candidates]
        countries += source_countries(doc)  # "Tigre" in a report from an Argentine publisher
        unit = written_unit(doc.text, pm.span.end, tuple(dict.fromkeys(countries)))
        if unit is not None:
            # "in Wadi al-Rabi (Aljfara)": the unit the note writes, which the gazetteer did not match
            country, iso = _country_fields(gazetteer, unit.iso2)
            return Location(location=_bare_span(pm).text, country=country, iso=iso, admin1=unit.admin1,
                            admin2=unit.admin2, latitude=unit.latitude, longitude=unit.longitude,
                            geo_precision=unknown_precision(pm, 2), evidence=evidence)  # fmt: skip
        if not countries:
            return Location(location=_bare_span(pm).text, evidence=evidence)
        country, iso = _country_fields(gazetteer, countries[0])
        hub = country_point(countries[0])
        if hub is None:
            return Location(location=_bare_span(pm).text, country=country, iso=iso, evidence=evidence)
        # "near Novovyboeve", no admin written: where ACLED's events in the country cluster, precision 3
        return Location(location=_bare_span(pm).text, country=country, iso=iso, latitude=hub.latitude,
                        longitude=hub.longitude, geo_precision=3, evidence=evidence)  # fmt: skip
    anchor = context.candidates[0]
    country, iso = _country_fields(gazetteer, anchor.iso2)
    area = gazetteer.admin_area(anchor.iso2, anchor.admin1, anchor.admin2) if anchor.admin2 else None
    told_province = _level(anchor) == 3 or (_level(anchor) == 0 and fold(anchor.admin1) == fold(context.span.text))
    seat = anchor if _level(anchor) == 0 else _seat(gazetteer, anchor) or anchor
    fallback = area or seat
    if told_province and not coded_at(anchor.iso2, fallback.latitude, fallback.longitude):
        # "Sfuhen in Idleb": only the province is told; ACLED's events there sit nearer the middle of its coded
        # points than the gazetteer's district of the same name does. Where ACLED itself codes spots it could
        # not find at that point (Kenya's county towns), the point stays.
        unit = unit_point(anchor.iso2, acled_spelling(anchor.iso2, anchor.admin1))
        if unit is not None:
            return Location(location=_bare_span(pm).text, country=country, iso=iso, admin1=unit.admin1,
                            latitude=unit.latitude, longitude=unit.longitude,
                            geo_precision=unknown_precision(pm, 3), evidence=evidence + (context.span,))  # fmt: skip
    if area is not None:
        return Location(location=_bare_span(pm).text, country=country, iso=iso, admin1=anchor.admin1, admin2=anchor.admin2,
                        latitude=area.latitude, longitude=area.longitude, geo_precision=unknown_precision(pm, 2),
                        place_id=area.id,
                        evidence=evidence + (context.span,))  # fmt: skip
    precision = unknown_precision(pm, 2 if _level(anchor) <= 2 else 3)
    return Location(location=_bare_span(pm).text, country=country, iso=iso, admin1=anchor.admin1,
                    admin2=anchor.admin2 if _level(anchor) <= 2 else "", latitude=seat.latitude,
                    longitude=seat.longitude, geo_precision=precision, place_id=seat.id,
                    evidence=evidence + (context.span,))  # fmt: skip
