"""Spelling keys: when two written names are one name spelled two ways.

Pure string functions (reads the droppable head words through `lexicon.droppable_heads`, cached;
writes nothing; never fails). `loose_key` forgets transliteration choices (kh/h, ou/u, ia/ya, doubled
letters, -ah/-a, articles, word breaks); `bare_key` also forgets a generic first word a name is
written with or without ("Qaryat Tall adh Dhahab" / "Tall Ad Dhahab" / "Dhahab"); `match_score`
says whether two such keys are one name ("Zaghniya"/"Zaghiniyah") or two ("Kabizo"/"Kabiro").
Used by `spelling` (the index's settlements) and `acled_places` (the places ACLED has coded).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import droppable_heads
from .names import ARTICLES, fold

__all__ = ["LONG", "VOWELS", "bare_key", "loose_key", "match_score", "one_edit", "spelling_distance"]

LONG = 8  # loose letters from which a name may differ by any one edit (see match_score)
_MIN_FUZZY = 6  # and below this, at one vowel more or less ("Al Jamam"/"Al Jama'im")
# Transliteration pairs folded to one letter, longest first: each is a spelling choice, not a
# different name (Ukrainian/Russian ia/ya, Arabic kh/h and q/k, French ou for u, dj/j).
_PAIRS = (("tch", "ch"), ("dzh", "j"), ("kh", "h"), ("gh", "g"), ("ph", "f"), ("dj", "j"), ("ck", "k"),
          ("ou", "u"), ("ia", "ya"), ("iy", "y"), ("ey", "y"), ("q", "k"), ("w", "u"), ("z", "s"))  # fmt: skip
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aeiouy])h$")  # -ah, -eh: the same ending as -a, -e
VOWELS = str.maketrans("", "", "aeiouy")


@lru_cache(maxsize=65_536)
def loose_key(name: str) -> str:
    """A folded key blind to the spelling choices above, articles and word breaks ("" if unusable)."""
    key = fold(name)
    if not key.isascii():
        return ""
    words = [w for w in key.split() if w not in ARTICLES] or key.split()
    out = "".join(words)
    for a, b in _PAIRS:
        out = out.replace(a, b)
    out = _FINAL_H.sub("", _DOUBLE.sub(r"\1", out))
    if out.endswith("e") and len(out) > 4:
        out = out[:-1] + "a"  # -eh / -a / -ah endings of one Arabic name
    return out


@lru_cache(maxsize=65_536)
def bare_key(name: str) -> str:
    """`loose_key` without the generic first words a name is written with or without ("Bir al
    Mahashimah" -> that of "Mahashimah"); the last word always stays."""
    words = fold(name).split()
    heads = droppable_heads()
    k = 0
    while k < len(words) - 1 and (words[k] in heads or words[k] in ARTICLES):
        k += 1
    return loose_key(" ".join(words[k:]))


def spelling_distance(a: str, b: str, cap: int = 3) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment), capped at `cap` + 1."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        low = cur[0]
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            low = min(low, v)
        if low > cap:
            return cap + 1
        prev2, prev = prev, cur
    return min(prev[-1], cap + 1)


def one_edit(a: str, b: str) -> bool:
    """`spelling_distance(a, b) == 1` for a != b, in one pass: the letters after the first difference
    agree once one letter is substituted, inserted, deleted, or two adjacent ones are swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    if len(a) > len(b):
        return a[i + 1 :] == b[i:]
    if len(a) < len(b):
        return b[i + 1 :] == a[i:]
    return a[i + 1 :] == b[i + 1 :] or (a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1])


def match_score(key: str, other: str) -> int | None:
    """0 same loose key, 1 one edit, 3 the same letters in another order (a swapped syllable); None: no match.

    A short name (under 8 loose letters) may differ only by a vowel written or dropped ("Zaghniya" for
    Zaghiniyah): another consonant ("Kabizo"/"Kabiro") or another vowel ("Kutulo"/"Kotulo",
    "Tuburan"/"Tubaran") is another village as often as a misspelling."""
    if key == other:
        return 0
    if not key or not other or key[0] != other[0]:
        return None
    n = min(len(key), len(other))
    if n < LONG:
        vowel = (
            n >= _MIN_FUZZY and len(key) != len(other) and key.translate(VOWELS) == other.translate(VOWELS)
        )
        return 1 if vowel and one_edit(key, other) else None
    if one_edit(key, other):
        return 1
    return 3 if len(key) == len(other) and sorted(key) == sorted(other) else None
