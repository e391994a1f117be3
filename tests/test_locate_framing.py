"""How the words around a place name frame it."""

from __future__ import annotations

from frontwire.locate_framing import between_pairs, destination, road_end, unspecified_in
from frontwire.model import Document, Place, PlaceMention, Span


def _span(text: str, name: str) -> tuple[Document, Span]:
    at = text.index(name)
    return Document(id="t", text=text), Span(at, at + len(name), name)


def test_the_unit_an_unspecified_spot_lies_in() -> None:
    doc, span = _span("Soldiers killed 12 Misseriya at an unspecified area of Aweil East county.", "Aweil East")
    assert unspecified_in(doc, span)


def test_a_place_told_plainly_is_no_unspecified_unit() -> None:
    doc, span = _span("Soldiers killed 12 Misseriya at Majak Wuoi in Aweil East county.", "Aweil East")
    assert not unspecified_in(doc, span)


def test_one_end_of_a_road() -> None:
    doc, span = _span("Rioters blocked the Rashayya-Masnaa road with dirt mounds.", "Rashayya")
    assert road_end(doc, span)


def test_where_someone_was_heading_is_a_destination() -> None:
    doc, span = _span("A man was found killed on the road to al-Hasakeh city, killed in Ras al Ain.", "al-Hasakeh")
    assert destination(doc, span)


def _mention(text: str, name: str, cue: str, known: bool = True) -> PlaceMention:
    at = text.index(name)
    place = Place(id=f"t:{name}", name=name, country="Syria", iso2="SY", feature="PPL")
    return PlaceMention(Span(at, at + len(name), name), (place,) if known else (), cue)


def test_the_second_anchor_of_between_is_framed_as_the_first() -> None:
    text = "Gunmen attacked a patrol between Harim and Sarmada towns in north-western Idleb."
    doc = Document(id="t", text=text)
    pair = between_pairs(doc, (_mention(text, "Harim", "between"), _mention(text, "Sarmada", "town")))
    assert [p.cue for p in pair] == ["between", "between"]


def test_an_unknown_first_anchor_frames_nothing() -> None:
    text = "An IED exploded between Choro Village and Kangpat area (Kamjong district)."
    doc = Document(id="t", text=text)
    pair = (_mention(text, "Choro Village", "between", known=False), _mention(text, "Kangpat", "area"))
    assert [p.cue for p in between_pairs(doc, pair)] == ["between", "area"]
