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
from .gazetteer.admin import data_file
from .gazetteer.names import ARTICLES, fold, skeleton, strip_article
from .model import Document, Place, PlaceMention, Span

__all__ = ["ADMIN_CUES", "RELATIVE_CUES", "country_place", "find_places", "source_countries"]

_TOKEN = re.compile(r"[^\W\d_]+(?:['’`][^\W\d_]+)*")
_JOINABLE_GAP = re.compile(r"^(?: ?- ?| )$")
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
_STRONG_BEFORE = re.compile(
    r"\b(?:town|city|village|villages|area|district|sub-district|subdistrict|neighbou?rhood|suburb|locality|settlement|"
    r"camp|hamlet|county|sub-county|province|governorate|region|municipality|estate|market|ward|division)"
    r"s? of (?:the )?$",
    re.IGNORECASE,
)
_TYPE_AFTER = re.compile(
    r"^ ?(?:-)?(province|governorate|district|sub-district|county|sub-county|region|state|village|town|city|"
    r"camp|area|neighbou?rhood|ward|estate|division|location|municipality|countryside|suburb|market|"
    r"constituency|prefecture|department|oblast|raion)s?\b",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(
    r"\b((?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?(?: of| outskirts of)?|"
    r"near|nearby|outside|outskirts of|close to|vicinity of|countryside of|rural|around|between|suburbs? of|"
    r"(?:north|south|east|west)(?:ern)? countryside of|km (?:north|south|east|west)[a-z-]* of|"
    r"kilometres? (?:north|south|east|west)[a-z-]* of|kilometers? (?:north|south|east|west)[a-z-]* of|"
    r"parts? of|areas? of|road to|road between|highway|countryside)"
    r"(?: the)?(?: (?:town|city|village|area|district|province|governorate|region|county) of)?(?: the)? $",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(in|at|from|into|to|on|of|across|inside|within|towards?)(?: the)? $", re.IGNORECASE
)
_TITLE_BEFORE = re.compile(r"\b(?:President|Governor|Minister|Mr|Mrs|Ms|Dr|Gen|General|Sheikh|Imam|MP|Senator|"
                           r"Commander|Colonel|Col|Chief|Bishop|Pastor|Mayor|Senator|Hon)\.? $")  # fmt: skip
# A place name followed by one of these names a facility ("Rabin Square", "Kenyatta Hospital").
_FACILITY_AFTER = re.compile(
    r"^ (?:[Ss]quare|[Ss]treet|St\b|[Rr]oad|[Aa]venue|[Bb]ridge|[Jj]unction|[Rr]oundabout|[Hh]ospital|[Ss]chool|"
    r"[Uu]niversity|[Cc]ollege|[Mm]osque|[Cc]hurch|[Ss]tadium|[Pp]rison|[Hh]otel|[Mm]all|[Pp]ark|[Gg]roup|"
    r"[Cc]ompany|[Bb]ank|[Ff]oundation|[Ii]nstitute|[Bb]arracks|[Ss]econdary|[Pp]rimary|[Aa]cademy|"
    r"[Pp]olytechnic|[Ss]tation|[Ff]actory|[Hh]ighway|[Mm]otel)\b"
)
# Words that turn a preceding place name into an organisation or a person's affiliation.
_ORG_AFTER = re.compile(
    r"^ (?:Observatory|Armed|Army|Forces?|Police|Government|Ministry|Defen[cs]e|Navy|Air Force|Embassy|"
    r"Airlines|Airways|Broadcasting|News|Times|Post|Daily|Tribune|Herald|Standard|Network|Party|"
    r"Democratic Forces|National Army|Red Crescent|Revolutionary|Guard|Coast Guard|Cup|League|Division|"
    r"Brigades?|Corps|Front|Battalions?|Movement|Council|Militia|Regiment|Republican|Liberation)\b"
)
RELATIVE_CUES = ("near", "outside", "outskirts", "close", "vicinity", "countryside", "around", "between",
                 "north", "south", "east", "west", "rural", "suburb", "km", "kilomet", "part", "area",
                 "road", "highway")  # fmt: skip
ADMIN_CUES = frozenset({"province", "governorate", "district", "sub-district", "county", "sub-county", "region",
                        "state", "constituency", "prefecture", "department", "oblast", "raion", "division",
                        "municipality", "ward"})  # fmt: skip
_FEATURE_BONUS = {"PPLC": 1.2, "PPLA": 0.9, "PPLA2": 0.6, "PPLA3": 0.4, "PPLA4": 0.3, "PPL": 0.2, "PPLX": 0.1,
                  "ADM1": 0.1, "ADM2": 0.0, "ADM3": -0.1, "CMP": 0.0, "PCLI": -1.0}  # fmt: skip
_CELL = 0.4  # degrees
_MAJOR = frozenset({"PPLC", "PPLA", "ADM1"})  # written many ways, so a skeleton may find them anywhere
_SETTLEMENT_CUES = frozenset({"town", "village", "city", "camp", "neighbourhood", "neighborhood", "suburb",
                              "settlement", "hamlet", "locality", "market"})  # fmt: skip


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


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    words = set(data_file("common_words.txt").read_text(encoding="utf-8").split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    lines = data_file("not_places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(x) for x in lines if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def _source_table() -> dict[str, str]:
    rows = data_file("source_country.tsv").read_text(encoding="utf-8").splitlines()
    return dict(r.split("\t", 1) for r in rows if "\t" in r)


def source_countries(doc: Document) -> tuple[str, ...]:
    """ISO2 of the countries the document's publishers report on ("Star (Kenya)", "Daily Nation")."""
    found: list[str] = []
    table = _source_table()
    for field in (doc.source, doc.original_source):
        for src in (field or "").split(";"):
            iso2 = table.get(fold(src))
            if iso2 and iso2 not in found:
                found.append(iso2)
    return tuple(found)


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    lines = data_file("name_heads.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def _country_prior() -> dict[str, float]:
    """ISO2 -> 0..1, log-scaled share of ACLED events: a weak tie-breaker between same-named places."""
    counts = {}
    for line in data_file("country_prior.tsv").read_text(encoding="utf-8").splitlines():
        iso2, _, n = line.partition("\t")
        counts[iso2] = math.log1p(int(n))
    top = max(counts.values(), default=1.0)
    return {iso2: v / top for iso2, v in counts.items()}


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


def _tokenise(text: str) -> list[_Token]:
    tokens = []
    for m in _TOKEN.finditer(text):
        word, end = m.group(0), m.end()
        if len(word) > 3 and word[-2] in "'’" and word[-1] == "s":
            word, end = word[:-2], end - 2  # "Afrin's entrances": the place is Afrin
        capital = word[0].isupper()
        if capital and len(word) > 1 and word.isupper():
            # An acronym (OSCE, SMM, ODM) in mixed-case prose is no place; in an all-caps headline it may be.
            around = text[max(0, m.start() - 40) : m.end() + 40]
            capital = not any(ch.islower() for ch in around)
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
        if i == j and key in common and not _frame(text, tokens[i].start, tokens[j].end)[1]:
            continue  # "The", "On", "Police": rejected below anyway, and they match thousands of rows
        bare = strip_article(key)
        letters = sum(ch.isalpha() for ch in key)
        # "In Nairobi", "The Hague": a run led by a common word may match exactly, never by skeleton.
        head = key.split(" ", 1)[0]
        guess = letters >= 5 and head not in common
        sk = skeleton(key, keep_articles=" " not in key) if guess else ""
        keys[(i, j)] = (key, bare, sk if len(sk) >= 4 else "")  # 3-letter skeletons match thousands
    exact = gazetteer.lookup({k for trio in keys.values() for k in trio[:2] if k})
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


def _frame(text: str, start: int, end: int) -> tuple[str, bool]:
    """The cue framing text[start:end] and whether it is a strong (type-word) frame."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 30]
    type_after = _TYPE_AFTER.match(after)
    rel = _RELATIVE_BEFORE.search(before)
    strong_before = _STRONG_BEFORE.search(before)
    if rel:
        cue = rel.group(1).lower()
    elif type_after:
        cue = type_after.group(1).lower()
    elif strong_before:
        cue = strong_before.group(0).split()[0].lower()
    else:
        prep = _PREPOSITION_BEFORE.search(before)
        cue = prep.group(1).lower() if prep else ""
    if type_after and cue != type_after.group(1).lower() and type_after.group(1).lower() in ADMIN_CUES:
        cue = f"{cue} {type_after.group(1).lower()}"  # "northern ... province": keep both
    return cue, bool(type_after or strong_before)


def find_places(doc: Document, sentences: tuple[Span, ...], gazetteer: Gazetteer) -> tuple[PlaceMention, ...]:
    text = doc.text
    tokens = _tokenise(text)
    if not tokens:
        return ()
    names, demonyms = _country_names(gazetteer)
    sentence_starts = {s.start for s in sentences}
    common, blocked = _common_words(), _not_places()
    runs = _candidate_runs(text, tokens)

    focus: Counter[str] = Counter()
    country_mentions: list[_Match] = []
    demonym_mentions: list[_Match] = []
    for i, j, surface in runs:
        key = fold(surface)
        if key in names:
            country_mentions.append(_Match(i, j, (country_place(gazetteer, names[key]),), 0))
        elif i == j and key in demonyms:
            focus[demonyms[key]] += 2
            demonym_mentions.append(_Match(i, j, (country_place(gazetteer, demonyms[key]),), 0, "demonym"))
    for m in _select(country_mentions):
        focus[m.places[0].iso2] += 3
    source = f"{doc.source or ''} {doc.original_source or ''}"
    for iso2_key in {fold(x) for x in re.findall(r"\(([^)]+)\)", source)}:
        if iso2_key in names:
            focus[names[iso2_key]] += 2
    for iso2 in source_countries(doc):
        focus[iso2] += 1.5

    found = _lookup_runs(text, tokens, runs, gazetteer, names, common)
    heads = _name_heads()
    for m in found:
        countries = {p.iso2 for p in m.places}
        key = fold(text[tokens[m.first].start : tokens[m.last].end])
        if len(countries) == 1 and m.kind == 0 and key not in heads and key not in common:
            focus[next(iter(countries))] += 0.5
    # Skeleton hits are guesses: only believable inside a country the report is about, or for
    # towns big enough to be written many ways ("Deir Ezzor" for Deir ez-Zor).
    for m in found:
        if m.kind == 1:
            m.places = tuple(
                p
                for p in m.places
                if focus.get(p.iso2) or (not focus and (p.feature in _MAJOR or p.population >= 100_000))
            )
    found = [m for m in found if m.places]
    for m in found:
        # A named province or district ("in Dar'a", "Idleb province") pins the country down.
        admin_countries = {p.iso2 for p in m.places if p.feature in ("ADM1", "ADM2")}
        if len(admin_countries) == 1 and m.kind == 0:
            focus[next(iter(admin_countries))] += 1.5
    kept: list[_Match] = []
    for m in _select(found + _select(country_mentions)):
        first, last = tokens[m.first], tokens[m.last]
        key = fold(text[first.start : last.end])
        if m.places and m.places[0].feature == "PCLI":
            m.cue, m.strong = _frame(text, first.start, last.end)
            kept.append(m)
            continue
        m.cue, m.strong = _frame(text, first.start, last.end)
        single_word = m.first == m.last or (
            m.last == m.first + 1 and tokens[m.first].text.lower() in ARTICLES
        )
        if key in blocked or (strip_article(key) or key) in demonyms or key in demonyms:
            continue
        if single_word and key in common and not m.strong:
            continue  # "May", "Police", "Will": a common word needs "the village of" to be a place
        if first.start in sentence_starts and single_word and not m.strong and m.kind == 1:
            continue
        if _TITLE_BEFORE.search(text[max(0, first.start - 20) : first.start]):
            continue
        if _ORG_AFTER.match(text[last.end : last.end + 30]) or _FACILITY_AFTER.match(
            text[last.end : last.end + 14]
        ):
            continue
        if text[max(0, first.start - 5) : first.start].lower().endswith(("pro-", "anti-", "non-", "ex-")):
            continue  # "pro-Hadi forces": a person or a side, not a place
        if (
            m.first > 0
            and fold(tokens[m.first - 1].text) in demonyms
            and _JOINABLE_GAP.match(text[tokens[m.first - 1].end : first.start])
        ):
            continue  # "Syrian Observatory", "Lebanese Hezbollah": an organisation's name
        if (key in _name_heads() or strip_article(key) in _name_heads()) and _continues(text, tokens, m.last):
            continue  # "Kafr" of "Kafr Lusin": left to the unknown-name pass, which keeps the whole name
        kept.append(m)

    kept = _add_unknown(text, tokens, kept, sentence_starts, common, blocked)
    for m in kept:
        countries = {p.iso2 for p in m.places}
        if len(countries) == 1 and m.kind == 0 and m.places[0].feature != "PCLI":
            focus[next(iter(countries))] += 0.5
    # Demonyms are no places, but a report that names only "Kenyan villagers" is still in Kenya:
    # they are passed on (cue "demonym") so the locator can give the country, never coordinates.
    used = {k for m in kept for k in range(m.first, m.last + 1)}
    kept += [m for m in demonym_mentions if m.first not in used]
    kept.sort(key=lambda m: m.first)
    return _rank(text, tokens, kept, focus)


def _continues(text: str, tokens: list[_Token], last: int) -> bool:
    """True when the capitalised name goes on after token `last` (and is not a type word)."""
    if last + 1 >= len(tokens) or not tokens[last + 1].capital:
        return False
    gap = text[tokens[last].end : tokens[last + 1].start]
    return bool(_JOINABLE_GAP.match(gap)) and not _TYPE_AFTER.match(" " + tokens[last + 1].text)


def _add_unknown(text, tokens, kept, sentence_starts, common, blocked) -> list[_Match]:
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
        cue, strong = _frame(text, tok.start, tokens[j].end)
        after = text[tokens[j].end : tokens[j].end + 3]
        framed_by_known = (
            cue in ("in", "at", "near")
            and after[:1] in ",("
            and (j + 1) in used
            and tok.start not in sentence_starts
        )
        # "in Dandora (Nairobi)" / "in Kisauni, Mombasa": the next mention contains this one.
        headed = key.split(" ", 1)[0] in _name_heads() and j > i  # "Kafr Lusin": a place by its form
        if strong or framed_by_known or headed:
            out.append(_Match(i, j, (), 2, cue, strong))
            used |= set(range(i, j + 1))
    del start_index
    return sorted(out, key=lambda m: m.first)


def _rank(
    text: str, tokens: list[_Token], kept: list[_Match], focus: Counter[str]
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
        if gap.strip() in (",", "(", ", in", "in") or gap.strip().startswith(","):
            return fold(text[tokens[n.first].start : tokens[n.last].end])
        return ""

    prior = _country_prior()

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
        if any(c in cue_words for c in ADMIN_CUES):
            s += 1.5 if admin else 0.0
        elif any(c in cue_words for c in _SETTLEMENT_CUES):
            s += -1.0 if admin else 0.5
        if p.population and not admin:
            s += math.log10(p.population + 1) / 6.0
        if not p.name.isascii() and fold(p.name).isascii() is False:
            s -= 0.05  # prefer the record with a Latin primary name among duplicates
        if m.kind == 1:
            s -= 0.5
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
        own = first_pass[idx]
        cands = sorted(places, key=lambda p: -score(p, m, containers[idx], cells, own))[:12]
        span = Span.of(text, tokens[m.first].start, tokens[m.last].end)
        result.append(PlaceMention(span=span, candidates=tuple(cands), cue=m.cue))
    return tuple(result)
