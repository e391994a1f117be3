"""Measure event segmentation and classification on the ACLED dev data.

Reads /work/shared/data (acled_dev_docs.jsonl, acled_dev_gold.jsonl); runs the pipeline's own
`split_sentences -> find_event_mentions -> classify_event` on every document and scores the FIRST
mention against the document's one gold event (a document without a mention counts as wrong):
detection rate (documents with >= 1 mention), event_type and sub_event_type accuracy, macro-F1 over
the sub-types present in gold, and the ten most frequent sub-type confusions. Printed for the
held-out slice (global 2020 file, event_date >= 2020-05-01, never trained on) and for all rows
(which the shipped model was trained on, so "all" is optimistic; see the CV figures of
tools/train_event_model.py --cv). Also prints the mentions found in the seed report, and the score on
our own news snippet set (tests/fixtures/news_snippets.yaml: events must get their sub-type, non-events
no event at all).

Usage: python tools/eval_events.py [--data DIR] [--seed FILE] [--news FILE] [--dump FILE]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import yaml
from sklearn.metrics import f1_score

from frontwire.classify import classify_event
from frontwire.model import Document
from frontwire.segment import find_event_mentions
from frontwire.sentences import split_sentences

HELD_OUT_DATASET = "RPanlilio_acled_global_2020.csv"
HELD_OUT_FROM = "2020-05-01"
MISSED = "(no event)"


def predict(text: str, doc_id: str) -> tuple[str, str, int]:
    doc = Document(id=doc_id, text=text)
    mentions = find_event_mentions(doc, split_sentences(text))
    if not mentions:
        return MISSED, MISSED, 0
    kind = classify_event(doc, mentions[0])
    return kind.event_type, kind.sub_event_type, len(mentions)


def report(name: str, results: list[tuple[dict, tuple[str, str, int]]]) -> None:
    n = len(results)
    if not n:
        return
    gold_sub = [g["sub_event_type"] for g, _ in results]
    pred_sub = [p[1] for _, p in results]
    detected = sum(p[2] > 0 for _, p in results)
    type_ok = sum(g["event_type"] == p[0] for g, p in results)
    sub_ok = sum(a == b for a, b in zip(gold_sub, pred_sub, strict=True))
    macro = f1_score(gold_sub, pred_sub, labels=sorted(set(gold_sub)), average="macro", zero_division=0)
    print(f"== {name}: {n} documents")
    print(f"   detection rate      {detected / n:.4f}")
    print(f"   event_type acc      {type_ok / n:.4f}")
    print(f"   sub_event_type acc  {sub_ok / n:.4f}")
    print(f"   macro-F1 sub-types  {macro:.4f}  (over {len(set(gold_sub))} sub-types present)")
    confusions = Counter((a, b) for a, b in zip(gold_sub, pred_sub, strict=True) if a != b)
    print("   top confusions (gold -> predicted):")
    for (gold, guess), count in confusions.most_common(10):
        print(f"     {count:4d}  {gold} -> {guess}")


def seed_report(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    text = text[: text.find("Note to readers")] if "Note to readers" in text else text
    doc = Document(id="seed", text=text)
    print(f"== seed report {path.name}")
    for mention in find_event_mentions(doc, split_sentences(text)):
        kind = classify_event(doc, mention)
        print(f"   [{kind.event_type} / {kind.sub_event_type} {kind.confidence:.2f}] "
              f"trigger={mention.trigger.text!r}: {mention.sentences[0].text[:90]!r}"
              f" (+{len(mention.sentences) - 1} sentences)")  # fmt: skip


def news_report(path: Path) -> None:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    wrong = []
    for case in cases["events"]:
        got = predict(case["text"], "news")[1]
        if got != case["sub"]:
            wrong.append(f"{case['sub']} -> {got}: {case['text'][:70]!r}")
    for text in cases["no_events"]:
        got = predict(text, "news")[1]
        if got != MISSED:
            wrong.append(f"(no event) -> {got}: {text[:70]!r}")
    n = len(cases["events"]) + len(cases["no_events"])
    print(f"== news snippets {path.name}: {n - len(wrong)}/{n} right "
          f"({len(cases['events'])} events, {len(cases['no_events'])} non-events)")  # fmt: skip
    for line in wrong:
        print("   " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--seed", type=Path, default=Path("/work/shared/examples/seed-report.txt"))
    parser.add_argument("--news", type=Path, default=Path(__file__).resolve().parents[1] / "tests/fixtures/news_snippets.yaml")
    parser.add_argument(
        "--dump",
        type=Path,
        help="write each document's first-mention prediction here (JSONL: id, gold, pred, mentions, held_out), "
        "to diff two trees row by row or set beside train_event_model.py --held-out-preds",
    )
    args = parser.parse_args()
    gold = {}
    with open(args.data / "acled_dev_gold.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            gold[row["doc_id"]] = row
    results = []
    started = time.perf_counter()
    with open(args.data / "acled_dev_docs.jsonl", encoding="utf-8") as handle:
        for line in handle:
            raw = json.loads(line)
            results.append((gold[raw["id"]], predict(raw["text"], raw["id"])))
    seconds = time.perf_counter() - started
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as handle:
            for g, p in results:
                held = g["dataset"] == HELD_OUT_DATASET and g["event_date"] >= HELD_OUT_FROM
                row = {"id": g["doc_id"], "gold": g["sub_event_type"], "pred": p[1], "mentions": p[2]}
                handle.write(json.dumps(row | {"held_out": held}) + "\n")
    print(f"{len(results)} documents in {seconds:.1f} s ({len(results) / seconds:.0f} docs/s)")
    held_out = [
        (g, p) for g, p in results if g["dataset"] == HELD_OUT_DATASET and g["event_date"] >= HELD_OUT_FROM
    ]
    report("held-out slice (unseen by training)", held_out)
    report("all dev rows (trained on, optimistic)", results)
    if args.seed.exists():
        seed_report(args.seed)
    if args.news.exists():
        news_report(args.news)


if __name__ == "__main__":
    main()
