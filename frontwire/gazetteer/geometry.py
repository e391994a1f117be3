"""Distances on the globe, one definition for every stage and tool that compares coordinates."""

from __future__ import annotations

import math

__all__ = ["distance_km"]

_EARTH_DIAMETER_KM = 12742.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance between two points given in degrees."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return _EARTH_DIAMETER_KM * math.asin(min(1.0, math.sqrt(h)))
