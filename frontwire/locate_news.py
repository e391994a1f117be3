"""News-prose framings that name a place which is not where the event happened.

Wire copy writes places that ACLED's own notes never do: the DATELINE ("KABUL (Reuters) - ...",
"GOMA, Congo, May 5 -") names where the reporter files from; a capital standing for its government
("Baku said", "Moscow denies") names a speaker; a demonym the geoparser took for an unknown name
("the Libyan town of Zawiya") names a country's adjective; "Kashmir's Pulwama district" names the
container before its part; a facility ("outside the Serail in el Hermel", "near the Jalandhar bypass in
Ludhiana", "Al-Sukkariyah crossing in Al Bab city") names a building or spot inside the town written after it;
the wounded's destination ("taken to the hospital in Gao", "evacuated to Mopti") and a neighbouring country
("near the border with Sudan", data/locate/elsewhere_frames.txt) name where the event was not. `locate`
weighs these down so that the place the event is told at wins,
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
from .geo_news import REPORTING_AFTER, may_end_on, source_seat
from .geo_tokens import opening_dateline_end
from .locate_rules import landmark_words
from .model import Document, PlaceMention

__all__ = [
    "aside",
    "dateline_end",
    "demonym_words",
    "facility_holder",
    "possessive_container",
]

# "Kashmir's Pulwama district", "central Mali's restive Mopti region": the container, then its part.
_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}")


def dateline_end(text: str) -> int:
    """Where a wire dateline at the start of the text ends, or 0 when the text opens with none; the
    geoparser's dateline grammar, so both stages agree on what a dateline is."""
    return opening_dateline_end(text)


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


# "the Serail in", "the Banque du Liban in", "Al-Sukkariyah crossing in": the rest of a facility's name (capitalised
# words, particles, a landmark word), then the preposition that puts it in the next place.
_FACILITY_TAIL = r"(?:\s+(?:[A-Z][\w'\u2019-]*|du|de|des|del|el|al|la|le|{landmarks})){{0,4}}?"
_IN_TOWN = r"\s+(?:in|at|of)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$"
_FACILITY_CUES = frozenset(("", "in", "at", "near", "outside", "inside", "around", "on"))
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _facility_gaps() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(any facility tail then 'in', a tail that opens with a landmark word then 'in'), from landmark_words.txt."""
    landmarks = "|".join(sorted((re.escape(w) for w in landmark_words()), key=len, reverse=True))
    tail = _FACILITY_TAIL.format(landmarks=landmarks)
    led = rf"\s+(?:{landmarks})s?\b{tail}"
    return re.compile(tail + _IN_TOWN), re.compile(led + _IN_TOWN)


def facility_holder(doc: Document, places: tuple[PlaceMention, ...], k: int) -> int | None:
    """The index of the place that holds places[k] when places[k] names a facility there: a name the report
    writes with 'the' and no settlement cue ("outside the Serail in el Hermel"), or one a landmark word
    follows ("near the Jalandhar bypass in Ludhiana", "Al-Sukkariyah crossing in Al Bab city"). Towns take no
    article in English, so the article marks a building, a road or a body; ACLED codes the town."""
    pm = places[k]
    if pm.cue not in _FACILITY_CUES:
        return None  # "the town of X", "the X district": the report frames it as a place
    any_tail, landmark_led = _facility_gaps()
    the = _THE_BEFORE.search(doc.text, max(0, pm.span.start - 5), pm.span.start) is not None
    for j in range(k + 1, min(len(places), k + 4)):
        gap = doc.text[pm.span.end : places[j].span.start]
        if len(gap) > 60 or "." in gap:
            return None
        if landmark_led.match(gap) or (the and any_tail.match(gap)):
            return j
    return None


_ELSEWHERE_CHARS = 80  # "were later airlifted to the regional military hospital in" fits well inside this
# The words a carried-to match ends on ("taken to", "hospital in", "the town of"): a window ending on any
# other word needs no search (most do).
_CARRIED_LAST = ("to", "at", "in", "into", "of")


@lru_cache(maxsize=1)
def _elsewhere_frames() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compile data/locate/elsewhere_frames.txt (`carried`, `facility` and `neighbour` rows) into the words
    right before a town the victims were carried to and before a neighbouring country; a missing kind matches
    nothing."""
    text = (
        resources.files("frontwire").joinpath("data/locate/elsewhere_frames.txt").read_text(encoding="utf-8")
    )
    rows = [line.split(None, 1) for line in text.splitlines() if line.strip() and not line.startswith("#")]

    def alt(kind: str) -> str:
        words = sorted({w.strip() for k, w in rows if k == kind}, key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"

    facility = rf"(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){{0,3}}?(?:{alt('facility')})s?\s+(?:in|at|of)\s+"
    carried = (
        rf"\b(?:{alt('carried')})\s+(?:to|at|in|into)\s+(?:{facility})?(?:the\s+(?:city|town)\s+of\s+)?$"
    )
    neighbour = rf"\b(?:{alt('neighbour')})\s+(?:the\s+)?$"
    return re.compile(carried, re.IGNORECASE), re.compile(neighbour, re.IGNORECASE)


def _elsewhere_at(text: str, start: int, country: bool) -> bool:
    carried, neighbour = _elsewhere_frames()
    before = text[max(0, start - _ELSEWHERE_CHARS) : start]
    if may_end_on(before, _CARRIED_LAST) and carried.search(before):
        return True
    return country and neighbour.search(before) is not None


# "the Indian state of Jharkhand", "the southern Peruvian region of Apurimac": a demonym that qualifies the
# admin unit or settlement named after it.
_QUALIFIED_UNIT = re.compile(
    r"\s+(?:province|governorate|district|county|region|state|village|town|city|capital|municipality|"
    r"prefecture|department|oblast|commune|territory|island)s?\s+of\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)


def aside(doc: Document, pm: PlaceMention) -> bool:
    """The place is written where the event did not happen: inside the opening dateline, a capital speaking
    unframed ("Baku said"), a source's seat (`geo_news.source_seat`) or somewhere else (the wounded's town, a border
    country: data/locate/elsewhere_frames.txt); or a demonym that only qualifies the unit named after it
    ("the Indian state of Jharkhand"), which the event is in."""
    country = bool(pm.candidates) and pm.candidates[0].feature == "PCLI"
    if country and pm.cue == "demonym" and _QUALIFIED_UNIT.match(doc.text, pm.span.end):
        return True  # else 'X state of Y' reads the state as the demonym's container and the country wins
    return _aside_at(doc.text, pm.span.start, pm.span.end, not pm.cue, country)


@lru_cache(maxsize=4096)
def _aside_at(text: str, start: int, end: int, unframed: bool, country: bool) -> bool:
    """`aside` on the few facts it reads. Cached because `locate` asks it of every place of the report once
    per event mention (and again per town a mention lists), and the frame searches are most of the
    locator's time: a long report asks the same spans many times. A pure function of its arguments."""
    dateline = dateline_end(text[:120])
    return (
        (dateline > 0 and end <= dateline)
        or (unframed and REPORTING_AFTER.match(text, end) is not None)
        or source_seat(text, start, end)
        or _elsewhere_at(text, start, country)
    )
