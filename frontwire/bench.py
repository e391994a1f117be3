"""The throughput benchmark: documents per second on one core, and peak memory.

Reads documents (any input `frontwire.ingest` reads), warms the pipeline up (the gazetteer and
models load once per process and are reported apart), then runs `extract_document` over the
corpus in this one process, so the figure is per core; a machine's throughput is this times the
worker processes it runs. Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import resource
import sys
import time
from dataclasses import dataclass

from .gazetteer import default_gazetteer
from .model import Document
from .pipeline import extract_document

__all__ = ["BenchResult", "run_bench"]


@dataclass(frozen=True)
class BenchResult:
    documents: int
    characters: int
    events: int
    load_seconds: float
    seconds: float
    peak_rss_mb: float

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    def format_text(self) -> str:
        return (
            f"{self.documents} documents ({self.characters / 1e6:.2f} M characters), {self.events} events\n"
            f"start-up (gazetteer, models): {self.load_seconds:.2f} s\n"
            f"throughput: {self.docs_per_second:.1f} documents/s on one core "
            f"({self.characters / self.seconds / 1e3 if self.seconds else 0:.0f} k characters/s)\n"
            f"peak memory: {self.peak_rss_mb:.0f} MB"
        )


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_bench(documents: list[Document], repeat: int = 1) -> BenchResult:
    started = time.perf_counter()
    gazetteer = default_gazetteer()
    if documents:
        extract_document(documents[0], gazetteer)  # loads the lexicons, knowledge bases and models
    load_seconds = time.perf_counter() - started
    events = 0
    started = time.perf_counter()
    for _ in range(repeat):
        for doc in documents:
            events += len(extract_document(doc, gazetteer))
    seconds = time.perf_counter() - started
    return BenchResult(
        documents=len(documents) * repeat,
        characters=sum(len(d.text) for d in documents) * repeat,
        events=events,
        load_seconds=load_seconds,
        seconds=seconds,
        peak_rss_mb=_peak_rss_mb(),
    )
