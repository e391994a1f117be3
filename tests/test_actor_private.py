"""Unnamed "security" forces a company, mine or plantation owns are private guards, not the state."""

from __future__ import annotations

from fixtures.actor_cases import pair_of


def test_a_companys_security_personnel_face_the_rioters():
    text = "Hundreds of laborers clashed with the company's security personnel and threw rocks at the factory."
    assert pair_of(text, "Riots", "Violent demonstration", "Indonesia") == (
        "Rioters (Indonesia)", "Private Security Forces (Indonesia)")  # fmt: skip


def test_mine_security_officers_are_private():
    text = "Workers protesting unpaid wages fought with mine security officers in Kolwezi."
    assert pair_of(text, "Riots", "Violent demonstration", "Democratic Republic of Congo")[1] == (
        "Private Security Forces (Democratic Republic of Congo)")  # fmt: skip


def test_guards_of_a_mine_are_the_other_side_not_more_rioters():
    text = "Illegal miners clashed with security guards of the gold mine in Geita."
    assert pair_of(text, "Riots", "Violent demonstration", "Tanzania")[1] == "Private Security Forces (Tanzania)"


def test_security_forces_with_no_owner_stay_the_police():
    text = "Hundreds of laborers clashed with security forces and threw rocks at the factory."
    assert pair_of(text, "Riots", "Violent demonstration", "Indonesia")[1].startswith("Police Forces of Indonesia")


def test_bodyguards_acled_notes_as_assumed_police_are_the_police():
    text = ("On 30 April 2020, Al Shabaab militants threw a hand grenade at the residence of the Daynile DC in "
            "Mogadishu. The DC Bodyguards (assumed police) reacted with gunfire.")  # fmt: skip
    assert pair_of(text, "Battles", "Armed clash", "Somalia") == ("Al Shabaab", "Police Forces of Somalia (2017-)")
