"""Fatalities: one domain sentence and the figure ACLED would code for it."""

from __future__ import annotations

from datetime import date

import pytest

from frontwire.fatalities import count_casualties
from frontwire.model import Casualties, Document, EventMention
from frontwire.sentences import split_sentences


def _count(text: str, only: int | None = None) -> Casualties:
    doc = Document(id="t", text=text)
    sents = split_sentences(text)
    chosen = sents if only is None else (sents[only],)
    return count_casualties(doc, EventMention(sentences=chosen, trigger=chosen[0]))


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        (
            "According to pro-militant sources, at least 9 Syrian soldiers and 5 militants were killed in the clashes.",
            14,
        ),
        ("Turkish artillery strikes killed at least 2 members of the SDF near Ayn Issa.", 2),
        ("Gunmen shot dead two herders near Moyale.", 2),
        ("Twenty-three people died when the market was shelled.", 23),
        ("Dozens of civilians were killed in the air strikes on the town.", 12),
        ("Several soldiers were killed in an ambush near Gao.", 3),
        ("A 25-year-old man was shot dead by police in Kisumu.", 1),
        ("Police killed 3 suspects and injured 5 others in Mathare.", 3),
        ("Villagers discovered the bodies of four men near the river.", 4),
        ("Two soldiers lost their lives in the attack on the base.", 2),
        ("Militants beheaded a village elder in Cabo Delgado.", 1),
        ("Seven bandits killed in Turkana by security personnel.", 7),
        ("The explosion left at least 4 dead in the market.", 4),
        ("Between 5 and 8 people were killed in the raid.", 5),
        ("On 6 March 2020, 5 Taliban militants and 2-4 policemen were killed in Kunduz.", 7),
        ("A suicide bomber killed himself and five worshippers at a mosque in Jalalabad.", 6),
        ("A roadside bomb killed six soldiers and their interpreter near Kandahar.", 7),
        ("Troops killed 30 terrorists and lost two soldiers in a battle near Marte.", 32),
        ("Police said the attack on a village in Kajuru left three farmers dead.", 3),
        ("A wounded soldier later succumbed to his injuries in hospital in Gao.", 1),
        ("A student was stabbed in Kibera on Monday. He later died in hospital.", 1),
        ("Gunmen killed three villagers in Kajuru. Two of the wounded later died in hospital.", 5),
        ("Unknown gunmen shot dead Jamal Khan, a local journalist, in Peshawar on Tuesday.", 1),
        ("Gunmen killed Father John Okoro in Kajuru on Tuesday, police said.", 1),
        ("Jamal Khan, a local journalist, was shot dead by unknown gunmen in Peshawar on Tuesday.", 1),
        ("Local journalist Jamal Khan was shot dead by unknown gunmen in Peshawar on Tuesday.", 1),
        ("Gunmen killed the village chief and his two sons in Kajuru on Tuesday.", 3),
        ("Gunmen shot a farmer near Kajuru on Tuesday, leading to her death.", 1),
        ("The district head and his bodyguard were killed when their vehicle hit a roadside bomb.", 2),
        ("Gunmen killed the district commissioner and three of his guards in Kajuru.", 4),
        ("Troops killed Boko Haram insurgents near Marte on Tuesday, the army said.", 0),
        ("A girl and her grandmother were among those killed when gunmen stormed Kajuru.", 2),
        ("Troops killed 30 terrorists near Marte. Two soldiers were killed, the army said.", 32),
        (
            "Troops killed 30 terrorists near Marte, the army said. The militants said they killed 12 soldiers.",
            30,
        ),
    ],
)
def test_deaths(text: str, deaths: int) -> None:
    got = _count(text)
    assert got.fatalities == deaths
    assert all(text[s.start : s.end] == s.text for s in got.evidence)


def test_injured_only_is_no_death() -> None:
    got = _count(
        "At least one civilian was severely injured in the strike, which also caused material damage."
    )
    assert (got.fatalities, got.injured) == (0, 1)


def test_killed_or_wounded_is_not_a_death_count() -> None:
    assert _count("Twelve soldiers were killed or wounded in the ambush.").fatalities == 0


def test_things_are_not_people() -> None:
    assert (
        _count("Hundreds of fighters and 120 military vehicles are involved in the operation.").fatalities
        == 0
    )
    assert _count("Raiders killed 40 goats about 2 km from the village.").fatalities == 0


def test_a_protest_over_an_earlier_death_counts_none() -> None:
    assert _count("Residents protested the death of a student killed by a car.").fatalities == 0


def test_deaths_of_another_event_in_the_article_are_not_merged() -> None:
    text = "Gunmen killed two farmers in Lamu. Separately, police arrested five protesters in Nairobi."
    assert _count(text, only=1).fatalities == 0


