"""Event segmentation: split and merge rules on sentences written for these tests."""

from frontwire.model import Document, Span
from frontwire.segment import find_event_mentions, find_triggers
from frontwire.sentences import split_sentences


def mentions(text: str):
    doc = Document(id="t", text=text)
    return find_event_mentions(doc, split_sentences(text))


def test_acled_style_note_is_one_event():
    found = mentions(
        "On 28 April 2020, Taliban militants attacked an army checkpoint in Nad Ali district. "
        "Security forces repelled the attack; 3 militants were killed."
    )
    assert len(found) == 1
    assert found[0].trigger.text == "attacked"
    assert len(found[0].sentences) == 2


def test_new_explicit_date_starts_a_new_event():
    found = mentions(
        "On May 6, militants attacked a police post near the town of Alpha. "
        "On May 4, militants stormed an army position near the town of Beta. "
        "The previous attack, on May 1, killed 2 soldiers near Gamma."
    )
    assert [m.trigger.text for m in found] == ["attacked", "stormed", "attack"]


def test_continuation_sentences_attach_to_the_strike():
    text = (
        "On May 6, a drone of the Turkish army struck a factory east of the city of Qamishli. "
        "The targeted factory employs dozens of locals. "
        "At least one civilian was injured in the strike, which also caused damage."
    )
    found = mentions(text)
    assert len(found) == 1
    assert len(found[0].sentences) == 3
    assert found[0].sub_event_hint == "Air/drone strike"


def test_ongoing_clashes_set_the_scene_of_one_event():
    found = mentions(
        "Since May 5, clashes between the army and rebels have been ongoing in the north. "
        "This intensified on the evening of May 6 in the area of Mount Kurd. "
        "Army troops tried to advance towards the hill, but their attack was repelled. "
        "At least 9 soldiers and 5 militants were killed in the clashes."
    )
    assert len(found) == 1
    assert found[0].sentences[0].text.startswith("This intensified")
    assert len(found[0].sentences) == 4
    assert found[0].trigger.text == "clashes"


def test_commentary_habits_and_operations_give_no_event():
    found = mentions(
        "Militias have launched a joint security operation against ISIS cells in the desert. "
        "Hundreds of fighters and 120 vehicles are involved.\n\n"
        "The two sides regularly engage each other in firefights and artillery duels. "
        "If this report is confirmed, it may force Russia to act. "
        "This support will likely guarantee success in the field."
    )
    assert found == ()


def test_headline_line_gives_no_event():
    found = mentions("Army Repels Attack in Northern Hama\n\nThe weather was fine on Tuesday.")
    assert found == ()


def test_generic_context_is_not_a_trigger():
    text = "Forces resumed operations following another increase of ISIS attacks in the desert."
    assert find_triggers(text, Span(0, len(text), text)) == ()


def test_new_paragraph_with_new_place_starts_a_new_event():
    found = mentions(
        "On May 5, Turkish artillery strikes killed 2 SDF members near the town of Ayn Issa.\n\n"
        "Observers also said several soldiers were injured in militant artillery strikes near the village "
        "of Kinsabba."
    )
    assert len(found) == 2
    assert "Kinsabba" in found[1].sentences[0].text


def test_anaphoric_follow_up_in_a_new_paragraph_attaches():
    found = mentions(
        "On 3 May 2020, gunmen attacked a bus near Garissa.\n\nThe attack killed four passengers."
    )
    assert len(found) == 1 and len(found[0].sentences) == 2


def test_protest_arrest_and_looting_are_events():
    assert mentions("On 2 May 2020, teachers protested in Nairobi over unpaid salaries.")
    assert mentions("Police arrested 12 activists in Harare.")
    assert mentions("On 30 April 2020, rioters looted shops in the market of Kisii.")


def test_negated_trigger_is_dropped():
    text = "No clashes were reported in the area."
    assert find_triggers(text, Span(0, len(text), text)) == ()


def test_plans_and_warnings_are_not_events():
    assert mentions("Protesters are planning to march on Friday.") == ()
    assert mentions("The UN warned that violence could escalate in the coming weeks.") == ()
    assert mentions("Officials condemned the attack.") == ()
    assert (
        mentions("The army launched a major offensive against the militants on Monday, officials said.") == ()
    )


