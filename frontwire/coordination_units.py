"""The units of a note that codes several events: bracketed places, listed admin areas, the stated count.

ACLED's coders write a multi-front note as a run of bracketed places ("on the Nihm (Nihm, Sanaa), Sirwah
(Sirwah, Marib), and Taizz (Salh, Taizz) frontlines", "in Al Amir (As Sawmaah, Al Bayda) and Dhirwah
(Mukayras, Al Bayda) areas"), as admin areas closed by their plural ("in Al Jawf, Ad Dali and Taizz
governorates"), and often say how many events they made ("coded as 10 and split up between 3 events").
Reads the mention's main sentence, the document's place mentions and the layout words in
data/locate/event_units.yaml; returns the units in text order, each the places that locate one event
(a head name and the bracket that places it). Never fails: text it cannot read gives no units.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import yaml

from .casualty_clauses import parse_quantity
from .locate_rules import is_relative
from .model import Document, EventMention, PlaceMention, Span

__all__ = ["Unit", "admin_list", "bracket_units", "declared_events", "declared_split", "listed_units"]

_BRACKET = re.compile(r"[(]([^()]{1,80})[)]")
_WORD = re.compile(r"[^\W\d_][\w'`-]*")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)  # "between Marib and Al Bayda": one border
_JOIN = re.compile(r"\s*(?:,|and|or|&|,\s*and|,\s*or)\s*", re.IGNORECASE)
# What may stand between one unit's bracket and the next unit's name: a comma or conjunction, the frame
# word of the first unit ("front") and a preposition that opens the next ("and on the Sirwah").
_BETWEEN_UNITS = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:,|;|and|,\s*and)\s*(?:(?:in|on|at|the|of|near)\s+){0,2}", re.IGNORECASE
)
# A serial list closed by ", and" may frame its items ("at X (..), east of Y (..), and north of Z (..)") or hold
# an item without a bracket ("on the Nihm front (..), in various locations in Hajjah governorate, and on the
# Sirwah front (..)"): the comma before each item and the closing ", and" make it one list.
_SERIAL_ITEM = re.compile(r"\s*,\s+(?:[\w-]+\s+){1,3}", re.IGNORECASE)
_SERIAL_LAST = re.compile(r"\s*,\s+(?:[^,;.()]{1,60},\s*)?and\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class UnitWords:
    split: tuple[re.Pattern[str], ...]
    head_words: frozenset[str]
    bracket_words: frozenset[str]
    admin_plurals: dict[str, str]


@dataclass(frozen=True, slots=True)
class Unit:
    """One event's places: the name (absent when the gazetteer lacks it) and the bracket placing it."""

    head: PlaceMention | None
    area: tuple[PlaceMention, ...]
    start: int  # where the unit's name begins in the text
    end: int  # just after its bracket

    @property
    def places(self) -> tuple[PlaceMention, ...]:
        return ((self.head,) if self.head else ()) + self.area


@lru_cache(maxsize=1)
def unit_words() -> UnitWords:
    raw = yaml.safe_load(
        resources.files("frontwire").joinpath("data/locate/event_units.yaml").read_text(encoding="utf-8")
    )
    return UnitWords(
        split=tuple(re.compile(p, re.IGNORECASE) for p in raw["split_statements"]),
        head_words=frozenset(raw["head_words"]),
        bracket_words=frozenset(raw["bracket_words"]),
        admin_plurals=dict(raw["admin_plurals"]),
    )


def declared_split(doc: Document, mention: EventMention) -> tuple[int, Span] | None:
    """The number of events the coder says the note was split into, and where it says so."""
    for sentence in mention.sentences:
        for pattern in unit_words().split:
            m = pattern.search(doc.text, sentence.start, sentence.end)
            q = parse_quantity(m.group(1)) if m else None
            if m and q and 1 < q[0] <= 12:
                return q[0], Span.of(doc.text, m.start(), m.end())
    return None


def declared_events(doc: Document, mention: EventMention) -> int | None:
    split = declared_split(doc, mention)
    return split[0] if split else None


def _inside(p: PlaceMention, start: int, end: int) -> bool:
    return start <= p.span.start and p.span.end <= end


