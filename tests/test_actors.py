"""Actor roles on our own domain sentences: one sentence, the expected actors."""

from __future__ import annotations

from datetime import date

from frontwire.actors import extract_actors
from frontwire.model import Actors, Document, EventMention, EventType, Span
from frontwire.sentences import split_sentences

DAY = date(2020, 8, 6)


def actors_of(text: str, event_type: str, sub: str, country: str, trigger: str = "", context: str = "",
              day: date | None = DAY) -> Actors:  # fmt: skip
    """Actors of the event told by `text`, optionally after some earlier `context` in the document."""
    full = f"{context} {text}".strip() if context else text
    offset = full.index(text)
    sentences = tuple(Span(s.start + offset, s.end + offset, s.text) for s in split_sentences(text))
    at = full.index(trigger, offset) if trigger else sentences[0].start
    trigger_span = Span(at, at + len(trigger), trigger) if trigger else sentences[0]
    doc = Document(id="t", text=full, published=DAY)
    return extract_actors(
        doc, EventMention(sentences, trigger_span), EventType(event_type, sub), country, day
    )


def names(actors: Actors) -> tuple[str, str]:
    return (actors.actor1.name if actors.actor1 else "", actors.actor2.name if actors.actor2 else "")


def test_turkish_drone_strike_on_a_factory_hurts_civilians():
    a = actors_of("A combat drone of the Turkish Armed Forces struck a factory near al-Qamishli. "
                  "At least one civilian was injured in the strike.",
                  "Explosions/Remote violence", "Air/drone strike", "Syria", "struck")  # fmt: skip
    assert names(a) == ("Military Forces of Turkey (2016-)", "Civilians (Syria)")
    assert a.actor1.inter == 8  # a foreign state's forces
    assert "Turkish" in a.actor1.evidence[0].text


def test_passive_by_marks_the_doer():
    a = actors_of("On 13 March 2020, 1 policeman was shot and killed by Taliban militants in Kunduz city.",
                  "Battles", "Armed clash", "Afghanistan", day=date(2020, 3, 13))  # fmt: skip
    assert names(a) == ("Taliban", "Police Forces of Afghanistan (2014-)")


def test_clash_between_two_named_sides_with_patron():
    a = actors_of("Clashes between the Syrian Army and Turkish-backed militants, mostly Hayat Tahrir al-Sham, "
                  "have been ongoing in northern Lattakia.", "Battles", "Armed clash", "Syria", "Clashes")  # fmt: skip
    assert names(a) == ("Military Forces of Syria (2000-)", "HTS: Hayat Tahrir al Sham")
    assert a.actor2.patron == "Turkey"


def test_the_terrorists_take_the_group_named_before():
    a = actors_of("On August 6, the terrorists attacked positions of the Syrian Arab Army and the National "
                  "Defense Forces near Jundya.", "Battles", "Armed clash", "Syria", "attacked",
                  context="ISIS attacks have increased in the desert.")  # fmt: skip
    assert names(a) == ("Islamic State (Syria)", "Military Forces of Syria (2000-)")
    assert [x.name for x in a.assoc_actor_2] == ["NDF: National Defense Forces"]


def test_generic_police_takes_the_event_country_and_regime_date():
    a = actors_of("Students protesting fee increases in Nairobi were dispersed by police firing tear gas.",
                  "Protests", "Protest with intervention", "Kenya", day=date(2010, 5, 1))  # fmt: skip
    assert names(a) == ("Protesters (Kenya)", "Police Forces of Kenya (2002-2013)")
    assert [x.name for x in a.assoc_actor_1] == ["Students (Kenya)"]


def test_peaceful_protest_has_no_second_actor():
    a = actors_of("On 1 May 2020, labourers held a protest outside the district office demanding unpaid wages.",
                  "Protests", "Peaceful protest", "India")  # fmt: skip
    assert names(a) == ("Protesters (India)", "")
    assert [x.name for x in a.assoc_actor_1] == ["Labour Group (India)"]


def test_demonym_sets_the_protesters_country():
    a = actors_of("Palestinian protesters rallied in Beirut against the closure of a camp.",
                  "Protests", "Peaceful protest", "Lebanon")  # fmt: skip
    assert names(a)[0] == "Protesters (Palestine)"


