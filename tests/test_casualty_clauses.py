"""Casualty clauses: one domain sentence and the victim figures its clauses give."""

from __future__ import annotations

import pytest

from frontwire.casualty_clauses import casualty_lexicon, clause_figures, masked, parse_quantity


def _deaths(text: str) -> list[tuple[str, int]]:
    lex = casualty_lexicon()
    t = masked(text)
    figures = []
    for pattern in (lex.passive, lex.active, lex.noun, lex.to_death, lex.toll):
        figures += clause_figures(lex, pattern, t, True)
    return sorted((text[f.start : f.end], f.low) for f in figures)


@pytest.mark.parametrize(
    ("words", "value"), [("a dozen", 12), ("twenty-three", 23), ("at least 9", 9), ("tens of", 10)]
)
def test_parse_quantity(words: str, value: int) -> None:
    assert parse_quantity(words) == (value, value)


def test_parse_quantity_keeps_a_range() -> None:
    assert parse_quantity("between 4 and 7") == (4, 7)


def test_dates_and_ages_are_masked_to_the_same_length() -> None:
    text = "On 12 May 2020, a farmer, 35 years old, was killed in Isiolo."
    out = masked(text)
    assert len(out) == len(text) and "12" not in out and "35" not in out and "farmer" in out


def test_victims_before_a_passive_verb_each_count() -> None:
    assert _deaths("At least 9 soldiers and 5 militants were killed near Palma.") == [
        ("5", 5),
        ("At least 9", 9),
    ]


def test_a_figure_naming_things_is_not_victims() -> None:
    assert _deaths("The militants destroyed 120 military vehicles and killed 3 soldiers.") == [("3", 3)]


def test_killed_or_wounded_gives_no_death_figure() -> None:
    assert _deaths("Seven people were killed or wounded in the blast in Kabul.") == []
