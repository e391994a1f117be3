"""Date expressions: find every date a text writes out or implies, and resolve it to a day.

Reads a slice of text, its offset in the document, the publication date (the anchor) and
optionally a reference day for phrases counted from an earlier date ("a day earlier"); returns
`DateExpression`s in text order, each with its span, the day ACLED would code, its precision
(1 the day, 2 within a week, 3 within a month) and its bounds. Which expression dates an event is
decided in `dates.py`, not here.

Expressions are found by regexes compiled once from `data/dates.yaml` (months, weekdays,
relative phrases, hedges): relative phrases count back from the publication date; a year-less day
takes the publication year, or the year before when it would fall more than a month after
publication (closer than that it is a scheduled date and is dropped); no day after publication is
ever produced. Ranges and weeks are coded to their middle (precision 2), months to the 15th
(precision 3); hedges ("around", "on or before") widen a day to precision 2. Without a
publication date, relative phrases and year-less dates resolve to `day=None` rather than an
invented day. A missing or malformed data file raises at the first call; odd text never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .model import Span

__all__ = ["DateExpression", "DateLexicon", "date_lexicon", "find_date_expressions", "month_names"]


@dataclass(frozen=True, slots=True)
class DateExpression:
    """One date expression in a text, resolved: the day ACLED would code, its precision and bounds.

    `day` is None when it cannot be resolved honestly (no anchor). `open_start` marks "since X",
    which dates the start of a state of affairs rather than an event.
    """

    span: Span
    day: date | None
    precision: int
    start: date | None = None
    end: date | None = None
    open_start: bool = False
    relative: bool = False  # counted from the publication date or another date, not written out
    report: bool = False  # when the report was made ("said on Monday", a dateline), not the event
    aftermath: bool = False  # a later day the event led to ("died of his wounds on Tuesday", a burial)


@dataclass(frozen=True, slots=True)
class DateLexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    day_first: bool
    month_day: int
    week_max: int
    week_of_offset: int
    undated_lag: int
    undated_precision: int
    relative: dict[str, tuple[Any, int]]
    relative_prev: dict[str, int]
    weekend: tuple[str, ...]
    hedges_before: tuple[str, ...]
    hedges_after: tuple[str, ...]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    rel_prev: re.Pattern[str]
    week_cues: re.Pattern[str] | None
    report_cue: re.Pattern[str]
    aftermath_cue: re.Pattern[str]  # right before a date: what happened after the event ("died in hospital")
    night_into: re.Pattern[str]  # between "overnight" and a weekday: "into" (the weekday is the morning)
    when_sentence: re.Pattern[str]  # a sentence that only says when the event happened


@lru_cache(maxsize=1)
def date_lexicon() -> DateLexicon:
    raw = yaml.safe_load(resources.files("frontwire").joinpath("data/dates.yaml").read_text("utf-8"))
    months = {str(k): int(v) for k, v in raw["months"].items()}
    weekdays = {str(k).lower(): int(v) for k, v in raw["weekdays"].items()}
    relative = {str(k).lower(): (v[0], int(v[1])) for k, v in raw["relative"].items()}
    relative_prev = {str(k).lower(): int(v) for k, v in raw["relative_to_previous"].items()}
    weekend = tuple(str(x).lower() for x in raw["weekend"])
    mon_all = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    mon = rf"(?:{mon_all}|{mon_all.upper()})\.?"
    wd = "|".join(sorted(raw["weekdays"], key=len, reverse=True))
    ordn = r"(?:st|nd|rd|th)?"
    # Look-behinds need a fixed width: one alternative per word length.
    not_after = ")(?<!".join(rf"{re.escape(w)}\s" for w in raw.get("weekday_not_after", ["Good"]))
    not_before = "|".join(map(re.escape, raw.get("weekday_not_before", [])))
    year = r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
    dash = r"\s*(?:-|–|to|and|until|till)\s*"

    def phrases(words: Any) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    # Order matters: earlier patterns win overlaps, so ranges come before single days.
    patterns = [
        ("iso", r"\b(?P<y>(?:19|20)\d\d)([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})\b"),
        # "09.05.2020" and "9-May-20", day first as ACLED writes them
        ("num", r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)\b"),
        ("dm", rf"\b(?P<d>\d{{1,2}})-(?P<mon>{mon})-(?P<y>\d\d(?:\d\d)?)\b"),
        (
            "range_dm",
            rf"\b(?P<d>\d{{1,2}}){ordn}{dash}(?P<d2>\d{{1,2}}){ordn}\s+(?:of\s+)?(?P<mon>{mon}){year}",
        ),
        ("range_md", rf"\b(?P<mon>{mon})\s+(?P<d>\d{{1,2}}){ordn}{dash}(?P<d2>\d{{1,2}}){ordn}\b{year}"),
        ("range_num", r"\b(?P<d>\d{1,2})-(?P<d2>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d\d))?\b"),
        (
            "week_of",
            (
                rf"\b(?i:week)\s+(?:beginning|starting|of|commencing)\s+(?:on\s+)?(?:(?:{wd}),?\s+)?"
                rf"(?:(?P<d>\d{{1,2}}){ordn}\s+(?:of\s+)?(?P<mon>{mon})|(?P<mon2>{mon})\s+(?P<d2>\d{{1,2}}){ordn}\b){year}"
            ),
        ),
        (
            "week_to",
            (
                rf"\b(?i:week)\s+(?:leading\s+up\s+to|ending|ended|to)\s+(?:(?P<d>\d{{1,2}}){ordn}\s+(?:of\s+)?"
                rf"(?P<mon>{mon})|(?P<mon2>{mon})\s+(?P<d2>\d{{1,2}}){ordn}\b){year}"
            ),
        ),
        ("dm", rf"\b(?P<d>\d{{1,2}}){ordn}\s+(?:of\s+)?(?P<mon>{mon})(?![a-z]){year}"),
        ("md", rf"\b(?P<mon>{mon})\s+(?P<d>\d{{1,2}}){ordn}\b(?!\s*(?:%|km|people|percent)){year}"),
        ("num", r"(?<![\d/.,])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d\d))?(?![\d/])"),
        (
            "month",
            (
                rf"\b(?:(?P<part>early|mid|late|end\s+of|beginning\s+of|the\s+end\s+of)[\s-]+)?"
                rf"(?P<mon>{mon})(?:\s+of)?{year}\b"
            ),
        ),
        ("the_nth", r"\bon\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b"),
        ("ago", r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven)\s+(?P<unit>days?|weeks?)\s+ago\b"),
        ("rel_prev", rf"\b(?:{phrases(relative_prev)})\b"),
        ("weekend", rf"\b(?:{phrases(weekend)})\b"),
        # "on Tuesday last week", "last week on Tuesday": that day of the previous calendar week
        (
            "weekday_prev",
            (
                rf"\b(?:(?P<wd>{wd})\s+(?:of\s+)?(?i:last|the\s+previous)\s+(?i:week)"
                rf"|(?i:last|the\s+previous)\s+(?i:week)\s*,?\s+on\s+(?P<wd2>{wd}))\b"
            ),
        ),
        ("relative", rf"\b(?:{phrases(relative)})\b"),
        (
            "weekday",
            rf"(?<!{not_after})\b(?P<last>last\s+|this\s+past\s+|past\s+)?(?P<wd>{wd})\b(?!\s+(?:{not_before})\b)",
        ),
    ]
    flags = {
        "relative": re.IGNORECASE,
        "rel_prev": re.IGNORECASE,
        "weekend": re.IGNORECASE,
        "ago": re.IGNORECASE,
    }
    compiled = tuple((k, re.compile(p, flags.get(k, 0))) for k, p in patterns)
    return DateLexicon(
        months=months,
        weekdays=weekdays,
        day_first=raw.get("numeric_order", "dmy") == "dmy",
        month_day=int(raw.get("month_precision_day", 15)),
        week_max=int(raw.get("week_precision_max_days", 7)),
        week_of_offset=int(raw.get("week_of_offset_days", 2)),
        undated_lag=int(raw.get("undated", {}).get("lag_days", 0)),
        undated_precision=int(raw.get("undated", {}).get("precision", 1)),
        relative=relative,
        relative_prev=relative_prev,
        weekend=weekend,
        hedges_before=tuple(str(x).lower() for x in raw["week_hedges_before"]),
        hedges_after=tuple(str(x).lower() for x in raw["week_hedges_after"]),
        patterns=compiled,
        rel_prev=dict(compiled)["rel_prev"],
        week_cues=re.compile("|".join(raw["week_cues"]), re.IGNORECASE) if raw.get("week_cues") else None,
        report_cue=re.compile(
            rf"\b(?:{phrases(raw.get('report_verbs', ['said']))})\s+(?:on\s+)?$", re.IGNORECASE
        ),
        aftermath_cue=re.compile(
            rf"(?:{'|'.join(raw.get('aftermath_before', []))})\s+(?:(?:early|late)\s+)?(?:on\s+)?$"
            if raw.get("aftermath_before")
            else r"(?!)",
            re.IGNORECASE,
        ),
        night_into=re.compile(raw.get("night_into", r"(?!)"), re.IGNORECASE),
        when_sentence=re.compile(raw.get("when_sentence", r"(?!)"), re.IGNORECASE),
    )


def month_names() -> tuple[str, ...]:
    """Every month spelling the lexicon knows ("August", "Aug", ...), for other stages' masks."""
    return tuple(date_lexicon().months)


