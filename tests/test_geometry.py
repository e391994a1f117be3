"""Great-circle distances: the one definition every stage and the evaluation share."""

from __future__ import annotations

import pytest

from frontwire.gazetteer.geometry import distance_km


def test_damascus_to_aleppo_is_about_300_km() -> None:
    assert distance_km(33.51, 36.29, 36.20, 37.16) == pytest.approx(310, abs=10)


def test_a_point_is_zero_from_itself_and_the_distance_is_symmetric() -> None:
    assert distance_km(-1.28, 36.82, -1.28, 36.82) == 0.0
    assert distance_km(0.0, 179.5, 0.0, -179.5) == pytest.approx(111.2, abs=0.5)  # across the antimeridian
    assert distance_km(12.0, 45.0, 15.3, 44.2) == distance_km(15.3, 44.2, 12.0, 45.0)
