"""Score frontwire's dates and fatalities against the ACLED dev gold.

Reads /work/shared/data/acled_dev_docs.jsonl and acled_dev_gold.jsonl (or --data DIR). Each document
is one mention spanning all its sentences; `published` is the file's (event_date + 2 days). Prints
event_date / time_precision / fatalities exact-match rates overall, for the 2020 global part, per
top-10 country ("dated": event_date over documents whose text dates the event), the time per
document, the attribution found (no gold for it), then the commonest error classes with examples.

    /work/venv/bin/python tools/eval_when.py [--data DIR] [--errors N] [--only dates|fatalities]
"""

from __future__ import annotations

import argparse
import collections
import json
import time
from datetime import date
from pathlib import Path

from frontwire.attribution import attribute_event
from frontwire.dates import resolve_event_date
from frontwire.fatalities import count_casualties
from frontwire.model import Document, EventMention
from frontwire.sentences import split_sentences

GLOBAL = "RPanlilio_acled_global_2020.csv"


def _load(data: Path) -> list[tuple[dict, dict]]:
    docs = {}
    with open(data / "acled_dev_docs.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            docs[d["id"]] = d
    with open(data / "acled_dev_gold.jsonl", encoding="utf-8") as fh:
        return [(docs[g["doc_id"]], g) for g in map(json.loads, fh)]


def _date_error_class(pred, gold_day: str, has_evidence: bool) -> str:
    if not has_evidence:
        return "no date in text (publication date used)"
    if pred is None:
        return "unresolved"
    delta = (pred - date.fromisoformat(gold_day)).days
    return f"off by {delta:+d} days" if abs(delta) <= 7 else "other date picked"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--errors", type=int, default=3, help="examples per error class")
    ap.add_argument("--global-only", action="store_true", help="score only the 2020 global part")
    args = ap.parse_args()
    rows = _load(args.data)
    if args.global_only:
        rows = [(d, g) for d, g in rows if g["dataset"] == GLOBAL]
    score: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    errors: dict[str, list[str]] = collections.defaultdict(list)
    countries = collections.Counter(g["country"] for _, g in rows)
    top = {c for c, _ in countries.most_common(10)}
    timing: collections.Counter = collections.Counter()
    certainty: collections.Counter = collections.Counter()
    reporters: collections.Counter = collections.Counter()
    for d, g in rows:
        doc = Document(id=d["id"], text=d["text"], published=date.fromisoformat(d["published"]))
        sents = split_sentences(doc.text)
        if not sents:
            continue
        mention = EventMention(sentences=sents, trigger=sents[0])
        t0 = time.perf_counter()
        ed = resolve_event_date(doc, mention, sents)
        t1 = time.perf_counter()
        cas = count_casualties(doc, mention)
        t2 = time.perf_counter()
        claim = attribute_event(doc, mention, sents)
        t3 = time.perf_counter()
        certainty[claim.certainty] += 1
        reporters[claim.claimed_by or "(none)"] += 1
        timing["dates"] += t1 - t0
        timing["fatalities"] += t2 - t1
        timing["attribution"] += t3 - t2
        pred_day = ed.event_date.isoformat() if ed.event_date else ""
        ok = {
            "date": pred_day == g["event_date"],
            "precision": ed.precision == g["time_precision"],
            "fatalities": cas.fatalities == g["fatalities"],
        }
        ok["date_dated"] = ok["date"] if ed.evidence else None
        groups = [
            "overall",
            g["country"] if g["country"] in top else None,
            "global-2020" if g["dataset"] == GLOBAL else None,
        ]
        for grp in filter(None, groups):
            score[grp]["n"] += 1
            for k, v in ok.items():
                if v is not None:
                    score[grp][k] += v
                    score[grp][k + "_n"] += 1
        if not ok["date"]:
            cls = "date: " + _date_error_class(ed.event_date, g["event_date"], bool(ed.evidence))
            errors[cls].append(
                f"gold {g['event_date']} pred {pred_day} ev={[s.text for s in ed.evidence]} | {d['text'][:160]}"
            )
        elif not ok["precision"]:
            cls = f"precision: gold {g['time_precision']} pred {ed.precision}"
            errors[cls].append(f"ev={[s.text for s in ed.evidence]} | {d['text'][:160]}")
        if not ok["fatalities"]:
            kind = "missed deaths" if cas.fatalities < g["fatalities"] else "too many"
            if cas.fatalities == 0:
                kind = "0 predicted"
            elif g["fatalities"] == 0:
                kind = "gold 0"
            errors["fatalities: " + kind].append(
                f"gold {g['fatalities']} pred {cas.fatalities} ev={[s.text for s in cas.evidence]} | {d['text'][:220]}"
            )
    print(f"{'group':<22}{'n':>6}{'date':>8}{'dated':>8}{'prec':>8}{'fatal':>8}")
    order = ["overall", "global-2020"] + sorted(top, key=lambda c: -countries[c])
    for grp in order:
        s = score[grp]

        def pct(k: str, s: collections.Counter = s) -> str:
            return f"{100 * s[k] / s[k + '_n']:.1f}" if s[k + "_n"] else "-"

        print(
            f"{grp:<22}{s['n']:>6}{pct('date'):>8}{pct('date_dated'):>8}{pct('precision'):>8}{pct('fatalities'):>8}"
        )
    n = score["overall"]["n"]
    print("ms/doc: " + ", ".join(f"{k} {1000 * v / n:.3f}" for k, v in timing.items()))
    print("attribution (no gold): certainty " + ", ".join(f"{k} {v}" for k, v in certainty.most_common()))
    print("  reporters: " + ", ".join(f"{k} {v}" for k, v in reporters.most_common(8)))
    print("\nerror classes:")
    for cls, ex in sorted(errors.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(ex):>6}  {cls}")
        for e in ex[: args.errors]:
            print("          " + e)


if __name__ == "__main__":
    main()
