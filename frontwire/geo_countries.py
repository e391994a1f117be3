"""Countries in a report's words: names, demonyms and publishers, as geoparse's country focus reads them.

Reads the gazetteer's country table, the country aliases (`gazetteer.lexicon`) and a document's
publishers; returns folded-name tables, country candidates and sets of ISO2 codes, and judges
whether a report's country votes leave a name's readings unsupported or abroad only. Writes nothing;
never fails (an unknown name is simply absent from the tables).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .gazetteer import Gazetteer
from .gazetteer.lexicon import country_aliases
from .gazetteer.names import fold
from .geo_tokens import Match
from .model import Document, Place

__all__ = ["REGION_AFTER", "abroad_only", "admin1_named", "country_names", "country_place", "publisher_countries",
           "unsupported"]

_STRAY = 10.0  # a country this many times less pointed to than the report's main one is a stray vote


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


def unsupported(place: Place, m: Match, focus: Counter[str]) -> bool:
    """True when nothing but the name itself points to this record's country."""
    return focus.get(place.iso2, 0.0) - m.vouched <= 0


def abroad_only(m: Match, places: tuple[Place, ...], focus: Counter[str], hearsay: Counter[str]) -> bool:
    """True when the report points to countries none of these candidates lie in. A name is no
    evidence for itself ("Abu Rasin" in a report on Al-Hasakeh: only Iraqi namesakes), so what it
    gave its own country is taken out; one other village is weak evidence and only outvotes
    namesakes spread over several countries; a country, province or publisher outvotes any, a
    demonym never ("Israeli forces raided Jenin": foreign forces are no place)."""
    mine = {p.iso2 for p in places}
    vouched_for = next(iter(mine)) if len(mine) == 1 else ""
    others = {c: n - (m.vouched if c == vouched_for else 0.0) for c, n in focus.items()}
    strongest = max((n - hearsay.get(c, 0.0) for c, n in others.items() if c not in mine), default=0.0)
    # A stray word's vote ("Sida" in Yemen beside thirty Syrian places) does not make a report
    # that is plainly about another country one about this namesake's country.
    if any(others.get(c, 0.0) > 0 and others.get(c, 0.0) * _STRAY >= strongest for c in mine):
        return False
    big = any(p.population >= 100_000 for p in places)
    if strongest >= (3.0 if big else 1.5):
        return True  # a city of 100,000+ yields only to a named country or several places
    # A city of 100,000+ among the namesakes ("Santiago") is not outvoted by one stray village.
    return strongest > 0 and len(mine) > 1 and not any(p.population >= 100_000 for p in places)
