"""Measure geoparsing + location on the ACLED dev data (development only; reads /work/shared/data).

Each dev document is one event mention spanning all its sentences, located as the pipeline does
(`coordination.locate_each_place`: one location per listed town); its gold row gives country, admin1,
location, coordinates and geo_precision. Rows that share a note's text (ACLED coded it as several
events) are paired one-to-one with the note's first n locations, as `frontwire eval` does. Prints accuracy overall, for Syria, and for the
2020 global part, plus the time per document. `--errors N` prints N misses (for looking, not tuning
to single rows).

Usage: python tools/eval_geo.py [--data /work/shared/data] [--cache /tmp/fw-cache] [--errors 20]
       [--half odd] [--global2020] [--dump FILE]   (--dump: one JSON line per note, to diff two runs)
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from frontwire.coordination import locate_each_place
from frontwire.gazetteer import default_gazetteer, fold
from frontwire.gazetteer.geometry import distance_km
from frontwire.geoparse import find_places
from frontwire.model import Document, EventMention, Location
from frontwire.sentences import split_sentences

GLOBAL = "RPanlilio_acled_global_2020.csv"
METRICS = ("country", "admin1", "location", "within10", "within50", "precision")


def score_location(loc, g: dict) -> tuple[float, dict[str, bool]]:
    """Distance to the gold point (1e9 when unplaced) and per-metric agreement of one located note."""
    dist = (
        distance_km(loc.latitude, loc.longitude, g["latitude"], g["longitude"])
        if loc.latitude is not None
        else 1e9
    )
    return dist, {
        "country": loc.country == g["country"],
        "admin1": fold(loc.admin1) == fold(g["admin1"]),
        "location": fold(loc.location) == fold(g["location"]),
        "within10": dist <= 10,
        "within50": dist <= 50,
        "precision": loc.geo_precision == g["geo_precision"],
    }


UNPLACED = Location()  # a row the note gave no event for


def pair_locations(locations, group: list[dict], gold: dict) -> list:
    """The note's rows each with the location scored against it, one-to-one, best agreement first."""
    padded = [*locations] + [UNPLACED] * (len(group) - len(locations))
    if len(group) == 1:
        return [(padded[0], group[0])]

    def agreement(order) -> int:
        return sum(sum(score_location(loc, gold[d["id"]])[1].values()) for loc, d in zip(order, group))

    orders = itertools.permutations(padded) if len(group) <= 6 else [padded]
    return list(zip(max(orders, key=agreement), group))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/fw-cache"))
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--country", default="")
    ap.add_argument("--global2020", action="store_true", help="only the 2020 global part")
    ap.add_argument("--half", choices=("odd", "even"),
                    help="score one half of dev with the ACLED-derived tables learned from the other half")
    ap.add_argument("--bench", type=Path, help="time find_places on this text file instead")
    ap.add_argument("--dump", type=Path, help="write one JSON line per scored note (for A/B diffs)")
    args = ap.parse_args()
    if args.bench:
        bench(args.bench, args.cache)
        return
    if args.half:
        learn_from_other_half(args.data, args.half)
    gold = {}
    for line in (args.data / "acled_dev_gold.jsonl").open(encoding="utf-8"):
        g = json.loads(line)
        gold[g["doc_id"]] = g
    docs = [json.loads(x) for x in (args.data / "acled_dev_docs.jsonl").open(encoding="utf-8")]
    t0 = time.perf_counter()
    gaz = default_gazetteer(args.cache)
    print(f"gazetteer open/build: {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    stats: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    misses = []
    elapsed = 0.0
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    notes: dict[tuple[str, str], list[dict]] = {}
    for d in docs:
        g = gold[d["id"]]
        if args.country and g["country"] != args.country:
            continue
        if args.global2020 and g["dataset"] != GLOBAL:
            continue
        if args.half and int(d["id"][-1], 16) % 2 != (args.half == "odd"):
            continue
        notes.setdefault((d["text"], d["published"]), []).append(d)
    for group in notes.values():
        d = group[0]
        doc = Document(id=d["id"], text=d["text"], published=date.fromisoformat(d["published"]),
                       source=d.get("source"))  # fmt: skip
        t = time.perf_counter()
        sentences = split_sentences(doc.text)
        if not sentences:
            continue
        mention = EventMention(sentences=sentences, trigger=sentences[0])
        places = find_places(doc, sentences, gaz)
        locations = locate_each_place(doc, mention, places, gaz)[: len(group)]
        elapsed += time.perf_counter() - t
        for loc, d in pair_locations(locations, group, gold):
            g = gold[d["id"]]
            dist, ok = score_location(loc, g)
            if dump:
                dump.write(json.dumps({"id": d["id"], "got": [loc.country, loc.admin1, loc.location],
                                       "km": round(dist), **ok}) + "\n")
            groups = [
                "all",
                g["country"] if g["country"] in ("Syria", "Kenya") else "",
                "global2020" if g["dataset"] == GLOBAL else "",
            ]
            for grp in filter(None, groups):
                stats[grp]["n"] += 1
                for k, v in ok.items():
                    stats[grp][k] += v
            if not ok["within10"] or not ok["admin1"]:
                misses.append((d["text"][:300], g["country"], g["admin1"], g["location"], g["geo_precision"],
                               loc.country, loc.admin1, loc.location, loc.geo_precision, round(dist)))  # fmt: skip
    print(f"{'group':<12}{'n':>6}" + "".join(f"{m:>11}" for m in METRICS))
    for grp, c in sorted(stats.items()):
        print(f"{grp:<12}{c['n']:>6}" + "".join(f"{100 * c[m] / c['n']:>10.1f}%" for m in METRICS))
    n = sum(1 for _ in docs)
    print(f"time per document: {1000 * elapsed / max(1, stats['all']['n']):.2f} ms ({n} docs)")
    random.Random(0).shuffle(misses)
    for m in misses[: args.errors]:
        print("\n" + m[0])
        print(f"  gold: {m[1]} | {m[2]} | {m[3]} | p{m[4]}")
        print(f"  got : {m[5]} | {m[6]} | {m[7]} | p{m[8]}   ({m[9]} km)")


def learn_from_other_half(data: Path, half: str) -> None:
    """Honest figures: rebuild the dev-derived tables (ACLED places and admin points, publisher ->
    country) without the scored half, into a temp dir, and point their cached loaders there."""
    import tempfile

    import build_gazetteer_data as bgd

    from frontwire import geo_quiet, locate_aliases
    from frontwire.gazetteer import acled_admin, acled_places, admin, lexicon

    scored = frozenset(
        g["doc_id"]
        for g in map(json.loads, (data / "acled_dev_gold.jsonl").open(encoding="utf-8"))
        if int(g["doc_id"][-1], 16) % 2 == (half == "odd")
    )
    tmp = Path(tempfile.mkdtemp(prefix="fw-half-"))
    bgd.write_admin_points(data, scored, tmp)
    bgd.write_source_country(data, bgd.country_names(), scored, tmp)
    bgd.write_country_prior(data, bgd.country_names(), scored, tmp)
    learned = {"acled_admin_points.tsv.gz", "acled_places.tsv.gz", "source_country.tsv", "country_prior.tsv"}

    def data_file(name: str):
        return tmp / name if name in learned else admin.data_file(name)

    for module in (acled_admin, acled_places, lexicon):
        module.data_file = data_file  # type: ignore[attr-defined]
    for loader in (acled_admin._points, acled_admin._names, acled_admin._cells, acled_admin._closest,
                   acled_admin._admin1_shares,
                   acled_places._table, acled_places._by_name, acled_places._by_area,
                   acled_places._by_consonants, locate_aliases._index, locate_aliases._by_initial,
                   geo_quiet._fronted,
                   lexicon._source_table, lexicon.country_prior):  # fmt: skip
        loader.cache_clear()


def bench(path: Path, cache: Path) -> None:
    """Milliseconds to geoparse one report (warm caches: the steady state of a long run)."""
    gaz = default_gazetteer(cache)
    text = path.read_text(encoding="utf-8")
    doc = Document(id="bench", text=text)
    sentences = split_sentences(text)
    find_places(doc, sentences, gaz)
    runs = 50
    t = time.perf_counter()
    for i in range(runs):
        find_places(Document(id=f"b{i}", text=text + " " * i), sentences, gaz)
    ms = 1000 * (time.perf_counter() - t) / runs
    print(f"{len(text.split())} words: {ms:.1f} ms per find_places")


if __name__ == "__main__":
    main()
