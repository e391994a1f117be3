"""The country a report is about, and the location of an event placed in no smaller area than it.

Reads the document's place mentions (their top candidates, cues and populations), the publisher's
home countries (`geoparse.source_countries`) and the gazetteer's countries; returns an ISO2 code or a
country-level `Location` at its capital, precision 3. Writes nothing; never fails (no vote: "").
"""

from __future__ import annotations

import math

from .gazetteer import Gazetteer
from .geoparse import country_place, source_countries
from .locate_fill import from_place as _from_place
from .model import Document, Location, PlaceMention, Span

__all__ = ["country_only", "dominant_country"]

_SOURCE_VOTE = 1.5  # about one more mid-sized town of that country
_ASIDE_VOTE = 0.05  # a dateline's or a speaking capital's country: a tie-breaker only ("BEIRUT - ... Syria")

_VILLAGE_CUES = frozenset(("village", "villages", "hamlet", "hamlets"))


def _voting_size(pm: PlaceMention) -> int:
    """The population a place votes with: none for a name the report calls a village but the gazetteer reads
    only as an admin area ("the village of Dar al-Salam near Gwoza" is no Egyptian district of 300,000)."""
    top = pm.candidates[0]
    if top.feature.startswith("ADM") and _VILLAGE_CUES & set(pm.cue.split()):
        return 0
    return top.population


def dominant_country(
    places: tuple[PlaceMention, ...], doc: Document | None = None, aside: frozenset[int] = frozenset()
) -> str:
    """The country most of the report's places (and its country names, demonyms) point to.

    A publisher that reports on one country ("Star (Kenya)") votes too: a report naming no
    country otherwise follows whichever foreign namesake of one of its words is biggest. A dateline
    or a capital that speaks (`aside`) says where the reporter or a government is: it barely votes.
    """
    votes: dict[str, float] = {}
    for iso2 in source_countries(doc) if doc is not None else ():
        votes[iso2] = votes.get(iso2, 0.0) + _SOURCE_VOTE
    for k, pm in enumerate(places):
        if pm.candidates:
            iso2 = pm.candidates[0].iso2
            # Places vote; country names and demonyms only break ties ("Israeli forces ... Jenin").
            top = pm.candidates[0]
            weight = 0.1 if top.feature == "PCLI" else 1.0 + math.log10(_voting_size(pm) + 1) / 6.0
            votes[iso2] = votes.get(iso2, 0.0) + weight * (_ASIDE_VOTE if k in aside else 1.0)
    return max(votes, key=lambda k: votes[k]) if votes else ""


# "in the northern Gaza Strip", "across Syria": a country framed as where it happened (not "the border with").
_IN_COUNTRY = frozenset(
    ("in", "inside", "across", "throughout", "central", "north", "south", "east", "west", "northern", "southern",
     "eastern", "western", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
     "southeastern", "southwestern")
)  # fmt: skip


def country_only(doc: Document, places: tuple[PlaceMention, ...], gazetteer: Gazetteer) -> Location:
    """No place below the country: the country named (else the publisher's), at its capital, precision 3.

    A demonym alone does not outweigh the publisher's home country.
    """
    named = [pm for pm in places if pm.candidates]
    source = next(iter(source_countries(doc)), "")
    if source and all(pm.cue == "demonym" for pm in named):
        # "Italian nuns abducted", "Somali militiamen": foreigners in the publisher's country.
        named = [pm for pm in named if pm.candidates[0].iso2 == source]
    told = [pm for pm in named if pm.cue and set(pm.cue.split()) <= _IN_COUNTRY]
    named = (
        told or named
    )  # "An Israeli air strike hit ... the northern Gaza Strip": the country named as the place
    iso2 = named[0].candidates[0].iso2 if named else source
    if not iso2:
        return Location()
    evidence = (named[0].span,) if named else ()
    return _from_place(gazetteer, PlaceMention(named[0].span if named else Span(0, 0, ""), (), ""),
                       country_place(gazetteer, iso2), evidence)  # fmt: skip
