"""What a report writes around a place: the province it lies in, the town that holds a spot."""

from __future__ import annotations

from dataclasses import replace

from frontwire.locate_context import (
    held_where_written,
    level,
    owned_part,
    reference_of,
    sub_place_holder,
    unlisted_spot,
)
from frontwire.model import Document, Place, PlaceMention, Span


def _mention(text: str, name: str, cue: str, *candidates: Place) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(Span(start, start + len(name), name), candidates, cue)



_GHOR_VILLAGE = Place("gn:1", "Mirza Ali", "Afghanistan", "AF", admin1="Ghor", feature="PPL")
_QADIS = Place("gn:3", "Qadis", "Afghanistan", "AF", admin1="Badghis", admin2="Qadis", feature="ADM2")


def test_known_spot_written_inside_a_district_names_its_holder() -> None:
    text = "Gunmen shot two civilians in the Yangi Kala area of Qaysar district, Faryab."
    places = (
        _mention(text, "Yangi Kala", "area", _GHOR_VILLAGE),
        _mention(text, "Qaysar", "area of district", _QADIS),
    )
    holder = sub_place_holder(Document(id="t", text=text), places, 0)
    assert holder is not None and holder[0] is places[1] and holder[1] == "district"


def test_levels_order_settlements_before_admin_areas() -> None:
    assert level(_GHOR_VILLAGE) == 0 and level(_QADIS) == 2


_NAIROBI = Place("gn:10", "Nairobi", "Kenya", "KE", admin1="Nairobi", feature="PPLC", latitude=-1.28, longitude=36.82,
                 population=2_750_000)  # fmt: skip
_EASTLEIGH_KE = Place("acled:1", "Eastleigh", "Kenya", "KE", admin1="Nairobi", feature="PPL", latitude=-1.27,
                      longitude=36.85)  # fmt: skip
_EASTLEIGH_FAR = Place("gn:11", "Eastleigh", "Kenya", "KE", admin1="Mombasa", feature="PPL", latitude=-4.05,
                       longitude=39.66, population=9000)  # fmt: skip
_QUARTER = Place(
    "gn:12", "Eastleigh", "Kenya", "KE", admin1="Nairobi", feature="PPL", latitude=-1.27, longitude=36.85
)


def _pair(text: str, part: tuple[Place, ...]) -> tuple[PlaceMention, ...]:
    return (_mention(text, "Eastleigh", "neighbourhood", *part), _mention(text, "Nairobi", "city", _NAIROBI))


def test_reference_town_gives_the_part_its_nearby_reading() -> None:
    text = "Gunmen shot a policeman in the Eastleigh neighbourhood in Nairobi city."
    assert (
        reference_of(Document(id="t", text=text), _pair(text, (_EASTLEIGH_FAR, _EASTLEIGH_KE)), 1)
        is _EASTLEIGH_KE
    )


def test_namesake_far_from_the_reference_is_no_part() -> None:
    text = "Gunmen shot a policeman in the Eastleigh neighbourhood in Nairobi city."
    assert reference_of(Document(id="t", text=text), _pair(text, (_EASTLEIGH_FAR,)), 1) is None


def test_obscure_spot_inside_a_town_is_coded_at_the_town() -> None:
    text = "Gunmen shot a policeman in the Eastleigh neighbourhood in Nairobi city."
    assert reference_of(Document(id="t", text=text), _pair(text, (_QUARTER,)), 1) is None


def test_obscure_village_by_a_town_is_still_the_village() -> None:
    text = "Bandits raided Eastleigh, a village 20 km from Nairobi city, on Monday."
    assert reference_of(Document(id="t", text=text), _pair(text, (_QUARTER,)), 1) is _QUARTER


def test_known_settlement_owned_by_a_town_is_the_part() -> None:
    text = "Police shot a protester in Nairobi's Eastleigh estate on Friday."
    places = (
        _mention(text, "Nairobi", "in", _NAIROBI),
        _mention(text, "Eastleigh", "", _EASTLEIGH_FAR, _EASTLEIGH_KE),
    )
    assert owned_part(Document(id="t", text=text), places, 0) is _EASTLEIGH_KE


