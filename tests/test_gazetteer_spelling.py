"""Close spellings: a name the index lacks, read as the one record of the named area spelled like it."""

from __future__ import annotations

import zipfile

import pytest

from frontwire.gazetteer import Gazetteer, fold, import_geonames
from frontwire.gazetteer.acled_places import add_acled_candidates
from frontwire.gazetteer.spelling import (
    close_spelling,
    close_town,
    fill_close_spellings,
    loose_key,
    spelling_distance,
)
from frontwire.gazetteer.spelling_keys import bare_key
from frontwire.model import PlaceMention, Span


def _line(
    gid: int, name: str, lat: float, lon: float, cc: str, admin1: str, pop: int, fcode: str = "PPL"
) -> str:
    cols = [str(gid), name, name, "", str(lat), str(lon), "A" if fcode.startswith("ADM") else "P", fcode, cc, "",
            admin1, "", "", "", str(pop), "", "0", "UTC", "2020-01-01"]  # fmt: skip
    return "\t".join(cols)


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    tmp = tmp_path_factory.mktemp("spelling")
    lines = [
        _line(1, "Tepalcatepec", 19.19, -102.84, "MX", "16", 15221),
        _line(2, "Michoacán", 19.70, -101.18, "MX", "16", 0, "ADM1"),
        _line(3, "Pátzcuaro", 19.51, -101.61, "MX", "16", 55298),
        _line(4, "Zaghiniyah", 33.98, 44.90, "IQ", "10", 0),
        _line(5, "Kabiro", 33.70, 44.80, "IQ", "10", 0),
        _line(6, "Tapita", 6.49, -8.86, "MX", "16", 0),  # two far-apart records equally close to "Tappita"
        _line(7, "Tapitta", 18.00, -100.00, "MX", "16", 0),
        _line(8, "Phulbani", 20.48, 84.23, "IN", "21", 37371),
        _line(9, "Odisha", 20.50, 84.41, "IN", "21", 0, "ADM1"),
        _line(10, "Nairobi", -1.28, 36.82, "KE", "05", 2750547),
        _line(11, "Kericho", -0.37, 35.29, "KE", "02", 30023),
    ]
    path = tmp / "XX.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("XX.txt", "\n".join(lines) + "\n")
    db = tmp / "g.sqlite"
    import_geonames(path, db)
    return Gazetteer.open(db)


def test_loose_key_forgets_spelling_choices() -> None:
    assert loose_key("Rakhchikri") == loose_key("Rakh Chikri")  # run together
    assert loose_key("Tappita") == loose_key("Tapita")  # doubled consonant
    assert loose_key("Al-Khattabiyah") == loose_key("Khatabiya")  # article, kh, -ah
    # Only a final vowel's spelling is forgotten, not whether there is one.
    assert loose_key("Novomaiorske") != loose_key("Novomaiorsk")


def test_distance_counts_a_swap_as_one_edit() -> None:
    assert spelling_distance("patsuaro", "patscuaro") == 1
    assert spelling_distance("abcd", "abdc") == 1


def test_swapped_syllables_find_the_town_in_the_named_state(gaz: Gazetteer) -> None:
    # "in Tecapaltepec, Michoacan": the report swapped two syllables of Tepalcatepec.
    found = close_spelling(gaz, "Tecapaltepec", [("MX", "Michoacan")])
    assert found is not None and found.name == "Tepalcatepec"


def test_a_dropped_letter_in_a_long_name_is_forgiven(gaz: Gazetteer) -> None:
    found = close_spelling(gaz, "Patzuaro", [("MX", "Michoacan")])
    assert found is not None and fold(found.name) == "patzcuaro"  # the index's record or ACLED's point


def test_short_names_differ_only_by_a_vowel(gaz: Gazetteer) -> None:
    # "Zaghniya village" is Zaghiniyah; "Kabizo" is not Kabiro (another consonant: another village).
    area = [("IQ", gaz.lookup(["zaghiniyah"])["zaghiniyah"][0].admin1)]
    assert close_spelling(gaz, "Zaghniya", area) is not None
    assert close_spelling(gaz, "Kabizo", area) is None


