"""The whole place name a report writes where the gazetteer matched only part of it.

Reads the document text, the chosen `PlaceMention` and the `Location` filled from it; returns the
Location with `location` widened to the full capitalised name around the match ("the area of
Shakhta imeni Gagarina" matched as "Shakhta", "Zardana Mashehad", "Ceel Salini village", "Kuala
Pembuang Satu subdistrict"): ACLED names the place as the report writes it, and the matched part
is only a namesake or a fragment. Coordinates and precision are kept (the best we know), unless ACLED
has coded the whole name in the event's country (`gazetteer.acled_places`): then its point and admin
names are the place's, since ACLED reuses its locations. Never fails: a name it cannot widen is returned unchanged.

A neighbouring word joins the name when it is capitalised (with a lower-case letter: acronyms are
actors), not an English common word, demonym or stop word (data/locate/name_stops.txt: type,
compass and sentence-opening words), and joined by a space or a name particle ("imeni", "de",
"al"). A hyphen joins two places ("Halba-Qoubaiyat road", "Pemba-Metuge"), never one name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from .gazetteer.acled_places import acled_place
from .gazetteer.lexicon import common_words, not_places
from .gazetteer.names import fold
from .locate_rules import landmark_words
from .model import Document, Location, PlaceMention

# Lower-case particles inside a name: "Shakhta imeni Gagarina", "Huanzantlan del Rio", "Bilad al Yubi".
_PARTICLES = r"(?:imeni|de|del|de la|la|las|los|da|do|dos|al|el|wa|bin|ibn|ben|van|von|[ae](?:sh|th|dh|[tsdrnz]))"
_WORD = r"[A-Z][a-z][\w'\u2019]*"
_NEXT = re.compile(rf" (?:({_PARTICLES}) )?({_WORD})\b")
_PREV = re.compile(rf"\b({_WORD})(?: ({_PARTICLES}))? $")
_WORD_AFTER = re.compile(r" (\w+)")
_OPENS = re.compile(r"(?:^|[.:;!?\]\n]\s*|^\s*)$")  # a sentence opens here ("In Kuala Pembuang Satu, ...")
_MAX_WORDS = 3  # "San Carlos Nuevo Guaymas": at most three words join a match


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    """data/locate/name_stops.txt plus English common words and calendar words: never part of a name."""
    text = resources.files("frontwire").joinpath("data/locate/name_stops.txt").read_text(encoding="utf-8")
    own = {fold(w) for w in text.splitlines() if w.strip() and not w.startswith("#")}
    return frozenset(own) | common_words() | not_places() | landmark_words()


def _joins(word: str, particle: str | None, demonyms: frozenset[str]) -> bool:
    """`word` may continue a name, joined by `particle`. An Arabic article written assimilated ("as Sufla",
    "at Tutah", "ar Ruwayk") matches the word's first letters; else it is English ("Boko Haram at Parisu")."""
    if word.endswith(("'s", "\u2019s")):
        return False  # "Jerusalem's Bet Shemesh": the holder, not part of the name
    assimilated = particle and len(particle) >= 2 and particle[0] in "ae" and particle not in ("al", "el")
    if assimilated and not word.lower().startswith(particle[1:]):
        return False
    key = fold(word)
    if key.endswith("s") and key[:-1] in _stops():
        return False  # "Maseno Universitys": a possessive written without its apostrophe
    return key not in _stops() and key not in demonyms


def _before(text: str, start: int) -> re.Match[str] | None:
    """The capitalised word (and particle) written just before `start`."""
    return _PREV.search(text, max(0, start - 40), start)


def whole_name(doc: Document, chosen: PlaceMention | None, loc: Location, demonyms: frozenset[str],
               iso2: str = "") -> Location:  # fmt: skip
    """`loc` named by the full name written around `chosen`, when its name is exactly the matched text;
    `iso2` is the event's country, where ACLED's coded places are looked up."""
    if chosen is None or not loc.location or fold(loc.location) != fold(chosen.span.text):
        return loc
    text = doc.text
    start, end, added = chosen.span.start, chosen.span.end, 0
    while added < _MAX_WORDS and (m := _NEXT.match(text, end)) and _joins(m.group(2), m.group(1), demonyms):
        end, added = m.end(), added + 1
    if not added and not _before(text, start):
        return loc
    after = _WORD_AFTER.match(text, end)
    if _NEXT.match(text, end) or (after and after.group(1).lower() in landmark_words()):
        return loc  # "Meru Technical University", "Kapedo Catholic church": an institution's name
    while added < _MAX_WORDS and (m := _before(text, start)) and _joins(m.group(1), m.group(2), demonyms):
        start, added = m.start(), added + 1
    if (m := _before(text, start)) and not _OPENS.search(text, max(0, m.start() - 3), m.start()):
        return loc  # "Kisii Universitys Eldama Ravine campus": the name runs on into words no place has
    if not added:
        return loc
    name = text[start:end]
    coded = acled_place(iso2, fold(name)) if iso2 else None
    if coded is None:
        return replace(loc, location=name)
    return replace(loc, location=coded.name, latitude=coded.latitude, longitude=coded.longitude,
                   admin1=coded.admin1, admin2=coded.admin2, admin3=coded.admin3)  # fmt: skip