def test_obscure_spot_owned_by_a_town_stays_the_town() -> None:
    text = "Police shot a protester in Nairobi's Eastleigh estate on Friday."
    places = (_mention(text, "Nairobi", "in", _NAIROBI), _mention(text, "Eastleigh", "", _QUARTER))
    assert owned_part(Document(id="t", text=text), places, 0) is None



def test_a_part_told_by_a_direction_from_its_reference_is_the_part() -> None:
    text = "Police raided homes in the Eastleigh neighbourhood east of Nairobi city."
    assert (
        reference_of(Document(id="t", text=text), _pair(text, (_EASTLEIGH_FAR, _EASTLEIGH_KE)), 1)
        is _EASTLEIGH_KE
    )


_LAMAN = Place("gn:7", "Laman", "Afghanistan", "AF", admin1="Badghis", admin2="Qala i Naw",
               latitude=35.05, longitude=63.10, feature="PPL")  # fmt: skip
_LAMAN_ELSEWHERE = Place("gn:8", "Laman", "Afghanistan", "AF", admin1="Badghis", admin2="Muqur",
                         latitude=35.05, longitude=63.10, feature="PPL")  # fmt: skip
_QALA_I_NAW = Place("gn:9", "Qala-e-Naw", "Afghanistan", "AF", admin1="Badghis", latitude=34.98, longitude=63.13,
                    feature="ADM2")  # fmt: skip


def test_village_the_gazetteer_places_in_the_written_district_is_held_there() -> None:
    text = "An airstrike killed 10 Taliban militants in Laman area of Qala I Naw district, Badghis."
    holder = _mention(text, "Qala I Naw", "district", _QALA_I_NAW)
    assert held_where_written(Document(id="t", text=text), _LAMAN, holder, "district", " area of ")


def test_village_recorded_in_another_district_or_told_with_others_is_not() -> None:
    text = "Taliban attacked posts in the Aqi Bai and Laman villages of Qala I Naw district, Badghis."
    holder = _mention(text, "Qala I Naw", "district", _QALA_I_NAW)
    doc = Document(id="t", text=text)
    assert not held_where_written(doc, _LAMAN_ELSEWHERE, holder, "district", " village of ")
    assert not held_where_written(doc, _LAMAN, holder, "district", " villages of ")
    assert not held_where_written(doc, _LAMAN, holder, "city", " area of ")


_POONCH = Place("gn:10", "Poonch", "India", "IN", admin1="Jammu and Kashmir", latitude=33.77, longitude=74.09,
                feature="PPL")  # fmt: skip
_QASBA_ABROAD = Place("gn:11", "Qasba Karial", "Pakistan", "PK", admin1="Punjab", feature="PPL")


def test_sector_the_note_names_before_its_district_bracket() -> None:
    text = "Military forces of India and Pakistan exchanged fire across the LoC at Qasbah sector area (Poonch district, J&K)."
    doc = Document(id="t", text=text)
    unlisted = (_mention(text, "Poonch", "district", _POONCH),)
    spot = unlisted_spot(doc, unlisted, 0)
    assert spot is not None and spot.text == "Qasbah"
    # read as a namesake abroad, the name is still the bracket's sector
    abroad = (_mention(text, "Qasbah", "at", _QASBA_ABROAD), _mention(text, "Poonch", "district", _POONCH))
    assert unlisted_spot(doc, abroad, 1) is not None
    local = replace(_POONCH, name="Qasbah")
    assert unlisted_spot(doc, (_mention(text, "Qasbah", "at", local), abroad[1]), 1) is None


_MARIB = Place("gn:20", "Marib", "Yemen", "YE", admin1="Marib", feature="PPLA", latitude=15.46, longitude=45.33)
_MAJZAR = Place("gn:21", "Majzar", "Yemen", "YE", admin1="Marib", feature="ADM2", latitude=15.85, longitude=44.75)


def test_a_district_told_by_the_city_it_lies_west_of_is_the_place() -> None:
    text = "Air raids were reported on Majzar district west of Marib city, with no casualties."
    places = (_mention(text, "Majzar", "on district", _MAJZAR), _mention(text, "Marib", "west of city", _MARIB))
    assert reference_of(Document(id="t", text=text), places, 1) is _MAJZAR