def test_unknown_gunmen_killing_a_woman_is_violence_against_civilians():
    a = actors_of("Unknown gunmen shot dead a woman in Kismayo.", "Violence against civilians", "Attack",
                  "Somalia", "shot")  # fmt: skip
    assert names(a) == ("Unidentified Armed Group (Somalia)", "Civilians (Somalia)")
    assert [x.name for x in a.assoc_actor_2] == ["Women (Somalia)"]


def test_mob_lynching_is_rioters_with_a_vigilante_group():
    a = actors_of("Residents lynched a suspected thief in Kisumu.", "Riots", "Mob violence", "Kenya",
                  "lynched", day=date(2019, 2, 1))  # fmt: skip
    assert names(a) == ("Rioters (Kenya)", "Civilians (Kenya)")
    assert [x.name for x in a.assoc_actor_1] == ["Vigilante Group (Kenya)"]


def test_repelled_attack_makes_the_attacker_actor1():
    a = actors_of("Afghan forces repelled a Taliban attack on a checkpoint in Ghazni.", "Battles", "Armed clash",
                  "Afghanistan", "repelled", day=date(2020, 3, 1))  # fmt: skip
    assert names(a) == ("Taliban", "Military Forces of Afghanistan (2014-)")


def test_anti_group_is_not_the_group():
    a = actors_of("Anti-Houthi forces shelled positions near Hodeidah.", "Explosions/Remote violence",
                  "Shelling/artillery/missile attack", "Yemen", "shelled")  # fmt: skip
    assert a.actor1 is not None and "Supreme Political Council" not in a.actor1.name


def test_country_named_as_subject_is_its_state():
    a = actors_of("Turkey and Russia conducted a joint patrol on the M4 highway in Idleb.",
                  "Strategic developments", "Change to group/activity", "Syria", "conducted")  # fmt: skip
    assert a.actor1.name == "Military Forces of Turkey (2016-)"


def test_place_name_is_not_an_actor():
    a = actors_of("On 2 May 2020, unidentified gunmen killed a man in Metepec, Mexico.",
                  "Violence against civilians", "Attack", "Mexico", "killed")  # fmt: skip
    assert "Military" not in (a.actor1.name if a.actor1 else "")


def test_plural_demonym_victims_are_that_countrys_civilians():
    a = actors_of("Israeli airstrikes killed 20 Palestinians in Gaza on Tuesday, health officials said.",
                  "Explosions/Remote violence", "Air/drone strike", "Palestine", "killed", day=date(2024, 3, 5))  # fmt: skip
    assert names(a) == ("Military Forces of Israel (2022-)", "Civilians (Palestine)")
    assert a.assoc_actor_2 == ()  # officials who speak are a source, not victims


def test_x_or_y_is_acleds_and_or_actor():
    a = actors_of("On 29 April 2020, presumed JNIM or ISGS militants shot dead a civilian in Logobou.",
                  "Violence against civilians", "Attack", "Burkina Faso", "shot")  # fmt: skip
    assert (
        a.actor1.name == "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"
    )


def test_noun_trigger_after_a_passive_verb_keeps_the_victims_as_target():
    a = actors_of("Several Russian service members were injured in militant artillery strikes near Kinsabba.",
                  "Explosions/Remote violence", "Shelling/artillery/missile attack", "Syria", "strikes")  # fmt: skip
    assert names(a) == ("Unidentified Armed Group (Syria)", "Military Forces of Russia (2000-)")
    assert a.actor2.inter == 8


def test_observed_explosions_near_a_government_held_town_are_the_other_sides_fire():
    a = actors_of("On 5 May 2020, the OSCE SMM observed a total of 12 explosions near Krasnohorivka.",
                  "Explosions/Remote violence", "Shelling/artillery/missile attack", "Ukraine",
                  day=date(2020, 5, 5))  # fmt: skip
    assert names(a)[0] == "NAF: United Armed Forces of Novorossiya"


def test_observed_explosions_near_a_separatist_held_town_are_the_armys_fire():
    a = actors_of("On 5 May 2020, the OSCE SMM observed a total of 7 explosions near Dokuchaievsk.",
                  "Explosions/Remote violence", "Shelling/artillery/missile attack", "Ukraine",
                  day=date(2020, 5, 5))  # fmt: skip
    assert names(a)[0] == "Military Forces of Ukraine (2019-)"


