"""Admin units a note writes by ACLED's names where the gazetteer matched nothing."""

from __future__ import annotations

from frontwire.locate_units import coded_at, country_point, unit_point, written_unit


def test_bracketed_district_is_read_as_acleds_unit() -> None:
    text = "On 1 May 2020, GNA forces repelled an attack by LNA forces in Wadi al-Rabi (Aljfara)."
    unit = written_unit(text, text.index(" (Aljfara)"))
    assert unit is not None and (unit.iso2, unit.admin1) == ("LY", "Aljfara")
    assert 32.0 < unit.latitude < 33.5 and 12.5 < unit.longitude < 14.0


def test_lga_with_its_state_prefers_the_lga() -> None:
    text = "Boko Haram fighters attacked Tumbi village (Gujba LGA, Yobe)."
    unit = written_unit(text, text.index(" village"), ("NG",))
    assert unit is not None and (unit.admin1, unit.admin2) == ("Yobe", "Gujba")


def test_near_spelling_needs_the_reports_country() -> None:
    text = "In San Juan de los Cerritos, San Luis de Potosi, two armed men clashed with police."
    end = text.index(", San Luis")
    unit = written_unit(text, end, ("MX",))
    assert unit is not None and unit.admin1 == "San Luis Potosi"
    assert written_unit(text, end) is None  # no exact name and no country: nothing guessed


def test_no_unit_written_gives_none() -> None:
    text = "The OSCE SMM observed 57 explosions near Semyhiria."
    assert written_unit(text, text.index(".")) is None


def test_a_province_stands_at_a_point_acled_codes_in_it() -> None:
    unit = unit_point("SY", "Idleb")
    assert unit is not None and unit.admin1 == "Idleb" and unit.admin2 == ""
    assert coded_at("SY", unit.latitude, unit.longitude)
    assert unit_point("SY", "Nowhere Province") is None
    assert not coded_at("SY", 0.0, 0.0)


def test_a_place_known_only_by_its_country_sits_where_acleds_events_cluster() -> None:
    # "the OSCE SMM observed 14 explosions near Novovyboeve" (no admin written): the Donbas, not Kyiv
    hub = country_point("UA")
    assert hub is not None and hub.latitude > 47.0 and hub.longitude > 36.5
    assert country_point("ZZ") is None
