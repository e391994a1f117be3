"""The evaluation harness: run the pipeline on gold-coded documents and score it field by field.

Reads documents (the JSONL input format) and gold events (ACLED columns, one per document, keyed by
`doc_id`, as in ../shared/data), runs `extract` on each document, takes the first event it finds
(ACLED notes lead with the event they code) and scores each field. A note ACLED coded as several
events ("fatalities split between 3 events", one row per front) comes as several gold rows with the
same text and date: it is extracted once and its first n events are paired one-to-one with its n
rows, the pairing that agrees on most fields. Scoring every such row against the first event would
count n-1 sure misses whatever the system did; taking only the first n keeps a system that emits
extra events from choosing among them. Scores come per slice: all
documents, each dataset part, the held-out slice the shipped models never trained on, and each
of the most frequent countries. A document with no predicted event scores zero on every field but
detection, so misses are never hidden. `check_floors` compares a report with a baseline file of
pinned minimums: that is the CI gate.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .gazetteer.geometry import distance_km
from .model import Document

__all__ = ["FIELDS", "HOLDOUT", "EvalReport", "check_floors", "evaluate", "load_gold", "pair_rows"]

GLOBAL_2020 = "RPanlilio_acled_global_2020.csv"
HOLDOUT = "holdout"  # the global-2020 rows dated 2020-05-01 and later: never used for training
HOLDOUT_FROM = "2020-05-01"

FIELDS = (
    "detection", "event_type", "sub_event_type", "event_date", "time_precision", "country", "admin1",
    "location", "within_10km", "within_50km", "geo_precision", "fatalities", "actor1", "actor2",
    "actor_pair",
)  # fmt: skip


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def score_row(predicted: dict[str, Any] | None, gold: dict[str, Any]) -> dict[str, bool]:
    """Per-field agreement of one predicted event row with one gold row."""
    if predicted is None:
        return {name: False for name in FIELDS}
    p, g = predicted, gold
    distance = None
    if (
        p.get("latitude") is not None
        and p.get("longitude") is not None
        and g.get("latitude") not in ("", None)
    ):
        distance = distance_km(
            float(p["latitude"]), float(p["longitude"]), float(g["latitude"]), float(g["longitude"])
        )
    return {
        "detection": True,
        "event_type": p["event_type"] == g["event_type"],
        "sub_event_type": p["sub_event_type"] == g["sub_event_type"],
        "event_date": p["event_date"] == g["event_date"],
        "time_precision": p["time_precision"] == g["time_precision"],
        "country": p["country"] == g["country"],
        "admin1": _fold(p["admin1"]) == _fold(g["admin1"]),
        "location": _fold(p["location"]) == _fold(g["location"]),
        "within_10km": distance is not None and distance <= 10,
        "within_50km": distance is not None and distance <= 50,
        "geo_precision": p["geo_precision"] == g["geo_precision"],
        "fatalities": int(p["fatalities"] or 0) == int(g["fatalities"] or 0),
        "actor1": p["actor1"] == g["actor1"],
        "actor2": p["actor2"] == g["actor2"],
        "actor_pair": p["actor1"] == g["actor1"] and p["actor2"] == g["actor2"],
    }


@dataclass
class EvalReport:
    """Agreement counts per slice and field, plus sub-type confusions and timing."""

    totals: Counter[str] = field(default_factory=Counter)  # slice -> documents
    hits: dict[str, Counter[str]] = field(default_factory=dict)  # slice -> field -> agreeing documents
    subtype_pairs: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, predicted)
    seconds: float = 0.0

    def add(self, slices: Iterable[str], scores: dict[str, bool]) -> None:
        for name in slices:
            self.totals[name] += 1
            counter = self.hits.setdefault(name, Counter())
            counter.update(k for k, ok in scores.items() if ok)

    def score(self, slice_name: str, field_name: str) -> float:
        total = self.totals[slice_name]
        return self.hits.get(slice_name, Counter())[field_name] / total if total else 0.0

    def macro_f1(self) -> float:
        labels = {gold for gold, _ in self.subtype_pairs}
        f1s = []
        for label in labels:
            tp = self.subtype_pairs[(label, label)]
            fp = sum(n for (g, p), n in self.subtype_pairs.items() if p == label and g != label)
            fn = sum(n for (g, p), n in self.subtype_pairs.items() if g == label and p != label)
            f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
        return sum(f1s) / len(f1s) if f1s else 0.0

    def confusions(self, top: int = 10) -> list[tuple[str, str, int]]:
        wrong = Counter({k: v for k, v in self.subtype_pairs.items() if k[0] != k[1]})
        return [(g, p, n) for (g, p), n in wrong.most_common(top)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.totals["all"],
            "seconds": round(self.seconds, 1),
            "sub_event_macro_f1": round(self.macro_f1(), 4),
            "slices": {
                name: {"documents": n, **{f: round(self.score(name, f), 4) for f in FIELDS}}
                for name, n in self.totals.most_common()
            },
            "top_subtype_confusions": [
                {"gold": g, "predicted": p, "count": n} for g, p, n in self.confusions()
            ],
        }

    def format_text(self, countries: int = 10) -> str:
        names = ["all", HOLDOUT] + sorted(n for n in self.totals if n.startswith("dataset:"))
        names += [n for n, _ in self.totals.most_common() if n.startswith("country:")][:countries]
        short = {"within_10km": "10km", "within_50km": "50km", "sub_event_type": "sub_type",
                 "time_precision": "time_prec", "geo_precision": "geo_prec", "event_type": "type",
                 "event_date": "date", "detection": "detect", "actor_pair": "pair"}  # fmt: skip
        header = f"{'slice':<38}{'docs':>6}" + "".join(f"{short.get(f, f):>10}" for f in FIELDS)
        lines = [header]
        for name in names:
            if not self.totals[name]:
                continue
            cells = "".join(f"{100 * self.score(name, f):>9.1f}%" for f in FIELDS)
            lines.append(f"{name[:37]:<38}{self.totals[name]:>6}{cells}")
        lines.append(f"sub_event_type macro-F1 (all): {self.macro_f1():.3f}")
        lines.append("top sub-type confusions (gold -> predicted):")
        lines += [f"  {n:>5}  {g} -> {p}" for g, p, n in self.confusions()]
        lines.append(f"{self.totals['all']} documents in {self.seconds:.1f} s")
        return "\n".join(lines)


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    gold: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                gold[row["doc_id"]] = row
    return gold


def slices_of(gold: dict[str, Any]) -> list[str]:
    names = ["all", f"dataset:{gold.get('dataset', '')}", f"country:{gold.get('country', '')}"]
    if gold.get("dataset") == GLOBAL_2020 and gold.get("event_date", "") >= HOLDOUT_FROM:
        names.append(HOLDOUT)
    return names


def _first_event_rows(job: tuple[Document, int]) -> list[dict[str, Any]]:
    """The rows of a note's first `n` events (fewer when it yields fewer)."""
    from .gazetteer import default_gazetteer
    from .pipeline import extract_document

    doc, n = job
    return [event.to_row() for event in extract_document(doc, default_gazetteer())[:n]]


