from frontwire.coordination import listed_places, share_casualties
from frontwire.model import Casualties, Document, EventMention, Place, PlaceMention, Span


def town(name: str, feature: str = "PPL") -> Place:
    return Place(id=f"test:{name}", name=name, country="Syria", iso2="SY", feature=feature)


def analyse(
    text: str, names: dict[str, str], cue: str = ""
) -> tuple[Document, EventMention, tuple[PlaceMention, ...]]:
    doc = Document(id="d", text=text)
    sentence = Span.of(text, 0, len(text))
    places = tuple(
        PlaceMention(span=Span.of(text, text.index(name), text.index(name) + len(name)),
                     candidates=(town(name, feature),), cue=cue)
        for name, feature in names.items()
    )  # fmt: skip
    return doc, EventMention(sentences=(sentence,), trigger=sentence), places


def listed(text: str, **features: str) -> list[str]:
    doc, mention, places = analyse(text, features)
    return [p.span.text for p in listed_places(doc, mention, places)]


def test_towns_listed_together_are_separate_events():
    assert listed("Fighting in Homs and Aleppo killed dozens.", Homs="PPL", Aleppo="PPL") == [
        "Homs",
        "Aleppo",
    ]
    assert listed("Airstrikes hit Kafr Nabl, Hass and Kansafra.", **{"Kafr Nabl": "PPL", "Hass": "PPL",
                  "Kansafra": "PPL"}) == ["Kafr Nabl", "Hass", "Kansafra"]  # fmt: skip


def test_between_two_towns_is_one_place():
    assert (
        listed("Clashes between al-Mayadin and al-Bukamal.", **{"al-Mayadin": "PPL", "al-Bukamal": "PPL"})
        == []
    )


def test_an_admin_area_after_a_town_qualifies_it():
    assert listed("A drone struck Binnish, Idleb, on Monday.", Binnish="PPL", Idleb="ADM1") == []


def test_towns_in_separate_clauses_are_not_a_list():
    assert listed("Shelling hit Homs while talks went on in Aleppo.", Homs="PPL", Aleppo="PPL") == []


def test_a_toll_is_shared_out_with_the_remainder_to_the_first():
    shares = share_casualties(Casualties(fatalities=7, injured=2), 3)
    assert [s.fatalities for s in shares] == [3, 2, 2]
    assert [s.injured for s in shares] == [2, 0, 0]
    assert share_casualties(Casualties(fatalities=5), 1) == (Casualties(fatalities=5),)


def test_a_town_and_its_region_after_a_comma_is_one_place():
    assert listed("Rebels fired mortars near Spartak, Donetsk.", Spartak="PPL", Donetsk="PPL") == []


def test_near_two_towns_is_one_front_line():
    doc, mention, places = analyse(
        "Artillery killed 2 fighters near the towns of Ayn Issa and Sida.",
        {"Ayn Issa": "PPL", "Sida": "PPL"},
        cue="near",
    )
    assert listed_places(doc, mention, places) == ()


def test_a_city_that_is_also_a_province_still_lists_after_and():
    assert listed("Fighting in Homs and Aleppo.", Homs="PPL", Aleppo="PPL") == ["Homs", "Aleppo"]
