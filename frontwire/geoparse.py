"""Toponym recognition and candidate ranking, without NER: gazetteer matching over normalised text.

Reads `Document.text`, the sentence spans and a `Gazetteer`; returns every place mention in text
order as a `PlaceMention` with its candidate `Place`s (best first) and the framing cue ("in",
"near", "east of", "countryside of", "province", ...). Never fails: a text with no places gives ().

The cascade:
1. Tokenise; every run of up to 6 tokens that starts and ends capitalised (Arabic articles and
   "de"/"bin"-style particles may sit inside or in front) is a candidate name.
2. Look all candidate keys up in one batched query (exact folded key, then the article-less key,
   then for names of 5+ letters the consonant skeleton that absorbs transliteration variants).
3. Keep the longest non-overlapping matches. Reject common words unless a strong cue frames them
   ("the village of May"), demonyms and names that introduce an organisation ("Syrian Observatory").
4. Names the gazetteer lacks still become mentions (with no candidates) when a cue frames them:
   "the town of X", "X district", "in X, <known place>".
5. Rank candidates: document country focus (country names, demonyms, unambiguous places, the
   source's "(Kenya)"), co-mentioned admin areas ("X, Y province", "X (Y)"), feature type and
   population, proximity to the other places of the report.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import Gazetteer
from .gazetteer.acled_admin import coded_nearby
from .gazetteer.acled_places import add_acled_candidates
from .gazetteer.cues import (
    ADMIN_CUES,
    FACILITY_AFTER,
    INSTITUTION,
    ORG_AFTER,
    RELATIVE_CUES,
    SETTLEMENT_CUES,
    TITLE_BEFORE,
    TYPE_AFTER,
    frame,
)
from .gazetteer.lexicon import common_words, country_prior, group_names, name_heads, not_places, source_countries
from .gazetteer.names import ARTICLES, fold, skeleton, strip_article
from .model import Document, Place, PlaceMention, Span

__all__ = ["ADMIN_CUES", "RELATIVE_CUES", "country_place", "find_places", "source_countries"]

_TOKEN = re.compile(r"[^\W\d_]+(?:['’`][^\W\d_]+)*")
_JOINABLE_GAP = re.compile(r"^(?:-| )$")  # a spaced dash ("MOGADISHU - A car bomb") ends a name
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
    ]
)
_MAX_TOKENS = 6
_ENGLISH_WORDS = frozenset({"as", "at", "an", "en", "er", "ed", "et", "es"})  # articles only inside a name
_FEATURE_BONUS = {"PPLC": 1.2, "PPLA": 0.9, "PPLA2": 0.6, "PPLA3": 0.4, "PPLA4": 0.3, "PPL": 0.2, "PPLX": 0.1,
                  "ADM1": 0.1, "ADM2": 0.0, "ADM3": -0.1, "CMP": 0.0, "PCLI": -1.0}  # fmt: skip
_CELL = 0.4  # degrees
_ACLED_CODED = 0.6  # score bonus for a candidate ACLED itself has coded events at
_CODED_NEAR = 0.8
_BIG_CITY = 0.8
_ALT_NAME = 0.3  # a record matched by one of its alternate names, not its own  # score bonus for a candidate in a cell block where ACLED has coded events
_MAJOR = frozenset({"PPLC", "PPLA", "ADM1"})  # written many ways, so a skeleton may find them anywhere


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str
    capital: bool


@dataclass(slots=True)
class _Match:
    first: int  # token indexes, inclusive
    last: int
    places: tuple[Place, ...]
    kind: int  # 0 exact, 1 skeleton, 2 unknown name framed by a cue
    cue: str = ""
    strong: bool = False  # a type word frames it ("village of X", "X district")
    vouched: float = 0.0  # focus this name gave its own (only) country: no evidence for itself
    people: bool = False  # an ethnic/communal group's name no cue makes a place ("Pokot raiders")


@lru_cache(maxsize=8)
def _country_names(gazetteer: Gazetteer) -> tuple[dict[str, str], dict[str, str]]:
    """(folded country name/alias -> ISO2, folded demonym -> ISO2)."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for iso2, c in gazetteer.countries().items():
        for alias in (c.name, *c.aliases):
            names.setdefault(fold(alias), iso2)
        for d in c.demonyms:
            demonyms.setdefault(fold(d), iso2)
    return names, demonyms


