"""The whole place name written around a partial gazetteer match."""

from __future__ import annotations

from frontwire.locate_whole import whole_name
from frontwire.model import Document, Location, PlaceMention, Span

_DEMONYMS = frozenset({"syrian", "turkish"})


def _named(text: str, match: str) -> str:
    start = text.index(match)
    chosen = PlaceMention(Span.of(text, start, start + len(match)), ())
    return whole_name(Document("t", text), chosen, Location(location=match), _DEMONYMS).location


def test_name_goes_on_after_the_match() -> None:
    text = "On 1 May 2020, a mass demonstration took place in the town of Zardana Mashehad in Idleb province."
    assert _named(text, "Zardana") == "Zardana Mashehad"


def test_particle_and_preceding_word_join() -> None:
    text = "Ukrainian Forces fired mortars in the area of Shakhta imeni Gagarina, Donetsk."
    assert _named(text, "Shakhta") == "Shakhta imeni Gagarina"
    text = "Pro-Houthi forces fired mortar shells at homes in Bilad al Yubi area (Qaatabah, Ad Dali)."
    assert _named(text, "Yubi") == "Bilad al Yubi"


def test_assimilated_article_must_fit_the_word() -> None:
    text = "Pro-Hadi forces attacked Houthi positions in Bir at Tutah (Hays, Al Hudaydah)."
    assert _named(text, "Bir") == "Bir at Tutah"
    text = "Nigerian Armed Forces struck a camp of Boko Haram at Parisu (Abadam LGA, Borno)."
    assert _named(text, "Parisu") == "Parisu"  # "at" is English here: no "at P..." article


def test_type_words_possessives_and_hyphens_stop_the_name() -> None:
    text = "Clashes were reported in Kabul City and in Jerusalem's Bet Shemesh near the Pemba-Metuge road."
    assert _named(text, "Kabul") == "Kabul"
    assert _named(text, "Bet Shemesh") == "Bet Shemesh"
    assert _named(text, "Metuge") == "Metuge"


def test_a_name_the_record_renamed_is_left_alone() -> None:
    text = "Turkish forces shelled Zardana Mashehad."
    start = text.index("Zardana")
    chosen = PlaceMention(Span.of(text, start, start + 7), ())
    loc = Location(location="Zardana Town")
    assert whole_name(Document("t", text), chosen, loc, _DEMONYMS) == loc


def test_an_institutions_name_is_no_place_name() -> None:
    text = "Students of Meru Technical University and worshippers at Kapedo Catholic church protested."
    assert _named(text, "Meru") == "Meru"
    assert _named(text, "Kapedo") == "Kapedo"


def test_a_whole_name_acled_has_coded_takes_its_point() -> None:
    text = "Ukrainian Forces fired mortars in the area of Shakhta imeni Gagarina, Donetsk."
    start = text.index("Shakhta")
    chosen = PlaceMention(Span.of(text, start, start + len("Shakhta")), ())
    # The fragment's point was the province's fallback, 60 km off; ACLED codes the mine by Horlivka.
    fallback = Location(location="Shakhta", country="Ukraine", admin1="Donetsk", latitude=48.0, longitude=37.8)
    loc = whole_name(Document("t", text), chosen, fallback, _DEMONYMS, "UA")
    assert loc.location == "Shakhta imeni Gagarina"
    assert loc.latitude is not None and abs(loc.latitude - 48.34) < 0.1
    assert loc.admin2 == "Horlivka Municipality"