def test_a_range_keeps_low_and_high() -> None:
    got = _count("Between 5 and 8 people were killed in the raid.")
    assert (got.fatalities, got.fatalities_low, got.fatalities_high) == (5, 5, 8)


def test_a_coder_statement_wins() -> None:
    assert (
        _count("Clashes erupted in Taiz. Fatalities coded as 3 (VoJ reported 10 fatalities).").fatalities == 3
    )
    assert (
        _count(
            "One soldier was killed at an unspecified location [1 fatality split among 12 events]."
        ).fatalities
        == 0
    )


def test_restated_toll_is_not_double_counted() -> None:
    text = "Four villagers were killed overnight near Isiolo. Four of the villagers were shot dead at home."
    assert _count(text).fatalities == 4


def test_sources_that_disagree_give_a_range() -> None:
    got = _count("Police said 3 people were killed in the raid, while residents said 7 were killed.")
    assert (got.fatalities, got.fatalities_low, got.fatalities_high) == (3, 3, 7)


def test_an_updated_toll_replaces_the_first() -> None:
    assert _count("Two soldiers were killed in the blast. The death toll later rose to 5.").fatalities == 5


def test_a_sentence_that_adds_deaths_adds_them() -> None:
    assert _count("Three soldiers were killed in the ambush. Two militants were also killed.").fatalities == 5


def test_a_possessive_conjunct_is_one_more_victim() -> None:
    assert _count("A former town councillor and his wife were shot dead by gunmen.").fatalities == 2


def test_claimed_deaths_still_count() -> None:
    assert _count("Al Shabaab claimed to have killed four soldiers near Janaale.").fatalities == 4


def test_injured_right_after_a_figure_are_not_dead() -> None:
    got = _count("A mob attacked a youth and 3 others in Jathol village. 1 killed 3 injured.")
    assert (got.fatalities, got.injured) == (1, 3)


def test_a_breakdown_of_them_is_not_added() -> None:
    assert _count("Gunmen killed 3 people, 2 of them children, in Mandera.").fatalities == 3


def test_death_toll_phrase() -> None:
    assert _count("Death toll climbs to 20 in Kabul blasts.").fatalities == 20


@pytest.mark.parametrize(
    "text",
    [
        "Police shoot Al Shabaab suspect dead in shoot-out.",
        "Vigilante mob kills man suspected of robbery.",
        "A Kenyan herder was on Friday killed by Al Shabaab militants.",
        "Unidentified armed men killed a three years old girl in Isiolo.",
    ],
)
def test_one_unnumbered_victim(text: str) -> None:
    assert _count(text).fatalities == 1


def test_the_deed_that_caused_a_lynching_is_not_counted() -> None:
    assert (
        _count(
            "A man was burnt to death by a mob in Meru after he allegedly stabbed a guard to death."
        ).fatalities
        == 1
    )


def test_an_including_clause_is_not_added() -> None:
    assert (
        _count("At least 30 people, including 12 children, were killed in the air strike.").fatalities == 30
    )


def test_victims_listed_after_an_active_verb_are_summed() -> None:
    assert _count("The blast killed a policeman and two civilians near the market.").fatalities == 3


def test_no_one_killed() -> None:
    assert _count("No one was killed in the attack on the checkpoint.").fatalities == 0


def test_victims_added_with_in_addition_to() -> None:
    assert (
        _count("Gunmen shot and killed 1 council member in addition to 3 of his guards in Logar.").fatalities
        == 4
    )


def test_a_figure_naming_attacks_is_not_victims() -> None:
    assert _count("Police said the two attacks were carried out by the same gang.").fatalities == 0


def test_killed_or_wounded_is_only_an_upper_bound() -> None:
    got = _count("Twelve soldiers were killed or wounded in the ambush.")
    assert (got.fatalities, got.fatalities_low, got.fatalities_high) == (0, 0, 12)