def country_place(gazetteer: Gazetteer, iso2: str) -> Place:
    """A country as a candidate: no coordinates, so it can never pass for a precise location."""
    c = gazetteer.country(iso2)
    return Place(id=f"country:{iso2}", name=c.name if c else iso2, country=c.name if c else iso2,
                 iso2=iso2, feature="PCLI")  # fmt: skip


# A news dateline at the start of a line: "KABUL, Afghanistan (Reuters) - ", "MOGADISHU — ".
_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:, [A-Z][A-Za-z0-9 .]+?)? ?"
    r"(?:\([^)\n]{1,40}\) ?)?(?:—|–|-) "
)


def _tokenise(text: str) -> list[_Token]:
    tokens = []
    # The dateline's place is written in capitals; it is a name, not an acronym.
    datelines = [(m.start(1), m.end(1)) for m in _DATELINE.finditer(text)]
    for m in _TOKEN.finditer(text):
        word, end = m.group(0), m.end()
        if len(word) > 3 and word[-2] in "'’" and word[-1] == "s":
            word, end = word[:-2], end - 2  # "Afrin's entrances": the place is Afrin
        capital = word[0].isupper()
        if capital and len(word) > 1 and word.isupper():
            # An acronym (OSCE, SMM, ODM) in mixed-case prose is no place; in an all-caps headline it may be.
            around = text[max(0, m.start() - 40) : m.end() + 40]
            capital = not any(ch.islower() for ch in around) or any(a <= m.start() < b for a, b in datelines)
        tokens.append(_Token(m.start(), end, word, capital))
    return tokens


def _candidate_runs(text: str, tokens: list[_Token]) -> list[tuple[int, int, str]]:
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
                if not _JOINABLE_GAP.match(gap):
                    break
                if not tokens[j].capital and tokens[j].text.lower() not in _PARTICLES:
                    break
            if tokens[j].capital:
                runs.append((i, j, text[tok.start : tokens[j].end]))
    return runs


def _lookup_runs(text: str, tokens: list[_Token], runs, gazetteer: Gazetteer, names: dict[str, str],
                 common: frozenset[str]) -> list[_Match]:  # fmt: skip
    keys: dict[tuple[int, int], tuple[str, str, str]] = {}
    for i, j, surface in runs:
        key = fold(surface)
        if len(key) < 3:
            continue
        if i == j and key in common and not frame(text, tokens[i].start, tokens[j].end)[1]:
            continue  # "The", "On", "Police": rejected below anyway, and they match thousands of rows
        bare = strip_article(key)
        letters = sum(ch.isalpha() for ch in key)
        # "In Nairobi", "The Hague": a run led by a common word may match exactly, never by skeleton.
        head = key.split(" ", 1)[0]
        # "Kisii Town": the type word is a cue, not part of a name to guess at by its skeleton.
        guess = letters >= 5 and head not in common and not TYPE_AFTER.match(" " + tokens[j].text)
        sk = skeleton(key, keep_articles=" " not in key) if guess else ""
        # 3-letter skeletons of one word match thousands; of a two-word name ("Ain Issa") far fewer.
        keys[(i, j)] = (key, bare, sk if len(sk) >= 4 or (j > i and len(sk) == 3) else "")
    exact = gazetteer.lookup({k for trio in keys.values() for k in trio[:2] if k})
    add_acled_candidates(gazetteer, exact, {k for trio in keys.values() for k in trio[:2] if k})
    misses = {s for (k, b, s) in keys.values() if s and k not in exact and b not in exact}
    skel = gazetteer.lookup(misses, kind=1) if misses else {}
    matches = []
    for (i, j), (key, bare, sk) in keys.items():
        if key in names:
            continue  # countries are handled on their own
        if key in exact or bare in exact:
            places = exact.get(key, ()) + tuple(p for p in exact.get(bare, ()) if p not in exact.get(key, ()))
            matches.append(_Match(i, j, places, 0))
        elif sk in skel:
            matches.append(_Match(i, j, skel[sk], 1))
    return matches


def _select(matches: list[_Match]) -> list[_Match]:
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