def test_a_protest_that_happened_stays_an_event_despite_a_modal():
    found = mentions(
        "Hundreds of demonstrators gathered outside parliament on Monday, and police may intervene."
    )
    assert len(found) == 1


def test_tallies_and_analysis_are_not_events():
    assert mentions("The conflict has killed more than 10,000 people since 2015, according to the UN.") == ()
    assert mentions("Analysts say the attacks are likely to continue as the group seeks to expand.") == ()


def test_separate_incident_in_another_place_is_another_event():
    found = mentions(
        "On Monday, a roadside bomb killed two soldiers in Helmand. Separately, gunmen shot dead a teacher in Kandahar."
    )
    assert [m.trigger.text for m in found] == ["roadside bomb", "gunmen"]


def test_references_to_past_events_are_not_triggers():
    found = mentions("Police arrested three suspects in connection with the bombing, a spokesman said.")
    assert [m.trigger.text for m in found] == ["arrested"]
    assert mentions("Talks on a ceasefire are expected to resume next week in Doha.") == ()
    assert mentions("Thousands of people have fled their homes since the fighting began last month.") == ()


def test_court_news_tolls_and_track_records_are_not_events():
    assert mentions("A court sentenced five men to death for the 2019 attack on a church.") == ()
    assert mentions("The death toll from last week's attack has risen to 30.") == ()
    assert mentions("The group has carried out dozens of attacks in the region.") == ()
    assert mentions("Opposition leaders called for nationwide protests on Friday.") == ()
    assert len(mentions("Dozens of people were killed in the attack on Sunday.")) == 1


def test_everyday_domains_borrow_conflict_words_without_an_event():
    assert mentions("Liverpool and Manchester City meet on Sunday in a title clash that could decide the league.") == ()
    assert mentions("Storms and flooding killed at least 12 people and destroyed hundreds of homes this week.") == ()
    assert mentions("Stock markets rallied as investors welcomed signs of a trade truce.") == ()
    assert mentions("The striker fired a stunning shot into the top corner as United beat Chelsea 2-0.") == ()


def test_a_conflict_actor_keeps_an_everyday_sentence_an_event():
    assert len(mentions("Football fans clashed with police after the match in Nakuru on Saturday.")) == 1
    assert len(mentions("Police shot dead a man who broke the coronavirus curfew in Mombasa.")) == 1


def test_a_source_named_is_no_conflict_actor():
    assert mentions("A bus plunged into a ravine on Sunday, killing 23 passengers, police said.") == ()


def test_figurative_and_abstract_targets_are_no_triggers():
    assert mentions("The government struck a deal with the unions on Thursday.") == ()
    assert mentions("The central bank raised rates on Wednesday to fight soaring inflation.") == ()
    assert mentions("Doctors are battling an outbreak of cholera in the camps.") == ()
    # protest words keep their sense before an abstract noun
    assert len(mentions("On 3 May 2020, residents protested against corruption in Nakuru.")) == 1


def test_history_plans_and_threats_are_not_events():
    assert mentions("Five years after the 2015 massacre, survivors still struggle to rebuild their lives.") == ()
    assert mentions("Thursday marks the tenth anniversary of the car bomb that killed 22 people.") == ()
    assert mentions("Opposition leaders threatened to stage mass protests over the results.") == ()
    assert mentions("Unions averted a strike planned for next week.") == ()
    assert mentions("Parliament passed a bill that raises the penalties for armed robbery and kidnapping.") == ()


def test_firefighters_are_no_firefight():
    assert mentions("Firefighters put out a blaze at a warehouse overnight.") == ()


def test_a_state_of_affairs_is_no_event_without_its_deed():
    assert mentions("The ceasefire largely held on Sunday, the monitoring mission said.") == ()
    assert len(mentions("On 3 May 2020, the two factions signed a ceasefire in Juba.")) == 1


def test_riot_police_are_no_riot_and_verbal_attacks_no_attack():
    text = "Riot police used water cannon to break up a demonstration."
    assert [t.span.text for t in find_triggers(text, Span(0, len(text), text))] == ["water cannon", "demonstration"]
    assert mentions("The prime minister attacked the opposition's budget plans as reckless.") == ()


def test_the_purpose_of_a_plan_is_no_event():
    assert mentions("The opposition has called for a general strike next Monday to protest against fuel prices.") == ()


