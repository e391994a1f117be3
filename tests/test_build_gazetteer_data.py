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


def test_two_records_of_one_village_merge_into_the_richer() -> None:
    # Who's On First holds As Sawiya (Nablus) twice, spelled two ways at one point; a namesake
    # 40 km off stays its own place.
    from build_gazetteer_data import dedupe

    rows = [
        ["wof:1", "As Sawiya", "PS", "West Bank", "Nablus", "", "32.08537", "35.25782", "PPL", "2236", ""],
        ["wof:2", "As Sāwiyah", "PS", "West Bank", "", "", "32.08537", "35.25782", "PPL", "0", "الساوية"],
        ["wof:3", "As Sawiya", "PS", "West Bank", "Hebron", "", "31.70000", "35.10000", "PPL", "0", ""],
    ]
    out = dedupe(rows)
    assert [r[0] for r in out] == ["wof:1", "wof:3"]
    assert out[0][10].split("|") == ["As Sāwiyah", "الساوية"]
