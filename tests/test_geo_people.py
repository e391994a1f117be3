"""People's names in weekday and apposition frames are no places; days and place appositions stay."""

from __future__ import annotations

import pytest

from frontwire.geo_people import person_tokens
from frontwire.geo_tokens import tokenise


def _people(text: str) -> list[str]:
    tokens = tokenise(text)
    return [tokens[k].text for k in sorted(person_tokens(text, tokens))]


@pytest.mark.parametrize(
    "text, people",
    [
        ("Gunmen killed Sunday Ojo, a vigilante leader, in Zamfara.", ["Sunday", "Ojo"]),
        ("Friday Musa, a herder, was killed by militia in Benue.", ["Friday", "Musa"]),
        ("Hope Ndlovu, a protester, was beaten by police in Bulawayo.", ["Hope", "Ndlovu"]),
        ("On Sunday Kenyan police shot two men in Kisumu.", []),
        ("In Marakwet East, a man was shot dead by bandits.", []),
        ("In Bama, a trader was shot dead.", []),
        ("Gunmen attacked Gwoza, a farmer said.", []),
        ("Residents gathered in Monday Avenue to protest.", []),
    ],
)
def test_person_frames(text: str, people: list[str]) -> None:
    assert _people(text) == people