def find_places(doc: Document, sentences: tuple[Span, ...], gazetteer: Gazetteer) -> tuple[PlaceMention, ...]:
    text = doc.text
    tokens = _tokenise(text)
    if not tokens:
        return ()
    names, demonyms = _country_names(gazetteer)
    sentence_starts = {s.start for s in sentences}
    common, blocked = common_words(), not_places()
    runs = _candidate_runs(text, tokens)

    focus: Counter[str] = Counter()
    hearsay: Counter[str] = Counter()  # the part of focus from demonyms ("Israeli forces" in Jenin)
    country_mentions: list[_Match] = []
    demonym_mentions: list[_Match] = []
    masked: set[int] = set()
    for i, j, surface in runs:
        key = fold(surface)
        if key in names:
            country_mentions.append(_Match(i, j, (country_place(gazetteer, names[key]),), 0))
        elif key in demonyms:
            focus[demonyms[key]] += 2
            hearsay[demonyms[key]] += 2
            demonym_mentions.append(_Match(i, j, (country_place(gazetteer, demonyms[key]),), 0, "demonym"))
        elif key in blocked and j > i:
            masked.update(range(i, j + 1))  # "Hayat Tahrir al-Sham": no part of it is a place
    for m in _select(country_mentions):
        focus[m.places[0].iso2] += 3
    for iso2 in _publisher_countries(doc, names):
        focus[iso2] += 2  # "Star (Kenya)", "Citizen Kenya", "Yemen Post": the country in its name
    for iso2 in source_countries(doc):
        focus[iso2] += 1.5

    found = _lookup_runs(text, tokens, runs, gazetteer, names, common)
    groups = group_names()
    for m in found:
        m.people = _uncued_group(text, tokens, m, groups)
    heads = name_heads()
    for m in _select(list(found)):
        countries = {p.iso2 for p in m.places}
        key = fold(text[tokens[m.first].start : tokens[m.last].end])
        if key in blocked or masked.intersection(range(m.first, m.last + 1)):
            continue  # "Friday" is a Nigerian village too: no evidence of anything
        if len(countries) == 1 and m.kind == 0 and key not in heads and key not in common and not m.people:
            focus[next(iter(countries))] += 0.5
            m.vouched += 0.5
    # Skeleton hits are guesses: only believable inside a country the report is about, or for
    # towns big enough to be written many ways ("Deir Ezzor" for Deir ez-Zor).
    for m in found:
        if m.kind == 1:
            m.places = tuple(
                p
                for p in m.places
                if focus.get(p.iso2) or (not focus and (p.feature in _MAJOR or p.population >= 100_000))
            )
    found = [m for m in found if m.places and not masked.intersection(range(m.first, m.last + 1))]
    for m in _select(list(found)):
        # A named province or district ("in Dar'a", "Idleb province") pins the country down; only
        # a name that can stand as one: not a word inside a longer name, a blocked or common word
        # ("Colonia" of "Colonia Primero de Mayo" is a Uruguayan department).
        key = fold(text[tokens[m.first].start : tokens[m.last].end])
        if key in blocked or (m.first == m.last and key in common) or m.people:
            continue
        admin_countries = {p.iso2 for p in m.places if p.feature in ("ADM1", "ADM2")}
        if len(admin_countries) == 1 and m.kind == 0:
            focus[next(iter(admin_countries))] += 1.5
            m.vouched += 1.5 if len({p.iso2 for p in m.places}) == 1 else 0.0
    kept: list[_Match] = []
    for m in _select(found + _select(country_mentions)):
        first, last = tokens[m.first], tokens[m.last]
        key = fold(text[first.start : last.end])
        if m.places and m.places[0].feature == "PCLI":
            m.cue, m.strong = frame(text, first.start, last.end)
            kept.append(m)
            continue
        m.cue, m.strong = frame(text, first.start, last.end)
        single_word = m.first == m.last or (
            m.last == m.first + 1 and tokens[m.first].text.lower() in ARTICLES
        )
        if key in blocked or (strip_article(key) or key) in demonyms or key in demonyms:
            continue
        if single_word and key in common and not m.strong:
            continue  # "May", "Police", "Will": a common word needs "the village of" to be a place
        if first.start in sentence_starts and single_word and not m.strong and m.kind == 1:
            continue
        if TITLE_BEFORE.search(text[max(0, first.start - 20) : first.start]):
            continue
        if ORG_AFTER.match(text[last.end : last.end + 30]) or FACILITY_AFTER.match(
            text[last.end : last.end + 14]
        ):
            continue
        if text[max(0, first.start - 5) : first.start].lower().endswith(("pro-", "anti-", "non-", "ex-")):
            continue  # "pro-Hadi forces": a person or a side, not a place
        if single_word and text[last.end : last.end + 1] == ":":
            continue  # "Theme:", "Region:": a label, not a place
        if (
            m.first > 0
            and fold(tokens[m.first - 1].text) in demonyms
            and _JOINABLE_GAP.match(text[tokens[m.first - 1].end : first.start])
        ):
            continue  # "Syrian Observatory", "Lebanese Hezbollah": an organisation's name
        if (key in name_heads() or strip_article(key) in name_heads()) and _continues(text, tokens, m.last):
            continue  # "Kafr" of "Kafr Lusin": left to the unknown-name pass, which keeps the whole name
        kept.append(m)

    kept = _weak_singles(kept, focus)
    kept = _glued_singles(text, tokens, kept, focus, common, sentence_starts)
    kept = _merge_adjacent(text, tokens, kept)
    kept = _add_unknown(text, tokens, kept, sentence_starts, common, blocked, demonyms)
    # A people's name stands for its homeland only when the report names no place at all
    # ("Pokot raiders kill civilians"); beside a named place it is the actor, not the place.
    if any(not m.people and (not m.places or m.places[0].feature != "PCLI") for m in kept):
        kept = [m for m in kept if not m.people]
    for m in kept:
        countries = {p.iso2 for p in m.places}
        if len(countries) == 1 and m.kind == 0 and m.places[0].feature != "PCLI" and not m.people:
            focus[next(iter(countries))] += 0.5
            m.vouched += 0.5
    # Demonyms are no places, but a report that names only "Kenyan villagers" is still in Kenya:
    # they are passed on (cue "demonym") so the locator can give the country, never coordinates.
    used = {k for m in kept for k in range(m.first, m.last + 1)}
    kept += [m for m in demonym_mentions if m.first not in used]
    kept.sort(key=lambda m: m.first)
    return _rank(text, tokens, kept, focus, hearsay)


