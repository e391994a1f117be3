"""Event dates: when did the reported event happen, and how precisely is that known.

Reads a `Document` (its text and `published` date), one `EventMention` and the document's
sentence list; returns an `EventDate` in ACLED's terms (time_precision 1 the day, 2 within a
week, 3 within a month) whose evidence is the date expression it rests on.

The cascade: the first point date in the mention's own sentences (main sentence first; "since X"
only when nothing else dates it; a written date restating a relative one wins, "A day earlier, on
August 5"; "overnight into Saturday" is Friday night), else the nearest date earlier in the document,
else the publication date (less a lag set in `data/dates.yaml`). A report's own day ("police said
on Wednesday") or a later day the event led to ("died in hospital on Tuesday") dates it only when
nothing better does: a following "The blast happened on Tuesday" sentence or the date of the
sentence before (the toll sentence goes on telling the event that sentence dated) comes first. Finding and resolving the expressions themselves is
`date_expressions.py`. Undisclosed dates and found bodies ("found dead on 2 May") widen a day to
precision 2. Without a publication date, an undated mention gives `event_date=None` rather than an
invented day. Never raises on odd text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from .date_expressions import DateExpression, date_lexicon, find_date_expressions, month_names
from .model import Document, EventDate, EventMention, Span

# DateExpression, find_date_expressions and month_names stay importable from here for callers.
__all__ = ["DateExpression", "find_date_expressions", "month_names", "resolve_event_date"]


def _pick(expressions: list[DateExpression], text: str) -> DateExpression | None:
    """The event's date: the first point date (main sentence first), else the first "since X";
    never an unresolved one, and a report's own date ("said on Monday", a dateline) or a later
    day the event led to ("died of his wounds on Tuesday") only when nothing else dates it. A
    relative date restated right after in writing ("A day earlier, on August 5", "Wednesday
    (13/04)") gives way to the written one."""
    usable = [x for x in expressions if x.day is not None]
    usable = [x for x in usable if not x.aftermath] or usable
    usable = [x for x in usable if not x.report] or usable  # "said on Monday" dates the report
    points = [x for x in usable if not x.open_start] or usable
    if not points:
        return None
    first = points[0]
    if first.relative:
        for x in points[1:]:
            near = 0 <= x.span.start - first.span.end <= _APPOSITION_CHARS
            # "overnight on Tuesday": the weekday names the night's day
            if near and (not x.relative or (_days_back(first) is not None and _is_weekday(x))):
                gap = text[first.span.end : x.span.start]
                if _days_back(first) == 1 and x.day is not None and date_lexicon().night_into.match(gap):
                    day = x.day - timedelta(days=1)  # "overnight into Saturday": Friday night
                    return replace(x, day=day, start=day, end=day)
                return x
    return first


# "A day after gunmen killed two soldiers on Monday, troops raided the village": the event is the
# main clause's, n days after the date its opening clause gives.
_AFTER_CLAUSE = re.compile(
    r"^\W*(?:(?P<n>an?|one|two|three|four|five|six|\d)\s+days?|the\s+(?P<next>day|morning))\s+after\b[^,;]*,",
    re.IGNORECASE,
)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _days_after_clause(
    text: str, best: DateExpression, sentences: tuple[Span, ...], anchor: date | None
) -> DateExpression:
    """The day n days after a date given inside an opening "A day after ..." clause; never past publication."""
    sent = next((s for s in sentences if s.start <= best.span.start < s.end), None)
    m = _AFTER_CLAUSE.match(text, sent.start, sent.end) if sent is not None and best.day else None
    if m is None or best.day is None or best.span.end > m.end():
        return best
    n = m.group("n")
    day = best.day + timedelta(days=1 if m.group("next") else int(n) if n.isdigit() else _SMALL[n.lower()])
    return best if anchor is not None and day > anchor else replace(best, day=day, start=day, end=day)


def _days_back(x: DateExpression) -> int | None:
    """Days before the report that a relative day phrase means ("overnight" 1, "today" 0), else None."""
    entry = date_lexicon().relative.get(" ".join(x.span.text.lower().split()))
    return entry[0] if entry is not None and isinstance(entry[0], int) else None


def _is_weekday(x: DateExpression) -> bool:
    return x.span.text.split()[-1].lower() in date_lexicon().weekdays


def _from_report_day(
    best: DateExpression, found: list[DateExpression], sentences: tuple[Span, ...]
) -> DateExpression:
    """A relative day inside reported speech counts from the speech's day ("residents said on Sunday
    that herdsmen had attacked them overnight" is Saturday night, whatever the paper's date); one in
    the writer's own clause before "..., police said on Sunday" still counts from publication."""
    back = _days_back(best)
    sent = next((s for s in sentences if s.start <= best.span.start < s.end), None)
    if back is None or sent is None:
        return best
    for x in found:
        if x.report and x.day is not None and sent.start <= x.span.start < best.span.start:
            day = x.day - timedelta(days=back)
            return replace(best, day=day, start=day, end=day)
    return best


# How close a written date must follow a relative one to restate it.
_APPOSITION_CHARS = 12


def resolve_event_date(doc: Document, mention: EventMention, sentences: tuple[Span, ...]) -> EventDate:
    anchor = doc.published
    text = doc.text
    ref = None
    rel_prev = date_lexicon().rel_prev
    has_prev = any(rel_prev.search(text, s.start, s.end) for s in mention.sentences)
    if has_prev:
        ref = _reference_before(doc, mention.start, sentences)  # only "a day earlier" needs it
    found: list[DateExpression] = []
    for sent in mention.sentences:  # main sentence first, as the segmenter ordered them
        found += find_date_expressions(text[sent.start : sent.end], sent.start, anchor, ref)
    if has_prev and ref is None:
        # "killed three farmers the previous day, police said on Wednesday": with no earlier date,
        # "the previous day" counts from the report's own day
        ref = next((x.day for x in found if x.report and x.day is not None), None)
        if ref is not None:
            found = [
                x
                for s in mention.sentences
                for x in find_date_expressions(text[s.start : s.end], s.start, anchor, ref)
            ]
    best = _pick(found, text)
    if best is None or best.report:
        best = _when_sentence(doc, mention, sentences, anchor) or best
    if best is not None and best.report:
        # "Gunmen attacked a village on Monday. Five people were killed, police said on Wednesday.":
        # a sentence dated only by its report goes on telling the event an earlier sentence dated
        earlier = _reference_expression(doc, mention.start, sentences)
        if earlier is not None and not earlier.report:
            best = earlier
    if best is not None:
        best = _from_report_day(best, found, mention.sentences)
        best = _days_after_clause(text, best, mention.sentences, anchor)
        cue = _week_cue(text, mention) if best.precision == 1 else None
        if cue is not None:  # "found dead on 2 May": the day of the finding, within a week of the death
            return EventDate(best.day, 2, best.start or best.day, best.end or best.day, (best.span, cue))
        return _event_date(best)
    earlier = _reference_expression(doc, mention.start, sentences)
    if earlier is not None:
        return _event_date(earlier)
    if anchor is None:
        return EventDate(None, 3)
    # Nothing in the text dates it: the report's own date (less a lag the data file may set).
    lex = date_lexicon()
    day = anchor - timedelta(days=lex.undated_lag)
    return EventDate(day, lex.undated_precision, day, anchor)


def _when_sentence(
    doc: Document, mention: EventMention, sentences: tuple[Span, ...], anchor: date | None
) -> DateExpression | None:
    """The date of the sentence right after the event's when it only says when the event happened
    ("Six soldiers were killed, the army said on Wednesday. The blast happened on Tuesday evening.")."""
    last = max(s.end for s in mention.sentences)
    nxt = next((s for s in sentences if s.start >= last), None)
    if nxt is None or not date_lexicon().when_sentence.match(doc.text[nxt.start : nxt.end]):
        return None
    found = find_date_expressions(doc.text[nxt.start : nxt.end], nxt.start, anchor)
    return next((x for x in found if x.day is not None and not x.report and not x.open_start), None)


def _week_cue(text: str, mention: EventMention) -> Span | None:
    pattern = date_lexicon().week_cues
    for sent in mention.sentences if pattern is not None else ():
        m = pattern.search(text, sent.start, sent.end)
        if m:
            return Span(m.start(), m.end(), m.group(0))
    return None


def _event_date(x: DateExpression) -> EventDate:
    return EventDate(x.day, x.precision, x.start or x.day, x.end or x.day, (x.span,))


def _reference_expression(doc: Document, before: int, sentences: tuple[Span, ...]) -> DateExpression | None:
    """The nearest resolved date expression in the sentences that end before `before`."""
    for sent, last in reversed(_sentence_references(doc.text, doc.published, sentences)):
        if sent.end <= before and last is not None:
            return last
    return None


@lru_cache(maxsize=8)
def _sentence_references(
    text: str, anchor: date | None, sentences: tuple[Span, ...]
) -> tuple[tuple[Span, DateExpression | None], ...]:
    """Each sentence with the date a later sentence would inherit from it (its last point date).

    Cached per document, because every undated mention of a document asks the same question."""
    out = []
    for sent in sentences:
        found = [x for x in find_date_expressions(text[sent.start : sent.end], sent.start, anchor) if x.day]
        points = [x for x in found if not x.open_start]
        out.append((sent, (points or found)[-1] if found else None))
    return tuple(out)


def _reference_before(doc: Document, before: int, sentences: tuple[Span, ...]) -> date | None:
    x = _reference_expression(doc, before, sentences)
    return x.day if x else None
