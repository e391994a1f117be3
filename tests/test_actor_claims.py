"""The group that claims or is blamed for an attack is its doer, on news prose: one sentence, the pair."""

from __future__ import annotations

from fixtures.actor_cases import pair_of


def test_a_groups_spokesmen_claiming_the_attack_make_it_the_doer():
    text = ("Militants ambushed a paramilitary convoy in North Waziristan on Monday, killing six soldiers, the "
            "military said. Pakistani Taliban spokesmen claimed the attack.")  # fmt: skip
    assert pair_of(text, "Battles", "Armed clash", "Pakistan")[0] == "TTP: Tehreek-i-Taliban Pakistan"


def test_a_group_saying_its_fighters_did_it_is_the_doer_not_a_source():
    text = "The Taliban said on Tuesday its fighters had killed 15 Afghan soldiers in an attack on a base in Faryab."
    assert pair_of(text, "Battles", "Armed clash", "Afghanistan") == (
        "Taliban", "Military Forces of Afghanistan (2014-)")  # fmt: skip


def test_its_own_dead_are_no_claim():
    text = ("Somali troops killed 17 Al Shabaab militants near Janaale on Saturday. An Al Shabaab spokesman said "
            "only two of its fighters died.")  # fmt: skip
    assert pair_of(text, "Battles", "Armed clash", "Somalia")[0] != "Al Shabaab"


def test_the_group_a_source_blames_is_the_doer():
    text = ("Three police officers were killed on Wednesday when their vehicle hit an improvised explosive device "
            "in Mandera county, a police statement said, blaming al Shabaab.")  # fmt: skip
    assert pair_of(text, "Explosions/Remote violence", "Remote explosive/landmine/IED", "Kenya") == (
        "Al Shabaab", "Police Forces of Kenya (2013-)")  # fmt: skip


def test_blamed_on_a_named_militia_after_unnamed_assailants():
    text = "Assailants killed a village chief in Djugu territory on Monday. A civil society leader blamed CODECO militiamen."
    assert pair_of(text, "Violence against civilians", "Attack", "Democratic Republic of Congo")[0] == (
        "CODECO: Cooperative for Development of Congo")  # fmt: skip


def test_a_demonym_before_army_names_the_state_not_the_community():
    text = "The Somali army said it killed 17 Al Shabaab militants in an operation near Janaale on Saturday."
    assert "Military Forces of Somalia (2017-)" in pair_of(text, "Battles", "Armed clash", "Somalia")


def test_government_artillery_is_the_military_not_the_cabinet():
    text = (
        "Syrian government artillery shelled the rebel-held town of Ariha on Monday, killing two civilians."
    )
    assert pair_of(text, "Explosions/Remote violence", "Shelling/artillery/missile attack", "Syria")[0] == (
        "Military Forces of Syria (2000-)")  # fmt: skip


def test_houthi_drones_over_saudi_arabia_are_the_houthis():
    text = "Suspected Houthi drones attacked Saudi Arabia's Abha airport on Saturday, the coalition said."
    assert pair_of(text, "Explosions/Remote violence", "Air/drone strike", "Saudi Arabia")[0] == (
        "Military Forces of Yemen (2016-) Supreme Political Council")  # fmt: skip


def test_herdsmen_in_nigeria_are_the_fulani_militia_and_herders_hit_are_civilians():
    text = (
        "Suspected herders killed 9 people in the village of Kwall in Plateau state last week, police said."
    )
    assert (
        pair_of(text, "Violence against civilians", "Attack", "Nigeria")[0]
        == "Fulani Ethnic Militia (Nigeria)"
    )
    text = "Gunmen killed three herders and rustled their cattle in Kaduna state on Sunday."
    assert pair_of(text, "Violence against civilians", "Attack", "Nigeria")[1] == "Civilians (Nigeria)"


def test_the_southern_separatist_council_is_the_stc():
    text = "Forces loyal to the southern separatist council clashed with government troops in Abyan province."
    assert pair_of(text, "Battles", "Armed clash", "Yemen")[0] == "STC: Southern Transitional Council"


def test_a_force_that_says_it_did_the_deed_is_the_doer_not_only_the_source():
    text = "Ethiopian police said on Thursday they had arrested 30 people in the town of Shashamene."
    assert (
        pair_of(text, "Strategic developments", "Arrests", "Ethiopia")[0]
        == "Police Forces of Ethiopia (2018-)"
    )
    text = "Police said they shot dead three suspected robbers in Kisumu on Sunday."
    assert (
        pair_of(text, "Violence against civilians", "Attack", "Kenya")[0] == "Police Forces of Kenya (2013-)"
    )


