from datetime import date

from frontwire.model import (
    Actor,
    Actors,
    Attribution,
    Casualties,
    Event,
    EventDate,
    EventMention,
    EventType,
    Location,
    Span,
    interaction_code,
)  # fmt: skip


def make_event(doc_id: str = "doc-1", start: int = 0) -> Event:
    sentence = Span(start, start + 30, "Turkish drones struck a factory.")
    return Event(
        doc_id=doc_id,
        mention=EventMention(sentences=(sentence,), trigger=Span(start + 15, start + 21, "struck")),
        type=EventType("Explosions/Remote violence", "Air/drone strike"),
        date=EventDate(date(2020, 8, 6), 1),
        location=Location(
            location="Qamishli", country="Syria", latitude=37.05, longitude=41.22, geo_precision=2
        ),
        actors=Actors(
            actor1=Actor("Military Forces of Turkey (2016-)", 8, "Turkey"),
            actor2=Actor("Civilians (Syria)", 7, "Syria"),
        ),
        casualties=Casualties(fatalities=0, injured=1),
        attribution=Attribution(claimed_by="", certainty="reported"),
    )


def test_interaction_code_follows_acled():
    assert interaction_code(1, 2) == 12
    assert interaction_code(8, 7) == 78
    assert interaction_code(6, 0) == 60
    assert interaction_code(0, 0) == 0


def test_event_id_is_stable_and_distinguishes_mentions():
    assert make_event().event_id == make_event().event_id
    assert make_event().event_id != make_event(start=100).event_id
    assert make_event().event_id != make_event(doc_id="doc-2").event_id


def test_row_uses_acled_columns():
    row = make_event().to_row()
    assert row["event_date"] == "2020-08-06"
    assert row["sub_event_type"] == "Air/drone strike"
    assert row["inter1"] == 8 and row["inter2"] == 7 and row["interaction"] == 78
    assert row["injured"] == 1 and row["fatalities"] == 0
    assert row["region"] == "Middle East"
    assert row["evidence"]["trigger"] == [{"start": 15, "end": 21, "text": "struck"}]
