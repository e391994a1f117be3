"""Landform, park and camp names for geoparse: "Sambisa Forest", "Virunga National Park", "Mount Elgon".

Reads the text, its tokens, the matches kept so far and the report's country focus; returns the
matches to keep. Writes nothing; never fails. The words that open or close such a name live in
data/gazetteer/landform_words.txt ("Mount", "Forest", "National Park", "Island", "Refugee Camp").

Why: the gazetteer indexes settlements and admin areas, rarely forests, parks or hills, so the
longest match used to be a word inside the name ("Kara" of "Kara Forest" read as Togo's Kara,
"National Park" of "Virunga National Park" as a New Jersey borough) or nothing at all ("Sambisa
Forest", "Mount Elgon"). ACLED writes such a place under its whole name. A name the gazetteer
knows whole is left alone, and so is an inner hit whose country the report already points to
("Mount Sinjar" in a report on Iraq keeps Sinjar's coordinates); otherwise the whole name
becomes one place the gazetteer lacks (no candidates, its text kept).
"""

from __future__ import annotations

from collections import Counter

from .gazetteer.cues import TYPE_AFTER, frame
from .gazetteer.lexicon import landform_words
from .gazetteer.names import fold
from .geo_tokens import Match, Token

__all__ = ["landform_names"]

_AREAS = frozenset({"PCLI", "ADM1", "ADM2"})
_NAME_WORDS = 3  # at most this many capitalised words before "Forest" / after "Mount"


def _joined(text: str, tokens: list[Token], k: int) -> bool:
    """True when token k+1 follows token k across a single space and is capitalised."""
    return text[tokens[k].end : tokens[k + 1].start] == " " and tokens[k + 1].capital


def _spans(text: str, tokens: list[Token], common: frozenset[str]) -> list[tuple[int, int, int, int]]:
    """(first, last, first_word, last_word) token spans of the landform names written in the text
    and of their landform word ("Forest", "National Park", "Mount")."""
    opening, closing = landform_words()
    spans = []
    n = len(tokens)
    for a, tok in enumerate(tokens):
        if not tok.capital:
            continue
        for size in (2, 1):
            b = a + size - 1
            if b >= n or any(not _joined(text, tokens, k) for k in range(a, b)):
                continue
            phrase = tuple(fold(t.text) for t in tokens[a : b + 1])
            if phrase in closing:
                k = a
                # "in the Kara Forest", "In Sambisa Forest": name words, not articles or common words
                while k > 0 and a - k < _NAME_WORDS and _joined(text, tokens, k - 1) and tokens[k - 1].capital \
                        and tokens[k - 1].text.lower() not in common:  # fmt: skip
                    k -= 1
                if k < a:
                    spans.append((k, b, a, b))
                break
            if phrase in opening:
                k = b
                while k + 1 < n and k - b < _NAME_WORDS and _joined(text, tokens, k) \
                        and tokens[k + 1].text.lower() not in common:  # fmt: skip
                    k += 1
                if k > b:
                    spans.append((a, k, a, b))
                break
    return spans


def _settled(kept: list[Match], skip: Match | None, landforms: list[Match]) -> bool:
    """True when the report names a settlement, known or framed as a place ("at Parisu (Abadam
    LGA, Borno)"): a landform around it is only its setting (a province or country named beside
    the landform is not: it holds the landform)."""
    return any(
        m is not skip and all(m is not f for f in landforms) and m.cue != "demonym"
        and (m.places[0].feature not in _AREAS if m.places else m.kind == 2)
        for m in kept
    )  # fmt: skip


def landform_names(text: str, tokens: list[Token], kept: list[Match], focus: Counter[str],
                   common: frozenset[str]) -> list[Match]:  # fmt: skip
    """The kept matches with each landform name the gazetteer lacks read whole (see the module doc)."""
    out = list(kept)
    added: list[Match] = []
    for first, last, first_word, last_word in _spans(text, tokens, common):
        inner = [m for m in out if first <= m.first and m.last <= last]
        if any(m.first <= first and last <= m.last and (m.first, m.last) != (first, last) or
               (m.first < first <= m.last) or (m.first <= last < m.last) for m in out):  # fmt: skip
            continue  # part of a longer name, or a name running across it: not ours to cut
        whole = next((m for m in inner if m.first == first and m.last == last), None)
        if whole is not None and all(p.id.startswith("landmark:") for p in whole.places) and _settled(out, whole, added):
            out.remove(whole)  # "at Parisu (Abadam LGA, Borno) in Sambisa Forest": the town is where
            continue
        if whole is not None or any(m.first < first_word <= m.last or m.first <= last_word < m.last for m in inner):
            continue  # the gazetteer knows it whole, or knows a landform inside ("Kenya's Rift Valley")
        if TYPE_AFTER.match(text[tokens[last].end : tokens[last].end + 30]):
            continue  # "South West Khasi Hills district": an admin unit named after the landform
        if any(m.cue == "demonym" or (m.places and m.places[0].feature == "PCLI") for m in inner):
            continue  # "Mount Kenya", "Solomon Islands": the country's name inside stays a country
        if inner and all(
            m.kind == 0 and any(focus.get(p.iso2, 0.0) - m.vouched > 0 for p in m.places) for m in inner
        ):
            # "Mount Sinjar" in a report on Iraq: the namesake's point is the best there is, but
            # only namesakes in the report's countries ("Kara Forest" in Borno is no Togolese town);
            # the inner word may have pointed to its own namesake's country ("Kara", a Togolese
            # region): the country the report points to most wins.
            for m in inner:
                best = max(focus.get(p.iso2, 0.0) for p in m.places)
                m.places = tuple(p for p in m.places if focus.get(p.iso2, 0.0) == best)
            continue
        out = [m for m in out if m not in inner]
        if _settled(out, None, added):
            continue  # "at Parisu (Abadam LGA, Borno) in Sambisa Forest": the known town is where
        cue, _ = frame(text, tokens[first].start, tokens[last].end)
        added.append(Match(first, last, (), 2, cue, True))
        out.append(added[-1])
    return sorted(out, key=lambda m: m.first)
