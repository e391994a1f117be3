"""ACLED's world regions: which region ACLED files a country under (its `region` column).

Reads `data/regions.tsv` once; a country it does not list has region "" rather than a guess.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["region_of"]


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    text = resources.files("frontwire").joinpath("data/regions.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {country.strip(): region.strip() for country, region in rows}


def region_of(country: str) -> str:
    return _regions().get(country, "")
