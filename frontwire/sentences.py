"""Sentence splitting.

Reads `Document.text`; returns the sentences as `Span`s in text order. Rule-based, because no
pretrained English model is installable here and news prose splits well on punctuation once
abbreviations ("U.S.", "Lt. Col.", "No. 3"), decimals and initials are protected. Blank lines
and line breaks before a capital always end a sentence, so headlines, datelines and menu items
do not run into the prose. Never fails: empty text gives no sentences.
"""

from __future__ import annotations

import re

from .model import Span

__all__ = ["split_sentences"]

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "cmdr",
        "adm",
        "brig",
        "rep",
        "sen",
        "gov",
        "pres",
        "st",
        "mt",
        "ft",
        "no",
        "nos",
        "vol",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "vs",
        "etc",
        "al",
        "approx",
        "est",
        "dept",
        "univ",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "a.m",
        "p.m",
    ]
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+|\n\s*\n+|\n(?=\s*[A-Z\"“*#])")


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` closes an abbreviation or an initial rather than a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS:
        return True
    # Single capital initials ("J. Smith") and dotted acronyms ("U.N.") are not sentence ends.
    return len(word) == 1 and text[start].isupper() or "." in word


def split_sentences(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        token = match.group(0)
        following = text[match.end() : match.end() + 1]
        if token[0] == "\n":
            # A scraper's paragraph break inside a sentence ("several Russian\n\nservice members").
            if following.islower() and text[match.start() - 1 : match.start()].isalnum():
                continue
        elif token[0] == "." and not token.startswith("..") and "\n\n" not in token:
            if _ends_with_abbreviation(text, match.start()):
                continue
            if following.islower():
                continue
        _append(spans, text, start, match.start() + len(token.rstrip()))
        start = match.end()
    _append(spans, text, start, len(text))
    return tuple(spans)


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end, text[start:end]))
