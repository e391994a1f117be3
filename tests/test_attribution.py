"""Attribution and certainty, plus the seed report's events end to end (dates, deaths, who says so)."""

from __future__ import annotations

from datetime import date

import pytest

from frontwire.attribution import attribute_event
from frontwire.dates import resolve_event_date
from frontwire.fatalities import count_casualties
from frontwire.model import Attribution, Document, EventMention, Span
from frontwire.sentences import split_sentences


def _attribution(text: str) -> Attribution:
    doc = Document(id="t", text=text)
    sents = split_sentences(text)
    return attribute_event(doc, EventMention(sentences=(sents[0],), trigger=sents[0]), sents)


@pytest.mark.parametrize(
    ("text", "who", "certainty"),
    [
        (
            "According to pro-government sources, ISIS attacked army checkpoints near Jundya.",
            "pro-government sources",
            "claimed",
        ),
        (
            "Pro-militant sources said that 9 soldiers were killed near al-Kurd.",
            "pro-militant sources",
            "claimed",
        ),
        (
            "The Syrian Observatory for Human Rights claimed that 3 civilians were killed.",
            "Syrian Observatory for Human Rights",
            "claimed",
        ),
        ("State media reported that gunmen attacked a checkpoint in Daraa.", "state media", "reported"),
        ("Police said two suspects were shot dead in Mathare.", "police", "reported"),
        ("Gunmen reportedly abducted two traders near Mandera.", "", "reported"),
        ("Militants allegedly executed a village chief.", "", "claimed"),
        ("The strike killed 4 fighters, which could not be independently verified.", "", "unconfirmed"),
        ("The army confirmed that two soldiers were killed near Gao.", "army", "confirmed"),
        ("Protesters gathered outside parliament in Beirut.", "", "reported"),
        (
            "Two soldiers were killed in the attack, the Defence Ministry said.",
            "Defence Ministry",
            "reported",
        ),
        ("According to the UN, 12 civilians were killed in Idlib.", "UN", "reported"),
        (
            "Syrian state news agency SANA reported that jets struck targets near Damascus.",
            "SANA",
            "reported",
        ),
    ],
)
def test_attribution(text: str, who: str, certainty: str) -> None:
    got = _attribution(text)
    assert (got.claimed_by, got.certainty) == (who, certainty)
    assert all(text[s.start : s.end] == s.text for s in got.evidence)


def test_hedge_in_the_next_sentence_qualifies_the_claim() -> None:
    text = "SOHR claimed that two soldiers were injured near Kinsabba. If this report is confirmed, Russia may respond."
    got = _attribution(text)
    assert (got.claimed_by, got.certainty) == ("Syrian Observatory for Human Rights", "unconfirmed")


# Our own copy of the seed report's war paragraphs (South Front, published 7 August 2020).
SEED = """Pro-government forces once again resumed active anti-ISIS efforts following another increase of ISIS attacks in the desert area. According to pro-government sources, on August 6, the terrorists attacked positions and checkpoints of the Syrian Arab Army and the National Defense Forces around the town of Jundya. Government forces repelled the attack after several hours of heavy clashes. On August 4, ISIS terrorists stormed a Syrian Army position near the town of Jub Abyad. The previous attack, on August 1, also happened in the countryside of Deir Ezzor killing at least 2 NDF members and injuring several others.

On August 6, a combat drone of the Turkish Armed Forces struck an electric cable factory in the district of Qanat al-Suis, east of the city of al-Qamishli in the province of al-Hasakah. The targeted factory reportedly employs dozens of locals and produces only civilian products. At least one civilian was severely injured in the strike, which also caused material damage.

A day earlier, on August 5, Turkish artillery strikes killed at least 2 members of the Syrian Democratic Forces (SDF) near the towns of Ayn Issa and Sida. While Turkish-backed forces and the SDF do not conduct active offensive actions against each other, they regularly engage each other in firefights and artillery duels.

The security situation continues to deteriorate in the southern part of the Idlib de-escalation zone. Since August 5, clashes between the Syrian Army and Turkish-backed militants, mostly Hayat Tahrir al-Sham, have been ongoing in northern Lattakia and northwestern Hama. This significantly intensified on the evening August 6 in the area of the al-Kurd Mountian. Army troops reportedly tried to advance towards al-Hadadah hill, but their attack was repelled. According to pro-militant sources, at least 9 Syrian soldiers and 5 militants were killed in the clashes.

The London-based Syrian Observatory for Human Rights also claimed that several Russian

service members were injured in militant artillery strikes near the village of Kinsabba. If this report is confirmed, it may finally force the Russian Aerospace Forces and special operations units to provide more active assistance to the Syrian Army in its current standoff with the terrorists."""

