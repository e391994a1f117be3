"""Event dates: one domain sentence and the date ACLED would code for it."""

from __future__ import annotations

from datetime import date

import pytest

from frontwire.dates import resolve_event_date
from frontwire.model import Document, EventDate, EventMention
from frontwire.sentences import split_sentences

PUBLISHED = date(2020, 8, 7)  # a Friday


def _date(text: str, published: date | None = PUBLISHED, main: int = 0) -> EventDate:
    doc = Document(id="t", text=text, published=published)
    sents = split_sentences(text)
    mention = EventMention(sentences=(sents[main],), trigger=sents[main])
    return resolve_event_date(doc, mention, sents)


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("On August 6, ISIS fighters attacked an army checkpoint near Jundya.", date(2020, 8, 6), 1),
        ("On 28 April 2020, protesters gathered in Beirut.", date(2020, 4, 28), 1),
        ("On April 28, 2020, protesters gathered in Beirut.", date(2020, 4, 28), 1),
        ("Gunmen killed a farmer on 28/04/2020 in Lamu.", date(2020, 4, 28), 1),
        ("Gunmen killed a farmer on 2020-04-28 in Lamu.", date(2020, 4, 28), 1),
        ("On Oct 8th, students rioted in Nairobi.", date(2019, 10, 8), 1),
        ("Police shot two suspects on the 3rd in Kisumu.", date(2020, 8, 3), 1),
        ("Police dispersed protesters yesterday in Kisumu.", date(2020, 8, 6), 1),
        ("Militants shelled the town on Wednesday.", date(2020, 8, 5), 1),
        ("Militants shelled the town on Tues., officials said.", date(2020, 8, 4), 1),
        (
            "KADUNA, Nigeria, Thursday, August 6, 2020 - Gunmen killed two farmers on Wednesday.",
            date(2020, 8, 5),
            1,
        ),
        ("Gunmen killed two farmers the previous day, police said on Thursday.", date(2020, 8, 5), 1),
        ("Police said on Thursday that gunmen had killed two farmers the night before.", date(2020, 8, 5), 1),
        ("Militants shelled the town last week.", date(2020, 7, 29), 2),  # the previous week's Wednesday
        ("The army shelled the village on the evening of August 6.", date(2020, 8, 6), 1),
        ("Clashes were reported between 3 and 5 August in Idlib.", date(2020, 8, 4), 2),
        ("Clashes continued in April in Idlib.", date(2020, 4, 15), 3),
        ("Around 1 August 2020 (as reported), militia raided a cattle camp.", date(2020, 8, 1), 2),
        ("Clashes have intensified earlier this month around Idlib.", date(2020, 8, 7), 3),
        ("Two days ago, a bomb exploded in Kabul.", date(2020, 8, 5), 1),
    ],
)
def test_expression(text: str, day: date, precision: int) -> None:
    got = _date(text)
    assert (got.event_date, got.precision) == (day, precision)
    assert got.evidence and text[got.evidence[0].start : got.evidence[0].end] == got.evidence[0].text


def test_since_gives_way_to_a_point_date() -> None:
    text = "Since August 5, clashes have been ongoing in Lattakia. This intensified on the evening August 6 near al-Kurd."
    doc = Document(id="t", text=text, published=PUBLISHED)
    sents = split_sentences(text)
    assert resolve_event_date(doc, EventMention(sents, sents[0]), sents).event_date == date(2020, 8, 6)


def test_undated_sentence_inherits_the_date_before_it() -> None:
    got = _date("On August 4, ISIS stormed an army post. The attackers withdrew after heavy clashes.", main=1)
    assert got.event_date == date(2020, 8, 4)


def test_undated_report_falls_back_to_publication() -> None:
    got = _date("Police dispersed a crowd of traders in Kisumu.")
    assert got.event_date == PUBLISHED and not got.evidence


def test_no_publication_date_never_invents_a_day() -> None:
    assert _date("Police dispersed protesters yesterday.", published=None).event_date is None
    assert _date("On 28 April 2020, police dispersed protesters.", published=None).event_date == date(
        2020, 4, 28
    )


def test_a_future_date_is_never_produced() -> None:
    got = _date("Protesters rallied on 5 August 2020 ahead of the vote on 20 August 2020.")
    assert got.event_date == date(2020, 8, 5)


