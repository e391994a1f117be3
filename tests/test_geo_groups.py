"""Country cues from armed groups' names and from the attacker's demonym."""

from __future__ import annotations

from frontwire.geo_groups import attacker_demonym, group_countries


def test_a_named_group_gives_its_country() -> None:
    text = "Turkish artillery shelled SDF positions and Houthi fighters attacked Taliban checkpoints."
    assert [c for _, _, c in group_countries(text)] == ["Syria", "Afghanistan"]  # Houthis: also in Saudi Arabia


def test_a_group_of_several_countries_gives_none() -> None:
    assert group_countries("JNIM militants ambushed a convoy.") == []


def test_a_lowercase_description_is_no_group() -> None:
    assert group_countries("local police and insurgents exchanged fire.") == []


def test_the_attackers_demonym_is_told_from_the_places() -> None:
    text = "Turkish drones struck; Saudi-led coalition jets; Kenyan villagers fled."
    assert attacker_demonym(text, text.index("Turkish") + 7)
    assert attacker_demonym(text, text.index("Saudi") + 5)
    assert not attacker_demonym(text, text.index("Kenyan") + 6)


def test_a_named_communal_militia_fights_at_home() -> None:
    text = "Dan Na Ambassagou militiamen killed a Fulani man in the commune of Sokoura."
    assert [c for _, _, c in group_countries(text)] == ["Mali"]
