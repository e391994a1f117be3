"""Quiet provinces: a consonant guess where ACLED codes nothing of a country's front-line points."""

from __future__ import annotations

from frontwire.geo_quiet import quiet_guess
from frontwire.model import Place


def _village(iso2: str, admin1: str, lat: float, lon: float) -> Place:
    return Place(id="x", name="Morske", country=iso2, iso2=iso2, admin1=admin1, latitude=lat, longitude=lon,
                 feature="PPL")  # fmt: skip


def test_a_crimean_guess_for_an_osce_village_is_quiet() -> None:
    # "the OSCE SMM observed 67 explosions near Mayorsk": Crimea's Morske is no reading of it.
    assert quiet_guess(_village("UA", "Crimea", 44.83, 34.80))


def test_a_guess_on_the_donbas_front_is_not_quiet() -> None:
    assert not quiet_guess(_village("UA", "Donetsk", 48.25, 37.94))


def test_a_country_whose_events_spread_judges_no_province() -> None:
    # India's coded points spread over many states: a state with none is only one not seen yet.
    assert not quiet_guess(_village("IN", "Himachal Pradesh", 32.57, 77.03))
