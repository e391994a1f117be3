"""Measure and dump `locate_event` on the ACLED dev data (development only; reads /work/shared/data).

Like `tools/eval_geo.py`, but geoparses each document once and keeps the place mentions in a pickle
(`--places`), so that changes to `locate.py` are re-measured in seconds. `--refresh` re-geoparses
(after geoparse or the gazetteer changed). `--dump N --group global2020` prints N misses with the
place mentions found, tagged by error class, for tallying (not for tuning to single rows).

Usage: python tools/eval_locate.py [--refresh] [--half odd] [--dump 80 --group global2020]
"""

from __future__ import annotations

import argparse
import collections
import json
import pickle
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# eval_geo's own scoring, so both tools count a hit alike (tools/ is on sys.path when run as a script)
from eval_geo import score_location

from frontwire.gazetteer import default_gazetteer, fold
from frontwire.geoparse import find_places
from frontwire.locate import locate_event
from frontwire.model import Document, EventMention
from frontwire.sentences import split_sentences

GLOBAL = "RPanlilio_acled_global_2020.csv"
METRICS = ("country", "admin1", "location", "within10", "within50", "precision")


def classify(g: dict, loc, places, text: str, dist: float) -> str:
    """A coarse error class for tallying."""
    gl = fold(g["location"])
    found = [fold(pm.span.text) for pm in places]
    names = {fold(c.name) for pm in places for c in pm.candidates[:3]}
    if loc.country != g["country"]:
        return "country"
    if fold(loc.location) == gl:
        if dist > 10:
            return "right-name-wrong-point"
        if fold(loc.admin1) != fold(g["admin1"]):
            return "right-point-wrong-admin1"
        return "precision-only"
    if gl in found or gl in names:
        return "other-mention-chosen"
    if gl and gl in fold(text):
        return "gold-name-in-text-not-found"
    if dist <= 10:
        return "near-but-named-differently"
    return "gold-name-not-in-text"


