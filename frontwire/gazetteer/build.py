"""Build the SQLite gazetteer index: from the extracts shipped in the package, or from a GeoNames dump.

Reads `frontwire/data/gazetteer/` (places.tsv.xz, extra_names.tsv.xz, countries.tsv, admin_names.tsv,
syria_admin.json.gz, admin1_codes.tsv.gz, VERSION) or a GeoNames `XX.zip`/`allCountries.zip`.
`extra_names.tsv.xz` (written by `tools/extend_places.py`) adds spellings of shipped records that
the extract's 10-name cap dropped ("Jalawla" for Jalawlah, "Oaxaca de Juarez" for Oaxaca), and
`generic_leads.tsv` lists first words a name is also written without ("Ban Tha Phon" -> "Tha Phon").
Writes one SQLite file (see `store.py` for the schema); the shipped build goes to a temporary
file renamed into place, so a crash never leaves a half-built index that looks finished.
Admin names are rewritten to ACLED spellings on the way in, and every Syrian place gets its
admin1-3 from the OCHA polygons. Raises `GazetteerError` for unreadable inputs.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import lzma
import os
import sqlite3
import sys
import zipfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path

from tqdm import tqdm

from ..errors import GazetteerError
from .admin import acled_admin_name, admin_for_point, data_file
from .lexicon import common_words
from .names import fold, is_arabic, is_latin, name_keys

__all__ = ["SCHEMA", "build_index", "data_version", "import_geonames"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS places(pid INTEGER PRIMARY KEY, id TEXT, name TEXT, iso2 TEXT, admin1 TEXT,
    admin2 TEXT, admin3 TEXT, lat REAL, lon REAL, feature TEXT, population INTEGER);
CREATE TABLE IF NOT EXISTS names(key TEXT, pid INTEGER, kind INTEGER);
CREATE TABLE IF NOT EXISTS countries(iso2 TEXT PRIMARY KEY, iso3 TEXT, isonum INTEGER, name TEXT,
    capital TEXT, lat REAL, lon REAL, aliases TEXT, demonyms TEXT);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names(key, kind);
CREATE INDEX IF NOT EXISTS places_id ON places(id);
CREATE INDEX IF NOT EXISTS places_admin ON places(iso2, admin1, admin2, feature);
"""
_GEONAMES_CLASSES = frozenset("PAST")  # populated places, admin areas, spots (bases, airports), terrain
_MAX_ALT = 10
_CHUNK = 40_000


INDEX_FORMAT = "4"  # bump when the schema or the name keys change: installed indexes then rebuild


# Every shipped file the index is built from besides the extract (whose builder writes VERSION): a change
# to any of them must rebuild installed indexes, or a corrected admin spelling never reaches a user's index.
_BUILD_INPUTS = (
    "extra_names.tsv.xz", "generic_leads.tsv", "countries.tsv", "common_words.txt", "admin_names.tsv",
    "admin1_acled_curated.tsv", "admin1_by_district.tsv", "admin1_codes.tsv.gz", "syria_admin.json.gz",
)  # fmt: skip


@lru_cache(maxsize=1)
def data_version() -> str:
    """The shipped data's content hash plus the index format: names the cached index file."""
    version = data_file("VERSION").read_text(encoding="utf-8").strip()
    inputs = hashlib.sha256()
    for name in _BUILD_INPUTS:
        inputs.update(data_file(name).read_bytes())
    return f"{INDEX_FORMAT}-{version}-{inputs.hexdigest()[:12]}"