SEED_EVENTS = {
    # name: (sentences that report it, date, fatalities, injured)
    "Jundya": (("around the town of Jundya", "Government forces repelled"), date(2020, 8, 6), 0, 0),
    "Jub Abyad": (("Jub Abyad",), date(2020, 8, 4), 0, 0),
    "August 1": (("The previous attack",), date(2020, 8, 1), 2, 3),
    "drone": (("combat drone", "At least one civilian"), date(2020, 8, 6), 0, 1),
    "Ayn Issa": (("Ayn Issa and Sida",), date(2020, 8, 5), 2, 0),
    "al-Kurd": (
        ("Since August 5", "significantly intensified", "Army troops reportedly", "at least 9 Syrian"),
        date(2020, 8, 6),
        14,
        0,
    ),
}


def _seed_mention(sents: tuple[Span, ...], cues: tuple[str, ...]) -> EventMention:
    chosen = tuple(next(s for s in sents if cue in s.text) for cue in cues)
    return EventMention(sentences=chosen, trigger=chosen[0])


@pytest.mark.parametrize("name", list(SEED_EVENTS))
def test_seed_report_events(name: str) -> None:
    doc = Document(id="seed", text=SEED, published=date(2020, 8, 7))
    sents = split_sentences(SEED)
    cues, day, deaths, injured = SEED_EVENTS[name]
    mention = _seed_mention(sents, cues)
    assert resolve_event_date(doc, mention, sents).event_date == day
    casualties = count_casualties(doc, mention)
    assert (casualties.fatalities, casualties.injured) == (deaths, injured)


def test_seed_attribution() -> None:
    doc = Document(id="seed", text=SEED, published=date(2020, 8, 7))
    sents = split_sentences(SEED)
    kurd = attribute_event(doc, _seed_mention(sents, SEED_EVENTS["al-Kurd"][0]), sents)
    assert kurd.claimed_by == "pro-militant sources"
    kinsabba = attribute_event(doc, _seed_mention(sents, ("Kinsabba",)), sents)
    assert (kinsabba.claimed_by, kinsabba.certainty) == ("Syrian Observatory for Human Rights", "unconfirmed")
    assert any("If this report is confirmed" in s.text for s in kinsabba.evidence)


def test_a_party_to_the_fight_only_claims() -> None:
    got = _attribution("Voice of Jihad reported that 12 soldiers were killed in the attack.")
    assert (got.claimed_by, got.certainty) == ("Voice of Jihad", "claimed")


def _last_sentence(text: str) -> Attribution:
    doc = Document(id="t", text=text, published=date(2020, 8, 7))
    sents = split_sentences(text)
    return attribute_event(doc, EventMention(sentences=(sents[-1],), trigger=sents[-1]), sents)


@pytest.mark.parametrize(
    ("text", "who", "certainty"),
    [
        (
            "According to pro-government sources:\nISIS fighters attacked an army post near Jundya.",
            "pro-government sources",
            "claimed",
        ),
        (
            "The Syrian Observatory said on Thursday:\nRegime forces shelled Kafr Nabl, killing two civilians.",
            "Syrian Observatory for Human Rights",
            "reported",
        ),
        (
            "The police said in a statement on 5 August. Bandits shot dead two herders near Baragoi.",
            "police",
            "reported",
        ),
        (
            "Pro-militant sources claimed late on Wednesday:\nAt least 9 soldiers were killed near al-Kurd.",
            "pro-militant sources",
            "claimed",
        ),
    ],
)
def test_a_reporting_frame_just_before_names_the_reporter(text: str, who: str, certainty: str) -> None:
    got = _last_sentence(text)
    assert (got.claimed_by, got.certainty) == (who, certainty)
    assert got.evidence and text[got.evidence[0].start : got.evidence[0].end] == got.evidence[0].text


def test_a_sentence_before_with_its_own_event_lends_no_reporter() -> None:
    got = _last_sentence(
        "Police said two suspects were shot dead in Mathare. Gunmen attacked a bus near Mandera."
    )
    assert got.claimed_by == ""


def test_a_frame_two_sentences_back_is_not_read() -> None:
    text = "According to local sources:\nTraders closed their shops in Garissa.\nYouths burned tyres on the highway."
    assert _last_sentence(text).claimed_by == ""


