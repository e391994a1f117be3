from frontwire.coordination import event_shares
from frontwire.coordination_units import admin_list, bracket_units, declared_events, listed_units
from frontwire.model import Casualties, Document, EventMention, Place, PlaceMention, Span


def note(text: str, *names: tuple[str, str]) -> tuple[Document, EventMention, tuple[PlaceMention, ...]]:
    """Place mentions for each (name, feature) in order of appearance, a repeated name at its next match."""
    doc = Document(id="d", text=text)
    sentence = Span.of(text, 0, len(text))
    places, at = [], 0
    for name, feature in names:
        start = text.index(name, at)
        at = start + len(name)
        place = Place(id=f"t:{name}:{feature}", name=name, country="Yemen", iso2="YE", feature=feature)
        places.append(PlaceMention(span=Span.of(text, start, at), candidates=(place,)))
    return doc, EventMention(sentences=(sentence,), trigger=sentence), tuple(places)


def heads(text: str, *names: tuple[str, str]) -> list[str]:
    doc, mention, places = note(text, *names)
    return [u.head.span.text if u.head else "-" for u in bracket_units(doc, mention.sentences[0], places)]


def test_the_coders_own_count_of_events():
    doc, mention, _ = note("Unknown number of fatalities coded as 10 and split up between 3 events.")
    assert declared_events(doc, mention) == 3
    doc, mention, _ = note("Unknown reported fatalities coded as 10 and spread across two locations.")
    assert declared_events(doc, mention) == 2
    doc, mention, _ = note("Houthi forces shelled Qaatabah, killing 2 civilians.")
    assert declared_events(doc, mention) is None


def test_each_bracketed_front_is_a_unit():
    text = "Houthi reinforcements arrived on the Nihm (Nihm, Sanaa) and Sirwah (Sirwah, Marib) frontlines."
    names = (("Nihm", "PPL"), ("Nihm", "ADM2"), ("Sanaa", "ADM1"), ("Sirwah", "PPL"), ("Sirwah", "ADM2"),
             ("Marib", "ADM1"))  # fmt: skip
    assert heads(text, *names) == ["Nihm", "Sirwah"]
    doc, mention, places = note(text, *names)
    assert listed_units(doc, bracket_units(doc, mention.sentences[0], places))


def test_names_listed_before_one_bracket_are_each_a_unit():
    text = (
        "Resistance forces took control of Burkan and Dhi Masal areas (Mukayras, Al Bayda) from the Houthis."
    )
    names = (("Burkan", "PPL"), ("Dhi Masal", "PPL"), ("Mukayras", "ADM2"), ("Al Bayda", "ADM1"))
    assert heads(text, *names) == ["Burkan", "Dhi Masal"]


def test_a_remark_in_brackets_is_no_place():
    text = "Resistance forces (coded as Southern Resistance) clashed with Houthis in Al Amir (As Sawmaah)."
    assert heads(text, ("Southern", "PPL"), ("Al Amir", "PPL"), ("As Sawmaah", "ADM2")) == ["Al Amir"]


def test_a_second_bracket_placed_relative_to_another_town_is_not_a_list():
    text = (
        "Forces fired at As Shaab area (Al Mina, Al Hudaydah), east of Al Udayn junction (Hays, Al Hudaydah)."
    )
    names = (("As Shaab", "PPL"), ("Al Mina", "ADM2"), ("Al Hudaydah", "ADM1"), ("Al Udayn", "PPL"),
             ("Hays", "ADM2"), ("Al Hudaydah", "ADM1"))  # fmt: skip
    doc, mention, places = note(text, *names)
    assert not listed_units(doc, bracket_units(doc, mention.sentences[0], places))


def test_governorates_listed_together_are_each_an_event():
    text = "Pro-Houthi forces shelled pro-Hadi groups in Al Jawf, Ad Dali and Taizz governorates."
    doc, mention, places = note(text, ("Al Jawf", "PPL"), ("Ad Dali", "PPLA"), ("Taizz", "ADM1"))
    listed = admin_list(doc, mention.sentences[0], places)
    assert [(p.span.text, p.cue) for p in listed] == [
        ("Al Jawf", "governorate"),
        ("Ad Dali", "governorate"),
        ("Taizz", "governorate"),
    ]


def test_a_border_between_two_governorates_is_one_place():
    text = "Clashes at Jabal Yisbal, at the border between Marib and Al Bayda governorates."
    doc, mention, places = note(text, ("Jabal Yisbal", "PPL"), ("Marib", "ADM1"), ("Al Bayda", "ADM1"))
    assert admin_list(doc, mention.sentences[0], places) == ()


def test_a_toll_the_coder_already_split_is_not_split_again():
    text = "Clashes in Al Kirsh and Murays. Unknown fatalities coded as 10 and spread across two locations."
    doc, mention, _ = note(text)
    at = text.index("coded")
    share = Casualties(fatalities=5, evidence=(Span.of(text, at, at + 30),))
    assert [c.fatalities for c in event_shares(doc, mention, share, 2)] == [5, 5]
    assert [c.fatalities for c in event_shares(doc, mention, Casualties(fatalities=5), 2)] == [3, 2]


def test_a_serial_list_closed_by_and_may_frame_its_items():
    text = "Forces fired at Shaab area (Al Mina, Hudaydah), east of Udayn junction (Hays), and north of Hays (Hudaydah)."
    names = (("Shaab", "PPL"), ("Al Mina", "ADM2"), ("Hudaydah", "ADM1"), ("Udayn", "PPL"), ("Hays", "ADM2"),
             ("Hays", "PPL"), ("Hudaydah", "ADM1"))  # fmt: skip
    doc, mention, places = note(text, *names)
    assert listed_units(doc, bracket_units(doc, mention.sentences[0], places))
