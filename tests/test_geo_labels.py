"""Province labels that contradict the record: a well-known city beats the label written after it."""

from __future__ import annotations

from frontwire.geo_labels import doubt_city_labels
from frontwire.geo_tokens import Match, tokenise
from frontwire.model import Place


def _place(pid: str, name: str, admin1: str, feature: str, population: int) -> Place:
    return Place(id=pid, name=name, country="Ukraine", iso2="UA", admin1=admin1, latitude=47.1, longitude=37.5,
                 feature=feature, population=population)  # fmt: skip


def test_a_city_written_with_another_province_keeps_its_own() -> None:
    text = "Entrepreneurs protested in cars in Mariupol, Zaporizhia, demanding the right to open."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    city = Match(at["Mariupol"], at["Mariupol"], (_place("m", "Mariupol", "Donetsk", "PPL", 481_626),), 0, "in")
    label = Match(at["Zaporizhia"], at["Zaporizhia"],
                  (_place("z", "Zaporizhia", "Zaporizhzhia", "ADM1", 1_929_171),), 0)  # fmt: skip
    doubt_city_labels(text, tokens, [city, label])
    assert label.places == ()


def test_a_village_written_with_another_province_leaves_the_label() -> None:
    text = "Shelling was reported near Vodiane, Zaporizhia."
    tokens = tokenise(text)
    at = {t.text: k for k, t in enumerate(tokens)}
    village = Match(at["Vodiane"], at["Vodiane"], (_place("v", "Vodiane", "Donetsk", "PPL", 900),), 0, "near")
    province = _place("z", "Zaporizhia", "Zaporizhzhia", "ADM1", 1_929_171)
    label = Match(at["Zaporizhia"], at["Zaporizhia"], (province,), 0)
    doubt_city_labels(text, tokens, [village, label])
    assert label.places == (province,)
