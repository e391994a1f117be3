"""Provinces named like their main town: where the report's "in Y" is the province, not the town.

Reads the document text, its `PlaceMention`s and the country's capital's name; writes nothing; never
fails. ACLED's notes write a governorate or state by its name alone ("in Dar'a", "in Rosales, Chihuahua",
"in Al-Hasakeh countryside"); the gazetteer reads that name as the province's town. Where the report names
a spot inside that province, ACLED codes the spot, not the town: `province_namesake` says whether a place
is so written, `held_provinces` which of an event's places are provinces holding a place named before them.
"""

from __future__ import annotations

import re

from .gazetteer.cues import ADMIN_CUES, SETTLEMENT_CUES
from .gazetteer.names import fold
from .locate_context import level
from .locate_rules import landmark_words
from .model import Document, PlaceMention

__all__ = ["held_provinces", "province_namesake"]

# "Chihuahua city", "the city of Homs": a province's namesake written as its town.
_AS_TOWN_AFTER = re.compile(r"\s+(?:city|town)\b", re.IGNORECASE)
_AS_TOWN_BEFORE = re.compile(r"\b(?:city|town)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def province_namesake(doc: Document, holder: PlaceMention, capital: str) -> bool:
    """The place that holds an unknown spot names the province its town shares a name with ("in Rosales,
    Chihuahua", "the outskirts of Sahwa in Dar'a", "Rubay'at area in Al-Hasakeh countryside"): ACLED codes
    the spot, which its own gazetteer has, not the province's town. Not a country's capital ("Huruma,
    Nairobi" is the capital's estate), nor a name written as a town or city or as an admin unit."""
    if not holder.candidates:
        return False
    words = set(holder.cue.split())
    if words & ADMIN_CUES or words & SETTLEMENT_CUES:
        return False
    start, end = holder.span.start, holder.span.end
    if _AS_TOWN_AFTER.match(doc.text, end) or _AS_TOWN_BEFORE.search(doc.text, max(0, start - 20), start):
        return False
    top = holder.candidates[0]
    if top.feature == "PPLC" or fold(top.name) == fold(capital) or fold(holder.span.text) == fold(capital):
        return False
    return level(top) == 3 or (level(top) == 0 and fold(top.admin1) == fold(holder.span.text))


# A spot framed as where something happened ("on Ghadir al Bostan - al Malaqa road in Quneitra", "to the Qasruk
# base in Al-Hasakeh"); a victim's home ("a man from Saqba in Rural Damascus") or a possessor is not.
_UNFRAMED = frozenset({"", "from", "of", "demonym"})
# "in Quneitra", "Andar (Shalgar) district, Ghazni": the province written bare or after "in".
_PROVINCE_FRAMES = frozenset({"in", ""})


# "a patrol in Abu Rasin area in al-Hasakeh": an unknown area written right before "in Y".
_AREA_IN = re.compile(r"\s*area\s+in\s*$", re.IGNORECASE)


def _area_in(doc: Document, spot: PlaceMention, province: PlaceMention) -> bool:
    """An unknown name written "X area in Y" (not a landmark: "Ngamia Road area in Garissa" is the town's).

    Only "area": measured, "Kathita village in Embu" is ACLED's Embu town in Kenya's older notes (3 Kenya notes
    lost, 0 global won with villages), while "the Humaymeh area in Homs" is a spot of the governorate."""
    if _AREA_IN.fullmatch(doc.text[spot.span.end : province.span.start]) is None:
        return False
    return not set(fold(spot.span.text).split()) & landmark_words()


def held_provinces(
    doc: Document, places: tuple[PlaceMention, ...], told: list[int], capital: str
) -> frozenset[int]:
    """The indices in `told` (the event's places) of a province's namesake written "in Y", "Y countryside" or
    bare after a framed place of that province ("clashes on Ghadir al Bostan road in Quneitra", "in Andar
    (Shalgar) district, Ghazni"): Y is the province."""
    out = set()
    for k in told:
        pm = places[k]
        if not pm.candidates or not (pm.cue in _PROVINCE_FRAMES or "countryside" in pm.cue.split()):
            continue
        if not province_namesake(doc, pm, capital):
            continue
        top = pm.candidates[0]
        for j in told:
            other = places[j]
            if other.span.start >= pm.span.start or other.cue in _UNFRAMED:
                continue
            if not other.candidates:
                if _area_in(doc, other, pm):
                    out.add(k)  # "a patrol in Abu Rasin area in al-Hasakeh": a spot the gazetteer lacks, in Y
                    break
                continue
            inner = other.candidates[0]
            if (
                (inner.iso2, inner.admin1) == (top.iso2, top.admin1)
                and level(inner) in (0, 2)
                and fold(other.span.text) != fold(pm.span.text)
            ):
                out.add(k)
                break
    return frozenset(out)
