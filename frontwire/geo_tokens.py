"""Tokens and candidate name runs for geoparse: capitalised words, articles and particles.

Reads a text; returns its word tokens (a dateline's capitals count as a name, an acronym in mixed
case does not) and the token runs that could be place names. Writes nothing; never fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from .gazetteer.cues import TYPE_AFTER
from .gazetteer.names import ARTICLES, fold, strip_article
from .model import Place

__all__ = [
    "JOINABLE_GAP",
    "Match",
    "Token",
    "candidate_runs",
    "continues",
    "datelines",
    "ezafe_spans",
    "same_shape",
    "select_longest",
    "tokenise",
]

_TOKEN = re.compile(r"[^\W\d_]+(?:['’`][^\W\d_]+)*")
JOINABLE_GAP = re.compile(r"^(?:-| )$")  # a spaced dash ("MOGADISHU - A car bomb") ends a name
_PARTICLES = ARTICLES | frozenset(
    [
        "de",
        "del",
        "della",
        "la",
        "le",
        "les",
        "du",
        "des",
        "da",
        "di",
        "do",
        "dos",
        "das",
        "los",
        "las",
        "lo",
        "y",
        "e",
        "au",
        "aux",
        "sur",
        "sous",
        "en",
        "of",
        "on",
        "upon",
        "am",
        "im",
        "der",
        "den",
        "bin",
        "bani",
        "ibn",
        "wa",
        "abu",
        "um",
        "umm",
        "and",  # "Bosnia and Herzegovina", "Trinidad and Tobago"
        "i",  # "Qala i Naw": the Persian ezafe written apart
        "ki",  # "Guru ki Wadali", "Ghazi ka Thana": Hindi-Urdu "of" inside village names
        "ka",
        "ke",
    ]
)
_MAX_TOKENS = 6
_ENGLISH_WORDS = frozenset({"as", "at", "an", "en", "er", "ed", "et", "es"})  # articles only inside a name


def _assimilated(article: str, following: str) -> bool:
    """An Arabic article written assimilated takes the next word's first consonant ("as Salama",
    "ad Dali", "er Roummane"), so "at"/"as"/"an" before any other letter is English ("the LoC at
    Kahuta sector", "Sanaa as Houthis advanced"): the name stops there."""
    return following[:1].lower() == article[1:2]


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    capital: bool


@dataclass(slots=True)
class Match:
    first: int  # token indexes, inclusive
    last: int
    places: tuple[Place, ...]
    kind: int  # 0 exact, 1 skeleton, 2 unknown name framed by a cue
    cue: str = ""
    strong: bool = False  # a type word frames it ("village of X", "X district")
    vouched: float = 0.0  # focus this name gave its own (only) country: no evidence for itself
    people: bool = False  # an ethnic/communal group's name no cue makes a place ("Pokot raiders")
    spoken: bool = False  # where a source spoke ("said in Washington"): a place, no evidence of the country


# A news dateline at the start of a line: "KABUL, Afghanistan (Reuters) - ", "MOGADISHU — ",
# "GOMA, Congo, May 5 (Reuters) - ".
_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:, [A-Z][A-Za-z0-9 .]+?)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? ?(?:\([^)\n]{1,40}\) ?)?(?:—|–|-) "
)


def datelines(text: str) -> list[tuple[int, int]]:
    """Character spans of the upper-case place of each line's dateline ("KABUL" of "KABUL (Reuters) - ")."""
    return [(m.start(1), m.end(1)) for m in _DATELINE.finditer(text)]


