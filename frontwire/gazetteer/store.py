"""The read-only SQLite gazetteer: places, their name keys and the country table.

Reads a SQLite file built by `frontwire.gazetteer.build` (schema below); writes nothing. Opening
a missing or foreign file raises `GazetteerError`. Lookups are batched (one query per document)
so geoparsing a long report costs a handful of indexed queries.

Schema: places(pid, id, name, iso2, admin1, admin2, admin3, lat, lon, feature, population),
names(key, pid, kind) with kind 0 = exact folded key and 1 = consonant skeleton,
countries(iso2, iso3, isonum, name, capital, lat, lon, aliases, demonyms), meta(key, value).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import GazetteerError
from ..model import Place
from .acled_admin import acled_spelling
from .admin import district_admin1

__all__ = ["ADMIN_FEATURES", "Country", "Gazetteer"]

ADMIN_FEATURES = frozenset({"ADM1", "ADM2", "ADM3", "PCLI"})
_PLACE_COLUMNS = "pid, id, name, iso2, admin1, admin2, admin3, lat, lon, feature, population"
_JOINED_COLUMNS = ", ".join("p." + c.strip() for c in _PLACE_COLUMNS.split(","))
_BATCH = 400  # SQLite's host-parameter limit is 999 on old builds
# Keys whose places are remembered: names recur across reports (the same towns, the same capitalised
# words), and a key's SQL join costs far more than a dict hit. ~100 bytes a key plus shared Places.
_KEY_CACHE = 200_000


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    isonum: int | None
    name: str  # ACLED's spelling
    capital: str
    latitude: float | None
    longitude: float | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


class Gazetteer:
    """A read-only gazetteer over one SQLite file; safe to share between threads for reading."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self._countries = self._load_countries()
        self._iso2_by_name = {c.name: iso2 for iso2, c in self._countries.items()}
        self._row_place = lru_cache(maxsize=100_000)(self._make_place)
        self._key_cache: dict[tuple[int, str], tuple[Place, ...]] = {}
        self._raw_admin1: dict[tuple[str, str], set[str]] = {}  # (ISO2, ACLED spelling) -> index spellings

    @classmethod
    def open(cls, path: Path) -> Gazetteer:
        path = Path(path)
        if not path.is_file():
            raise GazetteerError(f"{path}: no gazetteer file")
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            db.execute("SELECT 1 FROM places LIMIT 1").fetchall()
            db.execute("SELECT 1 FROM names LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            raise GazetteerError(f"{path}: not a frontwire gazetteer ({exc})") from exc
        return cls(db, path)

    def close(self) -> None:
        self._db.close()

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- countries -------------------------------------------------------------------------------

    def _load_countries(self) -> dict[str, Country]:
        rows = self._db.execute(
            "SELECT iso2, iso3, isonum, name, capital, lat, lon, aliases, demonyms FROM countries"
        ).fetchall()
        return {
            r[0]: Country(r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                          tuple(a for a in r[7].split("|") if a), tuple(d for d in r[8].split("|") if d))
            for r in rows
        }  # fmt: skip

    def countries(self) -> dict[str, Country]:
        """ISO2 -> country (ACLED name, ISO numeric, capital, aliases, demonyms)."""
        return self._countries

    def country(self, iso2: str) -> Country | None:
        return self._countries.get(iso2)

    def iso2_of(self, country_name: str) -> str:
        """The ISO2 code of a country named as ACLED spells it, or "" when unknown."""
        return self._iso2_by_name.get(country_name, "")

    # -- places ----------------------------------------------------------------------------------

    def _make_place(self, row: tuple) -> Place:
        country = self._countries.get(row[3])
        # A district the scheme table knows gives ACLED's admin1 (Lebanon's Baalbek -> Baalbek-Hermel); it is
        # not recorded as a spelling of the raw name, so area queries for "Bekaa" never widen to it.
        by_district = district_admin1(row[3], row[5] or "")
        admin1 = by_district or acled_spelling(row[3], row[4] or "")
        if admin1 != (row[4] or "") and not by_district:
            # Places carry ACLED's spelling; area queries still need the index's own ones.
            self._raw_admin1.setdefault((row[3], admin1), set()).add(row[4])
        return Place(
            id=row[1], name=row[2], country=country.name if country else row[3], iso2=row[3],
            admin1=admin1, admin2=row[5] or "", admin3=row[6] or "", latitude=row[7],
            longitude=row[8], feature=row[9] or "", population=row[10] or 0,
        )  # fmt: skip

    def lookup(self, keys: Iterable[str], kind: int = 0) -> dict[str, tuple[Place, ...]]:
        """Places indexed under each key (kind 0 exact folded keys, 1 skeletons), biggest first."""
        cache = self._key_cache
        out: dict[str, tuple[Place, ...]] = {}
        wanted = []
        for key in set(keys):
            hit = cache.get((kind, key))
            if hit is None:
                wanted.append(key)
            elif hit:
                out[key] = hit
        if not wanted:
            return out
        wanted.sort()
        found: dict[str, list[tuple[int, Place]]] = {}
        for i in range(0, len(wanted), _BATCH):
            chunk = wanted[i : i + _BATCH]
            marks = ",".join("?" * len(chunk))
            query = (f"SELECT n.key, {_JOINED_COLUMNS} FROM names n JOIN places p ON p.pid = n.pid "
                     f"WHERE n.kind = ? AND n.key IN ({marks})")  # fmt: skip
            for row in self._db.execute(query, (kind, *chunk)):
                place = self._row_place(tuple(row[1:]))
                found.setdefault(row[0], []).append((row[11] or 0, place))
        if len(cache) > _KEY_CACHE:
            cache.clear()  # a long run's vocabulary keeps growing: start over, never grow unbounded
        for key in wanted:
            places = tuple(p for _, p in sorted(found.get(key, ()), key=lambda t: -t[0]))
            cache[(kind, key)] = places  # misses too: most candidate runs name no place
            if places:
                out[key] = places
        return out

    def place(self, place_id: str) -> Place | None:
        row = self._db.execute(f"SELECT {_PLACE_COLUMNS} FROM places WHERE id = ?", (place_id,)).fetchone()
        return self._row_place(tuple(row)) if row else None

    def _admin1_in(self, iso2: str, admin1: str) -> tuple[str, tuple[str, ...]]:
        """SQL test and parameters for "admin1 is this name", in any spelling the index holds."""
        names = (admin1, *sorted(self._raw_admin1.get((iso2, admin1), ())))
        return f"admin1 IN ({','.join('?' * len(names))})", names

    def admin_area(self, iso2: str, admin1: str, admin2: str = "") -> Place | None:
        """The admin1 (or, given `admin2`, admin2) area record, placed at its seat or centre."""
        test, names = self._admin1_in(iso2, admin1)
        if admin2:
            query = (f"SELECT {_PLACE_COLUMNS} FROM places WHERE iso2 = ? AND {test} AND admin2 = ? "
                     "AND feature = 'ADM2' ORDER BY population DESC LIMIT 1")  # fmt: skip
            row = self._db.execute(query, (iso2, *names, admin2)).fetchone()
        else:
            query = (f"SELECT {_PLACE_COLUMNS} FROM places WHERE iso2 = ? AND {test} AND feature = 'ADM1' "
                     "ORDER BY id LIKE 'ocha:%' DESC, id LIKE 'gn:%' DESC LIMIT 1")  # fmt: skip
            row = self._db.execute(query, (iso2, *names)).fetchone()
        return self._row_place(tuple(row)) if row else None

    def settlements_in(self, iso2: str, admin1: str) -> tuple[Place, ...]:
        """Every settlement of an admin1 unit (in any spelling the index holds for it); () when unknown."""
        test, names = self._admin1_in(iso2, admin1)
        query = f"SELECT {_PLACE_COLUMNS} FROM places WHERE iso2 = ? AND {test} AND feature LIKE 'PPL%'"
        return tuple(self._row_place(tuple(row)) for row in self._db.execute(query, (iso2, *names)))

    def settlement_names(self, iso2: str, admin1: str) -> list[tuple[int, str, int]]:
        """(row id, name, population) of every settlement of an admin1 unit (in any spelling the index holds
        for it): no Places, so a province of 50,000 villages is read in a fraction of a second."""
        test, names = self._admin1_in(iso2, admin1)
        query = f"SELECT pid, name, population FROM places WHERE iso2 = ? AND {test} AND feature LIKE 'PPL%'"
        return self._db.execute(query, (iso2, *names)).fetchall()

    def town_names(self, iso2: str, min_population: int) -> list[tuple[int, str]]:
        """(row id, folded name) for every name and alternate name of each settlement of a country with at
        least this many people ("Nezahualcoyotl" for Ciudad Nezahualcoyotl)."""
        query = ("SELECT p.pid, n.key FROM places p JOIN names n ON n.pid = p.pid AND n.kind = 0 "
                 "WHERE p.iso2 = ? AND p.population >= ? AND p.feature LIKE 'PPL%'")  # fmt: skip
        return self._db.execute(query, (iso2, min_population)).fetchall()

    def places_by_row(self, pids: Iterable[int]) -> dict[int, Place]:
        """Row id -> place, for row ids from `settlement_names`."""
        wanted = sorted(set(pids))
        out: dict[int, Place] = {}
        for i in range(0, len(wanted), _BATCH):
            chunk = wanted[i : i + _BATCH]
            query = f"SELECT {_PLACE_COLUMNS} FROM places WHERE pid IN ({','.join('?' * len(chunk))})"
            for row in self._db.execute(query, chunk):
                out[row[0]] = self._row_place(tuple(row))
        return out

    def largest_in(self, iso2: str, admin1: str, admin2: str = "") -> Place | None:
        """The most populous settlement of an admin area (where ACLED puts region-level events)."""
        test, names = self._admin1_in(iso2, admin1)
        query = (f"SELECT {_PLACE_COLUMNS} FROM places WHERE iso2 = ? AND {test} "
                 + ("AND admin2 = ? " if admin2 else "")
                 + "AND feature LIKE 'PPL%' ORDER BY population DESC LIMIT 1")  # fmt: skip
        params = (iso2, *names, admin2) if admin2 else (iso2, *names)
        row = self._db.execute(query, params).fetchone()
        return self._row_place(tuple(row)) if row else None