def _publisher_countries(doc: Document, names: dict[str, str]) -> set[str]:
    """Countries named inside the publishers' names ("Star (Kenya)", "New Vision Uganda")."""
    found = set()
    for field in (doc.source, doc.original_source):
        for publisher in (field or "").split(";"):
            words = fold(publisher.replace("(", " ").replace(")", " ")).split()
            for n in (3, 2, 1):
                for k in range(len(words) - n + 1):
                    iso2 = names.get(" ".join(words[k : k + n]))
                    if iso2:
                        found.add(iso2)
    return found


# Cues that put a people's name on the map: "in Turkana", "near Pokot", "north of Samburu".
_LOCATIVE = frozenset({"in", "at", "near", "nearby", "into", "inside", "within", "outside", "across", "around",
                       "outskirts", "vicinity", "countryside", "rural", "north", "south", "east", "west",
                       "northern", "southern", "eastern", "western", "km", "kilometres", "kilometers"})  # fmt: skip


def _uncued_group(text: str, tokens: list[_Token], m: _Match, groups: frozenset[str]) -> bool:
    """True for an ethnic or communal group's name ("Pokot raiders", "clashes between Kikuyu and
    Maasai", "Kalenjin youths") that no locative cue or type word makes a place."""
    key = fold(text[tokens[m.first].start : tokens[m.last].end])
    if key not in groups and strip_article(key) not in groups:
        return False
    cue, strong = frame(text, tokens[m.first].start, tokens[m.last].end)
    return not strong and (cue.split() or [""])[0] not in _LOCATIVE


_WEAK_CUES = frozenset({"", "demonym", "of", "on", "to", "from", "towards", "toward"})


def _weak_singles(kept: list[_Match], focus: Counter[str]) -> list[_Match]:
    """One-word names without a locative cue ("Theme:", "Global Research") are weak evidence: a
    skeleton guess needs a cue, and an exact hit keeps only namesakes in the report's countries or
    towns big enough to be meant without one."""
    out = []
    for m in kept:
        if m.first != m.last or (m.places and m.places[0].feature == "PCLI"):
            out.append(m)
            continue
        if m.kind == 1 and m.cue in _WEAK_CUES:
            continue  # "Global Research": a skeleton guess at an English word needs a real cue
        if not m.cue or m.cue == "demonym":
            m.places = tuple(p for p in m.places if focus.get(p.iso2) or p.population >= 10_000)
            if not m.places:
                continue
        out.append(m)
    return out


