"""Abbreviated provinces in ACLED's brackets."""

from __future__ import annotations

from frontwire.geo_brackets import bracket_province


def _around(text: str, name: str) -> tuple[str, str] | None:
    start = text.index(name)
    return bracket_province(text, start, start + len(name))


def test_the_name_before_the_bracket_lies_in_its_abbreviated_province() -> None:
    text = "Troops exchanged fire across the LoC at Hajipir sector area (Haveli district, AJK)."
    assert _around(text, "Hajipir") == ("PK", "azad jammu and kashmir")


def test_a_name_inside_the_bracket_lies_in_it_too() -> None:
    text = "Troops exchanged fire across the LoC at Hajipir sector area (Haveli district, AJK)."
    assert _around(text, "Haveli") == ("PK", "azad jammu and kashmir")


def test_a_bracket_after_a_sentence_says_nothing_of_the_name() -> None:
    text = "Protesters gathered in Ballia, where a clash had killed one (Amethi, UP)."
    assert _around(text, "Ballia") is None
