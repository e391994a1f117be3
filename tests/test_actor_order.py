"""ACLED's learned side-order habits, on small hand-built KBs (no dev data)."""

from __future__ import annotations

from frontwire.actor_kb_files import build_kb
from frontwire.actor_order import dyad_order, habit_order, state_opponent
from frontwire.model import Actor, Actors, Span

_SPAN = Span(0, 1, "x")


def _pair(a: str, b: str) -> Actors:
    return Actors(Actor(a, 1, "", "", (_SPAN,)), (), Actor(b, 2, "", "", (_SPAN,)), ())


def _names(actors: Actors) -> tuple[str, str]:
    return (actors.actor1.name, actors.actor2.name)


KB = build_kb([("t.yaml", {
    "actors": [{"name": "Unidentified Armed Group ({country})", "kind": "unidentified", "inter": 3}],
    "dyad_order": [{"first": "Military Forces of Pakistan (2018-)", "second": "Military Forces of India (2014-)",
                    "country": "Pakistan"},
                   {"first": "Military Forces of India (2014-)", "second": "Military Forces of Pakistan (2018-)"}],
    "side_order": [{"country": "Brazil", "first": "state"}],
    "unidentified": [{"country": "Brazil", "event_type": "opponent of the state:Battles",
                      "name": "Unidentified Gang and/or Police Militia"}],
})])  # fmt: skip


def test_india_and_pakistan_exchanging_fire_in_pakistan_put_pakistan_first():
    found = _pair("Military Forces of India (2014-)", "Military Forces of Pakistan (2018-)")
    assert _names(dyad_order(KB, "Pakistan", found))[0] == "Military Forces of Pakistan (2018-)"
    assert _names(dyad_order(KB, "India", found))[0] == "Military Forces of India (2014-)"


def test_brazils_police_come_before_the_gang_they_fight():
    found = _pair("Unidentified Armed Group (Brazil)", "Police Forces of Brazil (2019-)")
    assert _names(habit_order(KB, "Brazil", found))[0] == "Police Forces of Brazil (2019-)"


def test_an_unnamed_gunman_facing_brazils_police_is_a_gang_or_police_militia():
    found = _pair("Police Forces of Brazil (2019-)", "Unidentified Armed Group (Brazil)")
    assert (
        _names(state_opponent(KB, "Brazil", found, "Battles"))[1] == "Unidentified Gang and/or Police Militia"
    )