def _glued_singles(text: str, tokens: list[_Token], kept: list[_Match], focus: Counter[str],
                   common: frozenset[str], starts: set[int]) -> list[_Match]:
    """A one-word hit glued to capitalised words no place match explains ("Kaptein Tea
    Plantation", "Papa Group") is part of a longer name: only namesakes in the countries the
    report points to may stand; a hit abroad, in a report that points elsewhere, is dropped."""
    used = {k for m in kept for k in range(m.first, m.last + 1)}
    out = []
    for m in kept:
        if m.first == m.last and m.places and m.places[0].feature != "PCLI" and not m.strong:
            glued = any(
                0 <= k < len(tokens) and k not in used and tokens[k].capital
                and not (tokens[k].start in starts and tokens[k].text.lower() in common)  # "In Migori"
                and text[min(tokens[k].end, tokens[m.first].end) : max(tokens[k].start, tokens[m.first].start)] == " "
                for k in (m.first - 1, m.first + 1)
            )  # fmt: skip
            if glued:  # what the name gave its own country is no evidence for it
                mine = {p.iso2 for p in m.places}
                own = m.vouched if len(mine) == 1 else 0.0
                supported = {c for c in mine if focus.get(c, 0.0) - own > 0}
                elsewhere = any(n > 0 for c, n in focus.items() if c not in mine)
                if supported:
                    m.places = tuple(p for p in m.places if p.iso2 in supported)
                elif elsewhere:
                    continue  # the report points to other countries: a foreign hit in a longer name
        out.append(m)
    return out


def _merge_adjacent(text: str, tokens: list[_Token], kept: list[_Match]) -> list[_Match]:
    """Two names side by side ("Jub" + "Abyad") are one name the gazetteer lacks: "Jub Abyad"."""
    out: list[_Match] = []
    for m in kept:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.last + 1 == m.first
            and prev.kind != 2
            and m.places
            and prev.places
            and m.places[0].feature != "PCLI"
            and prev.places[0].feature != "PCLI"
            and text[tokens[prev.last].end : tokens[m.first].start] == " "
        ):
            out[-1] = _Match(prev.first, m.last, (), 2, prev.cue, prev.strong)
            continue
        out.append(m)
    return out


def _continues(text: str, tokens: list[_Token], last: int) -> bool:
    """True when the capitalised name goes on after token `last` (and is not a type word)."""
    if last + 1 >= len(tokens) or not tokens[last + 1].capital:
        return False
    gap = text[tokens[last].end : tokens[last + 1].start]
    return bool(_JOINABLE_GAP.match(gap)) and not TYPE_AFTER.match(" " + tokens[last + 1].text)


_INSIDE_KNOWN = re.compile(r" in (?:the )?")
_ADMIN_FRAME = re.compile(r" ?\((?:[A-Z][\w'’ -]*), ?[A-Z][\w'’ -]*\)")  # "X (Admin2, Admin1)"