def test_a_reporter_in_the_mention_beats_the_frame_before() -> None:
    text = "According to pro-government sources:\nResidents said gunmen abducted a chief near Mandera."
    assert _last_sentence(text).claimed_by == "residents"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Taliban fighters attacked a checkpoint in Kunduz, killing five policemen, a provincial spokesman said on Monday.",
            "provincial spokesman",
        ),
        (
            "Gunmen killed seven people at a party in Celaya late on Friday, the state prosecutor's office said.",
            "state prosecutor's office",
        ),
        (
            "Russian warplanes struck Kansafra on Saturday, killing a woman and her two children, rescue workers said.",
            "rescue workers",
        ),
        (
            "OUAGADOUGOU (Reuters) - Burkina Faso's army said it killed about 30 militants in the north.",
            "Burkina Faso's army",
        ),
        (
            "Police detained the opposition leader at his home in Lusaka on Monday, his lawyer said.",
            "his lawyer",
        ),
        (
            "Jets struck rebel positions near Gedo on Sunday, the defence ministry in Nairobi said.",
            "defence ministry",
        ),
        (
            "A roadside bomb killed two peacekeepers near Kidal on Friday, the U.N. mission said.",
            "U.N. mission",
        ),
        (
            "TRIPOLI - Forces of the Government of National Accord said they took the town of Al-Asabia.",
            "Forces of the Government of National Accord",
        ),
        (
            "Turkish jets struck PKK positions near Sidakan on Sunday, Kurdish officials said.",
            "Kurdish officials",
        ),
        (
            "Militants attacked a patrol in Mir Ali, killing two soldiers, the military's media wing said.",
            "military's media wing",
        ),
        ("Gunmen killed eight traders near Gorom-Gorom on Tuesday, local sources said.", "local sources"),
        ("Gunmen killed two villagers in Guma on Monday, a police spokesman said.", "police spokesman"),
        ("'They came at dawn,' said a resident of Kukawa, where jihadists killed six herders.", "resident"),
        ("Gunmen killed six herders on Tuesday, said Ali Musa, a local councillor.", "Ali Musa"),
    ],
)
def test_news_reporters_named_in_lower_case(text: str, who: str) -> None:
    assert _attribution(text).claimed_by == who


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded next to a patrol in Pattani, wounding four rangers, police said. No group claimed responsibility.",
        "Although no group claimed responsibility for the attack, the area is prone to Al Shabaab raids.",
    ],
)
def test_a_negated_claim_is_no_claim(text: str) -> None:
    sents = split_sentences(text)
    got = attribute_event(Document(id="t", text=text), EventMention(sentences=sents, trigger=sents[0]), sents)
    assert got.certainty == "reported" and got.claimed_by in ("", "police")


def _whole(text: str) -> Attribution:
    doc = Document(id="t", text=text)
    sents = split_sentences(text)
    return attribute_event(doc, EventMention(sentences=sents, trigger=sents[0]), sents)


@pytest.mark.parametrize(
    ("text", "who", "certainty"),
    [
        # a claim of responsibility owns the deed: no hedge on the report, and not its reporter
        (
            (
                "A car bomb killed four soldiers in Lashkar Gah on Monday, a provincial official said. "
                "The Taliban claimed the attack."
            ),
            "provincial official",
            "reported",
        ),
        (
            (
                "A grenade blast wounded six people at a market in Srinagar, a police spokesman said. "
                "No group immediately claimed responsibility."
            ),
            "police spokesman",
            "reported",
        ),
        (
            "Islamic State claimed it killed 12 soldiers in an attack near Mosul on Monday.",
            "Islamic State",
            "claimed",
        ),
        # a reporter's name after its title, and more reporter nouns
        (
            "Bandits killed seven villagers in Zurmi on Monday night, police spokesman Ahmed Musa said on Tuesday.",
            "police spokesman Ahmed Musa",
            "reported",
        ),
        (
            "Armed men killed three herders near Bouar on Monday, the UN mission MINUSCA said.",
            "UN mission MINUSCA",
            "reported",
        ),
        (
            "Taliban fighters attacked a checkpoint in Andar, killing four policemen, a provincial council member said.",
            "provincial council member",
            "reported",
        ),
    ],
)
def test_news_reporters_and_responsibility_claims(text: str, who: str, certainty: str) -> None:
    found = _whole(text)
    assert (found.claimed_by, found.certainty) == (who, certainty)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Al Shabaab said in a statement that its fighters killed 12 Kenyan soldiers in Lamu.", "Al Shabaab"),
        (
            "Islamic State said through its Amaq news agency that its fighters killed 10 soldiers.",
            "Islamic State",
        ),
    ],
)
def test_a_party_telling_its_own_deed_is_a_claim(text: str, who: str) -> None:
    found = _whole(text)
    assert (found.claimed_by, found.certainty) == (who, "claimed")


def test_an_outlet_a_party_runs_is_partisan() -> None:
    text = "Saudi-led air strikes killed six people in Saada on Sunday, the Houthi-run Al Masirah television reported."
    assert _whole(text).certainty == "claimed"
    assert (
        _whole("Police fired tear gas at protesters in Cairo on Friday, state-run media reported.").certainty
        == "reported"
    )
