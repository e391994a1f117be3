"""How the words around a place name frame it."""

from __future__ import annotations

from frontwire.locate_framing import destination, road_end, unspecified_in
from frontwire.model import Document, Span


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
