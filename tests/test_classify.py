"""One domain sentence per ACLED sub-event type, and the classifier's contract."""

from pathlib import Path

import pytest
import yaml

from frontwire.classify import classify_event
from frontwire.model import Document, EventMention, Span
from frontwire.segment import find_event_mentions
from frontwire.sentences import split_sentences
from frontwire.taxonomy import SUB_EVENT_TYPES, event_type_of


def classify(text: str):
    doc = Document(id="t", text=text)
    mentions = find_event_mentions(doc, split_sentences(text))
    assert mentions, f"no event found in {text!r}"
    return classify_event(doc, mentions[0])


CASES = [
    ("On 3 May 2020, Taliban militants clashed with Afghan army soldiers in Nad Ali district, killing 4 soldiers.", "Armed clash"),
    ("On 4 May 2020, Syrian government forces regained control of the village of Kafr Nabl from rebels after heavy fighting.", "Government regains territory"),
    ("On 5 May 2020, Al Shabaab militants attacked and seized control of the town of Bula Hawo from Somali forces, taking over the police station.", "Non-state actor overtakes territory"),
    ("On 6 May 2020, government forces used chemical weapons against opposition fighters in Latamneh, according to the OPCW.", "Chemical weapon"),
    ("On 3 May 2020, Saudi-led coalition airstrikes hit a Houthi position in Sirwah district (Marib).", "Air/drone strike"),
    ("On 4 May 2020, a suicide bomber blew himself up at a checkpoint in Kabul, killing 3 civilians.", "Suicide bomb"),
    ("On 5 May 2020, Houthi forces shelled residential areas of Taizz city with artillery and mortars.", "Shelling/artillery/missile attack"),
    ("On 6 May 2020, a roadside bomb exploded near a police vehicle in Ghazni city, wounding 2 police officers.", "Remote explosive/landmine/IED"),
    ("On 7 May 2020, unidentified men hurled a grenade at a bar in Mandera town, injuring 5 civilians.", "Grenade"),
    ("On 3 May 2020, a 14-year-old girl was raped by a man in Kisumu town.", "Sexual violence"),
    ("On 4 May 2020, unidentified gunmen shot dead a civilian trader in his shop in Juarez.", "Attack"),
    ("On 5 May 2020, suspected Boko Haram militants abducted 6 farmers from their fields near Maiduguri.", "Abduction/forced disappearance"),
    ("On 6 May 2020, teachers staged a peaceful protest in Nairobi demanding payment of salary arrears. [size=no report]", "Peaceful protest"),
    ("On 7 May 2020, police dispersed protesters with tear gas in Kampala as they demonstrated against the lockdown. [size=no report]", "Protest with intervention"),
    ("On 3 May 2020, police opened fire on peaceful protesters in Lagos, killing 2 demonstrators.", "Excessive force against protesters"),
    ("On 4 May 2020, rioters burned tyres, pelted police with stones and looted shops in Kisii town. [size=no report]", "Violent demonstration"),
    ("On 5 May 2020, an angry mob lynched a suspected thief in Kibera (Nairobi).", "Mob violence"),
    ("On 6 May 2020, the government and rebel groups signed a ceasefire agreement in Juba.", "Agreement"),
    ("On 7 May 2020, police arrested 12 opposition activists in Harare.", "Arrests"),
    ("Movement of forces: On 3 May 2020, the army deployed reinforcements and troops to Mandera county.", "Change to group/activity"),
    ("On 4 May 2020, police defused an improvised explosive device found near a school in Kandahar city.", "Disrupted weapons use"),
    ("Headquarters or base established: On 5 May 2020, Turkish forces established a new military base near Atareb.", "Headquarters or base established"),
    ("On 6 May 2020, militants looted and torched shops in Beni town.", "Looting/property destruction"),
    ("On 7 May 2020, Somali forces withdrew from the town of Bardale and handed it over to Ethiopian troops without fighting.", "Non-violent transfer of territory"),
    ("Non-violent activity: On 3 May 2020, 52 soldiers were released from Taliban prisons in Kunduz province.", "Other"),
]  # fmt: skip


def test_cases_cover_all_25_sub_types():
    assert {sub for _, sub in CASES} == set(SUB_EVENT_TYPES)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[sub for _, sub in CASES])
def test_sub_event_type(text, expected):
    result = classify(text)
    assert result.sub_event_type == expected
    assert result.event_type == event_type_of(expected)