def _add_unknown(text, tokens, kept, sentence_starts, common, blocked, demonyms) -> list[_Match]:
    """Names absent from the gazetteer that a cue frames as places: no candidates, text kept."""
    used = {k for m in kept for k in range(m.first, m.last + 1)}
    start_index = {t.start: i for i, t in enumerate(tokens)}
    out = list(kept)
    for i, tok in enumerate(tokens):
        if i in used or not tok.capital:
            continue
        j = i
        while (
            j + 1 < len(tokens)
            and j + 1 not in used
            and tokens[j + 1].capital
            and j - i < 3
            and _JOINABLE_GAP.match(text[tokens[j].end : tokens[j + 1].start])
        ):
            j += 1
        key = fold(text[tok.start : tokens[j].end])
        if key in blocked or (i == j and key in common):
            continue
        if TITLE_BEFORE.search(text[max(0, tok.start - 20) : tok.start]):
            continue  # "president Kibaki in Kisumu": a person
        cue, strong = frame(text, tok.start, tokens[j].end)
        after = text[tokens[j].end : tokens[j].end + 3]
        framed_by_known = (
            cue in ("in", "at", "near")
            and after[:1] in ",("
            and (j + 1) in used
            and tok.start not in sentence_starts
        )
        # "attacked Jaldesa (Marsabit county)", "in Kithirune (Central Imenti, Meru)": ACLED's
        # "Place (Admin2, Admin1)" frame names a place whatever the verb before it.
        paren = text[tokens[j].end : tokens[j].end + 2].lstrip()[:1] == "(" and any(
            k in used for k in range(j + 1, min(j + 4, len(tokens)))
        )
        framed_by_known = framed_by_known or (paren and tok.start not in sentence_starts)
        # "shelled Fleifel in Idleb countryside", "Keylong in Lahaul": a name placed inside a
        # known place is one too; "(Salaxaad, Somali region)": ACLED's admin frame, known or not.
        inside = _INSIDE_KNOWN.match(text, tokens[j].end)
        institution = any(
            INSTITUTION.match(" " + tokens[k].text) or ORG_AFTER.match(" " + tokens[k].text)
            for k in range(i, j + 1)
        )  # "Mucharage Girls Secondary School in Othaya", "Produce Board in Nairobi"
        if inside and tok.start not in sentence_starts and key not in demonyms and not institution:
            nxt = start_index.get(inside.end())
            framed_by_known = framed_by_known or (nxt is not None and nxt in used)
        if tok.start not in sentence_starts and _ADMIN_FRAME.match(text, tokens[j].end):
            framed_by_known = True
        # "in Dandora (Nairobi)" / "in Kisauni, Mombasa": the next mention contains this one.
        headed = key.split(" ", 1)[0] in name_heads() and j > i  # "Kafr Lusin": a place by its form
        if strong or framed_by_known or headed:
            out.append(_Match(i, j, (), 2, cue, strong))
            used |= set(range(i, j + 1))
    return sorted(out, key=lambda m: m.first)


def _abroad_only(m: _Match, places: tuple[Place, ...], focus: Counter[str], hearsay: Counter[str]) -> bool:
    """True when the report points to countries none of these candidates lie in. A name is no
    evidence for itself ("Abu Rasin" in a report on Al-Hasakeh: only Iraqi namesakes), so what it
    gave its own country is taken out; one other village is weak evidence and only outvotes
    namesakes spread over several countries; a country, province or publisher outvotes any, a
    demonym never ("Israeli forces raided Jenin": foreign forces are no place)."""
    mine = {p.iso2 for p in places}
    vouched_for = next(iter(mine)) if len(mine) == 1 else ""
    others = {c: n - (m.vouched if c == vouched_for else 0.0) for c, n in focus.items()}
    if any(others.get(c, 0.0) > 0 for c in mine):
        return False
    strongest = max((n - hearsay.get(c, 0.0) for c, n in others.items()), default=0.0)
    if strongest >= 1.5:
        return True
    # A city of 100,000+ among the namesakes ("Santiago") is not outvoted by one stray village.
    return strongest > 0 and len(mine) > 1 and not any(p.population >= 100_000 for p in places)


