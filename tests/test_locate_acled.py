"""The chosen place as ACLED writes it."""

from __future__ import annotations

from frontwire.locate_acled import bare_span
from frontwire.model import PlaceMention, Span


def test_english_word_glued_on_as_an_article_is_dropped() -> None:
    assert bare_span(PlaceMention(Span(10, 18, "at Sigor"), (), "")).text == "Sigor"


def test_a_name_without_a_glued_word_is_kept() -> None:
    assert bare_span(PlaceMention(Span(10, 15, "Sigor"), (), "in")).text == "Sigor"