def test_sure_rule_wins_for_suicide_bomber():
    result = classify("On 2 May 2020, a suicide bomber targeted a military convoy in Mogadishu.")
    assert result.sub_event_type == "Suicide bomb"
    assert result.confidence >= 0.9


def test_evidence_includes_the_trigger_and_spans_point_into_the_text():
    text = "On 5 May 2020, Houthi forces shelled residential areas of Taizz city."
    doc = Document(id="t", text=text)
    mention = find_event_mentions(doc, split_sentences(text))[0]
    result = classify_event(doc, mention)
    assert mention.trigger in result.evidence
    assert all(text[s.start : s.end] == s.text for s in result.evidence)
    assert 0.0 < result.confidence <= 1.0


def test_a_mention_made_by_hand_is_classified():
    text = "Police used tear gas to disperse protesters in Nairobi."
    doc = Document(id="t", text=text)
    mention = EventMention(sentences=(Span.of(text, 0, len(text)),), trigger=Span.of(text, 37, 47))
    assert classify_event(doc, mention).event_type == "Protests"


def test_model_artefact_is_compact_numpy_without_pickles():
    from importlib import resources

    import numpy as np

    path = resources.files("frontwire").joinpath("data/event_model/model.npz")
    with path.open("rb") as handle:
        data = handle.read()
    assert len(data) < 10_000_000
    with path.open("rb") as handle, np.load(handle, allow_pickle=False) as arrays:
        assert set(arrays["classes"]) <= set(SUB_EVENT_TYPES)
        assert arrays["weights"].shape == (len(arrays["classes"]), len(arrays["vocabulary"]))