def test_clan_based_clashes_are_between_unidentified_clan_militias():
    a = actors_of("Around 2 May 2020, clan-based clashes erupted in and around Salahad, leaving dozens dead.",
                  "Battles", "Armed clash", "Ethiopia")  # fmt: skip
    assert names(a) == ("Unidentified Clan Militia (Ethiopia)", "Unidentified Clan Militia (Ethiopia)")


def test_two_unidentified_tribal_militias_are_tribal_not_ethnic():
    a = actors_of("Clashes took place between two unidentified tribal militias in the village of Taara.",
                  "Battles", "Armed clash", "Syria")  # fmt: skip
    assert names(a) == ("Unidentified Tribal Militia (Syria)", "Unidentified Tribal Militia (Syria)")


def test_police_breaking_up_a_lynch_mob_are_the_mobs_opponent():
    a = actors_of("Dozens of youth attempted to lynch a murder suspect in Bugembe. Police intervened and "
                  "dispersed the lynch mob with tear gas and rescued the suspect.",
                  "Riots", "Mob violence", "Uganda")  # fmt: skip
    assert names(a) == ("Rioters (Uganda)", "Police Forces of Uganda (1986-)")


def test_the_police_named_again_later_are_not_the_military_polices_opponent():
    a = actors_of("In Sao Goncalo, the Military Police carried out an operation against drug trafficking. "
                  "A shoot-out broke out and a suspect died. The Police seized a pistol.",
                  "Battles", "Armed clash", "Brazil")  # fmt: skip
    assert names(a)[1] != "Police Forces of Brazil (2019-)"


def test_the_group_that_claimed_the_attack_is_the_unnamed_attackers():
    a = actors_of("On 2 May 2020, presumed militants ambushed a gendarmerie unit in Gaskinde and killed one "
                  "gendarme. JNIM claimed responsibility.", "Battles", "Armed clash", "Burkina Faso")  # fmt: skip
    assert names(a)[0] == "JNIM: Group for Support of Islam and Muslims"


def test_a_counterprotest_is_the_other_side_of_a_protest():
    a = actors_of("On 6 May 2020, residents protested against the government in Nis, Serbia. A counterprotest "
                  "of around 30 people in support of the government was organised by the SNS.",
                  "Protests", "Peaceful protest", "Serbia")  # fmt: skip
    assert names(a) == ("Protesters (Serbia)", "Protesters (Serbia)")


def test_russian_military_police_are_a_unit_of_russias_military():
    a = actors_of("Movement of forces: On 4 May 2020, Russian military police conducted a patrol near Abu Rasin.",
                  "Strategic developments", "Change to group/activity", "Syria", day=date(2020, 5, 4))  # fmt: skip
    assert names(a)[0] == "Military Forces of Russia (2000-) Military Police"


def test_a_group_operating_under_an_umbrella_is_the_umbrellas_associate():
    a = actors_of("On 4 May 2020, JWS, which operates under OPS, shelled QSD positions in the village of Qazali.",
                  "Explosions/Remote violence", "Shelling/artillery/missile attack", "Syria")  # fmt: skip
    assert names(a) == ("Operation Peace Spring", "QSD: Syrian Democratic Forces")
    assert [x.name for x in a.assoc_actor_1] == ["JWS: Syrian National Army"]


def test_us_forces_in_syria_are_coded_under_the_global_coalition():
    a = actors_of("On 4 May 2020, US forces shot dead a civilian near Koniko Gas Field in Deir-ez-Zor.",
                  "Violence against civilians", "Attack", "Syria", day=date(2020, 5, 4))  # fmt: skip
    assert names(a) == ("Global Coalition Against Daesh", "Civilians (Syria)")
    assert [x.name for x in a.assoc_actor_1] == ["Military Forces of the United States (2017-)"]


def test_brazils_police_face_an_unnamed_gang_or_police_militia():
    a = actors_of("On 4 May 2020, in Itaborai, Rio de Janeiro, a shoot-out broke out when the Military Police "
                  "approached a motorcycle. A suspect was shot and died.", "Battles", "Armed clash", "Brazil",
                  day=date(2020, 5, 4))  # fmt: skip
    assert names(a) == (
        "Military Forces of Brazil (2019-) Military Police",
        "Unidentified Gang and/or Police Militia",
    )


