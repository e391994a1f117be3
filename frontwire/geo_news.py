"""Wire-copy framing for geoparse: the DATELINE city a news report is filed from.

"TRIPOLI (Reuters) - ...", "GOMA, Congo, May 5 (Reuters) - ...", "ADEN - ...": agencies file from
cities of note, so the dateline's name means its big namesake (Libya's Tripoli of a million people,
not Lebanon's of 230,000 nor a US village), and that city's country is where the story is told from:
evidence for the report's country that outweighs a foreign namesake further down. ACLED's own notes
have no datelines, so the pass is inert on them.

Reads the document text and the name matches; returns the dateline's character span and the
matches' readings narrowed to the dateline's big namesakes. Writes nothing; never fails (a text
with no dateline, or a dateline the gazetteer lacks, changes nothing).
"""

from __future__ import annotations

import re

from .geo_tokens import Match, Token, datelines
from .model import Place

__all__ = ["dateline_readings", "dateline_span", "in_span", "spoken_from"]

# "an official said in Washington", "told reporters in Moscow": where a source spoke, not where it happened.
_SPOKEN_BEFORE = re.compile(
    r"\b(?:said|says|told (?:\w+ )?(?:reporters|journalists|a news conference|a press conference)|speaking|spoke|"
    r"statement|news conference|press conference|briefing|announced|interview)\s+(?:here\s+)?in\s+(?:the\s+)?$"
)
# A dateline's namesake this much smaller than the biggest reading is another town of the name.
_NAMESAKE_SHARE = 3
_CAPITALS = frozenset({"PPLC"})  # not PPLA: Lebanon's Tripoli heads a governorate


def dateline_span(text: str) -> tuple[int, int] | None:
    """Character span of the report's own dateline place ("TRIPOLI" of "TRIPOLI (Reuters) - "),
    only at the very start of the text (later lines' datelines belong to other stories), or None."""
    spans = datelines(text)
    if not spans or text[: spans[0][0]].strip():
        return None
    return spans[0]


def dateline_readings(places: tuple[Place, ...]) -> tuple[Place, ...]:
    """The readings a dateline means: capitals and cities within a third of the biggest namesake's
    size; every reading when the gazetteer gives no sizes."""
    towns = [p for p in places if p.feature != "PCLI"]
    biggest = max((p.population for p in towns), default=0)
    if biggest <= 0:
        return places
    kept = tuple(p for p in towns if p.population * _NAMESAKE_SHARE >= biggest or p.feature in _CAPITALS)
    return kept or places


def spoken_from(text: str, start: int) -> bool:
    """True for a place written where a source spoke ("a senior official said in Washington"): a
    place, but no evidence of the event's country (a Tripoli near which soldiers died is no US town)."""
    return bool(_SPOKEN_BEFORE.search(text, max(0, start - 60), start))


def in_span(tokens: list[Token], m: Match, span: tuple[int, int] | None) -> bool:
    """True when the match lies inside the character span."""
    return span is not None and span[0] <= tokens[m.first].start and tokens[m.last].end <= span[1]
