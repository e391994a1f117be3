"""Named armed groups and communities of today's conflicts (data/actors/active_groups.yaml and
communities.yaml): probe sentences in varied wording, written before the data was added."""

from __future__ import annotations

import pytest

from tests.fixtures.actor_cases import pair_of

V, B = "Violence against civilians", "Battles"

CASES = [
    ("TNLA fighters clashed with junta troops near Kutkai.", B, "Armed clash", "Myanmar",
     "TNLA: Ta'ang National Liberation Army"),
    ("Mai-Mai militiamen attacked a FARDC position in Fizi.", B, "Armed clash", "Democratic Republic of Congo",
     "Mayi Mayi Militia"),
    ("Gunmen from the 400 Mawozo gang kidnapped five missionaries in Croix-des-Bouquets.", V,
     "Abduction/forced disappearance", "Haiti", "400 Mawozo Gang"),
    ("Members of the Clan del Golfo killed a social leader in Antioquia.", V, "Attack", "Colombia",
     "AGC: Gaitanist Self-Defense Forces of Colombia"),
    # ACLED's 2020 coding (dev: all 16 Cabo Delgado attacks): the insurgents are "Islamist Militia (Mozambique)".
    ("Insurgents of Ansar al-Sunna beheaded three villagers in Cabo Delgado.", V, "Attack", "Mozambique",
     "Islamist Militia (Mozambique)"),
    ("Dinka youths attacked a convoy in Warrap.", V, "Attack", "South Sudan", "Dinka Ethnic Militia (South Sudan)"),
    ("Lendu militiamen attacked Hema villagers in Djugu.", V, "Attack", "Democratic Republic of Congo",
     "Lendu Ethnic Militia (Democratic Republic of Congo)"),
    ("Masalit militiamen clashed with Arab tribesmen in El Geneina.", B, "Armed clash", "Sudan",
     "Masalit Ethnic Militia (Sudan)"),
    ("Gumuz militia killed 30 Amhara civilians in Metekel.", V, "Attack", "Ethiopia", "Gumuz Ethnic Militia (Ethiopia)"),
    ("JNIM militants ambushed a convoy of soldiers near Djibo.", B, "Armed clash", "Burkina Faso",
     "JNIM: Group for Support of Islam and Muslims"),
]


@pytest.mark.parametrize(("text", "kind", "sub", "country", "actor1"), CASES)
def test_named_group_of_todays_conflicts_is_actor1(text, kind, sub, country, actor1):
    assert pair_of(text, kind, sub, country)[0] == actor1


@pytest.mark.parametrize(("text", "country", "actor1"), [
    ("Gendarmes arrested five smugglers near Segou.", "Mali", "Police Forces of Mali (2013-) Gendarmerie"),
    ("Turkish gendarmes detained 12 migrants in Van.", "Turkey", "Military Forces of Turkey (2016-) Gendarmerie"),
])  # fmt: skip
def test_gendarmes_are_the_gendarmerie_of_the_branch_acled_uses_there(text, country, actor1):
    assert pair_of(text, "Strategic developments", "Arrests", country)[0] == actor1


@pytest.mark.parametrize(("text", "kind", "sub", "country", "actor1"), [
    ("Armed youths from a neighbouring village attacked Mbororo herders in Adamawa, killing four.", V, "Attack",
     "Cameroon", "Unidentified Communal Militia (Cameroon)"),
    ("Gunmen from a rival clan killed three men in Galgaduud.", V, "Attack", "Somalia",
     "Unidentified Clan Militia (Somalia)"),
    ("Fighting between two clans over a water point in Jubaland killed seven.", B, "Armed clash", "Somalia",
     "Unidentified Clan Militia (Somalia)"),
])  # fmt: skip
def test_unnamed_community_fighters_are_that_kind_of_militia(text, kind, sub, country, actor1):
    assert pair_of(text, kind, sub, country)[0] == actor1


def test_twa_is_the_batwa_community():
    text = "Twa militiamen attacked Luba villagers in Tanganyika."
    assert pair_of(text, V, "Attack", "Democratic Republic of Congo")[0] == (
        "Batwa Ethnic Militia (Democratic Republic of Congo)"
    )


