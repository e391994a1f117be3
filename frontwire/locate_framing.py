"""How the words around a place name frame it: a road's end, a landmark, a person's name, an unspecified spot.

Reads the document text around a mention's span (and `locate_rules`' cached landmark words); returns booleans
that `locate` weighs when choosing the event's place and its precision. Writes nothing; never fails.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .locate_rules import landmark_words
from .model import Document, PlaceMention, Span

__all__ = [
    "between_pairs",
    "destination",
    "glued_to_name",
    "landmark",
    "on_road",
    "road_end",
    "unspecified_in",
]

_ROAD_AFTER = re.compile(
    r"\s*(?:[-/\u2013]\s*[\w' ]{1,30}?)?\s*(?:road|highway|rd|motorway|expressway|stretch)\b", re.IGNORECASE
)
_DASH_BEFORE = re.compile(r"[-/\u2013]\s*$")
_DASH_AFTER = re.compile(r"\s*[-/\u2013]")


_NAME_AFTER = re.compile(r" [A-Z][a-z]")
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")


_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


def landmark(doc: Document, span: Span) -> bool:
    """The name is (or is followed by) a landmark word: "Kober Prison", "the Ilya intersection"."""
    words = landmark_words()
    if any(w.lower() in words for w in span.text.split()[1:]):
        return True
    after = _WORD_AFTER.match(doc.text, span.end)
    return after is not None and after.group(1).lower() in words


def glued_to_name(doc: Document, span: Span) -> bool:
    before = _NAME_BEFORE.search(doc.text, max(0, span.start - 30), span.start)
    return before is not None or _NAME_AFTER.match(doc.text, span.end) is not None


# "the road that connects Esperanza to ...", "the road between Faaour and ...": a road told by its ends.
_CONNECTS = re.compile(
    r"\b(?:road|highway)\s+(?:that\s+)?(?:connects|connecting|links|linking|between|from)\s+$", re.IGNORECASE
)


def on_road(doc: Document, span: Span) -> bool:
    return _CONNECTS.search(doc.text, max(0, span.start - 40), span.start) is not None


def road_end(doc: Document, span: Span) -> bool:
    """The name is one end of a road written 'X-Y road' / 'X/Y highway'."""
    before = doc.text[max(0, span.start - 3) : span.start]
    if not (_DASH_BEFORE.search(before) or _DASH_AFTER.match(doc.text, span.end)):
        return False
    return _ROAD_AFTER.match(doc.text, span.end) is not None


# "at an unspecified area of Aweil East county", "in an unspecified part of Tonj North county": the report
# says the event lies somewhere in that unit and names no spot in it (a place named later is an aside).
_UNSPECIFIED = re.compile(
    r"\bunspecified\s+(?:area|part|location|place|locality|spot|site)s?\s+(?:of|in|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def unspecified_in(doc: Document, span: Span) -> bool:
    """The name is the unit an unspecified spot lies in ("an unspecified area of Aweil East county")."""
    return _UNSPECIFIED.search(doc.text, max(0, span.start - 50), span.start) is not None


# "found killed on the road to al-Hasakeh city", "on his way to Hat district": where someone was heading
_DESTINATION = re.compile(
    r"\b(?:on\s+(?:the|his|her|their)\s+(?:road|way|route)\s+to|en\s+route\s+to|heading\s+(?:to|towards)|"
    r"travell?ing\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def destination(doc: Document, span: Span) -> bool:
    """The name is where someone was heading, not where the event happened ("on the road to al-Hasakeh")."""
    return _DESTINATION.search(doc.text, max(0, span.start - 40), span.start) is not None


_AND_GAP = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)


def between_pairs(doc: Document, places: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    """Between A and B: B framed as A is. Left unframed, B outweighed A; ACLED codes the first anchor
    (dev: 9 of 11 notes that name one of the two), so equal framing leaves the earlier one ahead. An A the
    gazetteer lacks changes nothing: two unknown anchors are coded at the district that holds them."""
    out = list(places)
    for k in range(1, len(places)):
        a, b = places[k - 1], places[k]
        if (
            a.candidates
            and a.cue.split()[-1:] == ["between"]
            and _AND_GAP.fullmatch(doc.text, a.span.end, b.span.start)
        ):
            out[k] = replace(b, cue=a.cue)
    return tuple(out)
