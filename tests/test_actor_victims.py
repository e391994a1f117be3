"""The state force a news report tells as hit (its dead as the subject) is actor2, not actor1."""

from __future__ import annotations

from datetime import date

from frontwire.actors import extract_actors
from frontwire.model import Document, EventMention, EventType, Span


def _pair_at(text: str, trigger: str, country: str) -> tuple[str, str]:
    """The pair when the event is found at `trigger` (as segment finds it), not the first verb."""
    at = text.index(trigger)
    mention = EventMention((Span(0, len(text), text),), Span(at, at + len(trigger), trigger))
    a = extract_actors(Document(id="t", text=text), mention, EventType("Battles", "Armed clash"), country,
                       date(2020, 5, 5))  # fmt: skip
    return (a.actor1.name if a.actor1 else "", a.actor2.name if a.actor2 else "")


def test_policemen_killed_when_insurgents_opened_fire_are_the_side_hit():
    text = ("Two policemen were killed and three wounded on Monday when suspected Boko Haram insurgents opened "
            "fire on their patrol in Borno state.")  # fmt: skip
    assert _pair_at(text, "opened fire", "Nigeria")[1] == "Police Forces of Nigeria (2015-)"


def test_an_army_that_lost_soldiers_in_an_ambush_is_the_side_hit():
    text = "The Cameroonian army lost four soldiers in an ambush by separatist fighters near Bamenda on Wednesday."
    assert _pair_at(text, "ambush", "Cameroon") == ("Ambazonian Separatists (Cameroon)", "Military Forces of Cameroon (1982-)")


def test_police_who_shot_a_leader_known_for_attacks_against_police_stay_first():
    text = "Police shoot dead leader of armed group known for attacks against police and civilians."
    assert _pair_at(text, "shoot dead", "Kenya")[0].startswith("Police Forces of Kenya")