def _rows_in_parallel(jobs_in: list[tuple[Document, int]], jobs: int) -> Iterator[list[dict[str, Any]]]:
    if jobs <= 1:
        yield from map(_first_event_rows, jobs_in)
        return
    from .gazetteer import default_gazetteer

    default_gazetteer()  # build the index once here, not racing in every worker
    # "spawn": a forked worker would inherit this process's open SQLite connection.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield from pool.map(_first_event_rows, jobs_in, chunksize=64)


def pair_rows(
    predicted: list[dict[str, Any]], golds: list[dict[str, Any]]
) -> list[tuple[dict[str, Any] | None, dict[str, Any]]]:
    """Each gold row of one note with the predicted event it is scored against, one-to-one.

    The pairing is the one that agrees on most fields (ties: document order); a gold row left
    without an event is paired with None and scores zero.
    """
    padded: list[dict[str, Any] | None] = [*predicted[: len(golds)]]
    padded += [None] * (len(golds) - len(padded))
    if len(golds) == 1:
        return [(padded[0], golds[0])]

    def agreement(order: tuple[dict[str, Any] | None, ...]) -> int:
        return sum(sum(score_row(p, g).values()) for p, g in zip(order, golds, strict=True))

    if len(golds) <= 6:
        best = max(itertools.permutations(padded), key=agreement)
        return list(zip(best, golds, strict=True))
    free = list(padded)  # too many orders to try: each gold row takes its best remaining event
    pairs = []
    for g in golds:
        p = max(free, key=lambda row: sum(score_row(row, g).values()))
        free.remove(p)
        pairs.append((p, g))
    return pairs


def evaluate(
    documents: Iterable[Document | InputError],
    gold: dict[str, dict[str, Any]],
    *,
    jobs: int = 1,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> EvalReport:
    docs = [d for d in documents if isinstance(d, Document) and d.id in gold][:limit]
    notes: dict[tuple[str, object], list[Document]] = {}
    for doc in docs:
        notes.setdefault((doc.text, doc.published), []).append(doc)
    groups = list(notes.values())
    report = EvalReport()
    started = time.perf_counter()
    done = 0
    jobs_in = [(group[0], len(group)) for group in groups]
    for group, rows in zip(groups, _rows_in_parallel(jobs_in, jobs), strict=True):
        for row, g in pair_rows(rows, [gold[doc.id] for doc in group]):
            report.add(slices_of(g), score_row(row, g))
            report.subtype_pairs[(g["sub_event_type"], row["sub_event_type"] if row else "(none)")] += 1
        done += len(group)
        if progress:
            progress(done)
    report.seconds = time.perf_counter() - started
    return report


def check_floors(report: EvalReport, baseline: dict[str, dict[str, float]]) -> list[str]:
    """The floors a report falls below, as readable lines; empty when the gate passes.

    The baseline maps slice -> field -> minimum fraction (and "sub_event_macro_f1" -> minimum).
    """
    failures = []
    for slice_name, floors in baseline.items():
        if slice_name == "sub_event_macro_f1":
            if report.macro_f1() + 1e-9 < float(floors):  # type: ignore[arg-type]
                failures.append(f"sub_event_type macro-F1 {report.macro_f1():.4f} < floor {floors}")
            continue
        for field_name, floor in floors.items():
            got = report.score(slice_name, field_name)
            if got + 1e-9 < floor:
                failures.append(f"{slice_name} {field_name}: {got:.4f} < floor {floor:.4f}")
    return failures
