"""Learn how often ACLED codes the place a cue frames, for locate's choice among a report's places.

Development only: reads the dev gold (/work/shared/data) and the place mentions that
`tools/eval_locate.py` cached (/tmp/fw-locate-places.pkl; run it first). For each cue ("in", "near",
"from", "X district", ...) it counts, over reports naming two or more places one of which is ACLED's,
how often a mention with that cue is ACLED's place. Writes frontwire/data/locate/cue_weights.yaml
(cue -> smoothed rate; cues seen fewer than --min times are left out). `--half even` learns from one
half so the other half can be scored honestly.

`--seats` instead writes frontwire/data/locate/district_seats.tsv: for each district ACLED never names
after itself, the place it codes district-level (precision 2) events at ("Nihm" -> "Al Madid"); a
derived fact, no text. `write_district_seats(..., exclude=...)` leaves a half out for honest scoring.

Usage: python tools/build_locate_cues.py [--part global] [--half even] [--min 6]
       python tools/build_locate_cues.py --seats
"""

from __future__ import annotations

import argparse
import collections
import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from frontwire.gazetteer import fold
from frontwire.locate import _level

GLOBAL = "RPanlilio_acled_global_2020.csv"
OUT = Path(__file__).resolve().parents[1] / "frontwire" / "data" / "locate" / "cue_weights.yaml"
SEATS = OUT.with_name("district_seats.tsv")


def write_district_seats(data: Path, out: Path = SEATS, exclude: frozenset[str] = frozenset()) -> int:
    """ACLED's precision-2 place per district, for districts whose own name ACLED never uses as a place."""
    at: dict[tuple[str, str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    named_after_itself: set[tuple[str, str, str]] = set()
    for g in map(json.loads, (data / "acled_dev_gold.jsonl").open(encoding="utf-8")):
        if g["doc_id"] in exclude or not g["admin2"] or not g["location"]:
            continue
        key = (g["country"], g["admin1"], fold(g["admin2"]))
        if fold(g["location"]) == key[2]:
            named_after_itself.add(key)
        elif g["geo_precision"] == 2:
            at[key][g["location"]] += 1
    lines = [
        "# Where ACLED codes a district-level event (precision 2) in a district it never names after itself",
        "# (written by tools/build_locate_cues.py --seats from the dev gold; a derived fact).",
        "# country<TAB>admin1<TAB>admin2<TAB>ACLED's place<TAB>events",
    ]
    for key, c in sorted(at.items()):
        if key not in named_after_itself:
            name, n = c.most_common(1)[0]
            lines.append(f"{key[0]}\t{key[1]}\t{key[2]}\t{name}\t{n}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 3


def is_gold(pm, g: dict) -> bool:
    gl = fold(g["location"])
    if fold(pm.span.text) == gl or any(fold(c.name) == gl for c in pm.candidates[:2]):
        return True
    c = pm.candidates[0]
    return (
        c.latitude is not None and abs(c.latitude - g["latitude"]) + abs(c.longitude - g["longitude"]) < 0.05
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--places", type=Path, default=Path("/tmp/fw-locate-places.pkl"))
    ap.add_argument("--part", choices=("global", "all"), default="global")
    ap.add_argument("--half", choices=("odd", "even"))
    ap.add_argument("--min", type=int, default=6)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--seats", action="store_true", help="write district_seats.tsv instead")
    args = ap.parse_args()
    if args.seats:
        print(f"{write_district_seats(args.data)} district seats -> {SEATS}")
        return
    gold = {g["doc_id"]: g for g in map(json.loads, (args.data / "acled_dev_gold.jsonl").open())}
    cached = pickle.loads(args.places.read_bytes())
    seen: collections.Counter = collections.Counter()
    won: collections.Counter = collections.Counter()
    for doc_id, places in cached.items():
        g = gold[doc_id]
        if args.part == "global" and g["dataset"] != GLOBAL:
            continue
        if args.half and int(doc_id[-1], 16) % 2 != (args.half == "odd"):
            continue
        usable = [p for p in places if p.candidates and _level(p.candidates[0]) < 4]
        if len({fold(p.span.text) for p in usable}) < 2 or not any(is_gold(p, g) for p in usable):
            continue
        for p in usable:
            seen[p.cue] += 1
            won[p.cue] += is_gold(p, g)
    base = sum(won.values()) / max(1, sum(seen.values()))
    lines = [
        "# How often ACLED codes the place a cue frames, among reports naming two or more places",
        f"# (written by tools/build_locate_cues.py --part {args.part}; rate smoothed towards the mean {base:.2f}).",
        f"mean: {base:.3f}",
        "rates:",
    ]
    for cue, n in seen.most_common():
        if n >= args.min:
            rate = (won[cue] + 2 * base) / (n + 2)
            lines.append(f"  {json.dumps(cue)}: {rate:.3f}  # {won[cue]}/{n}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 4} cues -> {args.out}")


if __name__ == "__main__":
    main()