def _seats_from_other_half(data: Path, half: str) -> None:
    """district_seats.tsv learned without the scored half, read by locate_rules' cached loader."""
    import tempfile

    from build_locate_cues import write_district_seats

    from frontwire import locate_rules

    scored = frozenset(
        g["doc_id"]
        for g in map(json.loads, (data / "acled_dev_gold.jsonl").open(encoding="utf-8"))
        if int(g["doc_id"][-1], 16) % 2 == (half == "odd")
    )
    out = Path(tempfile.mkdtemp(prefix="fw-seats-")) / "district_seats.tsv"
    write_district_seats(data, out, scored)
    table = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) == 5 and not line.startswith("#"):
            table[(f[0], f[1], f[2])] = f[3]
    locate_rules._district_seats.cache_clear()
    locate_rules._district_seats = lambda: table  # type: ignore[assignment]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/fw-cache"))
    ap.add_argument("--places", type=Path, default=Path("/tmp/fw-locate-places.pkl"))
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--half", choices=("odd", "even"))
    ap.add_argument("--dump", type=int, default=0)
    ap.add_argument("--group", default="global2020")
    ap.add_argument("--cls", default="", help="dump only this error class")
    ap.add_argument("--prec", action="store_true", help="tally precision confusions")
    ap.add_argument("--save", type=Path, help="write each document's result here (JSON)")
    ap.add_argument("--diff", type=Path, help="print documents whose result differs from this saved run")
    ap.add_argument("--honest", action="store_true",
                    help="with --half: learn the ACLED-derived tables from the other half (own places pickle)")
    args = ap.parse_args()
    if args.honest and args.half:
        from eval_geo import learn_from_other_half

        learn_from_other_half(args.data, args.half)
        _seats_from_other_half(args.data, args.half)
        args.places = args.places.with_name(f"{args.places.stem}-{args.half}{args.places.suffix}")
    gold = {g["doc_id"]: g for g in map(json.loads, (args.data / "acled_dev_gold.jsonl").open())}
    docs = [json.loads(x) for x in (args.data / "acled_dev_docs.jsonl").open(encoding="utf-8")]
    gaz = default_gazetteer(args.cache)
    cached: dict = {}
    if args.places.exists() and not args.refresh:
        cached = pickle.loads(args.places.read_bytes())
    stats: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    classes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    prec: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    misses = []
    elapsed = 0.0
    results: dict[str, list] = {}
    before = json.loads(args.diff.read_text()) if args.diff else {}
    changed = collections.Counter()
    for d in docs:
        g = gold[d["id"]]
        if args.half and int(d["id"][-1], 16) % 2 != (args.half == "odd"):
            continue
        doc = Document(id=d["id"], text=d["text"], published=date.fromisoformat(d["published"]),
                       source=d.get("source"))  # fmt: skip
        sentences = split_sentences(doc.text)
        if not sentences:
            continue
        if d["id"] not in cached:
            cached[d["id"]] = find_places(doc, sentences, gaz)
        places = cached[d["id"]]
        mention = EventMention(sentences=sentences, trigger=sentences[0])
        t = time.perf_counter()
        loc = locate_event(doc, mention, places, gaz)
        elapsed += time.perf_counter() - t
        dist, ok = score_location(loc, g)
        results[d["id"]] = [loc.location, loc.admin1, loc.geo_precision, round(dist, 1)]
        if args.diff and d["id"] in before and before[d["id"]] != results[d["id"]]:
            old = before[d["id"]]
            gain = (fold(loc.location) == fold(g["location"])) - (fold(old[0]) == fold(g["location"]))
            gain += (loc.geo_precision == g["geo_precision"]) - (old[2] == g["geo_precision"])
            changed["better" if gain > 0 else "worse" if gain < 0 else "same"] += 1
            if (
                not args.group
                or args.group in ("all", g["country"])
                or g["dataset"] == GLOBAL
                and args.group == "global2020"
            ):
                print(f"\n{'+' if gain > 0 else '-' if gain < 0 else '='} {d['text'][:300]}")
                print(f"  gold: {g['admin1']} | {g['location']} | p{g['geo_precision']}")
                print(f"  was : {old}")
                print(f"  now : {results[d['id']]}")
        groups = ["all", g["country"] if g["country"] in ("Syria", "Kenya", "Yemen", args.group) else "",
                  "global2020" if g["dataset"] == GLOBAL else "",
                  "holdout" if g["dataset"] == GLOBAL and g["event_date"] >= "2020-05-01" else ""]  # fmt: skip
        for grp in filter(None, groups):
            stats[grp]["n"] += 1
            for k, v in ok.items():
                stats[grp][k] += v
            prec[grp][(g["geo_precision"], loc.geo_precision)] += 1
        if not (ok["location"] and ok["within10"] and ok["admin1"]):
            cls = classify(g, loc, places, d["text"], dist)
            for grp in filter(None, groups):
                classes[grp][cls] += 1
            if args.group in groups and (not args.cls or cls == args.cls):
                misses.append((cls, d["text"], g, loc, places, dist))
    print(f"{'group':<12}{'n':>6}" + "".join(f"{m:>11}" for m in METRICS))
    for grp, c in sorted(stats.items()):
        print(f"{grp:<12}{c['n']:>6}" + "".join(f"{100 * c[m] / c['n']:>10.1f}%" for m in METRICS))
    print(f"locate time per document: {1000 * elapsed / max(1, stats['all']['n']):.3f} ms")
    for grp in dict.fromkeys(("global2020", "holdout", "Yemen", "Kenya", args.group)):
        print(grp, dict(classes[grp].most_common()))
        if args.prec:
            print("  precision gold->got", sorted(prec[grp].items(), key=lambda kv: -kv[1]))
    if not args.half or args.honest:
        args.places.write_bytes(pickle.dumps(cached))
    if args.save:
        args.save.write_text(json.dumps(results))
    if args.diff:
        print("changed:", dict(changed))
    random.Random(0).shuffle(misses)
    for cls, text, g, loc, places, dist in misses[: args.dump]:
        print(f"\n[{cls}] {text[:400]}")
        print(
            "  places:",
            "; ".join(
                f"{pm.span.text}<{pm.cue}>"
                + (
                    f"={pm.candidates[0].name}/{pm.candidates[0].feature}/{pm.candidates[0].admin1}"
                    if pm.candidates
                    else "=?"
                )
                for pm in places
            ),
        )
        print(f"  gold: {g['admin1']} | {g['admin2']} | {g['location']} | p{g['geo_precision']}")
        print(
            f"  got : {loc.admin1} | {loc.admin2} | {loc.location} | p{loc.geo_precision}  ({round(dist)} km)"
        )


if __name__ == "__main__":
    main()
