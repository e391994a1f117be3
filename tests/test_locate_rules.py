"""ACLED's geo_precision from the way a report frames a place."""

from __future__ import annotations

from frontwire.locate_rules import (
    city_district_names,
    cue_lean,
    cue_precision,
    is_relative,
    official_name_countries,
    province_precision,
    relative_after,
)


def test_near_a_town_is_precision_2() -> None:
    assert cue_precision("near") == 2 and cue_precision("east of") == 2


def test_a_named_area_or_a_part_of_a_town_is_the_town() -> None:
    # "in Kibera area", "southern Qalqiliyah", "the outskirts of Bara": ACLED codes 1.
    assert (
        cue_precision("area") == 1 and cue_precision("southern") == 1 and cue_precision("outskirts of") == 1
    )


def test_the_area_of_a_town_is_relative() -> None:
    assert is_relative("area of") and cue_precision("area of district") == 2


def test_a_town_written_as_a_district_is_its_area() -> None:
    assert cue_precision("district") == 2 and cue_precision("in") == 1


def test_province_level_area_is_precision_3_unless_relative_to_its_town() -> None:
    assert province_precision("province", False) == 3
    assert province_precision("countryside of", True) == 2


def test_official_names_are_listed_per_country() -> None:
    assert "MX" in official_name_countries() and "AF" not in official_name_countries()


def test_city_district_names_map_written_names_to_acled_city() -> None:
    assert city_district_names()["kyiv"] == "Kiev"


def test_near_leans_towards_the_event_place_and_from_away() -> None:
    # "near X" is ACLED's place far more often than "from X" (a victim's home).
    assert cue_lean("near") > 0 > cue_lean("from")


def test_admin1_capital_matches_exactly_or_by_a_long_unique_skeleton() -> None:
    from frontwire.locate_rules import admin1_capital

    assert admin1_capital("CD", "Nord-Kivu") == "Goma"
    assert (
        admin1_capital("NG", "Kogi") == "Lokoja"
    )  # short names need the exact spelling ("Yobe" is no "Kogi")
    assert admin1_capital("NG", "Lagos") == ""


def test_a_sector_or_front_after_the_name_is_relative() -> None:
    text = "Indian and Pakistani forces exchanged fire across the LoC at Mankote sector area (Poonch)."
    assert relative_after(text, text.index("Mankote") + len("Mankote"))
    text = "Houthi forces attacked pro-Hadi positions in Al Fajir town."
    assert not relative_after(text, text.index("Al Fajir") + len("Al Fajir"))


def test_a_plural_place_word_after_a_list_is_relative() -> None:
    # "between Harim and Sarmada towns": several places, ACLED codes one of them at precision 2.
    text = (
        "HTS and Faylaq al-Sham clashed in Al Wadi Al Kabeer area between Harim and Sarmada towns in Idleb."
    )
    assert relative_after(text, text.index("Sarmada") + len("Sarmada"))
    text = "Police dispersed protesters in Sarmada town on Friday."
    assert not relative_after(text, text.index("Sarmada") + len("Sarmada"))


def test_an_argentine_partido_or_a_forest_of_a_town_is_its_area() -> None:
    # "in the partido of La Matanza", "in the forests of Massifigui": ACLED codes precision 2.
    assert cue_precision("partido of") == 2 and cue_precision("forests of") == 2


def test_a_name_heading_a_list_closed_by_a_plural_place_word_is_relative() -> None:
    text = "Suspected ADF militants attacked Kakar, Kisaku and Kitawa villages in Beni territory."
    assert relative_after(text, text.index("Kakar") + len("Kakar"))
    text = "Residents protested in Bangu and Tanque neighborhoods."  # a city's parts: ACLED codes 1
    assert not relative_after(text, text.index("Bangu") + len("Bangu"))
    text = "Police dispersed protests in Kabul, Kandahar and Herat on Monday."
    assert not relative_after(text, text.index("Kabul") + len("Kabul"))
