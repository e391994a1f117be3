"""Coined community actors on our own domain sentences."""

from __future__ import annotations

from datetime import date

from fixtures.actor_cases import pair_of as actor_pair

DAY = date(2020, 5, 2)


def pair_of(text: str, event_type: str, sub: str, country: str) -> tuple[str, str]:
    return actor_pair(text, event_type, sub, country, DAY)


def test_two_unknown_communities_named_before_ethnic_militias_fight_each_other():
    assert pair_of("Okpa and Ubwa Ethnic Militias clashed over farmland near Donga.", "Battles", "Armed clash",
                   "Nigeria") == ("Okpa Ethnic Militia (Nigeria)", "Ubwa Ethnic Militia (Nigeria)")  # fmt: skip


def test_tribesmen_are_a_tribal_militia_named_after_their_tribe():
    a1, _ = pair_of("Al Zubayr tribesmen attacked a checkpoint in Marib.", "Battles", "Armed clash", "Yemen")
    assert a1 == "Al Zubayr Tribal Militia (Yemen)"


def test_communal_militias_from_a_village_are_named_after_it():
    a1, a2 = pair_of("Communal militias from Kpatinga attacked Fulani settlers.", "Violence against civilians",
                     "Attack", "Ghana")  # fmt: skip
    assert (a1, a2) == ("Kpatinga Communal Militia (Ghana)", "Civilians (Ghana)")


def test_a_brigade_the_kb_does_not_know_is_named_as_the_text_names_it():
    a1, a2 = pair_of("On 3 May 2020, Fursan al Haq Brigade forcibly evicted a civilian from his house in Afrin.",
                     "Strategic developments", "Looting/property destruction", "Syria")  # fmt: skip
    assert (a1, a2) == ("Fursan al Haq Brigade", "Civilians (Syria)")


def test_members_of_an_unknown_group_are_that_group_and_a_division_is_no_group_after_in():
    assert pair_of("On 3 May 2020, members of Zerbo Vigilance assaulted a trader in Koudougou.",
                   "Violence against civilians", "Attack", "Burkina Faso")[0] == "Zerbo Vigilance"  # fmt: skip
    assert pair_of("Two were killed by an armed gang in Elburgon Division.", "Violence against civilians",
                   "Attack", "Kenya")[0] == "Unidentified Armed Group (Kenya)"  # fmt: skip


def test_a_community_known_abroad_is_named_for_the_event_country():
    a1, _ = pair_of("On 4 May 2020, suspected Fulani militias attacked and injured a farmer in Gordi.",
                    "Violence against civilians", "Attack", "Ghana")  # fmt: skip
    assert a1 == "Fulani Ethnic Militia (Ghana)"


def test_tribal_names_with_particles_are_whole_and_each_is_one_side():
    assert pair_of("Clashes erupted between Al Tilan and Al Dahshal Ba al Harith tribal militias over water.",
                   "Battles", "Armed clash", "Yemen") == ("Al Tilan Tribal Militia (Yemen)",
                                                          "Al Dahshal Ba al Harith Tribal Militia (Yemen)")  # fmt: skip


def test_an_aid_organisation_named_with_members_is_no_armed_group():
    a1, _ = pair_of("Unknown gunmen shot dead two members of the Red Cross Society near Beni.",
                    "Violence against civilians", "Attack", "Democratic Republic of Congo")  # fmt: skip
    assert a1 == "Unidentified Armed Group (Democratic Republic of Congo)"


def test_a_group_spelled_differently_from_the_kb_is_the_kb_group():
    a1, _ = pair_of("On 4 May 2020, Raiya Mutomboki rebels raped at least 2 women in Shabunda territory.",
                    "Violence against civilians", "Sexual violence", "Democratic Republic of Congo")  # fmt: skip
    assert a1 == "Mayi Mayi Militia (Raia Mutomboki)"


def test_a_bare_group_name_takes_the_head_word_acled_gives_that_countrys_groups():
    a1, _ = pair_of("On 2 May 2020, members of Los Tlacuaches beat a shopkeeper in Uruapan, Michoacan.",
                    "Violence against civilians", "Attack", "Mexico")  # fmt: skip
    assert a1 == "Los Tlacuaches Gang"


def test_a_bare_group_name_stays_bare_where_acled_adds_no_head_word():
    a1, _ = pair_of("On 2 May 2020, members of Los Tlacuaches beat a shopkeeper in Cucuta.",
                    "Violence against civilians", "Attack", "Colombia")  # fmt: skip
    assert a1 == "Los Tlacuaches"


def test_a_haitian_gang_named_before_lower_case_gang_takes_acleds_gang_name():
    text = "Members of the Ti Bwa gang shot dead two people in Martissant on Monday."
    assert pair_of(text, "Violence against civilians", "Attack", "Haiti")[0] == "Ti Bwa Gang"


def test_a_place_before_gangs_names_no_gang():
    text = "In Port-au-Prince gangs burned homes on Sunday."
    assert pair_of(text, "Violence against civilians", "Attack", "Haiti")[0] == "Unidentified Gang (Haiti)"


def test_a_weekday_before_gang_members_names_no_gang():
    text = "On Monday gang members killed two men in Cite Soleil."
    assert pair_of(text, "Violence against civilians", "Attack", "Haiti")[0] == "Unidentified Gang (Haiti)"


def test_a_group_named_in_apposition_to_armed_group_is_that_group():
    a1, _ = pair_of("In Caracas, members of the pro-government armed group, Los Zorritos, conducted military "
                    "exercises.", "Strategic developments", "Change to group/activity", "Venezuela")  # fmt: skip
    assert a1 == "Los Zorritos"


def test_a_sentence_opening_with_members_of_names_the_group_after_it():
    a1, _ = pair_of("Members of the Zorritos asked residents to stay at home during the quarantine.",
                    "Strategic developments", "Change to group/activity", "Venezuela")  # fmt: skip
    assert a1 == "Zorritos"


def test_a_gang_known_as_a_name_is_that_gang():
    a1, _ = pair_of("A gang known as Los Pelones shot dead two men in Acapulco.", "Violence against civilians",
                    "Attack", "Mexico")  # fmt: skip
    assert a1 == "Los Pelones Gang"


def test_a_known_factions_branch_glued_by_a_hyphen_is_named_as_that_branch():
    a1, _ = pair_of("12 Raia Mutomboki-Bozinda cadres abducted 6 civilians in Tchamilemba village.",
                    "Violence against civilians", "Abduction/forced disappearance",
                    "Democratic Republic of Congo")  # fmt: skip
    assert a1 == "Mayi Mayi Militia (Raia Mutomboki-Bozinda)"
