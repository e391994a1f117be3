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


def test_a_wof_region_spelled_otherwise_takes_the_region_its_towns_agree_on() -> None:
    # "West Bahr-al-Ghazal": nine of ten records' nearest towns are in Western Bahr al Ghazal; the one
    # near the Warrap border takes the county's region too. A district-level region that straddles two
    # GeoNames regions (half and half) is left to each record's nearest town.
    from build_gazetteer_data import region_votes

    recs = [{"region": "West Bahr-al-Ghazal"}] * 10 + [{"region": "Bugiri"}] * 4
    knn = ["Western Bahr al Ghazal"] * 9 + ["Warrap"] + ["Eastern Region", "Central Region"] * 2
    regions = {"western bahr al ghazal": "Western Bahr al Ghazal", "warrap": "Warrap"}
    assert region_votes(recs, knn, regions) == {"West Bahr-al-Ghazal": "Western Bahr al Ghazal"}


def test_a_province_is_also_written_without_its_type_word() -> None:
    from build_gazetteer_data import short_admin1

    regions = {"beni department": "Beni Department", "moscow oblast": "Moscow Oblast", "moscow": "Moscow"}
    assert short_admin1("BO", "Beni Department", regions) == "Beni"  # "Rurrenabaque (Beni)"
    assert short_admin1("RU", "Moscow Oblast", regions) == ""  # Moscow is another unit: never the oblast


def test_a_town_filed_under_a_far_country_goes_to_the_one_it_lies_in() -> None:
    # Who's On First's Mali file holds Maltese towns: 3,000 km from any Malian town, beside Maltese ones.
    from build_gazetteer_data import foreign_countries, world_tree

    towns = [{"latitude": 35.90, "longitude": 14.51, "countrycode": "MT"},
             {"latitude": 12.65, "longitude": -8.00, "countrycode": "ML"}]  # fmt: skip
    world = world_tree(towns)
    trees = {"ML": (world_tree(towns[1:])[0], ["Bamako"])}
    assert foreign_countries(world, trees, "ML", [35.92, 12.70], [14.49, -8.05]) == ["MT", ""]