def _rank(
    text: str, tokens: list[_Token], kept: list[_Match], focus: Counter[str], hearsay: Counter[str]
) -> tuple[PlaceMention, ...]:
    total = sum(focus.values()) or 1
    share = {iso2: n / total for iso2, n in focus.items()}
    mentioned = {fold(text[tokens[m.first].start : tokens[m.last].end]) for m in kept}
    mentioned |= {strip_article(k) for k in mentioned if strip_article(k)}

    def container_key(idx: int) -> str:
        """The folded name right after this mention as "X, Y" or "X (Y)": Y likely contains X."""
        if idx + 1 >= len(kept):
            return ""
        m, n = kept[idx], kept[idx + 1]
        gap = text[tokens[m.last].end : tokens[n.first].start]
        # Only a short gap: "X, Y", "X (Y", "X, in Y"; ", a man was found dead in Y" is no container.
        if gap.strip() in (",", "(", ", in", "in", ", (") or (gap.strip().startswith(",") and len(gap) <= 6):
            return fold(text[tokens[n.first].start : tokens[n.last].end])
        return ""

    prior = country_prior()

    def score(
        p: Place, m: _Match, container: str, others: Counter | None, mine: Place | None = None
    ) -> float:
        s = 3.0 * share.get(p.iso2, 0.0) + 0.8 * prior.get(p.iso2, 0.0)
        # A place's own name is no evidence for it: "Basira" sub-district of the village Basira.
        own = fold(text[tokens[m.first].start : tokens[m.last].end])
        admins = {fold(p.admin1), fold(p.admin2), fold(p.admin3)} - {"", own, strip_article(own)}
        if container and (container in admins or strip_article(container) in admins):
            s += 2.5
        elif admins & mentioned:
            s += 1.0
        s += _FEATURE_BONUS.get(p.feature, 0.1 if p.feature.startswith("PPL") else 0.0)
        cue_words = m.cue.split()
        admin = p.feature.startswith("ADM")
        admin_cued = any(c in cue_words for c in ADMIN_CUES)
        if admin_cued:
            s += 1.5 if admin else 0.0
        elif any(c in cue_words for c in SETTLEMENT_CUES):
            s += -1.0 if admin else 0.5
        if p.population and not admin:
            s += math.log10(p.population + 1) / 6.0
            # A city of 100,000+ is what a bare name means ("La Paz", "San Salvador") unless the
            # report points elsewhere: its villages namesakes are many, it is one.
            s += _BIG_CITY if p.population >= 100_000 and not admin_cued else 0.0
        if not p.name.isascii() and fold(p.name).isascii() is False:
            s -= 0.05  # prefer the record with a Latin primary name among duplicates
        if m.kind == 1:
            s -= 0.5
        elif fold(p.name) not in (own, strip_article(own)) and strip_article(fold(p.name)) != strip_article(own):
            s -= _ALT_NAME  # found under an alternate name ("Sujawal", once part of Thatta district)
        if p.id.startswith("acled:"):
            s += _ACLED_CODED  # ACLED has coded events under this name here: a strong prior
        elif p.feature != "PCLI":
            s += _CODED_NEAR * min(coded_nearby(p.iso2, p.latitude, p.longitude), 3) / 3
        if others is not None and p.latitude is not None and p.longitude is not None:
            cy, cx = int(p.latitude // _CELL), int(p.longitude // _CELL)
            near = sum(others.get((cy + dy, cx + dx), 0) for dy in (-1, 0, 1) for dx in (-1, 0, 1))
            if mine is not None and mine.latitude is not None and mine.longitude is not None:
                oy, ox = int(mine.latitude // _CELL), int(mine.longitude // _CELL)
                near -= 1 if abs(oy - cy) <= 1 and abs(ox - cx) <= 1 else 0
            s += 0.8 if near > 0 else 0.0
        return s

    first_pass: list[Place | None] = []
    shortlists: list[tuple[Place, ...]] = []
    containers = [container_key(idx) for idx in range(len(kept))]
    for idx, m in enumerate(kept):
        cands = sorted(m.places, key=lambda p: -score(p, m, containers[idx], None))
        first_pass.append(cands[0] if cands else None)
        shortlists.append(tuple(cands[:15]))  # proximity only reorders a shortlist
    # Proximity on a grid of ~0.4 degree cells: "near another place of this report" in O(1).
    cells: Counter[tuple[int, int]] = Counter()
    for p in first_pass:
        if p is not None and p.feature != "PCLI" and p.latitude is not None and p.longitude is not None:
            cells[(int(p.latitude // _CELL), int(p.longitude // _CELL))] += 1
    result = []
    for idx, m in enumerate(kept):
        places = shortlists[idx]
        outer = first_pass[idx + 1] if containers[idx] and idx + 1 < len(kept) else None
        if outer is not None and places and places[0].feature != "PCLI":
            # "Sahwa in Dar'a": a Sahwa outside Dar'a's country is another Sahwa; if the gazetteer
            # knows none inside, the name is one it lacks (kept as text, placed by its container).
            places = tuple(p for p in places if p.iso2 == outer.iso2)
        if outer is not None and not places and m.places:
            places = tuple(p for p in m.places if p.iso2 == outer.iso2)[:15]
        if places and places[0].feature != "PCLI" and _abroad_only(m, places, focus, hearsay):
            # Namesakes abroad only ("al-Kasara" in a report on Yemen: India, Bangladesh,
            # Morocco): the report's own place the gazetteer lacks, placed by its context;
            # unless nothing frames it as a place ("closed as Nasa demonstrators marched").
            if m.cue in _WEAK_CUES and not m.strong:
                continue
            places = ()
        own = first_pass[idx]
        cands = sorted(places, key=lambda p: -score(p, m, containers[idx], cells, own))[:12]
        span = Span.of(text, tokens[m.first].start, tokens[m.last].end)
        result.append(PlaceMention(span=span, candidates=tuple(cands), cue=m.cue))
    return tuple(result)