def test_forces_saying_they_took_a_town_regained_it():
    text = ("Forces of the Government of National Accord said on Thursday they had taken control of the town of "
            "Al-Asabia after clashes with Haftar's forces.")  # fmt: skip
    assert pair_of(text, "Strategic developments", "Government regains territory", "Libya") == (
        "Military Forces of Libya (2016-) Government of National Accord",
        "Military Forces of Libya (2014-) Haftar Faction",
    )


def test_a_claim_told_in_the_passive_names_the_doer():
    text = "Militants attacked a military camp in Marte on Friday, killing seven soldiers. The attack was claimed by ISWAP."
    assert pair_of(text, "Battles", "Armed clash", "Nigeria")[0] == "Islamic State (West Africa)"


def test_a_claim_by_a_group_named_in_full_with_its_short_name_in_brackets():
    text = ("Gunmen ambushed a convoy of soldiers near Boulkessi on Tuesday, killing eight. Jama'at Nusrat "
            "al-Islam wal-Muslimin (JNIM) claimed responsibility for the attack.")  # fmt: skip
    assert pair_of(text, "Battles", "Armed clash", "Mali")[0] == "JNIM: Group for Support of Islam and Muslims"


def test_an_unclaimed_killing_stays_unidentified():
    text = "Gunmen killed a village chief in Tillaberi on Monday. The killing has not been claimed by any group."
    assert pair_of(text, "Violence against civilians", "Attack", "Niger")[0] == "Unidentified Armed Group (Niger)"


def test_bare_insurgents_in_a_later_event_are_the_group_the_report_named():
    from datetime import date

    from frontwire.actors import extract_actors
    from frontwire.model import Document, EventMention, EventType
    from frontwire.sentences import split_sentences

    text = ("Islamic State West Africa Province fighters attacked a military base in Monguno on Wednesday. "
            "Separately, insurgents burned a village near Damboa on Thursday, residents said.")  # fmt: skip
    sentences = split_sentences(text)
    later = EventMention((sentences[-1],), sentences[-1])
    a = extract_actors(Document(id="t", text=text, published=date(2020, 5, 5)), later,
                       EventType("Violence against civilians", "Attack"), "Nigeria", date(2020, 5, 2))  # fmt: skip
    assert a.actor1 is not None and a.actor1.name == "Islamic State (West Africa)"


def test_a_force_placed_then_saying_is_the_source_not_the_attacker():
    text = ("Police in Kenya's Mandera county said suspected al-Shabaab militants ambushed a police patrol on "
            "Tuesday, wounding two officers.")  # fmt: skip
    assert pair_of(text, "Battles", "Armed clash", "Kenya") == ("Al Shabaab", "Police Forces of Kenya (2013-)")


def test_a_force_placed_then_saying_its_own_deed_stays_the_doer():
    text = "Police in Mandera county said they killed two al-Shabaab militants in a shootout on Tuesday."
    assert pair_of(text, "Battles", "Armed clash", "Kenya")[0] == "Police Forces of Kenya (2013-)"


def test_the_subject_backed_by_another_force_is_still_the_doer_of_its_verb():
    text = "Somali troops backed by AMISOM killed 10 Shabaab militants in an operation in Middle Shabelle on Monday."
    assert pair_of(text, "Battles", "Armed clash", "Somalia") == ("Military Forces of Somalia (2017-)", "Al Shabaab")


def test_a_backer_after_by_is_not_the_doer():
    text = "Iraqi security forces backed by coalition aircraft killed nine Islamic State militants in Kirkuk on Wednesday."
    assert pair_of(text, "Battles", "Armed clash", "Iraq")[0] == "Military Forces of Iraq (2018-)"


def test_its_troops_after_another_sides_verb_are_the_target_not_a_claim():
    text = ("The Nigerian army in a statement on Thursday said bandits had attacked its troops in Birnin Gwari, "
            "killing two soldiers.")  # fmt: skip
    assert pair_of(text, "Battles", "Armed clash", "Nigeria") == (
        "Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria (2015-)")  # fmt: skip


def test_a_placed_force_saying_on_a_day_that_they_did_it_is_the_doer():
    text = "Police in Mandera county said on Tuesday that they killed two al-Shabaab militants in a shootout."
    assert pair_of(text, "Battles", "Armed clash", "Kenya")[0] == "Police Forces of Kenya (2013-)"