def opening_dateline_end(text: str) -> int:
    """Where a dateline opening the text ends (after "GOMA, Congo, May 5 (Reuters) - "), or 0 when the
    text opens with none."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


def tokenise(text: str) -> list[Token]:
    tokens = []
    # The dateline's place is written in capitals; it is a name, not an acronym.
    spans = datelines(text)
    for m in _TOKEN.finditer(text):
        word, end = m.group(0), m.end()
        if len(word) > 3 and word[-2] in "'’" and word[-1] == "s":
            word, end = word[:-2], end - 2  # "Afrin's entrances": the place is Afrin
        capital = word[0].isupper()
        if capital and len(word) > 1 and word.isupper():
            # An acronym (OSCE, SMM, ODM) in mixed-case prose is no place; in an all-caps headline it may be.
            around = text[max(0, m.start() - 40) : m.end() + 40]
            capital = not any(ch.islower() for ch in around) or any(a <= m.start() < b for a, b in spans)
        tokens.append(Token(m.start(), end, word, capital))
    return tokens


def candidate_runs(text: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(first, last, surface) for each token run that could be a place name."""
    runs = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        low = tok.text.lower()
        if not tok.capital and low not in ARTICLES:
            continue
        if not tok.capital and low in _ENGLISH_WORDS and text[tok.end : tok.end + 1] != "-":
            continue  # "as Nasa demonstrators", "at Kambi": English, not an Arabic article
        for j in range(i, min(n, i + _MAX_TOKENS)):
            if j > i:
                gap = text[tokens[j - 1].end : tokens[j].start]
                if not JOINABLE_GAP.match(gap):
                    break
                low_j = tokens[j].text.lower()
                if not tokens[j].capital and low_j not in _PARTICLES:
                    break
                if (
                    low_j in _ENGLISH_WORDS
                    and j + 1 < n
                    and text[tokens[j].end : tokens[j].end + 1] == " "
                    and not _assimilated(low_j, tokens[j + 1].text)
                ):
                    break
            if tokens[j].capital:
                runs.append((i, j, text[tok.start : tokens[j].end]))
    return runs


def select_longest(matches: list[Match]) -> list[Match]:
    """Longest first, exact before skeleton, leftmost first; no overlaps."""
    taken: set[int] = set()
    chosen = []
    for m in sorted(matches, key=lambda m: (-(m.last - m.first), m.kind, m.first)):
        idx = set(range(m.first, m.last + 1))
        if idx & taken:
            continue
        taken |= idx
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.first)


def continues(text: str, tokens: list[Token], last: int) -> bool:
    """True when the capitalised name goes on after token `last` (and is not a type word)."""
    if last + 1 >= len(tokens) or not tokens[last + 1].capital:
        return False
    gap = text[tokens[last].end : tokens[last + 1].start]
    return bool(JOINABLE_GAP.match(gap)) and not TYPE_AFTER.match(" " + tokens[last + 1].text)


# Persian/Dari/Pashto/Urdu compound links written between hyphens: "Dasht-e-Barchi", "Pul-i-Khumri",
# "Kot-e-Sangi", "Deh-ye-Sabz", "Mazar-i-Sharif".
_EZAFE = frozenset({"e", "i", "ye", "yi", "o"})


def ezafe_spans(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token indexes of each hyphen-linked ezafe compound ("Dasht-e-Barchi"): one
    name, never two ("Dasht" a village in Parwan, "Barchi" one in Italy). Chains are followed
    ("Qala-e-Kohna-e-Naw")."""
    spans: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        j = i
        while (
            j + 2 < n
            and tokens[j].capital
            and tokens[j + 1].text.lower() in _EZAFE
            and text[tokens[j].end : tokens[j + 1].start] == "-"
            and text[tokens[j + 1].end : tokens[j + 2].start] == "-"
            and tokens[j + 2].text[:1].isupper()
        ):
            j += 2
        if j > i:
            spans.append((i, j))
        i = j + 1
    return spans


def _words(key: str) -> int:
    return sum(1 for w in key.split() if w not in ARTICLES)


def same_shape(key: str, places: tuple[Place, ...]) -> tuple[Place, ...]:
    """The skeleton guesses whose names have the written name's word shape. A skeleton drops
    spaces, so "Ayn Issa" also finds `Anis and Enez and "Tariq al-Bab" finds Turkab: a name of
    several words goes with a record of several words when there is one; an article inside the
    name ("X al-Y", an Arabic construct) always marks two words, so one-word records never fit."""
    n = _words(key)
    if n < 2 or any(len(w) < 3 for w in key.split() if w not in ARTICLES):
        return places  # "U Daung" is Udaung: a one- or two-letter word is a prefix, not a word
    inner_article = any(w in ARTICLES for w in key.split()[1:-1])
    several = tuple(p for p in places if _words(fold(p.name)) >= 2)
    return several if several or inner_article else places


def resembles(key: str, name: str, least: float = 0.5) -> bool:
    """True when a skeleton guess's record is spelled like the written name, not only built on the
    same consonants: "Dayr az Zawr" for "Deir Ezzor" (ratio .55) and "Ayn Tarma" for "Ain Tarma"
    are, Egypt's "Bilqas" for Mali's "Boulkessi" (.40) is not. A bracketed second name counts too."""
    written = strip_article(key) or key
    for own in {fold(name), fold(name.split("(", 1)[0]).strip()}:
        own = strip_article(own) or own
        if own and SequenceMatcher(None, written, own).ratio() >= least:
            return True
    return False
