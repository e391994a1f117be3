"""End to end: a scraped crosspost in, ACLED events out (our own fixture, modelled on real reports)."""

from datetime import date
from pathlib import Path

import pytest

import frontwire
from frontwire.pipeline import as_document

FIXTURE = Path(__file__).parent / "fixtures" / "crosspost-report.txt"


@pytest.fixture(scope="module")
def events() -> list[frontwire.Event]:
    return frontwire.extract(FIXTURE.read_text(encoding="utf-8"))


def test_each_reported_attack_is_an_event_and_the_tail_is_not(events):
    assert len(events) == 3
    assert all(e.mention.start < FIXTURE.read_text().index("The humanitarian situation") for e in events)


def test_the_drone_attack(events):
    first = events[0].to_row()
    assert (first["event_type"], first["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert first["event_date"] == "2021-03-11" and first["time_precision"] == 1
    assert first["fatalities"] == 4 and first["injured"] == 7
    assert first["attribution"] and first["certainty"] == "reported"


def test_every_event_is_placed_in_the_country_the_report_is_about(events):
    assert {e.location.country for e in events} == {"Yemen"}


def test_crosspost_provenance_and_evidence(events):
    row = events[0].to_row()
    assert row["original_source"] == "Frontline Monitor"
    assert row["source"].startswith("Frontline Monitor")
    text = as_document(FIXTURE.read_text(encoding="utf-8")).text
    for spans in row["evidence"].values():
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"]


def test_the_same_text_gives_the_same_event_ids(events):
    again = frontwire.extract(FIXTURE.read_text(encoding="utf-8"))
    assert [e.event_id for e in again] == [e.event_id for e in events]


def test_plain_text_without_a_publication_date_invents_none():
    (event,) = frontwire.extract("Gunmen killed two farmers in Kukawa, Borno state, on Thursday.")
    assert event.date.event_date is None or event.date.precision > 1


def test_a_publication_date_resolves_relative_days():
    (event,) = frontwire.extract(
        "Gunmen killed two farmers in Kukawa, Borno state, on Thursday.", published=date(2020, 4, 30)
    )
    assert event.date.event_date == date(2020, 4, 30) and event.casualties.fatalities == 2
    assert event.location.country == "Nigeria"


def test_a_note_coded_as_two_fronts_gives_two_events_with_the_coders_share():
    text = (
        "On 3 May 2020, Houthi forces shelled pro-Hadi positions on the Al Kirsh front (Al Qabbaytah, Lahij)"
        " and the Murays front (Qaatabah, Ad Dali). Unknown fatalities coded as 6 and split between 2 events."
    )
    events = frontwire.extract(text, date(2020, 5, 4))
    assert [e.location.admin1 for e in events] == ["Lahij", "Ad Dali"]
    assert [e.casualties.fatalities for e in events] == [3, 3]