def test_a_dated_report_stays_an_event_despite_habitual_side_clauses():
    found = mentions(
        "On 30 April 2020, traders protested outside the ministry in Kyiv because they cannot work "
        "whereas large businesses continue to work."
    )
    assert len(found) == 1


def test_hijackings_and_gun_downs_are_events():
    assert mentions("Suspected militants hijacked two cars carrying voters near Lafey.")
    assert mentions("Three plain-clothes police officers gun down a terror suspect in a park.")


def test_cartel_aid_and_refugee_returns_are_events():
    assert mentions("On 29 April 2020, members of Los Zetas delivered food packages to families in Coatzacoalcos.")
    assert mentions("On 28 April 2020, 183 Venezuelan refugees arrived in Valencia from Tachira state.")


def test_tallies_over_periods_denials_and_fears_are_not_events():
    assert mentions("The UN said 2,000 civilians were killed in the first half of the year.") == ()
    assert mentions("Armed groups recruited more than 8,000 children between 2015 and 2020.") == ()
    assert mentions("The number of kidnappings in the region has doubled.") == ()
    assert mentions("The minister denied that soldiers had shot civilians.") == ()
    assert mentions("Tensions remain high along the border after weeks of clashes, analysts said.") == ()
    assert mentions("The attack on the embassy last month has raised fears of further violence.") == ()


def test_burials_remembrance_flight_and_arms_purchases_are_not_events():
    assert mentions("The slain journalist was buried in his home town on Sunday, days after he was shot dead.") == ()
    assert mentions("Soldiers who died in the line of duty were honoured at a ceremony on Monday.") == ()
    assert mentions("Refugees who fled the fighting have returned home since the peace deal was signed in 2018.") == ()
    assert mentions("The government will buy 12 new fighter jets and several attack helicopters.") == ()


def test_years_alone_the_wounded_and_arms_contracts_are_not_events():
    assert mentions("Amnesty said security forces used excessive force to quell protests in 2019, killing 300.") == ()
    assert mentions("Hospitals are struggling to cope with the wounded, doctors said.") == ()
    assert mentions("Shares in the arms maker jumped after it won a contract to supply artillery shells.") == ()


def test_court_appearances_threats_of_reprisal_and_pleas_are_not_events():
    assert mentions("A suspect in the murder of the mayor appeared in court and was remanded in custody.") == ()
    assert mentions("The group's spokesman threatened reprisals if the army continued its operations.") == ()
    assert mentions("Relatives of the hostages appealed to the kidnappers to release them unharmed.") == ()
    assert mentions("Ten years on, the town still bears the scars of the battle that drove the militants out.") == ()


def test_wildlife_natural_deaths_and_announced_strikes_are_not_events():
    assert mentions("Farmers say attacks by elephants on their crops have increased.") == ()
    assert mentions("The former warlord died of natural causes on Monday at the age of 78.") == ()
    assert mentions("Unions said the strike would go ahead on Thursday unless wages were raised.") == ()
    assert mentions("The rebels accused the government of violating the ceasefire several times since it took effect in March.") == ()


def test_expected_demonstrations_and_detainees_are_not_events():
    assert mentions("Police warned motorists to avoid the centre on Friday when a large demonstration is expected.") == ()
    assert mentions("The army said it was investigating reports that soldiers had mistreated detainees.") == ()


def test_cancelled_marches_rewards_and_verdicts_on_killings_are_not_events():
    assert mentions("Protest organisers said they had cancelled Saturday's march after talks with the police.") == ()
    assert mentions("Police offered a reward for information leading to the arrest of the gunmen.") == ()
    assert mentions("A senior UN official called the killings a wake-up call.") == ()


def test_funerals_albums_and_natural_deaths_in_custody_are_not_events():
    assert mentions("Thousands attended the funeral of the slain opposition leader in Harare on Sunday.") == ()
    assert mentions("The singer's new album, 'Gunfire and Roses', topped the charts in its first week.") == ()
    assert mentions("Police said the man had died of a heart attack while in custody.") == ()


def test_a_state_noun_beside_a_deed_is_its_circumstance():
    # "curfew" with no verb that imposes it is when the shooting happened, not a security measure.
    text = "Soldiers shot dead a trader during a dawn curfew patrol in the market town on Friday."
    triggers = find_triggers(text, Span(0, len(text), text))
    assert [t.span.text for t in triggers] == ["shot dead"]


