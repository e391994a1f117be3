from dataclasses import replace
from datetime import date

from frontwire.assemble import Draft, assemble_events
from frontwire.model import (
    Actor,
    Actors,
    Attribution,
    Casualties,
    Document,
    EventDate,
    EventMention,
    EventType,
    Location,
    Span,
)  # fmt: skip

TEXT = (
    "On August 6, militants attacked army checkpoints near Jundya. "
    "Government forces repelled the attack after heavy clashes, and 3 soldiers were killed."
)
DOC = Document(id="d1", text=TEXT, published=date(2020, 8, 7), source="South Front")


def draft(start: int, end: int, *, day: int = 6, place: str = "Jundya", fatalities: int = 0,
          sub: str = "Armed clash", certainty: str = "reported") -> Draft:  # fmt: skip
    span = Span.of(TEXT, start, end)
    event_type = "Battles" if sub == "Armed clash" else "Explosions/Remote violence"
    return Draft(
        mention=EventMention(sentences=(span,), trigger=span),
        type=EventType(event_type, sub),
        date=EventDate(date(2020, 8, day), 1),
        location=Location(location=place, country="Syria"),
        actors=Actors(
            actor1=Actor("Islamic State (Syria)", 2), actor2=Actor("Military Forces of Syria (2000-)", 1)
        ),
        casualties=Casualties(fatalities=fatalities),
        attribution=Attribution(certainty=certainty),
    )


def test_same_day_place_and_actors_merge_into_one_event():
    first, second = draft(0, 61, fatalities=0), draft(62, len(TEXT), fatalities=3, certainty="claimed")
    events = assemble_events(DOC, [first, second])
    assert len(events) == 1
    event = events[0]
    assert len(event.mention.sentences) == 2
    assert event.casualties.fatalities == 3
    assert event.attribution.certainty == "claimed"
    assert event.source == "South Front"


def test_the_same_deaths_told_twice_are_not_summed():
    events = assemble_events(DOC, [draft(0, 61, fatalities=3), draft(62, len(TEXT), fatalities=3)])
    assert events[0].casualties.fatalities == 3


def test_other_day_or_place_stays_a_separate_event():
    assert len(assemble_events(DOC, [draft(0, 61), draft(62, len(TEXT), day=5)])) == 2
    assert len(assemble_events(DOC, [draft(0, 61), draft(62, len(TEXT), place="Jub Abyad")])) == 2


def test_a_battle_absorbs_shelling_fought_within_it():
    shelling = draft(0, 61, sub="Shelling/artillery/missile attack")
    events = assemble_events(DOC, [shelling, draft(62, len(TEXT))])
    assert events[0].type.event_type == "Battles"


def test_events_come_in_text_order():
    later, earlier = draft(62, len(TEXT), place="B"), draft(0, 61, place="A")
    assert [e.location.location for e in assemble_events(DOC, [later, earlier])] == ["A", "B"]
    assert replace(earlier.location, location="A").location == "A"


def test_a_crosspost_credits_the_original_publisher_first():
    crosspost = replace(DOC, source="Global Research", original_source="South Front")
    assert assemble_events(crosspost, [draft(0, 61)])[0].source == "South Front; Global Research"


def test_a_peaceful_protest_counts_no_deaths():
    protest = draft(0, 61, fatalities=2)
    protest = replace(protest, type=EventType("Protests", "Peaceful protest"))
    assert assemble_events(DOC, [protest])[0].casualties.fatalities == 0