def test_a_yearless_date_just_after_publication_is_a_scheduled_one() -> None:
    got = _date("Police dispersed opposition supporters on 5 August ahead of the vote on 20 August.")
    assert got.event_date == date(2020, 8, 5)


def test_a_body_found_on_a_day_is_dated_within_a_week() -> None:
    got = _date("On 2 August 2020, the body of a trader was found near Culiacan with gunshot wounds.")
    assert (got.event_date, got.precision) == (date(2020, 8, 2), 2)


def test_the_event_day_beats_an_earlier_event_named_after_it() -> None:
    got = _date("On Tuesday, gunmen killed three farmers in retaliation for the 1 August attack.")
    assert got.event_date == date(2020, 8, 4)


def test_a_relative_day_restated_in_writing_takes_the_written_date() -> None:
    assert _date(
        "Tens of traders in Embu Town Wednesday (5/08) held a peaceful demonstration."
    ).event_date == date(2020, 8, 5)


def test_earlier_this_week_stays_in_this_week() -> None:
    got = _date("Police arrested two suspects earlier this week in Garissa.", published=date(2020, 8, 5))
    assert (got.event_date, got.precision) == (date(2020, 8, 4), 2)


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        # Published Friday 7 August: the officials spoke on Thursday, the fighting was on Wednesday.
        (
            "Officials said on Thursday that militants had attacked a base in Kunduz on Wednesday.",
            date(2020, 8, 5),
            1,
        ),
        (
            "KABUL, Aug 6 (Reuters) - Taliban fighters attacked a checkpoint on Aug 4, police said.",
            date(2020, 8, 4),
            1,
        ),
        ("Police said on Thursday they had arrested 38 people in Kibera.", date(2020, 8, 6), 1),
        (
            "The death toll from Tuesday's bombing in Kabul rose to 15 on Thursday, officials said.",
            date(2020, 8, 4),
            1,
        ),
        # The previous calendar week (27 July - 2 August), coded to its midweek day as ACLED does.
        ("Herders killed nine villagers in Plateau state last week, police said.", date(2020, 7, 29), 2),
    ],
)
def test_the_report_date_gives_way_to_the_event_date(text: str, day: date, precision: int) -> None:
    found = _date(text)
    assert (found.event_date, found.precision) == (day, precision)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the weekday right after "overnight" names the night
        ("Looters broke into shops in Antofagasta overnight on Tuesday, police said.", date(2020, 8, 4)),
        # a relative day counts back from the report's own day when the sentence gives one
        ("Residents said on Wednesday that herdsmen had attacked their village overnight.", date(2020, 8, 4)),
        # a weekday before "prayers" is that day
        (
            "A suicide bomber struck a mosque in Nangarhar during Friday prayers, killing four.",
            date(2020, 8, 7),
        ),
    ],
)
def test_news_day_phrases(text: str, day: date) -> None:
    assert _date(text).event_date == day


def test_an_opening_days_after_clause_dates_the_main_clause() -> None:
    text = "A day after gunmen killed two soldiers on Tuesday, troops raided the village."
    assert _date(text).event_date == date(2020, 8, 5)


# PUBLISHED is a Friday: "Saturday" below would be the future, so these use the next day.
SATURDAY = date(2020, 8, 8)


def test_overnight_into_a_weekday_is_the_night_before_it() -> None:
    text = "Young men burned tyres and threw stones at police in Kasserine overnight into Saturday, officials said."
    assert _date(text, SATURDAY).event_date == date(2020, 8, 7)


def test_a_later_death_in_hospital_does_not_date_the_ambush() -> None:
    text = (
        "A wounded soldier died in hospital on Thursday, bringing to five the number of soldiers killed "
        "when ADF rebels ambushed their convoy near Oicha on Wednesday, an army spokesman said."
    )
    assert _date(text).event_date == date(2020, 8, 5)


def test_a_following_when_sentence_dates_an_event_told_with_the_report_day_only() -> None:
    text = (
        "Six soldiers were killed when their vehicle hit a roadside bomb in Kech district, the military "
        "said on Friday. The blast happened on Thursday evening."
    )
    assert _date(text).event_date == date(2020, 8, 6)


def test_a_toll_sentence_dated_only_by_its_report_inherits_the_event_day() -> None:
    text = (
        "Gunmen attacked a village in Zamfara state on Wednesday. "
        "Five people were killed and several houses burned, police said on Friday."
    )
    assert _date(text, main=1).event_date == date(2020, 8, 5)
