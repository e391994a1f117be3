"""ACLED's own name for the place at our point ("in Culiacan, Sinaloa" is ACLED's "Culiacan Rosales")."""

from __future__ import annotations

from frontwire.locate_aliases import acled_alias, acled_respelling


def test_a_town_written_short_takes_acleds_long_name() -> None:
    # "a man was found dead in Culiacan, Sinaloa": ACLED codes the city as "Culiacan Rosales"
    found = acled_alias("MX", "Culiacan", 24.79032, -107.38782)
    assert found is not None and found.name == "Culiacan Rosales"


def test_a_respelling_is_not_a_longer_name_but_takes_acleds_spelling_at_the_same_point() -> None:
    # "rioters looted shops in Mombassa": a spelling, not a longer name; ACLED writes Mombasa there
    assert acled_alias("KE", "Mombassa", -4.05466, 39.66359) is None
    found = acled_respelling("KE", "Mombassa", -4.05466, 39.66359)
    assert found is not None and found.name == "Mombasa"
    assert acled_respelling("KE", "Mombassa", -1.28, 36.82) is None  # Nairobi's point: another place


def test_a_city_is_not_renamed_after_one_of_its_quarters() -> None:
    # "protesters blocked roads in Beirut": ACLED's "Beirut-Mazraa" is a part, not a spelling of Beirut
    assert acled_alias("LB", "Beirut", 33.89, 35.5) is None


def test_a_namesake_far_from_the_point_is_another_place() -> None:
    # "Culiacan" read at a point 300 km away is not ACLED's Culiacan Rosales
    assert acled_alias("MX", "Culiacan", 27.0, -105.0) is None
