"""Stale province labels: a record filed under a province the report does not write, though it lies among
the settlements of the province the report does write.

Reads the kept name matches of one report and the gazetteer's settlements of the provinces it writes;
returns nothing, re-labelling such records in place (a copy of the `Place` with the written province as
admin1). Never fails (no written province, or no settlement of it near the record: left as it is).

Why: GeoNames files Burgersfort, a few km from the line, under Mpumalanga; ACLED codes it in Limpopo,
and "Burgersfort (Sekhukhune, Limpopo)" says so too. Read by its label the town contradicts the written
province, and the locator falls back to Limpopo's centre 121 km off. A unique record by the written
province's own places is the place meant; one far from them is not (the note may name a namesake).

The opposite case (`doubt_city_labels`): a city of 100,000+ whose every reading lies outside the province
written after it ("Mariupol, Zaporizhia") is mislabelled by the note; the label's readings are emptied in
place so that it cannot overrule the city.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from .gazetteer import Gazetteer
from .gazetteer.acled_admin import acled_spelling
from .gazetteer.names import fold
from .geo_tokens import Match, Token

__all__ = ["doubt_city_labels", "relabel_stale"]

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


_CITY = 100_000  # a city this big is known by its own record better than by the province a note writes after it


def doubt_city_labels(text: str, tokens: list[Token], kept: list[Match]) -> None:
    """Empty, in place, the readings of a province label written after a city it contradicts.

    "Mariupol, Zaporizhia": Mariupol's only record (481,000 people) lies in Donetsk; the label's readings
    (Zaporizhzhia city and province) are all elsewhere, so the note mislabels a well-known city, and ACLED
    codes the city where it is. Read as the city's container the label would overrule it; kept as text
    with no reading it cannot. Only a city's unique province: a village's namesakes are the ranking's question.
    """
    for m, n in pairwise(kept):
        if text[tokens[m.last].end : tokens[n.first].start].strip() not in (",", "(") or not n.places:
            continue
        cities = [p for p in m.places if p.feature.startswith("PPL") and p.population >= _CITY]
        if m.kind != 0 or not cities:
            continue
        iso2 = cities[0].iso2
        provinces = {fold(p.admin1) for p in m.places if p.iso2 == iso2}
        if len(provinces) != 1 or "" in provinces:
            continue  # a city of one province in its country
        label = [p for p in n.places if p.iso2 == iso2]
        if label and all(p.feature != "PCLI" and fold(p.admin1) not in provinces
                         and fold(acled_spelling(iso2, p.admin1)) not in provinces for p in label):  # fmt: skip
            n.places = ()