def test_an_active_verb_with_a_possessive_conjunct() -> None:
    assert _count("Soldiers reportedly killed a suspected commander and his son in Ersam.").fatalities == 2


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the source after a comma is not one more victim
        (
            "A roadside bomb struck an army truck near Mogadishu on Thursday, killing three soldiers, a police officer said.",
            3,
        ),
        (
            "Militants stormed a checkpoint, killing five policemen and wounding three others, a provincial spokesman said.",
            5,
        ),
        # a possessive before a figure joins it: one woman and two children
        (
            "Russian warplanes struck the village of Kansafra, killing a woman and her two children, rescuers said.",
            3,
        ),
        # reported speech: the pluperfect is this event, not an earlier one
        (
            "Officials said on Tuesday that a landmine blast had killed four children near their home in Ghazni.",
            4,
        ),
        ("A provincial official said two soldiers had died in the attack on the base.", 2),
        # the toll of a named earlier attack, updated far from its noun
        (
            "The death toll from Thursday's attack on a market in the town of Kaya rose to 15 on Saturday, officials said.",
            15,
        ),
        # "both sides" are not two victims
        ("Separatists clashed with government troops in Abyan, with both sides reporting dead.", 0),
        # a later toll of another side adds; one of the same side restates
        (
            "Turkish forces killed four PKK militants in Hakkari on Saturday. One Turkish soldier was killed.",
            5,
        ),
        ("Gunmen killed five villagers in Kwall. Two of the villagers were shot dead in their homes.", 5),
        # ... but not when that sentence is another source's account of the same fight
        (
            "Afghan forces said they killed 40 Taliban fighters in Baghlan. The Taliban said it killed a dozen soldiers.",
            40,
        ),
        # another source's lower toll stands (ACLED's lowest credible figure)
        (
            "The Taliban said its fighters had killed 15 soldiers in Faryab. An official confirmed the attack but said two soldiers had died.",
            2,
        ),
        (
            "Villagers said 20 people were killed when armed men stormed the market. The government put the toll at 18.",
            18,
        ),
        # a side's own dead told as a loss add; a loss of things is no death
        ("The army said it killed about 30 militants in the north last week, while losing two soldiers.", 32),
        ("The ruling party lost two seats in the vote in Kandahar.", 0),
        # a relative clause between the victim and the verb
        ("A former FARC rebel who had signed the peace deal was shot dead in Cauca on Tuesday.", 1),
        ("Two gunmen who had stormed the church, killing a priest, were shot dead by police.", 3),
        # a side the first toll counted gives its own lower losses: the lower stands
        (
            "Afghan forces said they killed 40 Taliban fighters in Baghlan. The Taliban said it lost five men and killed a dozen soldiers.",
            5,
        ),
        # compound dozens, lives, and the military's "neutralised"
        ("Gunmen killed at least two dozen villagers in Zamfara.", 24),
        ("Half a dozen policemen were killed in the attack.", 6),
        ("The blast claimed 9 lives in the market.", 9),
        ("Troops neutralised 8 terrorists in Borno.", 8),
        # a figure right after the verb: the words before it are the killers, not victims
        ("Fighting between the two clans killed at least 20 people, elders said.", 20),
        # ages are no figures; "of the wounded" names victims; a protest over a death counts none
        ("Gunmen killed a 12-year-old boy and his father in Baragoi.", 2),
        ("Two of the wounded later died in hospital.", 2),
        ("Crowds burned a bus during a demonstration over the death of a 17-year-old killed by police.", 0),
        # "all 11", "died of their wounds", and communities between whom people died are no victims
        ("The gunmen opened fire on the bus, killing all 11 people on board.", 11),
        ("Two soldiers died of their wounds on Tuesday.", 2),
        (
            "Eight people were killed on Monday in clashes between two communities, and 11 were killed on Tuesday.",
            19,
        ),
        # another named source's toll of the same dead competes; the lower stands
        ("Islamic State said its fighters killed 10 soldiers. The army said three soldiers were killed.", 3),
        ("Gunmen killed 15 people, residents said. Police said 10 were killed.", 10),
        # ... but the same source going on, or dead it says were also killed, do not compete
        ("The army said it killed 30 militants. It said two soldiers were killed.", 30),
        ("Militants killed 5 soldiers, the army said. Police said two civilians were also killed.", 7),
        # "have died"; ", three of them policemen," breaks the figure down
        ("Fifteen people have died in the violence, which began on Sunday.", 15),
        ("Five people, three of them policemen, were killed.", 5),
        # background: an earlier time or a running total is not this event's toll
        (
            "Hundreds marched in Bamako on Friday. Last month, 12 protesters were killed in clashes with police.",
            0,
        ),
        ("Militants have killed more than 1,000 people in the region since 2017.", 0),
        ("The insurgents, who killed 12 soldiers in a raid last year, attacked the base again on Monday.", 0),
        ("The attack was the deadliest since March, when 30 soldiers were killed in Boulkessi.", 0),
        ("Gunmen killed five people in Zamfara on Monday, the deadliest attack since 2017.", 5),
        # a found body is one dead; "the corpses of" counts like "the bodies of"
        ("A man's body was found near Harim, killed by unknown gunmen, his body was found on 7 May.", 1),
        ("The corpses of around thirty suspected militants were discovered near Inawan.", 30),
        # a slash inside a victim phrase ("BH/IS fighters")
        ("Nigerian Armed Forces shelled Boko Haram/IS positions in Buk. 56 BH/IS fighters were killed.", 56),
        # a death that is the topic of a protest or a vigil is not the protest's
        ("Relatives of prisoners protested after the previous day more than 40 prisoners were killed.", 0),
        ("Residents held a vigil demanding a strict sentence for the driver who killed a journalist.", 0),
        # ... but a protest that is itself fired on keeps its dead
        (
            "Police opened fire on protesters who were demonstrating against the vote and killed two of them.",
            2,
        ),
        # an "including" breakdown with no commas is not added
        ("Eight people including four school children and four police officers were killed in the blast.", 8),
        # "were Friday afternoon shot dead", "killed including ...", "tortured to death"
        ("Two policemen were Friday afternoon shot dead by unknown gunmen while on patrol.", 2),
        ("Eight people were killed including three children in the attack on Kataluk.", 8),
        ("The kidnapped director was tortured to death later.", 1),
        # "the other" is the rest of a set already counted, not more dead
        ("A mob killed two thieves in Goma. One was burnt alive and the other was stoned to death.", 2),
        # an untold number counts none
        ("Seven soldiers and an unknown number of militants were killed.", 7),
        # the killing that led to a riot, its subject after "after", is another event
        (
            "Protesters set fire to a police station in Waajid after officers shot dead a man at a checkpoint.",
            0,
        ),
        # "hacked to death" before its victims
        ("Suspected ADF militants hacked to death seven people in the village of Ngadi near Beni.", 7),
    ],
)
def test_news_phrasing(text: str, deaths: int) -> None:
    assert _count(text).fatalities == deaths


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the victim told by an object pronoun; "out of his house" is no earlier deed
        (
            "Maoist rebels dragged a village headman out of his house and killed him in Bijapur on Sunday night.",
            1,
        ),
        ("Suspected herdsmen abducted a farmer in Benue state and killed her on Monday.", 1),
        ("Militants seized two truck drivers near Bannu and killed them on Monday, police said.", 2),
        # "leaving the driver dead": one victim with no figure
        ("An IED exploded near Rutba, hitting a vegetable truck and leaving the driver dead.", 1),
        # an apposition naming those counted restates the figure; a suicide bomber's own death counts
        ("Two people, a policeman and a passer-by, were killed in the explosion.", 2),
        ("The suicide bomber blew himself up at the gate of the base, killing a guard.", 2),
        # a figure spelled out in hundreds, as at a sentence start
        ("One hundred and twenty people were killed in the massacre, the UN said.", 120),
        # the attacker killed at the end of the deed counts too
        ("A gunman killed five people at a market in Kano on Monday before he was shot dead by police.", 6),
        # a figure after "the", and "martyred"
        ("The bodies of the two abducted teachers were found on Tuesday, police said.", 2),
        ("Four policemen were martyred in the attack, the provincial police chief said.", 4),
        # a later death told with the new total: the total stands, not the total plus one
        (
            "A policeman died of his wounds on Tuesday, bringing the death toll from the ambush near Kidal to three.",
            3,
        ),
        (
            "Two more wounded villagers died in hospital, raising the death toll from the attack on Kadisau to nine.",
            9,
        ),
    ],
)
def test_pronoun_victims_and_raised_tolls(text: str, deaths: int) -> None:
    assert _count(text).fatalities == deaths