def test_peace_talks_and_hopes_of_a_deal_are_no_event():
    assert mentions("The rebels and the government opened peace talks on Monday, hoping to sign an accord soon.") == ()


def test_an_anniversary_retold_is_no_event():
    assert mentions("Twenty years ago this week, soldiers opened fire on strikers at the mine, killing 9.") == ()


def test_a_factory_fire_and_a_gas_leak_are_accidents():
    assert mentions("A fire broke out at a fertiliser plant on Sunday and a gas leak killed four workers.") == ()


def test_crime_statistics_are_no_event():
    assert mentions("The homicide rate fell in March, officials said, with 410 murders recorded nationwide.") == ()


def test_a_rising_toll_from_a_named_day_is_the_event():
    found = mentions("The death toll from Friday's car bomb in the market of Azaz has risen to 9, medics said.")
    assert len(found) == 1 and found[0].sub_event_hint == "Remote explosive/landmine/IED"


def test_food_poisoning_and_a_death_without_foul_play_are_no_event():
    assert mentions("Seven villagers died after eating poisonous fish at a wedding in Kasese, officials said.") == ()


def test_a_riot_retold_inside_a_current_march_keeps_the_march():
    # "last year's" dates only the word after it; the march on Friday night is today's news.
    found = mentions("Students threw stones at police in Quito on Friday night as a march recalling last year's unrest turned violent.")
    assert len(found) == 1


def test_a_trigger_one_year_since_is_background():
    text = "Families held a vigil on Sunday to mark one year since soldiers stormed the camp."
    assert [t.span.text for t in find_triggers(text, Span(0, len(text), text))] == ["vigil"]


def test_a_denial_and_a_promise_report_nothing():
    assert mentions("The army denied that its soldiers had shot at the crowd in Bamako.") == ()
    assert mentions("The governor said on Monday that cattle rustling would be stamped out by the new police unit.") == ()


def test_a_briefing_on_the_impact_of_shelling_is_no_event():
    assert mentions("The envoy briefed diplomats on Friday on the humanitarian impact of the shelling in Marib.") == ()


def test_extra_troops_sent_to_a_region_are_a_deployment():
    found = mentions("The government sent 800 extra troops to the Cabo Delgado province on Saturday.")
    assert len(found) == 1 and found[0].sub_event_hint == "Change to group/activity"


def test_a_cabinet_row_and_a_search_a_week_after_a_blast_are_no_event():
    assert mentions("Clashes between the two leaders over the tax plan dominated Monday's cabinet meeting.") == ()
    assert mentions("A week after the blast, rescuers are still searching the rubble of the warehouse.") == ()


def test_what_a_group_has_repeatedly_denied_is_no_event():
    assert mentions("The militia has repeatedly denied attacking villages and says it only fights the army.") == ()


def test_a_person_taken_whose_whereabouts_are_unknown_is_a_disappearance():
    found = mentions("Family members say soldiers picked up a student leader in Quetta on Monday and his whereabouts remain unknown.")
    assert len(found) == 1 and found[0].sub_event_hint == "Abduction/forced disappearance"


def test_homes_burned_during_the_insurgency_are_history():
    assert mentions("Returnees in Bama are rebuilding the clinics that were burned during the insurgency, an aid group said.") == ()


def test_a_generic_cue_reaches_across_a_coordination():
    assert mentions("The new police chief took office in a county plagued by poaching and cattle rustling.") == ()


def test_a_football_score_is_no_attack():
    assert mentions("Arsenal beat Chelsea 3-1 on Saturday, with their striker scoring twice before half-time.") == ()


def test_militants_parading_through_a_town_are_a_show_of_force():
    found = mentions("Dozens of militants paraded through the town of Jilib on Friday in a show of force, residents said.")
    assert len(found) == 1 and found[0].sub_event_hint == "Change to group/activity"


def test_sanctions_abuse_reports_alerts_and_shipwrecks_are_no_event():
    assert mentions("Britain imposed sanctions on three generals responsible for the crackdown on protesters.") == ()
    assert mentions("Rights groups have documented hundreds of cases of torture in military prisons.") == ()
    assert mentions("Troops were put on red alert ahead of planned protests in the capital on Friday.") == ()
    assert mentions("The bodies of 14 fishermen washed ashore on Sunday after their boat sank in a storm.") == ()


