"""Boilerplate removal for plain-text articles, and the provenance found in their header and tail.

Reads the text of a scraped page or article (as `frontwire.ingest` found it). Writes a
`CleanedText`: the article body with every kept paragraph byte-identical to the input (offsets
into it are evidence), plus what the header and tail say about it — title, byline, the
publisher of this copy, the first publisher of a crosspost ("The original source of this article
is X") and the publication date from a dateline ("South Front 7 August 2020").

How: the text is cut into units (paragraphs; lines when a paragraph is one-line-per-paragraph
prose), each unit is judged by general cues — word count, sentence punctuation, link density and
the keyword lists in `frontwire/data/boilerplate.yaml`. The body runs from the first prose unit to
the first tail cue ("Note to readers", "SUPPORT ...:", "Copyright ©"); inside it, bare URLs,
share bars and tag lines are dropped. Never fails: text with no prose unit comes back unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

import yaml

__all__ = [
    "CleanedText", "clean_text", "english_stopword_ratio", "find_original_source", "looks_english",
    "mentions_crosspost",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class CleanedText:
    text: str
    original_source: str | None = None
    source: str | None = None
    published: date | None = None
    title: str | None = None
    author: str | None = None  # the byline ("By South Front"); not part of the contract


@dataclass(frozen=True)
class _Cues:
    tail_always: re.Pattern[str]
    tail_short: re.Pattern[str]
    drop_starts: re.Pattern[str]
    drop_contains: re.Pattern[str]
    drop_exact: frozenset[str]
    crosspost: re.Pattern[str]
    crosspost_anywhere: re.Pattern[str]
    name_stop: re.Pattern[str]
    byline: re.Pattern[str]
    date_labels: frozenset[str]
    max_drop_words: int
    body_min_words: int
    body_words_unpunctuated: int
    max_link_density: float
    language_min_words: int
    language_min_ratio: float
    stopwords: frozenset[str]
    foreign_stopwords: frozenset[str]


def _alternation(phrases: list[str], *, at_start: bool) -> re.Pattern[str]:
    # Longest first so "copyright ©" wins over "©"; one compiled pattern per list, built once.
    body = "|".join(re.escape(p.strip() if p.strip() else p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(("^(?:" if at_start else "(?:") + body + ")", re.IGNORECASE)


@lru_cache(maxsize=1)
def load_cues() -> _Cues:
    """The boilerplate cues from the packaged `data/boilerplate.yaml` (read once per process)."""
    raw = yaml.safe_load(resources.files("frontwire").joinpath("data/boilerplate.yaml").read_text("utf-8"))
    stops = raw["name_stops"]
    return _Cues(
        tail_always=_alternation(raw["tail_starts"], at_start=True),
        tail_short=_alternation(raw["tail_starts_short"], at_start=True),
        drop_starts=_alternation(raw["drop_line_starts"], at_start=True),
        drop_contains=_alternation(raw["drop_line_contains"], at_start=False),
        drop_exact=frozenset(str(x).lower() for x in raw["drop_lines_exact"]),
        crosspost=_alternation(raw["crosspost_phrases"], at_start=True),
        crosspost_anywhere=_alternation(raw["crosspost_phrases"], at_start=False),
        name_stop=re.compile("|".join(re.escape(s) for s in stops), re.IGNORECASE),
        byline=_alternation(raw["byline_starts"], at_start=True),
        date_labels=frozenset(str(x).lower() for x in raw["date_labels"]),
        max_drop_words=int(raw["max_drop_line_words"]),
        body_min_words=int(raw["body_min_words"]),
        body_words_unpunctuated=int(raw["body_words_unpunctuated"]),
        max_link_density=float(raw["max_link_density"]),
        language_min_words=int(raw["language_min_words"]),
        language_min_ratio=float(raw["language_min_ratio"]),
        stopwords=frozenset(raw["english_stopwords"].split()),
        foreign_stopwords=frozenset(raw["foreign_stopwords"].split())
        - frozenset(raw["english_stopwords"].split()),
    )


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Each alternative can start only at a token's first character, so the scan stays linear even on
# megabyte-long tokens.
_LINK = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,200}>|\*\*|__")
_FULL_STOP = re.compile(r"[a-z0-9%)][.!?][\"'”’)\]]*$")
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ]
    )
    for m in names.split()
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))\b",
    re.IGNORECASE,
)
_HEADER_LINE_CHARS = 500  # longer lines are not titles, bylines or datelines
_SAMPLE_CHARS = 4000  # judging a unit never needs more of it than this
_LONG_LINE = 100  # a paragraph with lines longer than this is one-line-per-paragraph, not hard-wrapped


@dataclass(frozen=True, slots=True)
class _Unit:
    start: int
    end: int
    text: str


def _units(text: str) -> list[_Unit]:
    """Paragraphs (blank-line separated), or their lines when the paragraph is one-line-per-paragraph
    prose; each trimmed of surrounding spaces. One linear pass: scraped text can be megabytes."""
    units: list[_Unit] = []
    block: list[tuple[int, int]] = []

    def flush() -> None:
        if len(block) > 1 and max(end - start for start, end in block) > _LONG_LINE:
            units.extend(_Unit(start, end, text[start:end]) for start, end in block)
        elif block:
            units.append(_Unit(block[0][0], block[-1][1], text[block[0][0] : block[-1][1]]))
        block.clear()

    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            block.append((start, start + len(stripped)))
        else:
            flush()
        pos += len(line) + 1
    flush()
    return units


def _link_density(text: str) -> float:
    """Share of the (first few thousand) non-space characters that are URLs or e-mail addresses."""
    sample = text[:_SAMPLE_CHARS]
    if "://" not in sample and "www." not in sample and "@" not in sample:
        return 0.0
    linked = sum(len(m.group()) for m in _LINK.finditer(sample))
    return linked / max(1, len(sample.replace(" ", "")))


def _is_prose(unit: str, cues: _Cues) -> bool:
    words = len(_WORD.findall(unit[:_SAMPLE_CHARS]))  # enough to tell; a unit may be megabytes
    if _link_density(unit) > cues.max_link_density:
        return False
    if words >= cues.body_words_unpunctuated:
        return True
    return words >= cues.body_min_words and bool(_SENTENCE_END.search(unit))


def _starts_body(unit: str, cues: _Cues) -> bool:
    """Prose, or a short full sentence ("Three soldiers were killed.") — a headline, byline or
    dateline does not end like a sentence, and a lede that short must not be lost as header."""
    if _is_tail(unit, cues) or _is_droppable(unit, cues):
        return False
    return (
        _is_prose(unit, cues)
        or len(_WORD.findall(unit[:_SAMPLE_CHARS])) >= 3
        and bool(_FULL_STOP.search(unit))
    )


def _plain(line: str) -> str:
    return _TAG.sub("", line).strip()


def _is_tail(unit: str, cues: _Cues) -> bool:
    first = _plain(unit[:_SAMPLE_CHARS].split("\n", 1)[0])
    if cues.tail_always.match(first):
        return True
    return len(first.split()) <= cues.max_drop_words and bool(cues.tail_short.match(first))


def _is_droppable(unit: str, cues: _Cues) -> bool:
    if len(unit) > _SAMPLE_CHARS:  # too long for a menu, share bar or tag line; maybe a link list
        return _link_density(unit) > cues.max_link_density
    plain = _plain(unit)
    low = plain.lower()
    if not _WORD.search(plain) or low in cues.drop_exact:
        return True
    if _link_density(plain) > cues.max_link_density:
        return True
    if len(plain.split()) > cues.max_drop_words:
        return False
    return bool(cues.drop_starts.match(plain) or cues.drop_contains.search(plain))


def _credited_name(rest: str, cues: _Cues) -> str | None:
    rest = _plain(rest).lstrip(" :-–")
    stop = cues.name_stop.search(rest)
    name = (rest[: stop.start()] if stop else rest).strip(" .:-–*\"'")
    return name if name and len(name.split()) <= 8 else None


def _as_date(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    try:
        if g["y3"]:
            day = date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        else:
            month = _MONTHS[(g["m1"] or g["m2"]).lower().rstrip(".")]
            day = date(int(g["y1"] or g["y2"]), month, int(g["d1"] or g["d2"]))
    except ValueError:
        return None
    return day if 1900 <= day.year <= 2100 else None


def _datelines(line: str) -> list[tuple[date, str]]:
    """The (date, name before it) pairs of a dateline ("Global Research, August 09, 2020"), or none.

    A dateline is mostly dates, each after at most a short name, with at most a time after the
    last; a headline that mentions a date ("Clashes on 5 May 2020 kill 3") is not one. Scraped
    headers may run several datelines together on one line.
    """
    found: list[tuple[date, str]] = []
    at = 0
    for m in _DATE.finditer(line):
        day, name = _as_date(m), line[at : m.start()].strip(" ,|-–·:")
        if day is None or len(name.split()) > 6:
            return []
        found.append((day, name))
        at = m.end()
    return found if found and len(line[at:].split()) <= 3 else []


@dataclass(frozen=True, slots=True)
class _Header:
    title: str | None
    author: str | None
    dates: tuple[tuple[date, str], ...]  # (date, the name before it on its line)


def _read_header(lines: list[str], cues: _Cues) -> _Header:
    title = author = None
    dates: list[tuple[date, str]] = []
    for raw in lines:
        line = _plain(raw) if len(raw) <= _HEADER_LINE_CHARS else ""
        if not line or _LINK.fullmatch(line):
            continue
        found = _datelines(line)
        for day, name in found:
            byline = cues.byline.match(name)
            if byline:
                author = author or _credited_name(name[byline.end() :], cues)
                name = ""
            dates.append((day, "" if name.lower() in cues.date_labels else name))
        if found:
            continue
        byline = cues.byline.match(line)
        if byline:
            author = author or _credited_name(line[byline.end() :], cues)
        elif title is None and len(line.split()) >= 3 and not cues.drop_starts.match(line):
            title = line
    return _Header(title, author, tuple(dates))


def _find_original_source(lines: list[str], cues: _Cues) -> str | None:
    for raw in lines:
        line = _plain(raw[:_HEADER_LINE_CHARS])
        m = cues.crosspost.match(line)
        if m:
            name = _credited_name(line[m.end() :], cues)
            if name:
                return name
    return None


def mentions_crosspost(text: str) -> bool:
    """True when `text` (markup included) contains any crosspost credit phrase."""
    return bool(load_cues().crosspost_anywhere.search(text))


def find_original_source(text: str) -> str | None:
    """The first publisher a crosspost credits anywhere in `text` ("The original source of this
    article is X"); for pages whose credit sits outside the extracted article."""
    cues = load_cues()
    if not cues.crosspost_anywhere.search(text):  # the common case, in one scan
        return None
    return _find_original_source(text.split("\n"), cues)


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b and a.casefold() == b.casefold())