def test_a_separate_incident_after_the_event_adds_nothing_to_its_toll() -> None:
    text = (
        "A magnetic bomb attached to a car killed two civilians in western Kabul on Monday, police said. "
        "In a separate attack the same day, Taliban fighters stormed a checkpoint in Pul-e-Khumri, killing three policemen."
    )
    assert _count(text).fatalities == 2


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a death that is a protest's aim, a trial's charge, a hunt's cause, an accident or a memory
        ("Activists staged a demonstration in Iloilo City to denounce the murder of a union leader.", 0),
        (
            "Protesters gathered outside the court where three officers are on trial for the murder of a lawyer.",
            0,
        ),
        ("Villagers fled as troops searched the area for the gunmen who killed a soldier on Friday.", 0),
        (
            "Riders burned tyres in Bafoussam after a traffic accident that resulted in the death of a colleague.",
            0,
        ),
        ("Hundreds rallied in Odessa to mark the anniversary of the fire in which 48 people died.", 0),
        ("Thousands marched in Istanbul in memory of 34 workers who were killed at a May Day rally.", 0),
        ("The group carried out 120 attacks in 2019, killing 400 people, the report said.", 0),
        # a curfew named by the pandemic is no illness death
        ("A police officer enforcing a coronavirus curfew shot dead a motorcycle taxi rider in Mukono.", 1),
        # the attacker's own death told after the toll adds to it
        ("A police officer was killed in the blast, the ministry said. The bomber also died.", 2),
    ],
)
def test_deaths_that_are_not_this_event(text: str, deaths: int) -> None:
    doc = Document(id="t", text=text, published=date(2020, 5, 6))
    sents = split_sentences(text)
    assert count_casualties(doc, EventMention(sentences=sents, trigger=sents[0])).fatalities == deaths