def test_a_meeting_on_a_deal_signed_earlier_is_no_agreement():
    assert mentions("The two sides met in Addis Ababa on Monday to review the implementation of the peace accord signed in June.") == ()


def test_a_later_abduction_in_the_same_sentence_is_a_second_event():
    from frontwire.classify import classify_event

    text = "Gunmen attacked a police post in Zamfara on Monday and later abducted 20 villagers."
    doc = Document(id="t", text=text)
    mentions = find_event_mentions(doc, split_sentences(text))
    assert [classify_event(doc, m).sub_event_type for m in mentions][-1] == "Abduction/forced disappearance"
    assert len(mentions) == 2


def test_a_victim_kidnapped_and_later_killed_is_one_event():
    text = "A trader was kidnapped and later killed by gunmen near Gusau on Monday."
    assert len(find_event_mentions(Document(id="t", text=text), split_sentences(text))) == 1


def test_a_parenthesis_closes_a_negation_reach():
    text = "On 2 May 2020, supporters of President Jair Bolsonaro (no party) protested in front of the court."
    assert [t.span.text for t in find_triggers(text, Span(0, len(text), text))] == ["protested"]


def test_a_policewoman_anchors_a_sentence_about_the_pandemic_in_conflict():
    text = "On 2 May 2020, a policewoman was attacked by sellers while checking coronavirus measures."
    assert [t.span.text for t in find_triggers(text, Span(0, len(text), text))] == ["attacked"]


def test_police_carrying_out_an_operation_against_traffickers_opens_the_event():
    found = mentions(
        "On 2 May 2020, in Sao Goncalo, the Military Police carried out an operation against drug "
        "trafficking in the Linha community. A shoot-out broke out and a suspect was killed."
    )
    assert found[0].sentences[0].start == 0


def test_a_sentence_relating_the_event_to_earlier_clashes_is_not_part_of_it():
    found = mentions(
        "Gunmen killed 11 villagers in Kauru on Sunday night. The attack came a week after clashes "
        "between herders and farmers in the area left several dead, residents said."
    )
    assert len(found) == 1 and len(found[0].sentences) == 1


def test_wounded_who_die_later_stay_with_the_attack():
    found = mentions(
        "Bandits attacked travellers near Birnin Gwari on Friday, wounding six. "
        "Two of the wounded later died at a hospital in Kaduna."
    )
    assert len(found) == 1
    assert len(found[0].sentences) == 2


def test_a_risen_toll_on_a_later_day_is_the_same_event():
    found = mentions(
        "Jihadists killed 12 soldiers in an attack on a base in Inata on Monday. "
        "The death toll rose to 15 on Tuesday after three wounded soldiers died."
    )
    assert len(found) == 1


def test_a_victim_hurt_in_the_attack_who_dies_next_day_continues_it():
    found = mentions(
        "Unidentified gunmen killed three miners at a gold site in Ituri on Friday. "
        "A fourth miner who was shot in the attack died on Saturday."
    )
    assert len(found) == 1


def test_a_separate_incident_with_a_later_death_stays_apart():
    found = mentions(
        "Gunmen killed a farmer in Kajuru on Sunday. Elsewhere in Kaduna state, kidnappers abducted "
        "five travellers on Monday; one of the victims later died."
    )
    assert len(found) == 2


def test_wire_paragraphs_without_a_new_place_go_on_telling_the_event():
    found = mentions(
        "Al-Shabaab fighters ambushed a Somali army convoy near Afgoye on Wednesday.\n\n"
        "Five soldiers were killed and seven wounded.\n\n"
        "Soldiers repelled the attack after a two-hour gun battle."
    )
    assert len(found) == 1 and len(found[0].sentences) == 3


def test_a_dated_acled_note_without_a_trigger_word_is_one_event():
    text = (
        "On 2 May 2020, the Coronavirus Prevention Committee in the West Coast decided to close all the "
        "roads that lead to and from the coastal districts."
    )
    mentions = find_event_mentions(Document(id="n", text=text), split_sentences(text))
    assert len(mentions) == 1 and mentions[0].trigger.text == "On 2 May 2020"


def test_a_dated_sentence_that_only_says_what_will_happen_is_no_event():
    text = "On 2 May 2020, the minister said schools would reopen next month."
    assert find_event_mentions(Document(id="n", text=text), split_sentences(text)) == ()
