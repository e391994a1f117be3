"""ACLED's location columns filled from a chosen place: names as ACLED writes them."""

from __future__ import annotations

from frontwire.locate_fill import ascii_name


def test_accents_go_and_case_stays() -> None:
    # "a shooting in Acapulco de Juárez, Guerrero": ACLED writes the plain letters
    assert ascii_name("Acapulco de Juárez") == "Acapulco de Juarez"


def test_letters_without_a_decomposition_become_acleds_plain_letters() -> None:
    # "HDP members protested in Kızıltepe district (Mardin)": ACLED's admin2 is "Kiziltepe"
    assert ascii_name("Kızıltepe") == "Kiziltepe"
    # "shelling of Şǝmkir villages": no schwa, no cedilla in ACLED's columns
    assert ascii_name("Şǝmkir") == "Samkir"
    # "residents of Grandʼ Anse department": the modifier apostrophe is ACLED's plain one
    assert ascii_name("GrandʼAnse") == "Grand'Anse"
    assert ascii_name("Łódź") == "Lodz"
