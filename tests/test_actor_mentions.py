"""Actor mentions on our own domain sentences: who is named, resolved to ACLED's name, and on which side."""

from __future__ import annotations

from datetime import date

from fixtures.actor_cases import pair_of

from frontwire.actor_mentions import find_actor_mentions
from frontwire.model import Document, EventMention, Span

DAY = date(2020, 8, 6)


def mentions_of(text: str, country: str, trigger: str) -> list[tuple[str, str]]:
    at = text.index(trigger)
    mention = EventMention((Span(0, len(text), text),), Span(at, at + len(trigger), trigger))
    found = find_actor_mentions(Document(id="t", text=text, published=DAY), mention, country, DAY)
    return [(m.actor.name, m.side) for m in found]


def test_demonym_before_generic_phrase_names_the_foreign_state_as_doer():
    found = mentions_of("Turkish artillery shelled SDF positions near Ain Issa.", "Syria", "shelled")
    assert found[0] == ("Military Forces of Turkey (2016-)", "agent")


def test_by_marks_the_doer_of_a_passive():
    found = mentions_of("A civilian was shot dead by unidentified gunmen in Daraa.", "Syria", "shot")
    assert ("Unidentified Armed Group (Syria)", "agent") in found


def test_place_name_is_not_the_state():
    assert mentions_of("Protesters gathered in Kenya on Monday.", "Kenya", "gathered")[0][0] != (
        "Military Forces of Kenya (2013-)"
    )


def test_prison_guards_are_a_unit_of_the_countrys_police_under_the_regime_of_the_day():
    found = mentions_of("Prisoners were shot by prison guards during a riot in Guanare.", "Venezuela", "shot")
    assert ("Police Forces of Venezuela (1999-) Prison Guards", "agent") in found


def test_a_regime_controlled_area_names_no_party():
    text = "Clashes erupted over the smuggling of trucks into regime-controlled areas near Al Bab."
    mention = EventMention((Span(0, len(text), text),), Span(0, len(text), text))
    found = find_actor_mentions(Document(id="t", text=text), mention, "Syria", date(2020, 5, 4))
    assert not any(m.actor.name.startswith("Military Forces of Syria") for m in found)


def test_a_country_name_hyphened_to_a_place_names_a_road_not_the_state():
    found = mentions_of("Residents blocked the Panama-Colon road with burning tyres.", "Panama", "blocked")
    assert not any(name.startswith("Military Forces of Panama") for name, _ in found)


def test_the_side_a_place_is_taken_from_is_the_target():
    found = mentions_of(
        "Government forces took control of Burkan from pro-Houthi forces.", "Yemen", "took control"
    )
    assert ("Military Forces of Yemen (2016-) Supreme Political Council", "target") in found


def test_gang_raped_is_a_deed_not_a_gang():
    found = mentions_of(
        "The military forces gang-raped one woman during a raid in Mankwi.", "Cameroon", "raped"
    )
    assert found[0][0] == "Military Forces of Cameroon (1982-)"
    assert not any(name.startswith("Unidentified") for name, _ in found)


def test_acleds_own_assumed_branch_note_names_the_state_force():
    from datetime import date

    from frontwire.actors import extract_actors
    from frontwire.model import Document, EventMention, EventType, Span

    text = (
        "Al Shabaab militants hurled a hand grenade at a Govt troop (assumed police) position in Mogadishu."
    )
    span = Span(0, len(text), text)
    day = date(2020, 4, 28)
    a = extract_actors(Document(id="t", text=text, published=day), EventMention((span,), span),
                       EventType("Explosions/Remote violence", "Grenade"), "Somalia", day)  # fmt: skip
    assert a.actor2 is not None and a.actor2.name.startswith("Police Forces of Somalia")


def test_a_trigger_that_is_the_attackers_own_word_does_not_make_them_the_target():
    text = "Gunmen on motorbikes attacked a military post in Tillaberi region on Wednesday, killing four soldiers."
    mention = EventMention((Span(0, len(text), text),), Span(0, 6, "Gunmen"))
    found = find_actor_mentions(Document(id="t", text=text), mention, "Niger", None)
    assert [m.side for m in found if m.actor.name.startswith("Unidentified")] == ["agent"]


def test_a_pro_government_group_is_not_the_government():
    text = "Pro-government militiamen set up new checkpoints in Juba."
    got = pair_of(text, "Strategic developments", "Change to group/activity", "South Sudan")
    assert not got[0].startswith("Government of")
