"""Names that are only part of something else."""

from __future__ import annotations

from frontwire.geo_fragments import drop_fragments
from frontwire.geo_tokens import Match, tokenise
from frontwire.model import Place


def _at(tokens, word: str) -> int:
    return next(k for k, t in enumerate(tokens) if t.text == word)


def test_a_compass_pair_heading_a_longer_name_is_no_region() -> None:
    text = "A guard was attacked at Gillagora (South West Khasi Hills district, Meghalaya)."
    tokens = tokenise(text)
    region = Place(id="cm", name="South West", country="Cameroon", iso2="CM", feature="ADM1", admin1="Sud-Ouest")
    i = _at(tokens, "South")
    assert drop_fragments(text, tokens, [Match(i, i + 1, (region,), 0)]) == []


def test_a_compass_region_by_its_type_word_stays() -> None:
    text = "Separatists attacked a checkpoint in the South West Region on Friday."
    tokens = tokenise(text)
    region = Place(id="cm", name="South West", country="Cameroon", iso2="CM", feature="ADM1", admin1="Sud-Ouest")
    i = _at(tokens, "South")
    assert len(drop_fragments(text, tokens, [Match(i, i + 1, (region,), 0, "in")])) == 1


def test_a_places_old_name_used_as_a_word_is_no_place() -> None:
    text = "Rioters hurled a Molotov cocktail at the bank branch."
    tokens = tokenise(text)
    perm = Place(id="perm", name="Perm", country="Russia", iso2="RU", feature="PPL", population=982_419)
    i = _at(tokens, "Molotov")
    assert drop_fragments(text, tokens, [Match(i, i, (perm,), 0)]) == []
