"""Wire-copy framing for geoparse: the DATELINE city a news report is filed from.

"TRIPOLI (Reuters) - ...", "GOMA, Congo, May 5 (Reuters) - ...", "ADEN - ...": agencies file from
cities of note, so the dateline's name means its big namesake (Libya's Tripoli of a million people,
not Lebanon's of 230,000 nor a US village), and that city's country is where the story is told from:
evidence for the report's country that outweighs a foreign namesake further down. ACLED's own notes
have no datelines, so the pass is inert on them.

Also the one judge of "where a source spoke" (`source_seat`: "officials in Kabul said", "speaking in
Nairobi", "a statement from Abuja", "Islamabad-based officials"), read from one table,
data/locate/speaker_frames.txt: the geoparser keeps such a place out of the country vote, `locate`
weighs it down as the event's place.

Reads the document text and the name matches; returns the dateline's character span, the
matches' readings narrowed to the dateline's big namesakes, and whether a name is a speaker's seat.
Writes nothing; never fails (a text with no dateline, or a dateline the gazetteer lacks, changes
nothing; a missing or empty frames table judges no name a speaker's seat).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .geo_tokens import Match, Token, datelines
from .model import Place

__all__ = [
    "REPORTING_AFTER",
    "dateline_readings",
    "dateline_span",
    "in_span",
    "may_end_on",
    "source_seat",
    "spoken_from",
]

# "Baku said", "Moscow denies", "Kabul has accused": a reporting verb right after a name.
REPORTING_AFTER = re.compile(
    r"\s*(?:has\s+|had\s+|also\s+|later\s+)?"
    r"(?:said|says|say|denied|denies|deny|claimed|claims|accused|accuses|blamed|blames|announced|announces|"
    r"reported|reports|insisted|insists|warned|warns|responded|condemned|condemns)\b"
)
# "Islamabad-based officials", "a Kabul-based analyst": the source's seat.
_BASED_AFTER = re.compile(r"-based\b")
# The name a speaker frame is read around, when the caller gives only its start: capitalised words.
_NAME_RUN = re.compile(r"[A-Z][\w'.-]*(?:[ -][A-Z][\w'.-]*)*")
_OF = ("of",)  # the word every `owner` frame ends on: other windows skip its search
_BEFORE_CHARS = 80  # a frame ("according to senior military officials in") fits well inside this
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


class _Frames(NamedTuple):
    nouns: re.Pattern[str]  # a speaker noun + "in"/"from" right before the name ("officials in")
    frames: re.Pattern[str]  # a phrase that alone makes the name a speaker's seat ("speaking in")
    according: re.Pattern[str]  # "according to" + a speaker noun before it: no verb need follow
    verb_soon: re.Pattern[str]  # a reporting verb soon after the name ("officials in Kabul on Monday said")
    last: tuple[str, ...] | None  # the words every frame, noun or 'according' match ends on; None: any word
    owners: re.Pattern[str]  # a body named after the place + "of" ("the Diocese of"): a verb must follow


@lru_cache(maxsize=1)
def _speaker_frames() -> _Frames:
    """Compile data/locate/speaker_frames.txt (`noun`, `frame`, `owner` and `verb` rows; '*' in a frame is any
    one word)."""
    text = resources.files("frontwire").joinpath("data/locate/speaker_frames.txt").read_text(encoding="utf-8")
    rows = [line.split(None, 1) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    words = {
        kind: sorted({w.strip() for k, w in rows if k == kind}, key=len, reverse=True)
        for kind in ("noun", "frame", "owner", "verb")
    }
    never = r"(?!)"  # an empty table row kind matches nothing
    noun_alt = "|".join(re.escape(n) for n in words["noun"]) or never
    nouns = r"\b(?:" + noun_alt + r")(?:s|ies)?\s+(?:based\s+)?(?:in|from)\s+(?:the\s+)?$"
    frame_alt = (
        "|".join(
            r"\s+".join(r"[\w.'-]+" if w == "*" else re.escape(w) for w in f.split()) for f in words["frame"]
        )
        or never
    )
    frame = r"\b(?:" + frame_alt + r")\s+(?:the\s+)?$"
    according = r"\baccording\s+to\s+(?:[\w-]+\s+){0,3}?" + nouns[2:]
    verbs = REPORTING_AFTER.pattern.replace(
        "(?:said|", "(?:" + "".join(re.escape(v) + "|" for v in words["verb"]) + "said|", 1
    )
    owner_alt = "|".join(re.escape(n) for n in words["owner"]) or never
    owners = r"\b(?:" + owner_alt + r")(?:s|es)?\s+of\s+(?:the\s+)?$"
    verb_soon = r"(?:\s*,)?(?:\s+(?:on|late|early|last|this)\s+\w+(?:\s+\w+)?)?" + verbs
    flags = re.IGNORECASE
    frame_ends = {f.split()[-1].lower() for f in words["frame"]}
    # a '*' (any word) or a non-ASCII last word leaves nothing to rule out cheaply
    plain = "*" not in frame_ends and all(w.isascii() for w in frame_ends)
    last = tuple(frame_ends | {"in", "from"}) if plain else None
    return _Frames(
        re.compile(nouns, flags),
        re.compile(frame, flags),
        re.compile(according, flags),
        re.compile(verb_soon),
        last,
        re.compile(owners, flags),
    )


def may_end_on(before: str, last: tuple[str, ...] | None) -> bool:
    """False only where no pattern ending on one of the `last` words (then an optional "the" and spaces)
    can match at the end of `before`: its last word, past a "the", is plain ASCII and ends on none of them.

    Why: the frames are long case-blind alternations searched at every offset of an 80-character window,
    once per place mention; most windows end on "at", "of" or a name and are ruled out by one split. A
    necessary test only: where it says True (or the text is not ASCII) the full pattern decides."""
    if last is None:
        return True
    words = before.rsplit(None, 2)
    if not words:
        return False
    word = words[-1]
    if not word.isascii() or word.lower().endswith(last):
        return True
    if word.lower() != "the" or len(words) < 2:
        return False
    word = words[-2]
    return not word.isascii() or word.lower().endswith(last)


def source_seat(text: str, start: int, end: int | None = None) -> bool:
    """The name at text[start:end] is where a source speaks ("Officials in Kabul said", "a statement from
    Abuja", "speaking in Nairobi", "told AFP in Bamako", "Islamabad-based officials", "said here in
    Washington", "the Diocese of Auchi said"): a government's, a body's or a source's seat, no evidence of the event's place or country.
    Without `end` the name is the run of capitalised words at `start`."""
    if end is None:
        run = _NAME_RUN.match(text, start)
        end = run.end() if run else start
    f = _speaker_frames()
    if _BASED_AFTER.match(text, end):
        return True
    before = text[max(0, start - _BEFORE_CHARS) : start]
    if may_end_on(before, _OF) and f.verb_soon.match(text, end) and f.owners.search(before):
        return True  # "the Diocese of Auchi said": a body named after its seat speaks
    if not may_end_on(before, f.last):
        return False  # the window ends on no frame's last word ("in", "from"): no long search can match
    if f.frames.search(before) or f.according.search(before):
        return True
    return f.verb_soon.match(text, end) is not None and f.nouns.search(before) is not None


def spoken_from(text: str, start: int) -> bool:
    """The geoparser's name for `source_seat` (it knows only where the name starts): a place written
    where a source spoke, no evidence of the event's country (a Tripoli near which soldiers died is no US town)."""
    return source_seat(text, start)


def in_span(tokens: list[Token], m: Match, span: tuple[int, int] | None) -> bool:
    """True when the match lies inside the character span."""
    return span is not None and span[0] <= tokens[m.first].start and tokens[m.last].end <= span[1]
