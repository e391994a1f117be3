"""A group the report places where an unnamed one struck, in a background sentence, is the doer."""

from __future__ import annotations

from datetime import date

from frontwire.actors import extract_actors
from frontwire.model import Document, EventMention, EventType, Span


def _actor1(text: str, event: str, kind: str, sub: str, country: str) -> str:
    """actor1 when the mention is the event sentence alone (segment leaves background sentences out)."""
    at = text.index(event)
    sentence = Span(at, at + len(event), event)
    mention = EventMention((sentence,), sentence)
    a = extract_actors(Document(id="t", text=text), mention, EventType(kind, sub), country, date(2020, 5, 5))
    return a.actor1.name if a.actor1 else ""


def test_a_group_said_to_operate_in_the_area_after_the_event_is_the_doer():
    event = "Gunmen killed five civilians in the village of Ogossagou on Monday."
    text = event + " JNIM, which operates in the area, has carried out several similar raids."
    assert _actor1(text, event, "Violence against civilians", "Attack", "Mali").startswith("JNIM")


def test_a_group_waging_an_insurgency_before_the_event_is_the_doer():
    event = "On Tuesday, insurgents killed 12 farmers near Maiduguri, residents said."
    text = "Boko Haram has waged an insurgency in the northeast since 2009. " + event
    assert "Boko Haram" in _actor1(text, event, "Violence against civilians", "Attack", "Nigeria")


def test_a_militia_active_in_the_area_is_the_doer():
    event = "Gunmen killed three farmers in Djugu territory on Monday."
    text = event + " CODECO militiamen are active in the area, local officials said."
    assert _actor1(text, event, "Violence against civilians", "Attack", "Democratic Republic of Congo").startswith(
        "CODECO")  # fmt: skip


def test_two_groups_present_leave_the_doer_unidentified():
    event = "Armed men attacked a health centre in Djibo, killing two nurses."
    text = event + " Jihadists linked to JNIM and Islamic State operate in the region."
    assert _actor1(text, event, "Violence against civilians", "Attack", "Burkina Faso") == (
        "Unidentified Armed Group (Burkina Faso)")  # fmt: skip


def test_unknown_attackers_stay_unknown():
    event = "Unknown gunmen killed a teacher in Kismayo on Monday."
    text = event + " Al Shabaab is active in the region."
    assert _actor1(text, event, "Violence against civilians", "Attack", "Somalia") == (
        "Unidentified Armed Group (Somalia)")  # fmt: skip