def test_armed_gangs_in_haiti_are_an_unidentified_gang():
    text = "Armed gangs set fire to homes in the Bel Air neighbourhood of Port-au-Prince on Monday, killing four people."
    assert pair_of(text, "Violence against civilians", "Attack", "Haiti")[0] == "Unidentified Gang (Haiti)"


def test_clashes_between_rival_gangs_put_a_gang_on_both_sides():
    text = "Clashes between rival gangs in Cite Soleil left at least 10 people dead on Friday, a rights group said."
    assert pair_of(text, "Battles", "Armed clash", "Haiti") == ("Unidentified Gang (Haiti)", "Unidentified Gang (Haiti)")


def test_a_gang_in_kenya_is_an_unidentified_armed_group():
    text = "Police shot dead two suspected gang members in Dandora on Monday."
    assert pair_of(text, "Battles", "Armed clash", "Kenya")[1] == "Unidentified Armed Group (Kenya)"


def test_an_israeli_settler_in_the_west_bank_is_settlers_israel():
    text = "An Israeli settler shot and killed a Palestinian man near the village of Turmus Ayya on Wednesday."
    assert pair_of(text, "Violence against civilians", "Attack", "Palestine")[0] == "Settlers (Israel)"


def test_settlers_protected_by_soldiers_are_the_doers():
    text = "Dozens of Israeli settlers, protected by soldiers, stormed the village of Burqa, smashing windows."
    assert pair_of(text, "Violence against civilians", "Attack", "Palestine")[0] == "Settlers (Israel)"


def test_settlers_accompanied_by_troops_are_the_doers():
    text = "Settlers accompanied by Israeli troops attacked farmers near Nablus on Saturday."
    assert pair_of(text, "Violence against civilians", "Attack", "Palestine")[0] == "Settlers (Israel)"


def test_unmarked_soldiers_in_the_west_bank_are_israels():
    text = "Soldiers fired tear gas at protesters in Kafr Qaddum on Friday."
    assert pair_of(text, "Protests", "Excessive force against protesters", "Palestine")[0] == (
        "Military Forces of Israel (2009-)")  # fmt: skip


def test_palestinian_security_forces_are_not_israels():
    text = "Palestinian security forces arrested five Hamas members in Nablus."
    assert "Israel" not in pair_of(text, "Strategic developments", "Arrests", "Palestine")[0]


def test_armed_farc_guerrillas_since_the_peace_deal_are_farc_dissidents():
    text = "Former FARC guerrillas who rejected the peace deal clashed with troops in Narino on Tuesday."
    assert pair_of(text, "Battles", "Armed clash", "Colombia")[0] == "FARC Dissidents"


def test_a_group_glued_to_linked_only_describes_the_group_named_after_it():
    text = ("Jihadists from the al-Qaeda-linked JNIM ambushed a Malian army convoy near Boni on Tuesday, killing "
            "four soldiers, the army said.")  # fmt: skip
    assert pair_of(text, "Battles", "Armed clash", "Mali")[0] == "JNIM: Group for Support of Islam and Muslims"


def test_an_air_force_saying_its_jets_struck_is_the_striker():
    text = "The Nigerian Air Force said its jets destroyed a Boko Haram camp in the Sambisa forest on Thursday."
    assert pair_of(text, "Explosions/Remote violence", "Air/drone strike", "Nigeria")[0] == (
        "Military Forces of Nigeria (2015-)")  # fmt: skip


def test_a_central_african_rebel_group_by_its_full_name():
    text = ("Rebels of the Union for Peace in the Central African Republic attacked a village near Bambouti on "
            "Monday, killing three civilians.")  # fmt: skip
    assert pair_of(text, "Violence against civilians", "Attack", "Central African Republic")[0] == (
        "UPC: Union for Peace in the Central African Republic")  # fmt: skip


def test_militants_linked_to_a_named_group_are_that_group():
    text = "Boko Haram-linked militants killed five farmers near Konduga on Monday."
    assert pair_of(text, "Violence against civilians", "Attack", "Nigeria")[0] == (
        "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad")  # fmt: skip
