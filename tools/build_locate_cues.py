"""Learn how often ACLED codes the place a cue frames, for locate's choice among a report's places.

Development only: reads the dev gold (/work/shared/data) and the place mentions that
`tools/eval_locate.py` cached (/tmp/fw-locate-places.pkl; run it first). For each cue ("in", "near",
"from", "X district", ...) it counts, over reports naming two or more places one of which is ACLED's,
how often a mention with that cue is ACLED's place. Writes frontwire/data/locate/cue_weights.yaml
(cue -> smoothed rate; cues seen fewer than --min times are left out). `--half even` learns from one
half so the other half can be scored honestly.

Usage: python tools/build_locate_cues.py [--part global] [--half even] [--min 6]
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
    args = ap.parse_args()
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
