"""ACLED admin names for a coordinate, voted by the points ACLED has coded nearby."""

from __future__ import annotations

from frontwire.gazetteer.acled_admin import acled_admin_at, acled_spelling


def test_kenyan_town_takes_acled_county() -> None:
    # Thika sits in Kiambu county; the nearest-GeoNames-town rule put it in Nairobi.
    found = acled_admin_at("KE", -1.033, 37.069)
    assert found is not None and found[0] == "Kiambu"


def test_point_far_from_any_coded_event_gives_none() -> None:
    assert acled_admin_at("KE", 0.0, 45.0) is None
    assert acled_admin_at("XX", 1.0, 1.0) is None


def test_village_acled_has_coded_keeps_acled_coordinates() -> None:
    from frontwire.gazetteer import fold
    from frontwire.gazetteer.acled_places import acled_place

    found = acled_place("KE", fold("Mathare"))
    assert found is not None and found.admin1 == "Nairobi" and abs(found.latitude + 1.26) < 0.1
    assert acled_place("KE", "no such place anywhere") is None


def test_front_line_village_is_near_coded_events() -> None:
    from frontwire.gazetteer.acled_admin import coded_nearby

    # A Luhansk village by the front line, and Chernihiv far from any coded event.
    assert coded_nearby("UA", 48.57, 38.52) > 0 and coded_nearby("UA", 51.5, 31.3) == 0
    assert coded_nearby("UA", None, None) == 0


def test_a_gazetteer_admin1_spelling_becomes_acleds() -> None:
    # "Hiiraan region" in GeoNames is ACLED's "Hiraan"; "Southern Kordofan" its "South Kordofan".
    assert acled_spelling("SO", "Hiiraan") == "Hiraan"
    assert acled_spelling("SD", "Southern Kordofan") == "South Kordofan"


def test_another_unit_is_no_spelling() -> None:
    # "Baja California Sur" is another state than "Baja California"; "Northern Darfur" is no "South Darfur".
    assert acled_spelling("MX", "Baja California Sur") == "Baja California Sur"
    assert acled_spelling("SD", "Northern Darfur") != "South Darfur"


def test_english_compass_names_take_acled_french_spelling() -> None:
    # "Gunmen attacked a church in Buea, South West Cameroon": ACLED writes Cameroon's regions in French
    assert acled_spelling("CM", "South-West") == "Sud-Ouest"
    assert acled_spelling("CM", "Far North") == "Extreme-Nord"
    assert acled_spelling("BF", "Centre-North") == "Centre-Nord"


def test_coded_share_is_the_provinces_part_of_its_country() -> None:
    # "the OSCE SMM observed 8 shots near Zaporozhets": ACLED codes Ukraine's fighting in Donetsk,
    # so Donetsk's namesake outweighs Dnipropetrovsk's; a province with no coded point has 0.
    from frontwire.gazetteer.acled_admin import coded_share

    assert coded_share("UA", "Donetsk") > coded_share("UA", "Dnipropetrovsk")
    assert 0.0 < coded_share("UA", "Donetsk") <= 1.0
    assert coded_share("UA", "No Such Oblast") == 0.0


def test_record_label_of_acleds_scheme_stands_against_a_neighbours_points() -> None:
    # "Protesters blocked the Chevrolet intersection in Furn el Chebbak": the record already says
    # Mount Lebanon (ACLED's unit); Beirut's coded points next door are no evidence against it.
    found = acled_admin_at("LB", 33.8938, 35.5018, "Mount Lebanon")
    assert found is not None and found[0] == "Mount Lebanon"
    plain = acled_admin_at("LB", 33.8938, 35.5018)
    assert plain is not None and plain[0] == "Beirut"


def test_record_label_of_another_scheme_still_takes_the_points() -> None:
    # Thika's record says "Central" (Kenya's old province): ACLED's county around it is Kiambu.
    found = acled_admin_at("KE", -1.033, 37.069, "Central")
    assert found is not None and found[0] == "Kiambu"


def test_ugandan_village_takes_its_district_not_the_region() -> None:
    # "A mob beat a suspected thief in Koro, Gulu": ACLED's admin1 in Uganda is the district (Gulu);
    # the index's label is one of the four regions ("Northern"), wrong by construction.
    found = acled_admin_at("UG", 2.78, 32.30, "Northern")
    assert found is not None and found[0] == "Gulu"


def test_coded_point_a_dozen_km_off_is_no_vote() -> None:
    # "Women protested outside the prison in Gebze, Kocaeli": Istanbul's Tuzla points lie 11 km west,
    # across the provincial line; a point that far no longer names the unit.
    from frontwire.gazetteer.acled_admin import MAX_KM

    assert 8.0 <= MAX_KM < 11.0


def test_type_phrase_before_the_name_is_dropped() -> None:
    # "Police dispersed a protest in Zadar": ACLED writes Croatia's counties bare ("Split-Dalmatia"),
    # Montenegro's municipalities without "Opština"; a trailing type word ACLED keeps stays.
    assert acled_spelling("HR", "County of Zadar") == "Zadar"
    assert acled_spelling("ME", "Opština Nikšić") == "Nikšić"
    assert acled_spelling("RU", "Kursk Oblast") == "Kursk Oblast"


def test_azerbaijani_region_takes_acleds_english_spelling() -> None:
    # "shelling of positions in Şǝmkir district": ACLED writes the region "Shamkir", curated where dev is silent
    assert acled_spelling("AZ", "Şǝmkir") == "Shamkir"
    assert acled_spelling("AZ", "Ağcabǝdi") == "Aghjabadi"
