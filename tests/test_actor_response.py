"""A guard force that was hit first and then fired back is the attacked side, on news prose: the pair."""

from __future__ import annotations

from fixtures.actor_cases import pair_of


def test_a_checkpoint_hit_by_a_grenade_then_soldiers_responding():
    text = "A hand grenade was thrown at an army checkpoint in Mogadishu. Soldiers responded with gunfire."
    assert pair_of(text, "Battles", "Armed clash", "Somalia") == (
        "Unidentified Armed Group (Somalia)", "Military Forces of Somalia (2017-)")  # fmt: skip


def test_a_patrol_under_fire_that_fired_back():
    text = "A police patrol came under fire in Tumaco; officers fired back."
    assert pair_of(text, "Battles", "Armed clash", "Colombia")[0] == "Unidentified Armed Group (Colombia)"


def test_the_opening_attack_outranks_the_later_shoot_out_and_the_countrys_habit():
    text = "Robbers fired at a police car in Recife, sparking a shoot-out between officers and the gang."
    assert pair_of(text, "Battles", "Armed clash", "Brazil") == (
        "Unidentified Gang and/or Police Militia", "Police Forces of Brazil (2019-)")  # fmt: skip


def test_police_who_opened_fire_stay_first():
    text = "Police officers shot at suspects in Rio de Janeiro, and a shoot-out between the police and the gang followed."
    assert pair_of(text, "Battles", "Armed clash", "Brazil")[0] == "Police Forces of Brazil (2019-)"
