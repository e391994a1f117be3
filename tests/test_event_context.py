"""No-event context: trigger uses that report no deed, on sentences written for these tests."""

from frontwire.event_context import is_context, is_durative, is_habitual, is_state_only
from frontwire.model import Span
from frontwire.segment import find_triggers, load_lexicon


def context(sentence: str, word: str) -> bool:
    lexicon = load_lexicon()
    match = next(m for m in lexicon.triggers.finditer(sentence) if m.group(0) == word)
    return is_context(lexicon, sentence, match, -1)


def test_negated_trigger_is_context():
    assert context("There were no clashes in Marib on Sunday.", "clashes")


def test_historic_trigger_is_context():
    assert context("Residents still remember the 2015 massacre in the village.", "massacre")


def test_planned_trigger_is_context():
    assert context("The rebels vowed to attack the capital.", "attack")


def test_reported_deed_is_no_context():
    assert not context("On 4 May 2020, militants attacked a police post in Borno.", "attacked")


def test_year_alone_is_habitual_but_a_dated_day_is_not():
    lexicon = load_lexicon()
    text = "Police used force to quell protests in 2019."
    assert is_habitual(lexicon, Span(0, len(text), text), dated=False)
    assert not is_habitual(lexicon, Span(0, len(text), text), dated=True)


def test_since_a_year_is_durative():
    assert is_durative(load_lexicon(), "More than 300 people have been killed since 2015 in the region.")


def test_ceasefire_held_is_a_state_not_a_deed():
    lexicon = load_lexicon()
    assert is_state_only(lexicon, "The ceasefire largely held on Sunday.", ("ceasefire",))


def test_a_generic_cue_ends_at_a_finite_verb():
    assert not context("Two women accused of witchcraft were lynched in Nyamira on Sunday.", "lynched")
    assert context("Police denied reports of clashes in the town.", "clashes")


def test_a_march_demanding_a_conviction_is_no_court_report():
    lexicon = load_lexicon()
    march = "Hundreds of women marched in Dhaka demanding that the men be convicted."
    trial = "Two protesters were convicted of arson by a court in Dhaka."
    for text, habitual in ((march, False), (trial, True)):
        span = Span(0, len(text), text)
        assert is_habitual(lexicon, span, False, find_triggers(text, span)) is habitual


def _mentions(text: str) -> int:
    from frontwire.model import Document
    from frontwire.segment import find_event_mentions
    from frontwire.sentences import split_sentences

    return len(find_event_mentions(Document(id="t", text=text), split_sentences(text)))


def test_a_family_killing_with_a_machete_is_no_event():
    assert _mentions("A man hacked his wife to death with a machete at their home in Kisumu on Saturday.") == 0


def test_a_mob_lynching_a_man_who_killed_his_wife_is_an_event():
    assert _mentions("A mob lynched a man who had stabbed his wife in a village near Voi on Sunday.") == 1


def test_a_fire_that_gutted_a_building_is_an_accident():
    assert _mentions("Five people died when a fire gutted a residential building in Dhaka on Wednesday.") == 0


def test_a_threat_with_a_day_before_its_infinitive_is_no_event():
    assert _mentions("The rebels threatened on Monday to resume fighting unless their prisoners are freed.") == 0


def test_the_toll_of_a_remembered_massacre_is_no_event():
    assert _mentions("Residents on Friday marked the tenth anniversary of the massacre in which 200 villagers were killed.") == 0


def test_a_dowry_killing_of_a_mother_in_law_is_no_event():
    assert _mentions("The 20-year-old killed her mother-in-law after a row over dowry in Bihar, police said.") == 0


def test_a_place_whose_where_clause_tells_past_attacks_in_the_perfect_is_no_event():
    text = "The president appointed a new governor of Ituri on Tuesday, where militia attacks have killed hundreds."
    assert _mentions(text) == 0


def test_a_where_clause_in_the_past_tense_is_the_event():
    assert _mentions("Fighting broke out between troops and rebels in Kalehe, where two soldiers were killed.") == 1


def test_aid_for_families_who_fled_clashes_is_no_event():
    assert _mentions("Aid agencies distributed tents to families who fled recent clashes near Kalehe on Thursday.") == 0


