"""News-prose framings that name a place which is not where the event happened.

Wire copy writes places that ACLED's own notes never do: the DATELINE ("KABUL (Reuters) - ...",
"GOMA, Congo, May 5 -") names where the reporter files from; a capital standing for its government
("Baku said", "Moscow denies") names a speaker; a demonym the geoparser took for an unknown name
("the Libyan town of Zawiya") names a country's adjective; "Kashmir's Pulwama district" names the
container before its part. `locate` weighs these down so that the place the event is told at wins,
and keeps them out of the vote on the report's country; a dateline still locates a report that names
no other place. Reads the document text, its place mentions and the gazetteer's country demonyms
(cached per gazetteer); writes nothing. Pure functions: they never fail, an unmatched form is no hint.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .gazetteer import Gazetteer
from .gazetteer.names import fold
from .geo_tokens import opening_dateline_end
from .model import Document, PlaceMention, Span

__all__ = ["dateline_end", "demonym_words", "in_dateline", "is_speaker", "possessive_container", "speaks_from"]

# "Baku said", "Moscow denies", "Kabul has accused": a capital standing for its government.
_SPEAKER_AFTER = re.compile(
    r"\s*(?:has\s+|had\s+|also\s+|later\s+)?"
    r"(?:said|says|say|denied|denies|deny|claimed|claims|accused|accuses|blamed|blames|announced|announces|"
    r"reported|reports|insisted|insists|warned|warns|responded|condemned|condemns)\b"
)
# "Kashmir's Pulwama district", "central Mali's restive Mopti region": the container, then its part.
_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}")


def dateline_end(text: str) -> int:
    """Where a wire dateline at the start of the text ends, or 0 when the text opens with none; the
    geoparser's dateline grammar, so both stages agree on what a dateline is."""
    return opening_dateline_end(text)


def in_dateline(doc: Document, span: Span) -> bool:
    """The mention lies inside the report's opening dateline: where the reporter files from."""
    end = dateline_end(doc.text[:120])
    return end > 0 and span.end <= end


def is_speaker(doc: Document, span: Span) -> bool:
    """An unframed name right before a reporting verb ("Baku said"): a government speaking, not a place."""
    return _SPEAKER_AFTER.match(doc.text, span.end) is not None


@lru_cache(maxsize=1)
def _speaker_frames() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """From speaker_frames.txt: (speaker noun + "in"/"from" right before a name, a framing phrase right
    before it ('*' is any one word), "according to" + speaker noun before it, a reporting verb soon after it)."""
    text = resources.files("frontwire").joinpath("data/locate/speaker_frames.txt").read_text(encoding="utf-8")
    rows = [line.split(None, 1) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    words = {kind: sorted({w.strip() for k, w in rows if k == kind}, key=len, reverse=True) for kind in ("noun", "frame", "verb")}
    nouns = r"\b(?:" + "|".join(re.escape(n) for n in words["noun"]) + r")(?:s|ies)?\s+(?:based\s+)?(?:in|from)\s+(?:the\s+)?$"
    frame = r"\b(?:" + "|".join(
        r"\s+".join(r"[\w.'-]+" if w == "*" else re.escape(w) for w in f.split()) for f in words["frame"]
    ) + r")\s+(?:the\s+)?$"
    # "According to officials in Kinshasa, ...": the source is told before the name, no verb follows.
    according = r"\baccording\s+to\s+(?:[\w-]+\s+){0,3}?" + nouns[2:]
    # "Officials in Kabul on Monday said": the verb may follow a short time phrase or a comma.
    verbs = _SPEAKER_AFTER.pattern.replace("(?:said|", "(?:" + "|".join(map(re.escape, words["verb"])) + "|said|", 1)
    verb_soon = r"(?:\s*,)?(?:\s+(?:on|late|early|last|this)\s+\w+(?:\s+\w+)?)?" + verbs
    flags = re.IGNORECASE
    return (re.compile(nouns, flags), re.compile(frame, flags), re.compile(according, flags),
            re.compile(verb_soon))  # fmt: skip


# "Islamabad-based officials", "a Kabul-based analyst": the source's seat.
_BASED_AFTER = re.compile(r"-based\b")


def speaks_from(doc: Document, span: Span) -> bool:
    """The name is where a source speaks ("Officials in Kabul said", "a statement from Abuja", "speaking in
    Nairobi", "told AFP in Bamako", "Islamabad-based officials"), however it is framed: a government's or a
    source's seat, not the event's place."""
    nouns, frames, according, verb_soon = _speaker_frames()
    if _BASED_AFTER.match(doc.text, span.end):
        return True
    before = doc.text[max(0, span.start - 80) : span.start]
    if frames.search(before) or according.search(before):
        return True
    return nouns.search(before) is not None and verb_soon.match(doc.text, span.end) is not None


def possessive_container(doc: Document, places: tuple[PlaceMention, ...], k: int) -> bool:
    """places[k] is written as the owner of the next place ("Pakistan's North Waziristan")."""
    if k + 1 >= len(places):
        return False
    gap = doc.text[places[k].span.end : places[k + 1].span.start]
    return _POSSESSIVE_GAP.fullmatch(gap) is not None


@lru_cache(maxsize=8)
def demonym_words(gazetteer: Gazetteer) -> frozenset[str]:
    """Every country's demonyms, folded ("libyan", "peruvian"): adjectives, never places of their own."""
    return frozenset(fold(d) for c in gazetteer.countries().values() for d in c.demonyms)
