"""ACLED's brackets and abbreviated provinces: "Kahuta sector area (Haveli district, AJK)", "(Najran)".

Reads the text, its tokens, the abbreviation table (`gazetteer.lexicon`), ACLED's admin names and the
gazetteer; returns the province an abbreviated token names as a place mention (`abbreviation_mentions`),
the (ISO2, folded province) that the bracket after or around a name writes last (`bracket_province`),
and narrows a name's readings to what its bracket allows (`pin_to_bracket`, `province_readings`).
Writes nothing but those matches' readings; never fails (an abbreviation naming no province the
gazetteer holds is no mention; a bracket that says nothing leaves the readings as they are).

Why: an abbreviation is not a place mention, so the container logic of `geo_rank` never sees it; yet
"(Haveli district, AJK)" says as plainly as "(Haveli, Azad Jammu and Kashmir)" that Haveli and the name
before the bracket lie in Azad Kashmir, not in Punjab where the gazetteer's only Havelis are.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .gazetteer.acled_admin import acled_admin_names, acled_spelling
from .gazetteer.cues import frame
from .gazetteer.lexicon import abbreviated_areas, abbreviated_countries
from .gazetteer.names import fold
from .geo_tokens import Match, Token
from .model import Place

__all__ = ["abbreviation_mentions", "bracket_province", "pin_to_bracket", "province_readings"]

_HAMLET = 1_000  # a settlement smaller than this is no reading of the province name a bracket ends with
_REACH = 80  # characters a bracket may run on either side of the name
# Between a name and its bracket only its type words may stand: "Kahuta sector area (", "Ballia district (".
_LEAD = re.compile(r"[ a-z\-]{0,30}\($")


def _bracket(text: str, start: int, end: int) -> str:
    """The bracket the name sits in, or the one that follows it after type words only; else ""."""
    opened = text.rfind("(", max(0, start - _REACH), start)
    if opened >= 0 and ")" not in text[opened:start]:
        closed = text.find(")", end, end + _REACH)
        return text[opened + 1 : closed] if closed >= 0 and "(" not in text[end:closed] else ""
    opened = text.find("(", end, end + 32)
    if opened < 0 or not _LEAD.match(text[end : opened + 1]):
        return ""
    closed = text.find(")", opened, opened + _REACH)
    return text[opened + 1 : closed] if closed >= 0 else ""


def bracket_province(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(ISO2, folded province name) of the abbreviation written last in the name's bracket."""
    inside = _bracket(text, start, end)
    if not inside:
        return None
    last = inside.rsplit(",", 1)[-1]
    areas, countries = abbreviated_areas(last), set(abbreviated_countries(last))
    if len(areas) != 1 or len(countries) != 1:
        return None
    return next(iter(countries)), next(iter(areas))


def abbreviation_mentions(
    text: str, tokens: list[Token], kept: list[Match], gazetteer: Gazetteer
) -> list[Match]:
    """A mention of the province for each abbreviation of one ("AJK", "J&K") no kept name covers:
    it is the container of the names before it, as the written-out name would be."""
    used = {k for m in kept for k in range(m.first, m.last + 1)}
    found: list[Match] = []
    for i, tok in enumerate(tokens):
        if i in used or not tok.text.isupper() or len(tok.text) > 6:
            continue
        last = i + 1 if i + 1 < len(tokens) and text[tok.end : tokens[i + 1].start] == "&" else i  # "J&K"
        written = text[tok.start : tokens[last].end]
        areas, countries = abbreviated_areas(written), set(abbreviated_countries(written))
        if len(areas) != 1 or len(countries) != 1 or used.intersection(range(i, last + 1)):
            continue
        province, iso2 = next(iter(areas)), next(iter(countries))
        places = tuple(
            p
            for p in gazetteer.lookup([province]).get(province, ())
            if p.iso2 == iso2 and p.feature == "ADM1" and province in (fold(p.admin1), fold(p.name))
        )[:1]
        if places:
            cue, strong = frame(text, tok.start, tokens[last].end)
            found.append(Match(i, last, places, 0, cue, strong))
    return found


def pin_to_bracket(text: str, tokens: list[Token], m: Match) -> None:
    """A province written abbreviated last in the name's bracket holds the name ("Hajipir sector area
    (Haveli district, AJK)"): its readings elsewhere (Bihar's Hajipur, Punjab's Haveli) are namesakes, and
    with none left the name is one the gazetteer lacks, placed by its context. Only a province ACLED
    codes events in (not "KRG", a region of several)."""
    pinned = bracket_province(text, tokens[m.first].start, tokens[m.last].end)
    if pinned is None or pinned[1] not in acled_admin_names(pinned[0], 1):
        return
    iso2, province = pinned
    m.places = tuple(
        p
        for p in m.places
        if p.feature == "PCLI"
        or (p.iso2 == iso2 and province in (fold(p.admin1), fold(acled_spelling(iso2, p.admin1))))
    )


def province_readings(text: str, tokens: list[Token], m: Match) -> tuple[Place, ...]:
    """The readings of the last name in ACLED's bracket ("Ash Shurfah area (Najran)") that may stand: ACLED
    writes an admin unit there, so where the name is a province somewhere (a province, or a town of
    10,000+ named like its province: Saudi Najran) its hamlets elsewhere (Marib's Najran, no people
    counted) are no reading, whatever country the publisher is from."""
    own = fold(text[tokens[m.first].start : tokens[m.last].end])
    if not any(p.feature == "ADM1" or (p.feature.startswith("PPL") and fold(p.admin1) == own and
               p.population >= 10_000) for p in m.places):  # fmt: skip
        return m.places
    return tuple(
        p for p in m.places if not p.feature.startswith("PPL") or p.population >= _HAMLET or p.id.startswith("acled:")
    )
