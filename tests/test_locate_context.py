"""What a report writes around a place: the province it lies in, the town that holds a spot."""

from __future__ import annotations

from frontwire.locate_context import coherent, level, sub_place_holder
from frontwire.model import Document, Place, PlaceMention, Span


def _mention(text: str, name: str, cue: str, *candidates: Place) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(Span(start, start + len(name), name), candidates, cue)


_GHOR_VILLAGE = Place("gn:1", "Mirza Ali", "Afghanistan", "AF", admin1="Ghor", feature="PPL")
_BADGHIS_VILLAGE = Place("gn:2", "Mirza Ali", "Afghanistan", "AF", admin1="Badghis", feature="PPL")
_QADIS = Place("gn:3", "Qadis", "Afghanistan", "AF", admin1="Badghis", admin2="Qadis", feature="ADM2")


def test_village_is_re_read_in_the_province_of_the_written_district() -> None:
    text = "Taliban attacked a post in Mirza-Ali village of Qadis district."
    places = (
        _mention(text, "Mirza-Ali", "village", _GHOR_VILLAGE, _BADGHIS_VILLAGE),
        _mention(text, "Qadis", "district", _QADIS),
    )
    fixed = coherent(Document(id="t", text=text), places)
    assert fixed[0].candidates[0].admin1 == "Badghis"


def test_village_with_no_reading_there_becomes_unknown() -> None:
    text = "Taliban attacked a post in Mirza-Ali village of Qadis district."
    places = (
        _mention(text, "Mirza-Ali", "village", _GHOR_VILLAGE),
        _mention(text, "Qadis", "district", _QADIS),
    )
    assert coherent(Document(id="t", text=text), places)[0].candidates == ()


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
