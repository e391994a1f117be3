"""People's names that look like places, for geoparse: token indexes no place may use.

Reads the text and its tokens; returns the set of token indexes that belong to a person's name.
Writes nothing; never fails. The nouns that mark a person ("a trader", "a vigilante leader") live
in data/gazetteer/person_nouns.txt.

Why: many given names are calendar words or towns somewhere ("Sunday Ojo", "Friday Musa", Turkey's
Muş; "Sunday Oluwole" a Nigerian village), and news prose names victims and speakers beside the
place of the event, so such a name used to win the location. Two general frames say "person":
- a weekday word glued to a capitalised name, with no day preposition before it ("killed Sunday
  Ojo", but not "on Sunday Kenyan police"): a given name;
- a name followed by ", a/an [...] <person noun>" ("Musa, a herder,") and not introduced as a
  place by a preposition or a list ("in Bama, a resident said" stays a place).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer.admin import data_file
from .gazetteer.cues import FACILITY_AFTER
from .gazetteer.names import fold
from .geo_tokens import Token

__all__ = ["person_tokens"]

_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Words before a weekday that make it a day: "on Sunday", "last Friday", "Sunday's".
_DAY_BEFORE = frozenset({"on", "last", "this", "next", "since", "by", "until", "till", "early", "late", "from",
                         "every", "each", "before", "after", "of", "that", "and", "or", "to"})  # fmt: skip
# Words before a name that make it a place whatever follows ("in Bama, a resident said").
_PLACE_BEFORE = frozenset({"in", "at", "near", "from", "of", "to", "into", "across", "around", "outside", "on",
                           "within", "toward", "towards", "between", "and", "inside", "through", "via"})  # fmt: skip
_APPOSITION = re.compile(r", (?:a|an) ((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*)\b")
_STOP = re.compile(r"[.,;:!?]")
_SPEECH = frozenset({"said", "says", "told", "added", "reported", "claimed", "stated"})  # "Gwoza, a farmer said"


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    lines = data_file("person_nouns.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(x) for x in lines if x.strip() and not x.startswith("#"))


def _name_end(text: str, tokens: list[Token], k: int, most: int) -> int:
    """Index of the last capitalised token joined by single spaces from token k (at most `most` more)."""
    j = k
    while j + 1 < len(tokens) and j - k < most and tokens[j + 1].capital and text[tokens[j].end : tokens[j + 1].start] == " ":
        j += 1
    return j


def person_tokens(text: str, tokens: list[Token]) -> set[int]:
    """Token indexes of people's names written in weekday-name or apposition frames."""
    nouns = _person_nouns()
    out: set[int] = set()
    for i, tok in enumerate(tokens):
        before = tokens[i - 1].text.lower() if i > 0 and not _STOP.search(text, tokens[i - 1].end, tok.start) else ""
        if not tok.capital or tok.text.lower() in _PLACE_BEFORE:
            continue  # "In Marakwet East, a man...": a sentence's first preposition starts no name
        if before and tokens[i - 1].capital and before not in _PLACE_BEFORE and text[tokens[i - 1].end : tok.start] == " ":
            continue  # only where a name starts
        j = _name_end(text, tokens, i, 2)
        if (tok.text.lower() in _WEEKDAYS and j > i and before not in _DAY_BEFORE and text[tok.end : tok.end + 1] == " "
                and not FACILITY_AFTER.match(text[tok.end : tok.end + 14])):  # fmt: skip  ("Monday Avenue": a street)
            out.update(range(i, j + 1))  # "killed Sunday Ojo", "Friday Musa, a herder"
            continue
        m = _APPOSITION.match(text, tokens[j].end)
        words = m.group(1).split() if m else []
        if m and before not in _PLACE_BEFORE and any(w in nouns for w in words) and not _SPEECH.intersection(words):
            after_comma = i > 0 and text[tokens[i - 1].end : tok.start].strip() == ","
            if not after_comma:  # "Gwoza, Borno, a resident": a place's admin, not a person
                out.update(range(i, j + 1))
    return out
