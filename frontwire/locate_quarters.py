"""The quarter of a "City-Quarter" city an event happened in, from the neighbourhood a report writes.

ACLED names events inside some cities by the city's own quarters, not by the neighbourhood the report
tells: "the Central Bank in Beirut's Hamra district" is "Beirut-Ras Beirut", "Martyrs' Square" is
"Beirut-Port". Reads data/locate/city_quarters.tsv (city, quarter, names written for places in it);
returns the quarter for the first such name written near the city, "" for the city itself (its
suburbs), None where no name is written. Writes nothing; never fails (a city without rows gives None).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .gazetteer.names import fold

__all__ = ["quarter_cities", "quarter_near", "quarter_of"]

_NEAR_CHARS = 250  # a neighbourhood told with the city sits in its sentence, not a paragraph away
_SUBURBS = "-"  # the table's mark for places outside the quarters (ACLED: the city itself)


def _key(name: str) -> str:
    """A written name's lookup key: folded, apostrophes dropped, single spaces."""
    return " ".join(fold(name.replace("'", "").replace("’", "")).split())


def _pattern(name: str) -> str:
    """'Martyr's square' also matches 'Martyrs square' and 'Martyrs' Square'; any spacing between words."""
    words = [re.escape(w.replace("'", "").replace("’", "")) for w in name.split()]
    return r"\s+".join(w[:-1] + r"['’]?s['’]?" if w.endswith("s") else w for w in words)


@lru_cache(maxsize=1)
def _quarters() -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    """ACLED city -> (one pattern for all its written names, name key -> quarter)."""
    text = resources.files("frontwire").joinpath("data/locate/city_quarters.tsv").read_text(encoding="utf-8")
    tables: dict[str, dict[str, str]] = {}
    written: dict[str, set[str]] = {}
    for line in text.splitlines():
        f = line.split("\t")
        if len(f) != 3 or line.startswith("#"):
            continue
        city, quarter = f[0].strip(), f[1].strip()
        for name in filter(None, (n.strip() for n in f[2].split(","))):
            tables.setdefault(city, {})[_key(name)] = "" if quarter == _SUBURBS else quarter
            written.setdefault(city, set()).add(name)
    out = {}
    for city, table in tables.items():
        alts = sorted(written[city], key=len, reverse=True)  # "Corniche el Mazraa" before "Mazraa"
        out[city] = (
            re.compile(r"\b(?:" + "|".join(_pattern(a) for a in alts) + r")\b", re.IGNORECASE),
            table,
        )
    return out


def quarter_cities() -> frozenset[str]:
    """The cities (ACLED's names) that ACLED names by their quarters."""
    return frozenset(_quarters())


def quarter_of(city: str, name: str) -> str | None:
    """The quarter a written neighbourhood lies in ("Beirut", "Hamra" -> "Ras Beirut"), else None."""
    entry = _quarters().get(city)
    return entry[1].get(_key(name)) if entry is not None else None


def quarter_near(city: str, text: str, start: int, end: int) -> str | None:
    """The quarter of the first neighbourhood written within a sentence's reach of text[start:end]
    (where the report names the city); "" for its suburbs; None where it writes none."""
    entry = _quarters().get(city)
    if entry is None:
        return None
    pattern, table = entry
    m = pattern.search(text, max(0, start - _NEAR_CHARS), min(len(text), end + _NEAR_CHARS))
    return table.get(_key(m.group(0))) if m is not None else None