def clean_text(text: str) -> CleanedText:
    """The article body of `text` (kept paragraphs byte-identical) and the provenance around it."""
    cues = load_cues()
    units = _units(text)
    first = next((i for i, u in enumerate(units) if _starts_body(u.text, cues)), None)
    if first is None:
        return CleanedText(text=text)
    last = next((i for i in range(first + 1, len(units)) if _is_tail(units[i].text, cues)), len(units))
    kept = [i for i in range(first, last) if not _is_droppable(units[i].text, cues)]
    pieces: list[str] = []
    for prev, i in zip([None, *kept], kept):
        if prev is not None:
            # Original separator when nothing was dropped in between, else a paragraph break.
            pieces.append(text[units[prev].end : units[i].start] if i == prev + 1 else "\n\n")
        pieces.append(units[i].text)

    header = _read_header([ln for u in units[:first] for ln in u.text.split("\n")], cues)
    outside = [*units[:first], *units[last:]]
    original = _find_original_source([ln for u in outside for ln in u.text.split("\n")], cues)
    site = next((name for _, name in header.dates if name and not _same(name, original)), None)
    if _same(original, site):
        original = None
    published = min((d for d, _ in header.dates), default=None)  # a crosspost's own date comes later
    return CleanedText(
        text="".join(pieces),
        original_source=original,
        source=site or original or None,
        published=published,
        title=header.title,
        author=header.author,
    )


def english_stopword_ratio(text: str) -> tuple[float, float, int]:
    """Shares of words that are English stopwords and other languages' function words, and the
    number of words judged (the first 20,000 characters are enough to tell)."""
    cues = load_cues()
    words = _WORD.findall(text[:20000].lower())
    if not words:
        return 0.0, 0.0, 0
    english = sum(w in cues.stopwords for w in words) / len(words)
    foreign = sum(w in cues.foreign_stopwords for w in words) / len(words)
    return english, foreign, len(words)


def looks_english(text: str) -> bool:
    """False only for text long enough to judge that reads far less like English than another language."""
    cues = load_cues()
    english, foreign, words = english_stopword_ratio(text)
    return words < cues.language_min_words or (english >= cues.language_min_ratio and english > foreign)