def _is_area_bracket(text: str, start: int, end: int, inner: list[PlaceMention]) -> bool:
    """A bracket that only names places ("(Nihm, Sanaa)", "(Donga LGA, Taraba)"), not a remark."""
    if not inner:
        return False
    words = unit_words().bracket_words
    rest = text[start:end]
    for p in sorted(inner, key=lambda p: -p.span.start):
        a, b = p.span.start - start, p.span.end - start
        rest = rest[:a] + " " + rest[b:]
    return all(w[0].isupper() or w.lower() in words for w in _WORD.findall(rest))


def _heads(doc: Document, places: list[PlaceMention], lo: int, paren: int) -> list[PlaceMention]:
    """The listed names right before a bracket ("Burkan and Dhi Masal areas ("), first to last."""
    words = unit_words().head_words
    before = [p for p in places if lo <= p.span.start and p.span.end <= paren]
    if not before:
        return []
    last = before[-1]
    gap = doc.text[last.span.end : paren].replace("]", " ")
    if not all(w.lower() in words for w in _WORD.findall(gap)) or len(gap) > 40:
        return []
    heads = [last]
    for p in reversed(before[:-1]):
        if not _JOIN.fullmatch(doc.text[p.span.end : heads[0].span.start]):
            break
        heads.insert(0, p)
    return heads


def bracket_units(doc: Document, sentence: Span, places: tuple[PlaceMention, ...]) -> tuple[Unit, ...]:
    """The sentence's bracketed places in text order, one unit per name (a bracket may place several)."""
    inside = sorted(
        (p for p in places if _inside(p, sentence.start, sentence.end)), key=lambda p: p.span.start
    )
    units: list[Unit] = []
    lo = sentence.start
    for m in _BRACKET.finditer(doc.text, sentence.start, sentence.end):
        inner = [p for p in inside if _inside(p, m.start(1), m.end(1))]
        if not _is_area_bracket(doc.text, m.start(1), m.end(1), inner):
            continue
        outside = [p for p in inside if not any(_inside(p, u.start, u.end) for u in units) and p not in inner]
        heads = _heads(doc, outside, lo, m.start())
        if heads:
            units += [Unit(h, tuple(inner), h.span.start, m.end()) for h in heads]
        else:
            units.append(Unit(None, tuple(inner), m.start(), m.end()))
        lo = m.end()
    return tuple(units)


def listed_units(doc: Document, units: tuple[Unit, ...]) -> bool:
    """True when consecutive units are written as one list ("X (..) and Y (..)", "X, Y areas (..)")."""
    gaps = [doc.text[a.end : b.start] for a, b in itertools.pairwise(units) if a.end != b.end]
    if all(_BETWEEN_UNITS.fullmatch(gap) for gap in gaps):
        return len(units) > 1
    return (
        bool(gaps)
        and _SERIAL_LAST.fullmatch(gaps[-1]) is not None
        and all(_SERIAL_ITEM.fullmatch(gap) or _BETWEEN_UNITS.fullmatch(gap) for gap in gaps[:-1])
    )


def admin_list(doc: Document, sentence: Span, places: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    """Admin areas listed and closed by their plural ("in Al Jawf, Ad Dali and Taizz governorates"),
    each given the singular as its cue, so the locator reads it as that level."""
    plurals = unit_words().admin_plurals
    inside = sorted(
        (p for p in places if _inside(p, sentence.start, sentence.end)), key=lambda p: p.span.start
    )
    for k, last in enumerate(inside):
        after = (
            _WORD.match(doc.text, last.span.end + 1)
            if doc.text[last.span.end : last.span.end + 1] == " "
            else None
        )
        if after is None or after.group(0).lower() not in plurals:
            continue
        run = [last]
        for p in reversed(inside[:k]):
            if not _JOIN.fullmatch(doc.text[p.span.end : run[0].span.start]):
                break
            run.insert(0, p)
        opening = doc.text[max(sentence.start, run[0].span.start - 30) : run[0].span.start]
        if len(run) > 1 and not _BETWEEN.search(opening) and not is_relative(run[0].cue):
            level = plurals[after.group(0).lower()]
            # the level named rules out the name's towns: "Al Jawf" the governorate, not a village
            return tuple(
                replace(
                    p,
                    cue=level,
                    candidates=tuple(sorted(p.candidates, key=lambda c: not c.feature.startswith("ADM"))),
                )
                for p in run
            )
    return ()
