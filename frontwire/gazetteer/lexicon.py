"""Word lists around place names, loaded once per process from frontwire/data/gazetteer/.

Reads common_words.txt (words seen lowercase in prose), not_places.txt (calendar words, titles,
organisations named like places), name_heads.txt (generic first words of Arabic/Persian names),
country_prior.tsv (events per country), source_country.tsv (publishers' home countries) and
group_names.txt (ethnic and communal groups, "Pokot", "Kikuyu": places only when cued) and
admin_abbreviations.tsv ("J&K", "UP", "AJK", "DRC": the country they point to) and
country_aliases.tsv (country names of news prose the index lacks: "Congo") and
landform_words.txt (words that open or close a landform's or camp's name: "Mount", "Forest") and
droppable_heads.txt (first words a name is written with or without: "Qaryat", "Bir", "Wadi").
Writes nothing. A missing file is a broken installation and raises OSError.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..model import Document
from .admin import data_file
from .names import fold

__all__ = [
    "abbreviated_areas",
    "abbreviated_countries",
    "blocked_phrases",
    "common_words",
    "country_aliases",
    "country_prior",
    "droppable_heads",
    "group_names",
    "landform_words",
    "name_heads",
    "not_places",
    "source_countries",
]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    words = set(data_file("common_words.txt").read_text(encoding="utf-8").split())
    return frozenset(words)


@lru_cache(maxsize=1)
def droppable_heads() -> frozenset[str]:
    lines = data_file("droppable_heads.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(x) for x in lines if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    lines = data_file("not_places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(x) for x in lines if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def blocked_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Blocked phrases of several words ("save the children"), by first word: a name run stops at
    a lowercase word, so these are matched word by word over the tokens instead."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in not_places():
        words = tuple(phrase.split())
        if len(words) > 1:
            out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def landform_words() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """(phrases that open a landform's name, phrases that close one), each a tuple of folded words."""
    opening: set[tuple[str, ...]] = set()
    closing: set[tuple[str, ...]] = set()
    for line in data_file("landform_words.txt").read_text(encoding="utf-8").splitlines():
        side, _, words = line.partition(":")
        if line.startswith("#") or not words.strip():
            continue
        (opening if side.strip() == "open" else closing).add(tuple(fold(words).split()))
    return frozenset(opening), frozenset(closing)


@lru_cache(maxsize=1)
def group_names() -> frozenset[str]:
    lines = data_file("group_names.txt").read_text(encoding="utf-8").splitlines()
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
def name_heads() -> frozenset[str]:
    lines = data_file("name_heads.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def country_aliases() -> dict[str, str]:
    """Folded country alias -> ISO2, for names the index's country table lacks ("Congo" -> CD)."""
    table = {}
    for line in data_file("country_aliases.tsv").read_text(encoding="utf-8").splitlines():
        alias, _, iso2 = line.partition("\t")
        if iso2 and not line.startswith("#"):
            table[fold(alias)] = iso2.strip()
    return table


@lru_cache(maxsize=1)
def country_prior() -> dict[str, float]:
    """ISO2 -> 0..1, log-scaled share of ACLED events: a weak tie-breaker between same-named places."""
    counts = {}
    for line in data_file("country_prior.tsv").read_text(encoding="utf-8").splitlines():
        iso2, _, n = line.partition("\t")
        counts[iso2] = math.log1p(int(n))
    top = max(counts.values(), default=1.0)
    return {iso2: v / top for iso2, v in counts.items()}


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern[str] | None, dict[str, str], dict[str, str]]:
    """(pattern, abbreviation -> ISO2, abbreviation -> folded name of what it names)."""
    table: dict[str, str] = {}
    named: dict[str, str] = {}
    for line in data_file("admin_abbreviations.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and not line.startswith("#"):
            table[fields[0]] = fields[1]
            named[fields[0]] = fold(fields[2]) if len(fields) >= 3 else ""
    if not table:
        return None, table, named
    alternatives = "|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w&])(?:{alternatives})(?![\w&])"), table, named


def abbreviated_countries(text: str) -> list[str]:
    """ISO2 of each country or province abbreviation in the text ("J&K" -> IN), in order."""
    pattern, table, _ = _abbreviations()
    return [table[m.group(0)] for m in pattern.finditer(text)] if pattern else []


def abbreviated_areas(text: str) -> set[str]:
    """Folded names of the provinces the text writes abbreviated ("(Haveli district, AJK)" ->
    "azad jammu and kashmir"): as good as the written name for placing the names around them."""
    pattern, _, named = _abbreviations()
    return {named[m.group(0)] for m in pattern.finditer(text) if named[m.group(0)]} if pattern else set()
