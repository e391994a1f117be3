"""Countries in a report's words: names, demonyms and publishers, as geoparse's country focus reads them.

Reads the gazetteer's country table, the country aliases (`gazetteer.lexicon`) and a document's
publishers; returns folded-name tables, country candidates and sets of ISO2 codes. Writes nothing;
never fails (an unknown name is simply absent from the tables).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Gazetteer
from .gazetteer.lexicon import country_aliases
from .gazetteer.names import fold
from .model import Document, Place

__all__ = ["REGION_AFTER", "admin1_named", "country_names", "country_place", "publisher_countries"]


@lru_cache(maxsize=8)
def country_names(gazetteer: Gazetteer) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(folded country name/alias -> ISO2, folded demonym -> ISO2, folded alias read as the
    country's own place -> ISO2)."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for iso2, c in gazetteer.countries().items():
        for alias in (c.name, *c.aliases):
            names.setdefault(fold(alias), iso2)
        for d in c.demonyms:
            demonyms.setdefault(fold(d), iso2)
    for alias, iso2 in country_aliases().items():
        names.setdefault(alias, iso2)
    # "Gaza Strip", "West Bank": an alias that is also that country's own region or town of the
    # name is read as the place (ACLED's admin1), which still pins the country down.
    own = {fold(c.name) for c in gazetteer.countries().values()}
    regions = {}
    for key, places in gazetteer.lookup([k for k in names if k not in own]).items():
        if any(p.iso2 == names[key] and p.feature != "PCLI" and fold(p.name) == key for p in places):
            regions[key] = names.pop(key)
    return names, demonyms, regions


def country_place(gazetteer: Gazetteer, iso2: str) -> Place:
    """A country as a candidate: no coordinates, so it can never pass for a precise location."""
    c = gazetteer.country(iso2)
    return Place(id=f"country:{iso2}", name=c.name if c else iso2, country=c.name if c else iso2,
                 iso2=iso2, feature="PCLI")  # fmt: skip


REGION_AFTER = re.compile(r" (?:[Rr]egion|[Rr]egional [Ss]tate|[Ss]tate)\b")


def admin1_named(gazetteer: Gazetteer, key: str) -> bool:
    """True when a province bears this folded name itself (Ethiopia's Somali, Afar)."""
    return any(p.feature == "ADM1" and fold(p.admin1) == key for p in gazetteer.lookup([key]).get(key, ()))


def publisher_countries(doc: Document, names: dict[str, str]) -> set[str]:
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
