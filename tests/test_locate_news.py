"""News-prose framings: a dateline, a speaking capital, a demonym or a possessive is not the event's place."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontwire.gazetteer import Gazetteer, default_gazetteer
from frontwire.geoparse import find_places
from frontwire.locate import locate_event
from frontwire.locate_news import aside, dateline_end, facility_holder
from frontwire.model import Document, EventMention, Location, PlaceMention, Span
from frontwire.sentences import split_sentences


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return default_gazetteer(Path(tmp_path_factory.getbasetemp()) / "gazetteer-cache")


def _locate(text: str, gazetteer: Gazetteer) -> Location:
    doc = Document(id="t", text=text, published=date(2020, 5, 6))
    sentences = split_sentences(text)
    mention = EventMention(sentences=sentences[:1], trigger=sentences[0])
    return locate_event(doc, mention, find_places(doc, sentences, gazetteer), gazetteer)


def test_dateline_forms_end_at_the_dash() -> None:
    text = "GOMA, Congo, May 5 (Reuters) - Militiamen attacked an army post."
    assert text[: dateline_end(text)] == "GOMA, Congo, May 5 (Reuters) - "
    assert dateline_end("NIAMEY - Gunmen attacked a post.") == len("NIAMEY - ")
    assert dateline_end("Two rockets struck - hours later - near the airport.") == 0


def test_dateline_city_gives_way_to_the_province_told(gazetteer: Gazetteer) -> None:
    loc = _locate(
        "HERAT (Reuters) - Taliban fighters overran a police post in Farah province on Sunday.", gazetteer
    )
    assert (loc.country, loc.admin1) == ("Afghanistan", "Farah")


def test_foreign_dateline_does_not_pick_the_country(gazetteer: Gazetteer) -> None:
    loc = _locate(
        "BEIRUT (Reuters) - Turkish drones struck a base near the town of Tal Tamr in northern Syria.",
        gazetteer,
    )
    assert loc.country == "Syria"


def test_capital_that_speaks_is_no_place(gazetteer: Gazetteer) -> None:
    loc = _locate("Shelling killed a soldier in Tovuz district on Sunday, Baku said.", gazetteer)
    assert loc.country == "Azerbaijan"


def test_demonym_before_town_of_is_no_place(gazetteer: Gazetteer) -> None:
    loc = _locate("Militias fought in the Libyan town of Zawiya on Monday.", gazetteer)
    assert (loc.location, loc.country) == ("Zawiya", "Libya")


def test_possessive_owner_gives_way_to_its_part(gazetteer: Gazetteer) -> None:
    loc = _locate("Troops killed two militants in Kashmir's Pulwama district on Monday.", gazetteer)
    assert (loc.location, loc.country) == ("Pulwama", "India")


def test_country_told_as_the_place_beats_the_attackers_demonym(gazetteer: Gazetteer) -> None:
    loc = _locate(
        "An Israeli tank shelled an observation post in the southern Gaza Strip on Friday.", gazetteer
    )
    assert loc.country == "Palestine"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Officials in Kabul said a suicide bomber killed 12 soldiers in Ghazni province on Monday.", "Ghazni"),
        ("Speaking in Nairobi, the police chief said bandits killed four herders in Baringo county.", "Baringo"),
        ("According to officials in Kinshasa, ADF rebels killed 15 civilians in Beni territory.", "Beni"),
        ("A spokesman in Mogadishu said the army retook Janaale from al-Shabaab.", "Janaale"),
        ("A government spokesman told AFP in Bamako that soldiers repelled an attack on Sokolo.", "Sokolo"),
        ("Military officials in Maiduguri confirmed that insurgents attacked Damboa on Sunday.", "Damboa"),
        ("Islamabad-based officials said militants attacked a checkpoint in North Waziristan.", "North Waziristan"),
    ],
)
def test_place_a_source_speaks_from_is_no_place(text: str, want: str, gazetteer: Gazetteer) -> None:
    assert _locate(text, gazetteer).location == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police clashed with protesters in Kawangware neighbourhood in Nairobi city on Monday.", "Kawangware"),
        ("Protesters clashed with police in Petare, a slum on the outskirts of Caracas.", "Petare"),
        ("Gunmen killed a social leader in Soacha, on the outskirts of Bogota.", "Soacha"),
        ("Rebels attacked the village of Kamango, 80 km from Beni, killing nine civilians.", "Kamango"),
    ],
)
def test_named_part_wins_over_the_town_it_is_told_by(text: str, want: str, gazetteer: Gazetteer) -> None:
    assert _locate(text, gazetteer).location == want


def _pm(text: str, name: str, cue: str = "") -> PlaceMention:
    start = text.index(name)
    return PlaceMention(Span(start, start + len(name), name), (), cue)


def test_a_named_facility_is_held_by_the_town_after_it() -> None:
    text = "Protesters gathered outside the Serail in el Hermel."
    places = (_pm(text, "Serail", "outside"), _pm(text, "el Hermel", "in"))
    assert facility_holder(Document(id="t", text=text), places, 0) == 1


def test_a_landmark_word_makes_a_facility_without_the_article() -> None:
    text = "JaS clashed with Hamza Division near Al-Sukkariyah crossing in Al Bab city."
    places = (_pm(text, "Al-Sukkariyah", "near"), _pm(text, "Al Bab", "city"))
    assert facility_holder(Document(id="t", text=text), places, 0) == 1


def test_a_town_written_in_its_province_is_no_facility() -> None:
    text = "Gunmen attacked a checkpoint in Jalawla in Diyala province."
    places = (_pm(text, "Jalawla", "in"), _pm(text, "Diyala", "province"))
    assert facility_holder(Document(id="t", text=text), places, 0) is None


def test_facility_gives_way_to_its_town(gazetteer: Gazetteer) -> None:
    loc = _locate("On 1 May 2020, INC workers protested near the Jalandhar bypass in Ludhiana (Punjab).", gazetteer)
    assert loc.location == "Ludhiana"


def test_the_town_the_wounded_were_taken_to_is_not_the_event_place(gazetteer: Gazetteer) -> None:
    loc = _locate(
        "The injured were rushed to a hospital in Maiduguri after a suicide bomber blew himself up at a mosque "
        "in Konduga on Friday, police said.",
        gazetteer,
    )
    assert loc.location == "Konduga"


def test_an_attack_on_the_hospital_in_a_town_stays_in_that_town(gazetteer: Gazetteer) -> None:
    loc = _locate("Gunmen attacked a hospital in Kunduz on Tuesday, killing three staff, officials said.", gazetteer)
    assert loc.location == "Kunduz"


def test_a_country_across_the_border_is_not_the_event_country(gazetteer: Gazetteer) -> None:
    loc = _locate(
        "Rebels attacked the town, near the border with Sudan, the UN mission said in Bangui on Wednesday.",
        gazetteer,
    )
    assert loc.country == "Central African Republic"


def test_a_spokesperson_for_a_force_speaks_from_the_capital(gazetteer: Gazetteer) -> None:
    loc = _locate(
        "A spokesperson for the police in Nairobi said officers shot dead two robbery suspects in Kisumu on Monday.",
        gazetteer,
    )
    assert loc.location == "Kisumu"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Officials in Kabul said the Taliban attacked a checkpoint in Kunduz.", "Kabul", True),
        ("Officials in Kabul said the Taliban attacked a checkpoint in Kunduz.", "Kunduz", False),
        ("Two soldiers were airlifted to Gao after an ambush near Ansongo.", "Gao", True),
    ],
)
def test_aside_is_the_same_asked_once_or_again(text: str, name: str, expected: bool) -> None:
    # asked once per event mention: the cached answer must be the first one
    start = text.index(name)
    pm = PlaceMention(Span(start, start + len(name), name), (), "in")
    doc = Document(id="t", text=text)
    assert aside(doc, pm) is expected
    assert aside(doc, pm) is expected


def test_demonym_qualifying_a_state_is_no_place(gazetteer: Gazetteer) -> None:
    loc = _locate("A mob killed a man in the Indian state of Jharkhand on Tuesday, police said.", gazetteer)
    assert (loc.country, loc.admin1) == ("India", "Jharkhand")