def test_no_clear_winner_gives_nothing(gaz: Gazetteer) -> None:
    assert close_spelling(gaz, "Tappita", [("MX", "Michoacan")]) is None  # two places, far apart
    assert close_spelling(gaz, "Tepalcatepec", [("IQ", "Diyala")]) is None  # not in the area named


def test_unknown_name_held_by_a_known_state_takes_its_close_spelling(gaz: Gazetteer) -> None:
    text = "On 2 May 2020, in Tecapaltepec, Michoacan, a leader published a video."
    state = gaz.lookup(["michoacan"])["michoacan"]
    places = (
        PlaceMention(Span(18, 30, "Tecapaltepec"), (), "in"),
        PlaceMention(Span(32, 41, "Michoacan"), state, ""),
    )
    filled = fill_close_spellings(text, gaz, places)
    assert filled[0].candidates[0].name == "Tepalcatepec"
    assert filled[1] == places[1]


def test_bare_key_forgets_a_generic_first_word() -> None:
    # ACLED's "Qaryat Tall adh Dhahab" is the report's "Tall Ad Dhahab"; "Bir al Mahashimah" its "Al Mahashimah".
    assert bare_key("Qaryat Tall adh Dhahab") == bare_key("Tall Ad Dhahab")
    assert bare_key("Bir al Mahashimah") == bare_key("Al Mahashimah")
    assert bare_key("Wadi al Washkah") == bare_key("Wadi al Washka")
    assert bare_key("Wadi") == loose_key("Wadi")  # the last word always stays


def test_a_town_with_a_dropped_letter_is_read_as_the_town_only_when_called_a_town(gaz: Gazetteer) -> None:
    # "Phubani town (Kandhamal, Odisha)": Phulbani (37,000 people) with its l dropped; a "village"
    # one letter off a town is as often another village.
    text = "On 29 April 2020, a group fired shots at a former MLA in Phubani town (Kandhamal, Odisha)."
    state = gaz.lookup(["odisha"])["odisha"]
    start = text.index("Phubani")
    places = (
        PlaceMention(Span(start, start + 7, "Phubani"), (), "in"),
        PlaceMention(Span(text.index("Odisha"), text.index("Odisha") + 6, "Odisha"), state, ""),
    )
    filled = fill_close_spellings(text, gaz, places)
    assert filled[0].candidates and filled[0].candidates[0].name == "Phulbani"
    village = text.replace("Phubani town", "Phubani vill")
    assert fill_close_spellings(village, gaz, places)[0].candidates == ()


def test_a_name_spelled_like_a_coded_place_takes_it(gaz: Gazetteer) -> None:
    # "Zaghniya village near al Abbarah": no record bears the name; ACLED codes Zaghiniyah (Diyala).
    exact: dict = {}
    add_acled_candidates(gaz, exact, {"zaghniya"})
    assert [p.name for p in exact["zaghniya"]][:1] == ["Zaghiniyah"]
    assert exact["zaghniya"][0].iso2 == "IQ"


def test_a_name_short_of_a_coded_places_generic_word_takes_it(gaz: Gazetteer) -> None:
    # "in Tall Ad Dhahab in Saladin province": ACLED codes the village as Qaryat Tall adh Dhahab.
    found = close_spelling(gaz, "Tall Ad Dhahab", [("IQ", "Sala al-Din")])
    assert found is not None and found.name == "Qaryat Tall adh Dhahab"


def test_a_misspelt_town_followed_by_its_country_is_that_countrys_town(gaz: Gazetteer) -> None:
    # "in Pátzcaruo, Mexico": only the country is written; a town of 10,000+ spelled alike is meant.
    assert close_town(gaz, "Patzcaruo", "MX") is not None
    assert close_town(gaz, "Patzcaruo", "IQ") is None  # not that country's town
    assert close_town(gaz, "Tapitas", "MX") is None  # a short name is too easily another place


def test_a_citys_short_name_with_two_letters_swapped_is_the_city(gaz: Gazetteer) -> None:
    # "In Nariobi, Kenya": a city of 100,000+; a town's short name so close is too easily another place.
    found = close_town(gaz, "Nariobi", "KE")
    assert found is not None and found.name == "Nairobi"
    assert close_town(gaz, "Kerihco", "KE") is None  # Kericho (30,000) is no city
    assert close_town(gaz, "Nairoba", "KE") is None  # another letter, not a swap
