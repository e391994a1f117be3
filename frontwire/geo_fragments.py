"""Names that are only part of something else: a compass word heading a longer name ("South West Khasi
Hills"), and a place's old or other name used as a word ("a Molotov cocktail").

Reads the text, its tokens and the kept name matches; returns the matches without those fragments.
Writes nothing; never fails.
"""

from __future__ import annotations

import re

from .gazetteer.cues import TYPE_AFTER
from .gazetteer.names import fold, strip_article
from .geo_tokens import Match, Token

__all__ = ["compass_head", "drop_fragments"]

# Compass words, alone or paired, are a whole place name only as a region's ("South West" of Cameroon).
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "northeast", "northwest", "southeast", "southwest", "far", "upper", "lower"})  # fmt: skip
_INDEFINITE = re.compile(r"(?:^|\W)an? $", re.IGNORECASE)  # "a Molotov", "an Uzi": the 4 characters before
_LOWER_WORD = re.compile(r" [a-z]")  # "Molotov cocktail": a common noun follows


def compass_head(text: str, tokens: list[Token], m: Match, used: set[int]) -> bool:
    """"South West Khasi Hills district": compass words glued to a capitalised word no other match
    explains head a longer name the gazetteer lacks; "South West Region" is the region itself."""
    if not all(tokens[k].text.lower().replace("-", "") in _COMPASS for k in range(m.first, m.last + 1)):
        return False
    nxt = m.last + 1
    return (
        nxt < len(tokens)
        and tokens[nxt].capital
        and nxt not in used
        and text[tokens[m.last].end : tokens[nxt].start] == " "
        and not TYPE_AFTER.match(text[tokens[m.last].end : tokens[m.last].end + 30])
    )


def _other_name_as_word(text: str, tokens: list[Token], m: Match) -> bool:
    """"a Molotov cocktail": one word after "a"/"an" and before a common noun that no record bears as its own
    name (Perm was once Molotov) is a thing named after someone, not the place."""
    if m.first != m.last or not m.places:
        return False
    tok = tokens[m.first]
    if not _INDEFINITE.search(text[max(0, tok.start - 4) : tok.start]) or not _LOWER_WORD.match(text, tok.end):
        return False
    key = fold(tok.text)
    return not any(fold(p.name.split(" (", 1)[0]) in (key, strip_article(key)) for p in m.places)


def drop_fragments(text: str, tokens: list[Token], kept: list[Match]) -> list[Match]:
    used = {k for m in kept for k in range(m.first, m.last + 1)}
    return [m for m in kept if not compass_head(text, tokens, m, used) and not _other_name_as_word(text, tokens, m)]
