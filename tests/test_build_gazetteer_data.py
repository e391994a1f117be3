"""The gazetteer builder's name rules (tools/build_gazetteer_data.py; no source data is read)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from build_gazetteer_data import alt_names, near_km


def test_a_renamed_towns_geonames_name_is_kept_however_it_is_spelled() -> None:
    # WOF keeps the Soviet name of a Donetsk village; GeoNames knows it as Pivdenne.
    alts = alt_names("Lenins'ke", ["Pivdenne", "Leninskoye"], "UA", big=False, keep=("Pivdenne",))
    assert alts == ["Pivdenne", "Leninskoye"]


def test_a_small_places_foreign_alias_still_needs_the_same_spelling() -> None:
    assert alt_names("Lenins'ke", ["Pivdenne"], "UA", big=False) == []


def test_a_cyrillic_primary_name_is_compared_through_its_english_label() -> None:
    alts = alt_names("Новгородське", ["Novhorodske", "Novgorodskoye", "New York"], "UA", big=False,
                     keep=("Novhorodske",))  # fmt: skip
    assert alts == ["Novhorodske", "Novgorodskoye"]


def test_a_link_to_a_town_130_km_away_is_no_link() -> None:
    assert near_km(14.478, 120.893, 15.678, 120.770) > 100