RULE_CASES = [
    # Armed men on a police post: both sides are armed, so not an Attack on civilians.
    ("On 9 June 2021, armed men shot at a police station in Celaya, Guanajuato. No injuries were reported.", "Armed clash"),
    ("On 3 June 2021, a soldier was shot dead by militants near a checkpoint in Kirkuk province.", "Armed clash"),
    # The note says both sides fired, whatever the weapons.
    ("On 4 June 2021, an armed clash between rebel and army forces, involving mortar fire, was reported near Goma.", "Armed clash"),
    # Dispersed without violence on either side.
    ("On 5 June 2021, nurses staged a protest in Tirana over unpaid wages. Police dispersed the protest. [size=no report]", "Protest with intervention"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RULE_CASES)
def test_who_acts_on_whom_rules(text, expected):
    assert classify(text).sub_event_type == expected


NEWS = yaml.safe_load((Path(__file__).parent / "fixtures" / "news_snippets.yaml").read_text(encoding="utf-8"))


def _news_outcome(text: str) -> str | None:
    doc = Document(id="news", text=text)
    mentions = find_event_mentions(doc, split_sentences(text))
    return classify_event(doc, mentions[0]).sub_event_type if mentions else None


def test_news_snippets_events_and_non_events_meet_the_bar():
    """Our own news-style set: events must get their ACLED sub-type, non-events no event at all."""
    cases = [(c["text"], c["sub"]) for c in NEWS["events"]] + [(t, None) for t in NEWS["no_events"]]
    wrong = [(text[:60], sub, got) for text, sub in cases if (got := _news_outcome(text)) != sub]
    assert len(wrong) <= 0.1 * len(cases), wrong


def test_a_passive_armed_victim_with_no_attacker_named_is_an_armed_clash():
    result = classify("On 2 May 2020, a police officer was shot dead on the road to Huitzuco (Guerrero).")
    assert result.sub_event_type == "Armed clash"


def test_a_demonstration_that_turned_to_stones_is_violent():
    result = classify(
        "On 1 May 2020, hundreds of workers held a demonstration outside the factory; they threw rocks "
        "at the guards and smashed windows. [size=hundreds]"
    )
    assert result.sub_event_type == "Violent demonstration"


def test_a_crowd_stoning_police_without_a_demonstration_is_mob_violence():
    result = classify("On 2 May 2020, migrant workers pelted stones at police at a check post in Jhabua district.")
    assert result.sub_event_type == "Mob violence"


def test_forces_killing_villagers_with_no_fight_told_is_an_attack():
    result = classify("On 2 May 2020, soldiers summarily executed two villagers near Tokabangou (Markoye, Oudalan).")
    assert result.sub_event_type == "Attack"


def test_an_opening_acled_tag_names_the_sub_type_and_makes_an_event():
    result = classify("Other: On 2 May 2020, US forces prevented a Russian patrol from entering the town of Rmelan.")
    assert result.sub_event_type == "Other"
    result = classify("Movement of forces: On 3 May 2020, the army blocked the roads into Qamishli.")
    assert result.sub_event_type == "Change to group/activity"


def test_armed_men_burning_a_church_and_hurting_no_one_is_property_destruction():
    result = classify("On 3 May 2020, unknown attackers set fire to a church in the village of Bassa. No one was hurt.")
    assert result.sub_event_type == "Looting/property destruction"


def test_a_failed_attempt_to_overrun_a_base_is_an_armed_clash():
    result = classify(
        "On 3 May 2020, troops exchanged fire with ISWAP fighters who tried to overrun a base in Borno state."
    )
    assert result.sub_event_type == "Armed clash"


def test_security_forces_detaining_activists_is_an_arrest():
    result = classify("On 3 May 2020, security forces in Cairo arrested three prominent activists in dawn raids.")
    assert result.sub_event_type == "Arrests"


def test_protesters_arrested_for_breaking_quarantine_is_protest_with_intervention():
    result = classify(
        "On 1 May 2020, 42 activists staged a demonstration in Jaro, Iloilo City. "
        "The 42 were arrested for violating quarantine measures."
    )
    assert result.sub_event_type == "Protest with intervention"


def test_protest_against_a_rape_is_a_protest():
    found = classify("On 5 May 2020, hundreds of students marched in Eldoret demanding justice for a girl who was raped.")
    assert found.sub_event_type == "Peaceful protest"


def test_workers_stoning_police_while_demanding_to_go_home_are_a_mob():
    found = classify("On 2 May 2020, migrant workers pelted stones at police in Jhabua district, demanding to return home.")
    assert found.sub_event_type == "Mob violence"


def test_inmates_setting_mattresses_on_fire_as_a_demonstration_is_violent():
    found = classify("On 1 May 2020, prisoners in Limassol set their mattresses on fire as a form of demonstration.")
    assert found.sub_event_type == "Violent demonstration"


def test_demonstrators_arrested_for_violating_the_lockdown_is_protest_with_intervention():
    found = classify("On 3 May 2020, tailors staged a demonstration in La Paz. Police arrested them for violating the lockdown.")
    assert found.sub_event_type == "Protest with intervention"


def test_an_attack_that_killed_soldiers_is_an_armed_clash():
    found = classify("The previous attack, on 1 May 2020, happened near Palmyra, killing at least 2 NDF members.")
    assert found.sub_event_type == "Armed clash"


def test_a_victim_charged_with_drug_trafficking_is_shot_in_an_armed_clash():
    found = classify("On 4 May 2020, in Recife, Pernambuco, a man was shot dead. The victim had charges against him for drug trafficking.")
    assert found.sub_event_type == "Armed clash"


def test_a_victim_with_only_a_robbery_record_stays_an_attack():
    found = classify(
        "On 4 May 2020, in Recife, Pernambuco, a man was killed in a drive-by shooting by armed men on a motorcycle. "
        "The victim had charges against him for robbery."
    )
    assert found.sub_event_type == "Attack"


def test_a_victim_involved_in_a_gang_is_killed_in_an_armed_clash():
    found = classify(
        "On 4 May 2020, in Belem, Para, a man was killed in a drive-by shooting by two armed men on a motorcycle. "
        "The victim was involved in a gang."
    )
    assert found.sub_event_type == "Armed clash"


def test_demonstrators_trying_to_force_their_way_into_offices_are_violent():
    found = classify(
        "On 2 May 2020, residents staged a demonstration in front of the federation's headquarters in Ouagadougou "
        "and attempted to force themselves into the offices of its president."
    )
    assert found.sub_event_type == "Violent demonstration"


def test_people_who_broke_into_a_hospital_called_demonstrators_are_violent():
    found = classify(
        "On 1 May 2020, in Ecatepec, Mexico, around 30 people broke into a hospital demanding information. "
        "The demonstrators attacked workers of the hospital."
    )
    assert found.sub_event_type == "Violent demonstration"


def test_a_drive_by_shooting_against_police_stations_is_an_armed_clash():
    found = classify(
        "On 1 May 2020, in Cordoba, Veracruz, armed men driving a vehicle carried out a drive-by shooting "
        "against the municipal police station. Neither fatalities nor injuries reported."
    )
    assert found.sub_event_type == "Armed clash"


def test_gunmen_shooting_a_suspected_drug_pusher_stay_an_attack():
    found = classify("On 4 May 2020, unidentified gunmen shot dead a suspected drug pusher in Tondo, Manila.")
    assert found.sub_event_type == "Attack"


def test_soldiers_killing_a_militant_commander_is_an_armed_clash():
    found = classify("On 5 May 2020, Nigerien troops killed a suspected ISWAP commander near Diffa.")
    assert found.sub_event_type == "Armed clash"


def test_soldiers_killing_civilians_they_called_militants_stays_an_attack():
    found = classify(
        "On 5 May 2020, soldiers shot dead three civilians in a village near Diffa, whom the army later "
        "described as militants."
    )
    assert found.sub_event_type == "Attack"


def test_party_members_beating_monitors_is_no_peaceful_protest():
    found = classify("On 2 May 2020, opposition party members allegedly beat ruling party monitors in Dowa (Central).")
    assert found.event_type != "Protests"


def test_supporters_marching_peacefully_stay_a_peaceful_protest():
    found = classify("On 3 May 2020, hundreds of opposition supporters marched peacefully in Lilongwe demanding fresh elections.")
    assert found.sub_event_type == "Peaceful protest"


def test_militants_looting_a_boat_with_no_one_hurt_is_looting():
    found = classify("On 4 May 2020, Islamic militants stopped and looted a fishing boat near Mocimboa da Praia.")
    assert found.sub_event_type == "Looting/property destruction"


def test_residents_burning_tyres_to_demand_water_are_a_violent_demonstration():
    found = classify("On 4 May 2020, in Soacha, Cundinamarca, residents burned tires to demand water and food aid.")
    assert found.sub_event_type == "Violent demonstration"


def test_inter_clan_fighting_is_an_armed_clash():
    found = classify("On 4 May 2020, two people were killed during inter-clan clashes near Galkayo (Mudug, Somalia).")
    assert found.sub_event_type == "Armed clash"


def test_herders_clashing_with_farmers_is_an_armed_clash():
    found = classify("On 5 May 2020, Fulani herders clashed with farmers in Bassa (Plateau), leaving three dead.")
    assert found.sub_event_type == "Armed clash"


def test_armed_men_killing_a_hostage_is_an_attack():
    # ACLED codes the killing, not the abduction that came before it.
    assert classify("Bandits executed a kidnapped schoolteacher near Kaura on Sunday, police said.").sub_event_type == "Attack"


def test_police_arresting_curfew_breakers_is_an_arrest():
    found = classify("Police in Lusaka arrested 52 people on Friday night for flouting the lockdown, an officer said.")
    assert found.sub_event_type == "Arrests"


def test_police_clashing_with_a_blocking_crowd_is_a_violent_demonstration():
    text = "Police clashed with farmers who blocked a bridge on Monday, leaving one protester dead and 4 officers hurt."
    assert classify(text).sub_event_type == "Violent demonstration"


def test_government_forces_taking_control_of_a_town_regain_territory():
    text = "Forces of the Government of Chad said they had taken control of the town of Tine after clashes with rebels."
    assert classify(text).sub_event_type == "Government regains territory"


def test_an_air_force_strike_is_an_air_strike():
    assert classify("A Nigerian air force strike on an ISWAP camp near Marte killed 30 fighters on Monday.").sub_event_type == "Air/drone strike"


def test_a_killing_of_someone_who_signed_a_peace_deal_is_no_agreement():
    text = "A former rebel commander who had signed the peace accord was shot dead in Tumaco on Sunday, officials said."
    assert classify(text).sub_event_type != "Agreement"


def test_youths_fighting_each_other_are_a_mob():
    text = "Two groups of youths fought with sticks and knives at a bus park in Kisii on Sunday, leaving four injured."
    assert classify(text).sub_event_type == "Mob violence"


def test_positions_taken_over_under_a_ceasefire_are_a_non_violent_transfer():
    text = "Government troops took over the town of Tal Tamr on Monday after the rebels withdrew under the ceasefire agreement."
    assert classify(text).sub_event_type == "Non-violent transfer of territory"


def test_a_human_chain_is_a_peaceful_protest():
    text = "Teachers formed a human chain outside the education ministry in Dhaka on Sunday to demand unpaid salaries."
    assert classify(text).sub_event_type == "Peaceful protest"


def test_rebels_retaking_a_district_is_a_non_state_overtaking():
    result = classify("Separatist rebels recaptured the town of Kidal from government forces on Sunday.")
    assert result.sub_event_type == "Non-state actor overtakes territory"


def test_troops_taking_back_control_is_government_regaining_territory():
    result = classify("Federal troops took back control of the town of Axum on Saturday, the government said.")
    assert result.sub_event_type == "Government regains territory"


def test_petrol_bombs_thrown_at_a_protest_are_a_violent_demonstration():
    result = classify("Youths threw petrol bombs at the governor's office in Bamenda on Tuesday to protest the arrests.")
    assert result.sub_event_type == "Violent demonstration"


def test_rebels_pillaging_a_health_centre_is_looting():
    result = classify("Rebels pillaged a health centre in Ituri province on Tuesday, carrying away medicines.")
    assert result.sub_event_type == "Looting/property destruction"


def test_soldiers_apprehending_suspected_kidnappers_is_an_arrest():
    result = classify("Military personnel apprehended three suspected kidnappers in Borno state on Wednesday.")
    assert result.sub_event_type == "Arrests"


def test_troops_rounding_up_young_men_is_an_arrest():
    result = classify("Troops rounded up about 30 young men in a village near Mopti on Friday and took them to a camp.")
    assert result.sub_event_type == "Arrests"


def test_herders_burning_huts_told_by_residents_is_property_destruction():
    result = classify("Suspected herders set ablaze dozens of farm huts near Jos on Thursday, residents said.")
    assert result.sub_event_type == "Looting/property destruction"


def test_an_off_duty_officer_shot_by_gunmen_is_an_attack():
    result = classify("An off-duty police officer was shot dead by unidentified gunmen while shopping in Juarez on Monday.")
    assert result.sub_event_type == "Attack"


def test_police_beating_civilians_is_an_attack_not_mob_violence():
    result = classify("On 4 May 2020, police officers beat three traders in Agartala market for flouting the lockdown.")
    assert result.sub_event_type == "Attack"


def test_police_clashing_with_armed_men_stays_an_armed_clash():
    result = classify("On 4 May 2020, police officers clashed with armed individuals in two pickup trucks in El Salto.")
    assert result.sub_event_type == "Armed clash"


def test_a_road_blockade_whose_protesters_police_arrested_is_a_protest_with_intervention():
    result = classify(
        "On 4 May 2020, residents blocked the main avenue in Villahermosa to demand food aid. "
        "Police patrols arrived and arrested three people. [size=no report]"
    )
    assert result.sub_event_type == "Protest with intervention"


def test_a_protest_against_an_arrest_is_peaceful():
    result = classify("On 4 May 2020, traders protested in Kano against the arrest of their leader. [size=no report]")
    assert result.sub_event_type == "Peaceful protest"


def test_a_note_whose_scene_comes_first_is_read_with_its_scene():
    from frontwire.classify import classification_text

    text = (
        "On 29 April 2020, near Oaxaca, a group of taxi drivers rejected the new limits on passengers. "
        "At a checkpoint, the drivers attacked police officers who were conducting controls."
    )
    doc = Document(id="t", text=text)
    mention = find_event_mentions(doc, split_sentences(text))[0]
    assert classification_text(doc, mention).startswith("On 29 April 2020, near Oaxaca")


def test_militants_exchanging_gun_fire_is_an_armed_clash():
    result = classify("On 29 April 2020, Al Shabaab militants exchanged gun fire amongst each other in Af Cad village.")
    assert result.sub_event_type == "Armed clash"


def test_soldiers_capturing_a_cartel_commander_is_an_arrest():
    result = classify("Mexican soldiers captured a regional commander of the cartel in Zacatecas on Wednesday.")
    assert result.sub_event_type == "Arrests"


def test_protesters_spraying_graffiti_is_a_violent_demonstration():
    result = classify("Protesters sprayed anti-government graffiti on the walls of the ruling party office on Monday.")
    assert result.sub_event_type == "Violent demonstration"


def test_two_party_factions_fighting_with_clubs_is_mob_violence():
    result = classify("Two factions of the opposition party fought with clubs over the local branch office on Saturday.")
    assert result.sub_event_type == "Mob violence"


def test_settlers_uprooting_olive_trees_is_property_destruction():
    result = classify("Israeli settlers uprooted about 100 olive trees near the village of Turmus Ayya on Tuesday.")
    assert result.sub_event_type == "Looting/property destruction"


def test_a_lone_man_throwing_stones_at_a_nurse_is_an_attack_not_a_mob():
    found = classify("On 5 May 2020, in Uruapan, Michoacan, a man threw stones at a nurse, accusing her of spreading the virus.")
    assert found.sub_event_type == "Attack"


def test_forces_beating_people_the_role_nouns_do_not_know_are_no_mob():
    found = classify("On 4 May 2020, Israeli forces beat two Palestinians and then detained them in Hebron.")
    assert found.sub_event_type != "Mob violence"


def test_houthi_forces_regaining_control_is_the_government_regaining_territory():
    found = classify("On 6 May 2020, pro-Houthi forces regained control of several hills in Qaniyah (Marib) after clashes.")
    assert found.sub_event_type == "Government regains territory"


def test_forces_launching_an_offensive_on_a_militia_position_is_an_armed_clash():
    found = classify("On 5 May 2020, the FARDC launched a new offensive against a position of the CODECO militia near Djugu (Ituri).")
    assert found.sub_event_type == "Armed clash"


def test_one_side_s_forces_attacking_the_other_s_forces_is_an_armed_clash():
    found = classify("On 4 May 2020, GNA forces attacked LNA forces near Tarhuna. No casualties reported.")
    assert found.sub_event_type == "Armed clash"


def test_armed_men_killing_travellers_they_stopped_is_an_attack():
    found = classify("On 4 May 2020, armed men intercepted a minibus near Birnin Gwari and killed five travellers.")
    assert found.sub_event_type == "Attack"


def test_gunmen_shooting_miners_at_a_gold_mine_is_an_attack_not_a_landmine():
    found = classify("On 4 May 2020, armed men raided an artisanal gold mine in Soum and shot dead 12 miners.")
    assert found.sub_event_type == "Attack"


def test_bodies_handed_over_to_families_are_no_transfer_of_territory():
    found = classify("On 4 May 2020, the bodies of seven miners killed by gunmen were handed over to their families.")
    assert found.sub_event_type != "Non-violent transfer of territory"


def test_suspected_jihadists_killing_miners_is_an_attack():
    found = classify("On 4 May 2020, suspected jihadists killed nine artisanal gold miners at a site near Gorom-Gorom.")
    assert found.sub_event_type == "Attack"


def test_an_abduction_whose_victim_is_killed_is_an_attack():
    text = "On 3 May 2020, gunmen kidnapped a trader in Zamfara; his body was found the next day."
    assert classify(text).sub_event_type == "Attack"


def test_an_arrest_with_a_beating_is_an_attack():
    assert classify("On 4 May 2020, soldiers arrested and beat a journalist in Bamako.").sub_event_type == "Attack"


def test_a_bomb_found_and_defused_is_disrupted_weapons_use():
    text = "On 4 May 2020, an IED was found on a roadside near Pattani. The explosive was later safely defused."
    assert classify(text).sub_event_type == "Disrupted weapons use"


def test_bombers_killed_by_the_bomb_they_were_planting_is_disrupted_weapons_use():
    text = "On 4 May 2020, two militants were killed when the bomb they were planting blew up near Ghazni."
    assert classify(text).sub_event_type == "Disrupted weapons use"


def test_a_suicide_bomber_shot_before_he_struck_is_a_clash():
    text = "On 4 May 2020, Afghan soldiers shot and killed a Taliban suicide bomber before he reached a checkpoint in Zhari."
    assert classify(text).sub_event_type == "Armed clash"


def test_a_rebel_group_is_no_mob_whatever_its_sources_say():
    text = "Suspected Boko Haram fighters attacked a group of loggers near Gwoza on Saturday, killing eight, vigilantes said."
    assert classify(text).sub_event_type == "Attack"


def test_a_house_looted_where_a_person_is_kidnapped_is_an_abduction():
    text = "On 4 May 2020, Boko Haram fighters looted a house and kidnapped one person in Kolofata town."
    assert classify(text).sub_event_type == "Abduction/forced disappearance"