def test_forces_the_note_says_are_coded_as_a_unit_are_that_unit():
    a = actors_of("On 4 May 2020, pro-STC forces, coded as Security Belt forces, reportedly besieged Hadibu.",
                  "Strategic developments", "Change to group/activity", "Yemen", day=date(2020, 5, 4))  # fmt: skip
    assert names(a)[0] == "Military Forces of Yemen (2012-) Security Belt Forces"


def test_a_grenade_thrown_at_no_named_armed_target_hits_civilians():
    a = actors_of("Unknown attackers hurled a grenade into a bar in Mandera town, injuring 4.",
                  "Explosions/Remote violence", "Grenade", "Kenya")  # fmt: skip
    assert names(a) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_a_rebel_groups_own_security_forces_are_the_group():
    a = actors_of("On 4 May 2020, HTS security forces arrested the head of Kafrsajna camp in Idleb.",
                  "Strategic developments", "Arrests", "Syria", day=date(2020, 5, 4))  # fmt: skip
    assert names(a)[0] == "HTS: Hayat Tahrir al Sham"


def test_security_forces_and_maoists_exchanging_fire_are_opponents():
    a = actors_of("On 4 May 2020, security forces and Maoists exchanged fire in the forests of Sinbhatti.",
                  "Battles", "Armed clash", "India", day=date(2020, 5, 4))  # fmt: skip
    # India's anti-Maoist operations are its police's in ACLED (roles.yaml opponent_branch).
    assert names(a) == ("Naxal-Maoist Rebels (India)", "Police Forces of India (2014-)")  # ACLED's learned order


def test_a_mayor_is_no_party_to_a_gunfight():
    a = actors_of("A group of people shot at a sanitary checkpoint; the municipal president could be behind "
                  "the armed group.", "Battles", "Armed clash", "Mexico")  # fmt: skip
    assert not any(n.startswith("Government of") for n in names(a))


def test_an_airstrike_that_hurt_no_one_has_no_victim():
    a = actors_of("As reported on 4 May 2020, Afghan forces airstrikes hit a compound of a villager in Mizan "
                  "district, Zabul.", "Explosions/Remote violence", "Air/drone strike", "Afghanistan",
                  day=date(2020, 5, 4))  # fmt: skip
    assert names(a) == ("Military Forces of Afghanistan (2014-)", "")


def test_fire_at_the_governmental_positions_targets_the_army():
    a = actors_of("On 4 May 2020, the NAF rebel forces fired heavy machine guns at the governmental positions "
                  "near Novhorodske, Donetsk.", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                  "Ukraine", day=date(2020, 5, 4))  # fmt: skip
    assert names(a) == ("NAF: United Armed Forces of Novorossiya", "Military Forces of Ukraine (2019-)")


def test_lebanons_army_is_the_force_facing_rioters_there():
    a = actors_of("On 4 May 2020, rioters hurled stones at the army and police in Tripoli, who fired rubber "
                  "bullets.", "Riots", "Violent demonstration", "Lebanon", day=date(2020, 5, 4))  # fmt: skip
    assert names(a) == ("Rioters (Lebanon)", "Military Forces of Lebanon (2020-)")


def test_local_policemen_in_afghanistan_are_the_afghan_local_police():
    a = actors_of("On 4 May 2020, 3 local policemen were killed following an attack by Taliban militants on a "
                  "check point in Ali Abad district, Balkh.", "Battles", "Armed clash", "Afghanistan",
                  day=date(2020, 5, 4))  # fmt: skip
    assert names(a) == ("Taliban", "Police Forces of Afghanistan (2014-) Afghan Local Police")


def test_the_side_whose_dead_open_the_sentence_was_attacked_in_a_clash():
    a = actors_of("On 4 May 2020, 14 Taliban militants were killed during clashes with Afghan forces in Kot "
                  "district, Nangarhar.", "Battles", "Armed clash", "Afghanistan", day=date(2020, 5, 4))  # fmt: skip
    assert names(a) == ("Military Forces of Afghanistan (2014-)", "Taliban")


def test_afghan_commandos_are_the_special_forces():
    a = actors_of("On 4 May 2020, 7 Taliban militants were killed by Afghan commando forces in Dawlat Abad "
                  "district, Faryab.", "Battles", "Armed clash", "Afghanistan", day=date(2020, 5, 4))  # fmt: skip
    assert names(a)[0] == "Military Forces of Afghanistan (2014-) Special Forces"


