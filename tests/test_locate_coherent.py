"""Names read in the province the report writes: re-read there, or a place the gazetteer lacks there."""

from __future__ import annotations

from frontwire.locate_coherent import coherent
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


_RAQQA_TOWN = Place("gn:4", "Ayn Issa", "Syria", "SY", admin1="Ar-Raqqa", feature="PPL")
_IDLEB_TOWN = Place("gn:5", "Ayn Issa", "Syria", "SY", admin1="Idleb", feature="PPL")
_HASAKAH = Place("gn:6", "Al-Hasakah", "Syria", "SY", admin1="Al-Hasakeh", feature="ADM1")
_IDLIB = Place("gn:7", "Idlib", "Syria", "SY", admin1="Idleb", feature="PPLA")
_LATTAKIA = Place("gn:8", "Latakia", "Syria", "SY", admin1="Lattakia", feature="PPLA")
_SEED_LIKE = (
    "On August 6, a Turkish drone struck a factory east of al-Qamishli in the province of al-Hasakah.\n\n"
    "On August 5, Turkish artillery strikes killed at least 2 SDF members near the towns of Ayn Issa and Sida.\n\n"
    "Clashes went on in northern Lattakia, in the Idlib province de-escalation zone."
)


def test_round_up_of_several_provinces_keeps_the_ranked_reading() -> None:
    text = _SEED_LIKE
    places = (
        _mention(text, "al-Hasakah", "province", _HASAKAH),
        _mention(text, "Ayn Issa", "near", _RAQQA_TOWN, _IDLEB_TOWN),
        _mention(text, "Lattakia", "northern", _LATTAKIA),
        _mention(text, "Idlib", "province", _IDLIB),
    )
    assert coherent(Document(id="t", text=text), places)[1].candidates[0].admin1 == "Ar-Raqqa"


def test_province_written_in_the_same_paragraph_still_re_reads() -> None:
    text = _SEED_LIKE.replace(".\n\nClashes", ". Clashes")
    places = (
        _mention(text, "Ayn Issa", "near", _RAQQA_TOWN, _IDLEB_TOWN),
        _mention(text, "Lattakia", "northern", _LATTAKIA),
        _mention(text, "Idlib", "province", _IDLIB),
    )
    assert coherent(Document(id="t", text=text), places)[0].candidates[0].admin1 == "Idleb"


_BRUS_LAGUNA = Place("gn:20", "Brus Laguna", "Honduras", "HN", admin1="Gracias a Dios", feature="PPL")
_GRACIAS_TOWN = Place("gn:21", "Gracias", "Honduras", "HN", admin1="Lempira", feature="PPL")


def test_container_spelling_the_readings_province_keeps_it() -> None:
    # "Gracias" (cut from "Gracias a Dios") is a town in Lempira, but it spells Brus Laguna's own province.
    text = "On 28 April 2020, in Brus Laguna, Gracias a Dios, military forces destroyed an airstrip."
    places = (_mention(text, "Brus Laguna", "in", _BRUS_LAGUNA), _mention(text, "Gracias", "", _GRACIAS_TOWN))
    assert coherent(Document(id="t", text=text), places)[0].candidates == (_BRUS_LAGUNA,)


_TALL_AHMAR_ALEPPO = Place(
    "gn:30", "Tall Ahmar", "Syria", "SY", admin1="Aleppo", admin2="Al Bab", feature="PPL"
)
_DARAA = Place(
    "gn:31", "Dar'a", "Syria", "SY", admin1="Dar'a", admin2="Dar'a", feature="PPL", population=146481
)


def test_governorate_written_as_where_a_place_lies_contradicts_a_namesake_elsewhere() -> None:
    text = (
        "Israeli airstrikes targeted regime positions in Tall al Ahmar in the western countryside of Dar'a."
    )
    places = (_mention(text, "Tall al Ahmar", "in", _TALL_AHMAR_ALEPPO),
              _mention(text, "Dar'a", "western countryside of", _DARAA))  # fmt: skip
    assert coherent(Document(id="t", text=text), places)[0].candidates == ()
    city = "Gunmen killed a man from Tall al Ahmar who lived in Dar'a city."
    places = (
        _mention(city, "Tall al Ahmar", "from", _TALL_AHMAR_ALEPPO),
        _mention(city, "Dar'a", "in", _DARAA),
    )
    assert coherent(Document(id="c", text=city), places)[0].candidates == (_TALL_AHMAR_ALEPPO,)
