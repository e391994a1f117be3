"""Provinces named like their main town: where "in Y" is the governorate, not its town."""

from __future__ import annotations

from frontwire.locate_provinces import held_provinces, province_namesake
from frontwire.model import Document, Place, PlaceMention, Span


def _mention(text: str, name: str, cue: str, *candidates: Place) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(Span(start, start + len(name), name), candidates, cue)


_DARAA = Place(
    "gn:12", "Dar'a", "Syria", "SY", admin1="Dar'a", admin2="Dar'a", feature="PPL", population=146481
)
_NAIROBI_CAPITAL = Place(
    "gn:13", "Nairobi", "Kenya", "KE", admin1="Nairobi", feature="PPL", population=4397073
)


def test_unknown_spot_in_a_province_namesake_is_not_its_town() -> None:
    text = "Unidentified gunmen opened fire at a regime checkpoint on the outskirts of Sahwa in Dar'a."
    doc = Document(id="t", text=text)
    assert province_namesake(doc, _mention(text, "Dar'a", "in", _DARAA), "Damascus")
    city = "Gunmen opened fire at a checkpoint on the outskirts of Sahwa in Dar'a city."
    assert not province_namesake(
        Document(id="c", text=city), _mention(city, "Dar'a", "in", _DARAA), "Damascus"
    )
    capital = "Two bombs were discovered near a church in Huruma, Nairobi."
    assert not province_namesake(Document(id="k", text=capital), _mention(capital, "Nairobi", "", _NAIROBI_CAPITAL),
                                 "Nairobi")  # fmt: skip


_QUNEITRA = Place("gn:14", "Al Qunaytirah", "Syria", "SY", admin1="Quneitra", admin2="Quneitra", feature="PPL",
                  population=36143)  # fmt: skip
_GHADIR = Place(
    "gn:15", "Ghadir al Bustan", "Syria", "SY", admin1="Quneitra", admin2="Quneitra", feature="PPL"
)


def test_governorate_holding_a_place_named_before_it_is_the_province() -> None:
    text = "Clashes took place between gunmen and regime forces on Ghadir al Bostan - al Malaqa road in Quneitra."
    doc = Document(id="t", text=text)
    places = (_mention(text, "Ghadir al Bostan", "on", _GHADIR), _mention(text, "Quneitra", "in", _QUNEITRA))
    assert held_provinces(doc, places, [0, 1], "Damascus") == frozenset({1})
    home = "Gunmen killed a man from Ghadir al Bostan in Quneitra."
    places = (
        _mention(home, "Ghadir al Bostan", "from", _GHADIR),
        _mention(home, "Quneitra", "in", _QUNEITRA),
    )
    assert held_provinces(Document(id="h", text=home), places, [0, 1], "Damascus") == frozenset()


_GHAZNI = Place("gn:16", "Ghazni", "Afghanistan", "AF", admin1="Ghazni", admin2="Ghazni", feature="PPLA")
_ANDAR = Place("gn:17", "Andar", "Afghanistan", "AF", admin1="Ghazni", admin2="Andar", feature="ADM2")


def test_province_written_bare_after_its_district_is_the_province() -> None:
    text = "Taliban militants attacked and killed 9 Afghan soldiers in Andar (Shalgar) district, Ghazni."
    places = (_mention(text, "Andar", "district", _ANDAR), _mention(text, "Ghazni", "", _GHAZNI))
    assert held_provinces(Document(id="t", text=text), places, [0, 1], "Kabul") == frozenset({1})


_HASAKEH = Place("gn:18", "Al Hasakah", "Syria", "SY", admin1="Al-Hasakeh", admin2="Al-Hasakeh", feature="PPL",
                 population=422445)  # fmt: skip


def test_unknown_area_written_in_a_governorate_makes_it_the_province() -> None:
    text = "Security measures: Russian forces conducted a patrol in Abu Rasin area in al-Hasakeh."
    places = (_mention(text, "Abu Rasin", "area"), _mention(text, "al-Hasakeh", "in", _HASAKEH))
    assert held_provinces(Document(id="t", text=text), places, [0, 1], "Damascus") == frozenset({1})
    road = "An attacker hurled a grenade along Ngamia Road area in al-Hasakeh."
    places = (_mention(road, "Road", "area"), _mention(road, "al-Hasakeh", "in", _HASAKEH))
    assert held_provinces(Document(id="r", text=road), places, [0, 1], "Damascus") == frozenset()
