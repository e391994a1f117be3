"""geo_news: the one judge of where a source spoke (`source_seat`), asked by geoparse and locate alike."""

from __future__ import annotations

import pytest

from frontwire.geo_news import may_end_on, source_seat, spoken_from


def _seat(text: str, name: str) -> bool:
    start = text.index(name)
    return source_seat(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A senior US official said here in Washington that two soldiers died near Tripoli.", "Washington"),
        ("Officials in Kabul on Monday said a bomb killed four soldiers in Ghazni.", "Kabul"),
        ("According to military sources in Maiduguri, insurgents attacked Damboa.", "Maiduguri"),
        ("In a statement from Abuja, the army said troops repelled an attack on Monguno.", "Abuja"),
        ("Islamabad-based analysts said militants attacked a checkpoint in North Waziristan.", "Islamabad"),
        ("The minister told a press conference in Bamako that jihadists attacked Sokolo.", "Bamako"),
        ("Police in Kano said on Monday that gunmen kidnapped 12 people in Katsina state.", "Kano"),
        ("Gunmen abducted a priest in Edo state on Sunday, the Diocese of Auchi said.", "Auchi"),
    ],
)
def test_where_a_source_spoke_is_a_seat(text: str, name: str) -> None:
    assert _seat(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen killed four herders in Baringo on Monday, police said.", "Baringo"),
        ("Officials in Kabul were evacuated after rockets hit the city.", "Kabul"),
        ("Soldiers from Goma clashed with M23 rebels near Rutshuru.", "Goma"),
        ("Gunmen attacked a church in the Diocese of Kafanchan on Sunday, killing five.", "Kafanchan"),
    ],
)
def test_where_an_event_happened_is_no_seat(text: str, name: str) -> None:
    assert not _seat(text, name)


def test_geoparse_name_knows_only_the_start() -> None:
    # the name's end is the run of capitalised words, so the noun frame's verb is still found after it
    text = "Military officials in Port Harcourt said gunmen attacked a police post in Ahoada."
    assert spoken_from(text, text.index("Port Harcourt"))


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("according to senior military officials in ", True),
        ("a statement issued from the ", True),
        ("Gunmen killed four herders near ", False),
        ("troops clashed with rebels at the ", False),
    ],
)
def test_only_a_window_ending_on_a_frame_word_is_searched(before: str, expected: bool) -> None:
    assert may_end_on(before, ("in", "from")) is expected
