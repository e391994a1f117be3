"""Word lists around place names, loaded once per process from frontwire/data/gazetteer/.

Reads common_words.txt (words seen lowercase in prose), not_places.txt (calendar words, titles,
organisations named like places), name_heads.txt (generic first words of Arabic/Persian names),
country_prior.tsv (events per country), source_country.tsv (publishers' home countries) and
group_names.txt (ethnic and communal groups, "Pokot", "Kikuyu": places only when cued).
Writes nothing. A missing file is a broken installation and raises OSError.
"""

from __future__ import annotations

import math
from functools import lru_cache

from ..model import Document
from .admin import data_file
from .names import fold

__all__ = ["common_words", "country_prior", "group_names", "name_heads", "not_places", "source_countries"]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    words = set(data_file("common_words.txt").read_text(encoding="utf-8").split())
    return frozenset(words)


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    lines = data_file("not_places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(x) for x in lines if x.strip() and not x.startswith("#"))


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
def country_prior() -> dict[str, float]:
    """ISO2 -> 0..1, log-scaled share of ACLED events: a weak tie-breaker between same-named places."""
    counts = {}
    for line in data_file("country_prior.tsv").read_text(encoding="utf-8").splitlines():
        iso2, _, n = line.partition("\t")
        counts[iso2] = math.log1p(int(n))
    top = max(counts.values(), default=1.0)
    return {iso2: v / top for iso2, v in counts.items()}