@lru_cache(maxsize=1)
def _generic_leads() -> dict[str, frozenset[str]]:
    """ISO2 -> folded lead words its settlement names are also written without."""
    out: dict[str, set[str]] = {}
    for line in data_file("generic_leads.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lead, _, countries = line.partition("\t")
            for iso2 in countries.split(","):
                out.setdefault(iso2.strip(), set()).add(fold(lead))
    return {iso2: frozenset(words) for iso2, words in out.items()}


def _without_lead(names: Iterable[str], leads: frozenset[str], common: frozenset[str]) -> list[str]:
    """The names written without a generic lead word ("Ban Pong Hai" -> "Pong Hai")."""
    out = []
    for n in names:
        head, _, rest = fold(n).partition(" ")
        if head in leads and len(rest.replace(" ", "")) >= 4 and rest not in common:
            out.append(rest)
    return out


@lru_cache(maxsize=1)
def _extra_names() -> dict[str, list[str]]:
    """Record id -> spellings the extract dropped (see tools/extend_places.py)."""
    try:
        raw = lzma.decompress(data_file("extra_names.tsv.xz").read_bytes()).decode("utf-8")
    except (OSError, lzma.LZMAError) as exc:
        raise GazetteerError(f"cannot read the bundled extra place names: {exc}") from exc
    out: dict[str, list[str]] = {}
    for line in raw.split("\n"):
        pid, _, names = line.partition("\t")
        if names:
            out[pid] = names.split("|")
    return out


def build_index(db_path: Path, progress: bool = True) -> int:
    """Build the bundled gazetteer into `db_path` (replacing it); returns the number of places."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f"{db_path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        raw = lzma.decompress(data_file("places.tsv.xz").read_bytes()).decode("utf-8")
    except (OSError, lzma.LZMAError) as exc:
        raise GazetteerError(f"cannot read the bundled gazetteer data: {exc}") from exc
    lines = [line for line in raw.split("\n") if line.count("\t") == 10]
    del raw
    _extra_names(), _generic_leads(), common_words()  # loaded once here: the forked workers inherit them
    db = _create(tmp)
    bar = tqdm(total=len(lines), desc="building gazetteer", unit=" places", disable=not progress,
               file=sys.stderr, mininterval=0.5)  # fmt: skip
    chunks = [(lines[i : i + _CHUNK], i + 1) for i in range(0, len(lines), _CHUNK)]
    # Name keys are pure-Python string work: spread it over the cores, insert in one writer.
    workers = max(1, min(4, os.cpu_count() or 1))
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork")) as pool:
        for places, names in pool.map(_prepare_chunk, chunks):
            db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
            db.executemany("INSERT INTO names VALUES (?,?,?)", names)
            bar.update(len(places))
    bar.close()
    count = len(lines)
    db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (data_version(),))
    _finish(db)
    os.replace(tmp, db_path)
    return count


def _prepare_chunk(chunk: tuple[list[str], int]) -> tuple[list[tuple], list[tuple]]:
    lines, first_pid = chunk
    return _prepare((_shipped_row(line.split("\t")) for line in lines), first_pid)


def _shipped_row(f: list[str]) -> tuple[str, str, str, str, str, str, float, float, str, int, list[str]]:
    alts = [a for a in f[10].split("|") if a] + _extra_names().get(f[0], [])
    return (f[0], f[1], f[2], f[3], f[4], f[5], float(f[6]), float(f[7]), f[8], int(f[9] or 0), alts)


def _create(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    if not db.execute("SELECT 1 FROM countries LIMIT 1").fetchone():
        rows = []
        for line in data_file("countries.tsv").read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            rows.append((f[0], f[1], int(f[2]) if f[2] else None, f[3], f[4],
                         float(f[5]) if f[5] else None, float(f[6]) if f[6] else None, f[7], f[8]))  # fmt: skip
        db.executemany("INSERT INTO countries VALUES (?,?,?,?,?,?,?,?,?)", rows)
    return db


def _finish(db: sqlite3.Connection) -> None:
    db.executescript(INDEXES + "ANALYZE;")
    db.commit()
    db.close()


def _insert(db: sqlite3.Connection, rows: Iterable[tuple]) -> int:
    """Insert places with ACLED admin spellings and their name keys; returns the count."""
    (next_pid,) = db.execute("SELECT COALESCE(MAX(pid), 0) + 1 FROM places").fetchone()
    places, names = _prepare(rows, next_pid)
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
    db.executemany("INSERT INTO names VALUES (?,?,?)", names)
    return len(places)


def _prepare(rows: Iterable[tuple], next_pid: int) -> tuple[list[tuple], list[tuple]]:
    """Place rows (ACLED admin spellings, Syrian admins from polygons) and name-key rows."""
    places: list[tuple] = []
    names: list[tuple] = []
    all_leads, common = _generic_leads(), common_words()
    for pid, (pid_s, name, iso2, a1, a2, a3, lat, lon, feature, pop, alts) in enumerate(rows, next_pid):
        if iso2 == "SY":
            area = admin_for_point("SY", lat, lon)
            if area:
                a1, a2, a3 = area.admin1, area.admin2, area.admin3
        else:
            a1, a2 = acled_admin_name(iso2, 1, a1), acled_admin_name(iso2, 2, a2)
        places.append((pid, pid_s, name, iso2, a1, a2, a3, lat, lon, feature, pop))
        exact: set[str] = set()
        skel: set[str] = set()
        leads = all_leads.get(iso2)
        if leads and not feature.startswith("ADM"):
            alts = [*alts, *_without_lead((name, *alts), leads, common)]
        for n in (name, *alts):
            e, s = name_keys(n)
            exact |= e
            skel |= s
        names.extend((k, pid, 0) for k in exact)
        names.extend((k, pid, 1) for k in skel - exact)
    return places, names


@lru_cache(maxsize=1)
def _admin1_codes() -> dict[str, str]:
    with gzip.open(str(data_file("admin1_codes.tsv.gz")), "rt", encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t", 1) for line in fh if "\t" in line)


def import_geonames(zip_path: Path, db_path: Path) -> int:
    """Import a GeoNames dump (`allCountries.zip` or `XX.zip`) into a gazetteer DB; returns rows imported.

    The DB is created when missing (with the country table) and appended to otherwise; places
    already present under the same `gn:` id are skipped. Hydrographic and other non-place
    features are left out: a river or a sea never becomes an event location.
    """
    zip_path, db_path = Path(zip_path), Path(db_path)
    try:
        archive = zipfile.ZipFile(zip_path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise GazetteerError(f"{zip_path}: not a GeoNames zip ({exc})") from exc
    members = [m for m in archive.namelist() if m.endswith(".txt") and not m.lower().startswith("readme")]
    if not members:
        raise GazetteerError(f"{zip_path}: no GeoNames .txt table inside")
    db = _create(db_path)
    known = {r[0] for r in db.execute("SELECT id FROM places WHERE id LIKE 'gn:%'")}
    count = 0
    with archive:
        for member in members:
            with archive.open(member) as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
                rows = _geonames_rows(csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE), known)
                batch: list[tuple] = []
                for row in rows:
                    batch.append(row)
                    if len(batch) >= 50_000:
                        count += _insert(db, batch)
                        batch = []
                count += _insert(db, batch)
    db.execute("INSERT OR REPLACE INTO meta VALUES ('geonames', ?)", (zip_path.name,))
    _finish(db)
    return count


def _geonames_rows(reader: Iterator[list[str]], known: set[str]) -> Iterator[tuple]:
    codes = _admin1_codes()
    for f in reader:
        if len(f) < 19 or f[6] not in _GEONAMES_CLASSES or f"gn:{f[0]}" in known:
            continue
        try:
            lat, lon = float(f[4]), float(f[5])
        except ValueError:
            continue
        alts, seen = [], {fold(f[1])}
        for alt in [f[2], *f[3].split(",")]:
            key = fold(alt)
            latin_ok = is_latin(alt) and any(ch.isupper() for ch in alt)
            if key and key not in seen and (latin_ok or is_arabic(alt)) and len(alts) < _MAX_ALT:
                seen.add(key)
                alts.append(alt)
        a1 = codes.get(f"{f[8]}.{f[10]}", "")
        yield (f"gn:{f[0]}", f[1], f[8], a1, "", "", lat, lon, f[7] or f[6], int(f[14] or 0), alts)