def test_party_members_whose_houses_were_destroyed_are_civilians():
    a = actors_of("On 4 May 2020, a group of Imbonerakure destroyed 4 houses belonging to CNL members in Kinyovu.",
                  "Strategic developments", "Looting/property destruction", "Burundi", day=date(2020, 5, 4))  # fmt: skip
    assert names(a)[1] == "Civilians (Burundi)"
    assert "CNL: National Congress for Liberation" in [x.name for x in a.assoc_actor_2]


def test_the_regimes_military_intelligence_is_one_actor_the_unit():
    a = actors_of("Arrests: On 4 May 2020, the regime's Military Intelligence raided the neighborhoods of Kafr "
                  "Batna. 20 young people were arrested.", "Strategic developments", "Arrests", "Syria",
                  day=date(2020, 5, 4))  # fmt: skip
    assert names(a) == ("Military Forces of Syria (2000-) Military Intelligence", "Civilians (Syria)")


def test_a_plain_shooting_in_brazil_is_an_unidentified_armed_group_a_drive_by_the_gang_convention():
    plain = actors_of("A man was shot to death in Renascenca neighborhood in Teresina by two armed men.",
                      "Violence against civilians", "Attack", "Brazil")  # fmt: skip
    drive_by = actors_of("A man was killed in a drive-by shooting in Congos neighborhood in Macapa by armed men "
                         "on a motorcycle.", "Violence against civilians", "Attack", "Brazil")  # fmt: skip
    assert plain.actor1.name == "Unidentified Armed Group (Brazil)"
    assert drive_by.actor1.name == "Unidentified Gang and/or Police Militia"


def test_saudi_shelling_of_a_yemeni_border_district_is_the_coalition_with_no_target():
    a = actors_of("Saudi rocket and artillery shelling was reported on villages of Razih border district in "
                  "northwestern Yemen (Sadah).", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                  "Yemen", day=date(2020, 4, 30))  # fmt: skip
    assert a.actor1.name == "Operation Restoring Hope" and a.actor2 is None


def test_border_guards_are_the_police():
    a = actors_of("Myanmar border guards shot two men dead in Maungdaw.", "Violence against civilians", "Attack",
                  "Myanmar")  # fmt: skip
    assert a.actor1.name.startswith("Police Forces of Myanmar")


def test_forces_who_suffered_casualties_from_a_bomb_are_its_target():
    a = actors_of("A number of policemen suffered casualties by a Taliban-planted bomb in Gurbuz district, Khost.",
                  "Explosions/Remote violence", "Remote explosive/landmine/IED", "Afghanistan")  # fmt: skip
    assert (a.actor1.name, a.actor2.name) == ("Taliban", "Police Forces of Afghanistan (2014-)")


def test_militants_who_lobbed_a_grenade_at_security_forces_are_actor1():
    a = actors_of("Unidentified militants lobbed a grenade at the security forces at Tahab town in which one "
                  "CRPF personnel was wounded.", "Explosions/Remote violence", "Grenade", "India")  # fmt: skip
    assert a.actor1.name == "Unidentified Armed Group (India)" and a.actor2.name.startswith("Military Forces")


def test_a_drive_by_on_police_in_mexico_is_the_unidentified_gang():
    a = actors_of("Armed men driving a vehicle carried out a drive-by shooting against a police officer in Irapuato.",
                  "Battles", "Armed clash", "Mexico")  # fmt: skip
    assert {a.actor1.name, a.actor2.name} == {"Unidentified Gang (Mexico)", "Police Forces of Mexico (2018-)"}


def test_sides_joined_before_an_umbrella_all_operate_under_it():
    a = actors_of("Turkish forces and pro-Turkey JWS, operating under OPS, clashed with QSD near Sharkrak.",
                  "Battles", "Armed clash", "Syria", day=date(2020, 5, 2))  # fmt: skip
    assert a.actor1.name == "Operation Peace Spring" and a.actor2.name == "QSD: Syrian Democratic Forces"
    assert "Military Forces of Turkey (2016-)" in {x.name for x in a.assoc_actor_1}


def test_criminal_killed_by_unnamed_gunmen_in_brazil_is_a_gang_fight():
    a = actors_of("On 3 May 2020, in Contagem, Minas Gerais, a man was shot dead in Eldorado neighborhood. "
                  "The victim had a criminal record for robbery.", "Battles", "Armed clash", "Brazil")  # fmt: skip
    assert names(a) == ("Unidentified Gang and/or Police Militia", "Unidentified Gang (Brazil)")


