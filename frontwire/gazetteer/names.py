"""Place-name keys: the normalised forms under which the gazetteer indexes names and text is looked up.

Reads nothing but its arguments; writes nothing. Two keys per name:

- `fold(name)`: lowercase, diacritics and apostrophes removed, hyphens and punctuation as spaces
  ("Deir-ez-Zor" -> "deir ez zor", "Murang'a" -> "muranga"). Exact matching happens on this key,
  with and without a leading Arabic article ("al-Qamishli" also looks up "qamishli").
- `skeleton(name)`: a transliteration-proof consonant skeleton for Arabic/Persian/Swahili names
  spelled many ways: articles (al-, el-, ad-, ash-, ez-...) dropped wherever they stand, vowels and
  semivowels dropped after the first letter, doubled letters collapsed, q->k, ou->u
  ("Deir Ezzor", "Deir ez-Zor", "Dayr az Zawr" -> "drzr"; "Ayn Issa", "Ain Issa", "Ein Issa" -> "ans").
  Skeleton hits are weaker evidence than exact hits and are only tried for names of 5+ letters.

Never fails: any string gives a (possibly empty) key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["ARTICLES", "fold", "is_arabic", "is_latin", "name_keys", "skeleton", "strip_article"]

# Arabic definite articles as transliterated (sun-letter assimilation gives ad-, ash-, ez-, ...).
ARTICLES = frozenset(
    [
        "al",
        "el",
        "il",
        "ul",
        "ad",
        "ed",
        "ag",
        "ah",
        "ar",
        "er",
        "as",
        "es",
        "ash",
        "esh",
        "at",
        "et",
        "ath",
        "az",
        "ez",
        "an",
        "en",
        "adh",
        "dh",
        "ed-",
    ]
)
_DROP = str.maketrans({"'": "", "’": "", "‘": "", "`": "", "ʿ": "", "ʾ": "", "´": "", "ʼ": "",
                       # Letters no Unicode decomposition takes to ASCII: Azeri schwa (ACLED's "Gadabay"
                       # for Gədəbəy), Turkish dotless i, Polish l, Nordic o, Vietnamese d, ...
                       "ə": "a", "Ə": "a", "ǝ": "a", "Ǝ": "a", "ı": "i", "ł": "l", "Ł": "l", "ø": "o",
                       "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe",
                       "Œ": "oe", "þ": "th", "ħ": "h", "Ħ": "h"})  # fmt: skip
# ASCII fast path: apostrophes vanish, every other non-alphanumeric character becomes a space.
_ASCII = str.maketrans({chr(i): (" " if chr(i) not in "'`" else "") for i in range(128)
                        if not chr(i).isalnum()})  # fmt: skip
_NON_WORD = re.compile(r"[^\w]+|_")
_VOWELS = "aeiouyw"
# A first letter read as a vowel: w too (French "Ouadi" for Wadi), but not y, Arabic's consonant ya'
# ("Yabseh" is Al Yabisah, not Abu Susah; both gave "absh").
_LEAD_VOWELS = "aeiouw"
_DEL_VOWELS = str.maketrans("", "", _VOWELS + "0123456789")
_DOUBLE = re.compile(r"(.)\1+")


# Pure string -> string: the same words recur thousands of times per report (every run, rank and
# group lookup folds them again), so a bounded cache answers most calls without recomputing.
@lru_cache(maxsize=262_144)
def fold(name: str) -> str:
    """Lowercase ASCII-ish key: no diacritics, no apostrophes, punctuation as single spaces."""
    if name.isascii():
        return " ".join(name.lower().translate(_ASCII).split())
    text = unicodedata.normalize("NFKD", name.translate(_DROP))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def strip_article(key: str) -> str:
    """The folded key without a leading article ("al qamishli" -> "qamishli"); "" when none."""
    head, _, rest = key.partition(" ")
    return rest if rest and head in ARTICLES else ""


@lru_cache(maxsize=65_536)
def skeleton(key: str, keep_articles: bool = False) -> str:
    """Consonant skeleton of a folded key (see the module docstring); "" when too short to be useful.

    `keep_articles` gives the variant for names whose article is written glued on ("Elwak" for
    "El Wak", "Alqosh"): both variants are indexed.
    """
    if not key.isascii():
        return ""
    words = key.split() if keep_articles else [w for w in key.split() if w not in ARTICLES]
    if not words:
        return ""
    joined = "".join(words).replace("ou", "u").replace("q", "k").replace("ck", "k").replace("ph", "f")
    first = "a" if joined[0] in _LEAD_VOWELS else joined[0]
    out = _DOUBLE.sub(r"\1", first + joined[1:].translate(_DEL_VOWELS))
    return out if len(out) >= 3 else ""


def name_keys(name: str) -> tuple[set[str], set[str]]:
    """(exact keys, skeleton keys) under which a gazetteer name is indexed."""
    key = fold(name)
    if not key:
        return set(), set()
    exact = {key}
    bare = strip_article(key)
    if bare:
        exact.add(bare)
    skels = {skeleton(key), skeleton(key, keep_articles=True)} - {""}
    return exact, skels


def is_arabic(name: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in name)


def is_latin(name: str) -> bool:
    """True when every letter folds to ASCII (Latin script with or without diacritics)."""
    return fold(name).isascii()
