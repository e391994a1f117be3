"""Date expressions: one domain sentence and the day each date expression in it resolves to."""

from __future__ import annotations

from datetime import date

import pytest

from frontwire.date_expressions import DateExpression, find_date_expressions, month_names

PUBLISHED = date(2020, 8, 7)  # a Friday


def _first(text: str, published: date | None = PUBLISHED) -> DateExpression:
    found = find_date_expressions(text, 0, published)
    assert found, text
    return found[0]


def test_thursday_on_a_thursday_is_that_day() -> None:
    assert _first("Protesters marched in Nairobi on Thursday.", date(2020, 8, 6)).day == date(2020, 8, 6)


def test_day_month_after_publication_belongs_to_the_previous_year() -> None:
    got = _first("On 20 December, raiders stole cattle in Turkana.", date(2021, 1, 3))
    assert got.day == date(2020, 12, 20)


def test_week_beginning_is_coded_to_midweek() -> None:
    got = _first("During the week beginning September 10th, police shot dead three men.", date(2018, 9, 14))
    assert (got.day, got.precision, got.start) == (date(2018, 9, 12), 2, date(2018, 9, 10))


def test_a_range_running_at_publication_ends_there() -> None:
    got = _first("Protests continued between 3-9 Aug in Mathare.")
    assert (got.start, got.end) == (date(2020, 8, 3), date(2020, 8, 7))


def test_on_or_before_widens_to_a_week() -> None:
    assert _first("On or before August 4th, herders attacked three men in Mutha.").precision == 2


def test_a_weekday_in_a_name_is_not_a_date() -> None:
    assert find_date_expressions("The Sunday Nation reported that police killed two men.", 0, PUBLISHED) == ()


@pytest.mark.parametrize(
    "written", ["2020/08/05", "05.08.2020", "5-Aug-20", "5 August 2020", "August 5th, 2020"]
)
def test_other_written_formats(written: str) -> None:
    assert _first(f"Clashes erupted in Kabul on {written}, officials said.").day == date(2020, 8, 5)


def test_spans_are_offset_into_the_document() -> None:
    got = _first("Police fired teargas on Tuesday in Kisumu.")
    assert (got.span.start, got.span.text, got.relative) == (24, "Tuesday", True)
    shifted = find_date_expressions("Police fired teargas on Tuesday in Kisumu.", 100, PUBLISHED)[0]
    assert shifted.span.start == 124


def test_since_marks_an_open_start() -> None:
    assert _first("Since August 5, clashes have been ongoing in Lattakia.").open_start


def test_without_a_publication_date_a_relative_day_stays_unresolved() -> None:
    assert _first("Police dispersed protesters yesterday.", published=None).day is None


def test_month_names_include_abbreviations() -> None:
    assert {"August", "Aug"} <= set(month_names())


def test_a_weekday_of_last_week_is_in_the_previous_week() -> None:
    thursday = date(2020, 5, 7)
    for text in (
        "Gunmen stormed the village on Tuesday last week.",
        "Last week on Tuesday, gunmen stormed it.",
    ):
        found = [x for x in find_date_expressions(text, 0, thursday) if x.day]
        assert [(x.day, x.precision) for x in found] == [(date(2020, 4, 28), 1)]