def test_gendarmes_of_a_country_the_dev_data_never_shows_are_its_gendarmerie_unit():
    a = actors_of("Suspected JNIM militants ambushed gendarmes near Makalondi (Tillaberi), killing two gendarmes.",
                  "Battles", "Armed clash", "Niger", day=date(2020, 5, 4))  # fmt: skip
    assert "Police Forces of Niger (2011-) Gendarmerie" in names(a)


def test_a_national_guard_is_a_unit_of_the_countrys_forces():
    a = actors_of("National Guard units clashed with militants on Mount Chaambi.", "Battles", "Armed clash",
                  "Tunisia", day=date(2020, 5, 4))  # fmt: skip
    assert "Police Forces of Tunisia (2019-) National Guard" in names(a)
    a = actors_of("Protesters rallied in Columbus; National Guard troops dispersed them.", "Protests",
                  "Protest with intervention", "United States", day=date(2020, 5, 4))  # fmt: skip
    assert names(a)[1] == "Military Forces of the United States (2017-) National Guard"


def test_a_kashmir_encounter_names_the_forces_first_and_the_named_group_second():
    a = actors_of("RR, CRPF and SOG during a CASO had an encounter with JeM militants at Beighpora "
                  "(Pulwama district, J&K) in which two militants were killed.", "Battles", "Armed clash",
                  "India", day=date(2020, 5, 5))  # fmt: skip
    assert names(a) == ("Military Forces of India (2014-) Rashtriya Rifles", "JeM: Jaish-e-Mohammed")


def test_the_baloch_liberation_army_is_one_group_not_an_ethnic_militia_and_the_army():
    a = actors_of("BLA militants attacked a military convoy in Kech district (Balochistan), killing six soldiers.",
                  "Battles", "Armed clash", "Pakistan", day=date(2020, 5, 5))  # fmt: skip
    assert names(a) == ("BLA: Baloch Liberation Army", "Military Forces of Pakistan (2018-)")


def test_a_cartel_named_without_its_head_word_is_still_that_cartel():
    a = actors_of("In Tuzantla, Michoacan, members of La Familia Michoacana clashed with members of the CJNG.",
                  "Battles", "Armed clash", "Mexico", day=date(2020, 5, 5))  # fmt: skip
    assert names(a) == ("La Familia Michoacana Cartel", "CJNG: Jalisco New Generation Cartel")


def test_somalias_sna_is_its_army_not_syrias_national_army():
    a = actors_of("Al Shabaab militants attacked a Somali National Army (SNA) base in Awdheegle (Lower Shabelle).",
                  "Battles", "Armed clash", "Somalia", day=date(2020, 5, 5))  # fmt: skip
    assert names(a) == ("Al Shabaab", "Military Forces of Somalia (2017-)") and a.assoc_actor_2 == ()


def test_cabo_delgado_insurgents_are_acleds_islamist_militia_in_2020():
    a = actors_of("Insurgents clashed with FDS forces in Macomia (Cabo Delgado).", "Battles", "Armed clash",
                  "Mozambique", day=date(2020, 5, 5))  # fmt: skip
    assert names(a) == ("Islamist Militia (Mozambique)", "Military Forces of Mozambique (1990-)")


def test_a_forces_positions_named_by_its_country_are_that_force():
    a = actors_of("The Armenian armed forces fired at Azerbaijani positions in Tovuz.", "Battles", "Armed clash",
                  "Azerbaijan", day=date(2020, 5, 6))  # fmt: skip
    assert names(a) == ("Military Forces of Armenia (2018-)", "Military Forces of Azerbaijan (2003-)")


def test_an_opposition_rebel_group_in_syria_is_acleds_opposition_rebels():
    a = actors_of("A member of Sharqiya Army shot and killed a member of an opposition rebel group over an old "
                  "dispute.", "Battles", "Armed clash", "Syria", day=date(2020, 4, 30))  # fmt: skip
    assert names(a) == ("Sharqiya Army", "Opposition Rebels (Syria)")


