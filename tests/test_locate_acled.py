"""The chosen place as ACLED writes it."""

from __future__ import annotations

from frontwire.locate_acled import bare_span
from frontwire.model import PlaceMention, Span


def test_english_word_glued_on_as_an_article_is_dropped() -> None:
    assert bare_span(PlaceMention(Span(10, 18, "at Sigor"), (), "")).text == "Sigor"


def test_a_name_without_a_glued_word_is_kept() -> None:
    assert bare_span(PlaceMention(Span(10, 15, "Sigor"), (), "in")).text == "Sigor"


def test_a_city_part_with_a_name_particle_is_read_whole() -> None:
    from frontwire.locate_acled import _PART_AFTER

    text = "in Lima-San Juan de Lurigancho, Lima Province, neighbours blocked a road"
    m = _PART_AFTER.match(text, text.index("-"))
    assert m is not None and m.group(1) == "San Juan de Lurigancho"