def test_a_toll_between_two_months_is_a_statistic():
    assert _mentions("According to the UN, 1,200 civilians were killed in attacks between January and April.") == 0


def test_aid_workers_evacuating_the_wounded_is_no_event():
    assert _mentions("The Red Crescent evacuated 200 wounded people from the besieged city of Misrata on Tuesday.") == 0


def test_a_tally_of_armed_violence_is_a_statistic():
    assert _mentions("According to a tally of armed violence by the UN mission, 1,200 civilians were killed in attacks.") == 0


def test_any_further_attacks_are_not_specific():
    assert context("The governor warned that the army would crush any further attacks on the town.", "attacks")


def test_a_look_back_years_after_a_massacre_is_context():
    assert context("Ten years after the Jos massacre, families still wait for justice.", "massacre")


def test_a_policy_against_a_category_of_actors_is_context():
    assert context("The state hired 500 vigilantes to counter cattle rustlers in the north.", "rustlers")


def test_a_war_crimes_trial_is_no_event():
    assert _mentions("Prosecutors told the International Criminal Court on Tuesday that the accused ordered the killing of villagers.") == 0


def test_the_slain_journalist_is_a_past_killing():
    sentence = "The family of the slain journalist met the governor on Friday."
    assert "slain" not in [t.span.text for t in find_triggers(sentence, Span(0, len(sentence), sentence))]


def test_a_perfect_tally_since_a_starting_point_is_durative():
    lexicon = load_lexicon()
    assert is_durative(lexicon, "Rights groups say 300 people have disappeared in custody since the coup.")
    assert not is_durative(lexicon, "Traders have demonstrated over hawkers who flooded the town since May.")


def test_an_analysts_forecast_of_attacks_is_no_event():
    assert _mentions("Analysts expect militants to step up attacks ahead of Ramadan.") == 0


def test_locust_attacks_are_no_event():
    assert _mentions("Farmers in Punjab are bracing for locust attacks after swarms crossed the border on Monday.") == 0


def test_a_threat_whose_infinitive_comes_later_is_no_event():
    assert _mentions("The militant group threatened in a video released on Sunday to attack foreign tourists.") == 0


def test_gunmen_who_threatened_and_beat_residents_still_tell_an_event():
    assert _mentions("On 4 May 2020, gunmen threatened and beat residents of Kajuru village.") >= 1


def test_a_deed_a_year_back_in_its_own_clause_is_context():
    text = "The group said on Thursday that soldiers had executed 40 civilians during operations last year."
    assert context(text, "executed")


def test_the_dead_of_last_weeks_attack_at_a_funeral_are_no_event():
    assert _mentions("Mourners gathered on Friday for the funeral of 14 worshippers killed in last week's attack.") == 0


def test_survivors_of_an_attack_visited_are_no_event():
    assert _mentions("The governor visited survivors of Sunday's attack on herders in hospital on Tuesday.") == 0


def test_a_gold_mine_is_no_landmine():
    text = "Gunmen raided a gold mine in Kenieba on Thursday."
    assert "mine" not in [t.span.text for t in find_triggers(text, Span(0, len(text), text))]


def test_a_toll_over_the_previous_year_with_a_large_figure_is_context():
    text = "The government said attacks by armed groups had killed 5,000 civilians over the previous year."
    assert context(text, "killed")


def test_troops_demanded_to_be_deployed_are_no_deployment():
    assert _mentions("Community leaders on Tuesday demanded that troops be deployed to the district.") == 0


def test_a_series_of_protests_taken_part_in_is_told():
    assert not context(
        "On 1 May 2020, seven activists took part in a series of one-person protests in Moscow.", "protests"
    )


def test_a_series_of_attacks_as_background_stays_context():
    assert context("The town has suffered a series of attacks by bandits.", "attacks")


def test_forces_accused_of_a_deed_tell_it():
    assert not context("On 2 May 2020, police in Burgersfort are accused of assaulting a taxi driver.", "assaulting")


def test_a_man_accused_of_a_crime_stays_context():
    assert context("A man accused of stealing a goat was beaten by residents.", "stealing")


def test_a_tally_of_this_year_is_context():
    assert context("The minister said the army had lost 45 soldiers in attacks by insurgents this year.", "attacks")