def test_pakistans_frontier_corps_is_its_army():
    a = actors_of("Six Frontier Corps (FC) soldiers were killed when an IED hit their vehicle in Buleda (Kech).",
                  "Explosions/Remote violence", "Remote explosive/landmine/IED", "Pakistan", day=date(2020, 5, 8))  # fmt: skip
    assert names(a) == ("Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan (2018-)")


def test_police_in_a_somaliland_town_are_somalilands():
    a = actors_of("Police arrested a journalist in Hargeisa.", "Strategic developments", "Arrests", "Somalia",
                  day=date(2020, 5, 5))  # fmt: skip
    assert names(a)[0] == "Police Forces of Somaliland (2010-)"
    a = actors_of("Al Shabaab militants attacked a police station in Mogadishu.", "Battles", "Armed clash",
                  "Somalia", day=date(2020, 5, 5))  # fmt: skip
    assert names(a) == ("Al Shabaab", "Police Forces of Somalia (2017-)")


def test_two_countries_soldiers_joined_by_and_in_a_clash_are_the_two_sides():
    a = actors_of("Chinese and Indian soldiers clashed at Pangong Tso lake in Ladakh.", "Battles", "Armed clash",
                  "India", day=date(2020, 5, 5))  # fmt: skip
    assert names(a) == ("Military Forces of China (1949-)", "Military Forces of India (2014-)")
    assert a.assoc_actor_1 == a.assoc_actor_2 == ()
    a = actors_of("Clashes between Toposa raiders from Sudan and Kenyan police in Nakale.", "Battles",
                  "Armed clash", "Kenya", day=date(2008, 5, 5))  # fmt: skip
    assert "Police Forces of Sudan" not in " ".join(names(a))


def test_ugandas_local_defence_unit_is_a_unit_of_its_army():
    a = actors_of("LDU personnel beat a boda boda rider in Kampala for violating the curfew.",
                  "Violence against civilians", "Attack", "Uganda", day=date(2020, 5, 5))  # fmt: skip
    assert names(a)[0] == "Military Forces of Uganda (1986-) Local Defence Unit"


def test_thai_rangers_in_the_deep_south_are_the_army():
    a = actors_of("A roadside bomb targeted a ranger patrol in Rueso district (Narathiwat), injuring two rangers.",
                  "Explosions/Remote violence", "Remote explosive/landmine/IED", "Thailand", day=date(2020, 5, 6))  # fmt: skip
    assert names(a)[1] == "Military Forces of Thailand (2019-)"


def test_the_spla_in_opposition_is_not_south_sudans_army():
    a = actors_of("SPLA-IO forces clashed with SSPDF soldiers in Morobo County (Central Equatoria).", "Battles",
                  "Armed clash", "South Sudan", day=date(2020, 5, 6))  # fmt: skip
    assert names(a) == ("SPLM/A-IO: Sudan People’s Liberation Movement/Army (In Opposition)",
                        "Military Forces of South Sudan (2011-)")


def test_a_junta_outside_myanmar_is_not_myanmars_army():
    a = actors_of("Renamo Military Junta gunmen attacked a bus on the EN1 in Nhamatanda (Sofala).", "Battles",
                  "Armed clash", "Mozambique", day=date(2020, 5, 6))  # fmt: skip
    assert "Myanmar" not in " ".join(names(a))


def test_generic_words_of_one_countrys_group_do_not_name_it_elsewhere():
    a = actors_of("Separatist fighters clashed with Ukrainian troops near Avdiivka.", "Battles", "Armed clash",
                  "Ukraine", day=date(2020, 5, 6))  # fmt: skip
    assert names(a)[0] == "NAF: United Armed Forces of Novorossiya"  # was Cameroon's Ambazonian separatists
    a = actors_of("Southern resistance fighters clashed with Houthi forces in Ad Dali.", "Battles", "Armed clash",
                  "Yemen", day=date(2020, 5, 6))  # fmt: skip
    assert "PDF: People's Defense Force" not in [x.name for x in a.assoc_actor_1]  # Myanmar's, unscoped before


def test_nigerias_peoples_democratic_party_is_not_turkeys_hdp():
    a = actors_of("Members of the Peoples Democratic Party (PDP) protested in Abuja.", "Protests", "Peaceful protest",
                  "Nigeria", day=date(2020, 5, 6))  # fmt: skip
    assert [x.name for x in a.assoc_actor_1] == ["PDP: Peoples Democratic Party"]