# A year-less date this close after publication is a future date the report mentions, not last year's.
_SCHEDULED_DAYS = 31
_RELATIVE_KINDS = frozenset({"the_nth", "ago", "rel_prev", "weekend", "relative", "weekday", "weekday_prev"})
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_SINCE = re.compile(r"(?:\bsince|\bfrom|\bstarting|\bbeginning)\s+(?:on\s+|the\s+)?$", re.IGNORECASE)


def _month_number(lex: DateLexicon, token: str) -> int:
    token = token.rstrip(".")
    return lex.months.get(token) or lex.months.get(token.capitalize()) or 0


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return y + 2000 if y < 50 else y + 1900 if y < 100 else y


def _anchor_day(m: int, d: int, y: int | None, anchor: date | None) -> date | None:
    """A day-month, with the year given or taken from the anchor so that it does not follow it."""
    if y is not None:
        return _safe_date(y, m, d)
    if anchor is None:
        return None
    day = _safe_date(anchor.year, m, d)
    if day is not None and day > anchor:
        if (day - anchor).days <= _SCHEDULED_DAYS:
            return None  # days ahead of the report: a scheduled vote or deadline, not last year
        day = _safe_date(anchor.year - 1, m, d)
    return day


def _span_date(lex: DateLexicon, start: date | None, end: date | None) -> tuple[date | None, int]:
    """ACLED coding of a range: one or two consecutive days -> the first day; a week -> its middle."""
    if start is None or end is None or end < start:
        return start, 1
    length = (end - start).days
    if length <= 1:
        return start, 1
    return start + timedelta(days=length // 2), 2 if length < lex.week_max else 3


def _month_date(
    lex: DateLexicon, m: int, y: int | None, part: str | None, anchor: date | None
) -> tuple[date | None, int]:
    first = _anchor_day(m, 1, y, anchor)
    if first is None:
        return None, 3
    part = (part or "").lower()
    day = 5 if part in ("early", "beginning of") else 25 if part and part != "mid" else lex.month_day
    coded = first.replace(day=day)
    if anchor is not None and coded > anchor and first <= anchor:
        coded = anchor  # "in August" read on 7 August: the month so far
    return coded, 3


def _resolve(
    lex: DateLexicon, kind: str, m: re.Match[str], anchor: date | None, ref: date | None
) -> tuple[date | None, int, date | None, date | None]:
    g = m.groupdict()
    if kind in ("dm", "md", "iso", "num"):
        mon = int(g["m"]) if g.get("m") else _month_number(lex, g["mon"])
        d = int(g["d"])
        if kind == "num" and not lex.day_first:
            d, mon = mon, d
        if kind == "num" and mon > 12 and d <= 12:
            d, mon = mon, d  # "04/13" can only be month first
        day = _anchor_day(mon, d, _year(g.get("y")), anchor) if 1 <= mon <= 12 else None
        return day, 1, day, day
    if kind in ("range_dm", "range_md", "range_num"):
        mon = int(g["m"]) if g.get("m") else _month_number(lex, g["mon"])
        y = _year(g.get("y"))
        start = _anchor_day(mon, int(g["d"]), y, anchor) if 1 <= mon <= 12 else None
        end = _safe_date(start.year, mon, int(g["d2"])) if start else None
        if end is not None and anchor is not None and end > anchor:
            end = anchor  # a range still running at publication ends there
        day, prec = _span_date(lex, start, end)
        return day, prec, start, end
    if kind in ("week_of", "week_to"):
        mon = _month_number(lex, g.get("mon") or g.get("mon2") or "")
        d = int(g.get("d") or g.get("d2") or 0)
        pivot = _anchor_day(mon, d, _year(g.get("y")), anchor) if mon else None
        if pivot is None:
            return None, 2, None, None
        start, end = (
            (pivot, pivot + timedelta(days=6)) if kind == "week_of" else (pivot - timedelta(days=6), pivot)
        )
        if anchor is not None and end > anchor:
            end = anchor
        day = end if kind == "week_to" else start + timedelta(days=lex.week_of_offset)
        return min(day, end), 2, start, end
    if kind == "month":
        day, prec = _month_date(lex, _month_number(lex, g["mon"]), _year(g.get("y")), g.get("part"), anchor)
        return day, prec, None, None
    if anchor is None and kind != "rel_prev":
        return None, 1, None, None
    if kind == "the_nth":
        day = _safe_date(anchor.year, anchor.month, int(g["d"])) if anchor else None
        if anchor and (day is None or day > anchor):
            prev = anchor.replace(day=1) - timedelta(days=1)
            day = _safe_date(prev.year, prev.month, int(g["d"]))
        return day, 1, day, day
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _SMALL_NUMBERS.get(g["n"].lower(), 1)
        weeks = g["unit"].lower().startswith("week")
        day = anchor - timedelta(days=n * 7 if weeks else n) if anchor else None
        return day, 2 if weeks else 1, day, day
    if kind == "rel_prev":
        base = ref or anchor
        if base is None:
            return None, 1, None, None
        day = base + timedelta(days=lex.relative_prev[_norm(m.group(0))])
        return (day if anchor is None or day <= anchor else base), 1, day, day
    if kind == "weekend":
        assert anchor is not None
        back = (anchor.weekday() - 5) % 7
        day = anchor - timedelta(days=back)
        if "last" in m.group(0).lower() and back < 2:
            day -= timedelta(days=7)
        return day, 2, day, day + timedelta(days=1)
    if kind == "relative":
        assert anchor is not None
        back, prec = lex.relative[_norm(m.group(0))]
        if back is None:  # the month so far
            day = min(anchor, anchor.replace(day=lex.month_day))
        elif back == "week":  # the middle of the days of this week up to publication
            monday = anchor - timedelta(days=anchor.weekday())
            day = monday + timedelta(days=(anchor - monday).days // 2)
        elif back == "prev_week":  # the previous calendar week, coded to its midweek day
            monday = anchor - timedelta(days=anchor.weekday() + 7)
            day = monday + timedelta(days=lex.week_of_offset)
        elif back == "month":
            prev = anchor.replace(day=1) - timedelta(days=1)
            day = prev.replace(day=lex.month_day)
        else:
            day = anchor - timedelta(days=int(back))
        return day, prec, None, None
    if kind == "weekday_prev":
        assert anchor is not None
        monday = anchor - timedelta(days=anchor.weekday() + 7)
        day = monday + timedelta(days=lex.weekdays[(g.get("wd") or g["wd2"]).lower()])
        return day, 1, day, day
    # weekday: the latest such day on or before publication ("Thursday" on a Thursday is that day)
    assert anchor is not None
    back = (anchor.weekday() - lex.weekdays[g["wd"].lower()]) % 7
    if g.get("last") and back == 0:
        back = 7
    day = anchor - timedelta(days=back)
    return day, 1, day, day


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _precision_hedged(lex: DateLexicon, text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 16) : start].lower()
    after = text[end : end + 40].lower()
    return any(before.rstrip().endswith(h) for h in lex.hedges_before) or any(
        h in after for h in lex.hedges_after
    )


def find_date_expressions(
    text: str, offset: int, anchor: date | None, ref: date | None = None
) -> tuple[DateExpression, ...]:
    """Date expressions in `text` (a slice of a document starting at `offset`), in text order."""
    lex = date_lexicon()
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in lex.patterns:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "month" and not (m.group("y") or m.group("part") or _month_context(text, s)):
                continue  # a bare "May" or "March" is too often a verb or a noun
            taken.append((s, e))
            found.append((s, e, kind, m))
    found.sort(key=lambda x: x[0])
    out: list[DateExpression] = []
    for s, e, kind, m in found:
        day, prec, lo, hi = _resolve(lex, kind, m, anchor, ref)
        if day is not None and anchor is not None and day > anchor:
            continue  # an explicit future date (a deadline, a scheduled vote) is not when it happened
        if prec == 1 and _precision_hedged(lex, text, s, e):
            prec = 2
        # "the toll from Thursday's attack": a possessive date names the event's day, never a start
        since = bool(_SINCE.search(text[max(0, s - 20) : s])) and text[e : e + 2] not in ("'s", "’s")
        rel = kind in _RELATIVE_KINDS
        report = bool(lex.report_cue.search(text[max(0, s - 40) : s]) or _DATELINE.fullmatch(text[:s]))
        later = bool(lex.aftermath_cue.search(text[max(0, s - 60) : s]))
        out.append(
            DateExpression(
                Span(offset + s, offset + e, m.group(0)), day, prec, lo, hi, since, rel, report, later
            )
        )
        if day is not None:
            ref = day
    return tuple(out)


# A wire dateline before the date: "GOMA, Congo, " or "KABUL, " at the start of the text read; a
# weekday may come first ("KADUNA, Nigeria, Wednesday, May 6, 2020 -").
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*){0,2},\s*"
)

_MONTH_CUE = re.compile(
    r"(?:\bin|\bduring|\bsince|\bof|\bearly|\blate|\bmid|\bthroughout|\buntil)[\s-]+$", re.IGNORECASE
)


def _month_context(text: str, start: int) -> bool:
    return bool(_MONTH_CUE.search(text[max(0, start - 12) : start]))
