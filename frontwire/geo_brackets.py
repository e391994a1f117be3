"""Abbreviated provinces: "Kahuta sector area (Haveli district, AJK)", "Amethi (UP)".

Reads the text, its tokens, the abbreviation table (`gazetteer.lexicon`) and the gazetteer; returns
the province an abbreviated token names as a place mention (`abbreviation_mentions`), and the
(ISO2, folded province) that the bracket after or around a name writes last (`bracket_province`).
Writes nothing; never fails (an abbreviation naming no province the gazetteer holds is no mention).

Why: an abbreviation is not a place mention, so the container logic of `geo_rank` never sees it; yet
"(Haveli district, AJK)" says as plainly as "(Haveli, Azad Jammu and Kashmir)" that Haveli and the name
before the bracket lie in Azad Kashmir, not in Punjab where the gazetteer's only Havelis are.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .gazetteer.cues import frame
from .gazetteer.lexicon import abbreviated_areas, abbreviated_countries
from .gazetteer.names import fold
from .geo_tokens import Match, Token

__all__ = ["abbreviation_mentions", "bracket_province"]

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
