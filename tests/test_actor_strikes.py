"""Unnamed air strikers and attacked state convoys: one sentence, the expected actors."""

from __future__ import annotations

from test_actors import actors_of, names

STRIKE = ("Explosions/Remote violence", "Air/drone strike")
CLASH = ("Battles", "Armed clash")


def test_unnamed_airstrike_on_a_taliban_camp_is_the_afghan_air_force_s():
    a = actors_of("Airstrikes hit a Taliban camp in Helmand province, killing 12 militants.", *STRIKE,
                  "Afghanistan", "Airstrikes")  # fmt: skip
    assert names(a) == ("Military Forces of Afghanistan (2014-)", "Taliban")


def test_unnamed_airstrike_in_yemen_is_the_coalition_s():
    a = actors_of(
        "An air strike targeted a Houthi gathering in Sirwah district.", *STRIKE, "Yemen", "air strike"
    )
    assert names(a) == (
        "Operation Restoring Hope",
        "Military Forces of Yemen (2016-) Supreme Political Council",
    )


def test_unnamed_airstrike_where_strikers_are_mixed_stays_unidentified():
    a = actors_of(
        "Drone strikes hit Islamic State positions in Anbar province.", *STRIKE, "Iraq", "Drone strikes"
    )
    assert names(a) == ("Unidentified Armed Group (Iraq)", "Islamic State (Iraq)")


def test_a_named_striker_outranks_the_country_habit():
    a = actors_of("On 3 March 2020, 7 IS militants were killed by a US airstrike in Nurgal district, Kunar.",
                  *STRIKE, "Afghanistan", "airstrike")  # fmt: skip
    assert names(a)[0] == "Military Forces of the United States (2017-)"


def test_tribesmen_attacking_a_government_convoy_face_the_military():
    a = actors_of("Tribesmen attacked a government convoy in Shabwa.", *CLASH, "Yemen", "attacked")
    assert names(a) == ("Unidentified Tribal Militia (Yemen)", "Military Forces of Yemen (2012-)")


def test_clansmen_attacking_a_security_checkpoint_face_the_military():
    a = actors_of(
        "Clan militiamen attacked a security checkpoint in Hiraan region.", *CLASH, "Somalia", "attacked"
    )
    assert names(a) == ("Unidentified Clan Militia (Somalia)", "Military Forces of Somalia (2017-)")


def test_a_strike_on_the_usual_striker_is_someone_else_s():
    a = actors_of("Airstrikes targeted GNA positions south of Tripoli.", *STRIKE, "Libya", "Airstrikes")
    assert names(a) == (
        "Unidentified Armed Group (Libya)",
        "Military Forces of Libya (2016-) Government of National Accord",
    )


def test_coalition_airstrikes_on_saudi_soil_are_the_saudi_military():
    a = actors_of("On 5 May 2020, Saudi-led coalition airstrikes targeted Houthi positions in Al Khubah area (Jizan).",
                  *STRIKE, "Saudi Arabia", "airstrikes")  # fmt: skip
    assert names(a) == (
        "Military Forces of Saudi Arabia (2015-)",
        "Military Forces of Yemen (2016-) Supreme Political Council",
    )


def test_coalition_airstrikes_in_yemen_stay_operation_restoring_hope():
    a = actors_of("On 5 May 2020, Saudi-led coalition airstrikes targeted Houthi positions in Sirwah (Marib).",
                  *STRIKE, "Yemen", "airstrikes")  # fmt: skip
    assert names(a)[0] == "Operation Restoring Hope"


def test_a_military_post_belonging_to_a_named_group_is_that_groups():
    a = actors_of("On 28 April 2020, a Turkish drone attacked a military post belongs to Asayish in Ain al Arab city.",
                  *STRIKE, "Syria", "drone")  # fmt: skip
    assert names(a) == ("Military Forces of Turkey (2016-)", "Asayish (Syria)")
