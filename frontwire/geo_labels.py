"""Stale province labels: a record filed under a province the report does not write, though it lies among
the settlements of the province the report does write.

Reads the kept name matches of one report and the gazetteer's settlements of the provinces it writes;
returns nothing, re-labelling such records in place (a copy of the `Place` with the written province as
admin1). Never fails (no written province, or no settlement of it near the record: left as it is).

Why: GeoNames files Burgersfort, a few km from the line, under Mpumalanga; ACLED codes it in Limpopo,
and "Burgersfort (Sekhukhune, Limpopo)" says so too. Read by its label the town contradicts the written
province, and the locator falls back to Limpopo's centre 121 km off. A unique record by the written
province's own places is the place meant; one far from them is not (the note may name a namesake).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .gazetteer import Gazetteer
from .gazetteer.acled_admin import acled_spelling
from .gazetteer.names import fold
from .geo_tokens import Match, Token

__all__ = ["relabel_stale"]

_CELL = 0.1  # degrees (~11 km): a record in a cell next to one of the province's settlements lies by them


@lru_cache(maxsize=512)
def _cells(gazetteer: Gazetteer, iso2: str, admin1: str) -> frozenset[tuple[int, int]]:
    """The ~11 km cells holding the province's settlements (one query per province, then cached)."""
    return frozenset(
        (int(p.latitude // _CELL), int(p.longitude // _CELL))
        for p in gazetteer.settlements_in(iso2, admin1)
        if p.latitude is not None and p.longitude is not None
    )


def _by(cells: frozenset[tuple[int, int]], lat: float, lon: float) -> bool:
    cy, cx = int(lat // _CELL), int(lon // _CELL)
    return any((cy + dy, cx + dx) in cells for dy in (-1, 0, 1) for dx in (-1, 0, 1))


def relabel_stale(text: str, tokens: list[Token], kept: list[Match], gazetteer: Gazetteer) -> None:
    """Re-label, in place, a name's only reading in a country whose province the report writes, when the
    record is filed elsewhere yet lies among the written province's settlements."""
    written: dict[str, dict[str, str]] = {}  # ISO2 -> folded province -> the index's spelling
    for m in kept:
        own = fold(text[tokens[m.first].start : tokens[m.last].end])
        for p in m.places:
            if p.feature == "ADM1" and p.admin1 and own in (fold(p.admin1), fold(p.name)):
                written.setdefault(p.iso2, {})[fold(p.admin1)] = p.admin1
    if not written:
        return
    for m in kept:
        if m.kind != 0:
            continue  # a consonant guess is no unique record of the name
        at_home = [k for k, p in enumerate(m.places) if p.iso2 in written]
        if len(at_home) != 1:
            continue  # several readings in the country: which one is meant is the ranking's question
        k = at_home[0]
        p = m.places[k]
        if not p.feature.startswith("PPL") or p.latitude is None or p.longitude is None:
            continue
        told = written[p.iso2]
        if fold(p.admin1) in told or fold(acled_spelling(p.iso2, p.admin1)) in told:
            continue  # filed under the written province already (perhaps spelt otherwise)
        near = [a for a in told.values() if _by(_cells(gazetteer, p.iso2, a), p.latitude, p.longitude)]
        if len(near) == 1:
            m.places = m.places[:k] + (replace(p, admin1=near[0]),) + m.places[k + 1 :]
