"""The throughput benchmark: documents per second on one core, peak memory, and where the time goes.

Reads documents (any input `frontwire.ingest` reads), warms the pipeline up (the gazetteer and
models load once per process and are reported apart), then runs `extract_document` over the
corpus in this one process, so the figure is per core; a machine's throughput is this times the
worker processes it runs. Peak memory is the process's maximum resident set size.

Two finer figures answer "which stage is slow": geoparsing is timed on its own, per 1,000 words,
since it is the stage that scans the whole text against the gazetteer; and, on request, one
profiled pass splits the pipeline's time between its stages. The profiler slows everything, so
that split is given as shares of the profiled time, never as absolute seconds.
"""

from __future__ import annotations

import cProfile
import pstats
import resource
import sys
import time
from dataclasses import dataclass, field

from . import actors, attribution, classify, coordination, dates, fatalities, geoparse, segment
from .gazetteer import default_gazetteer
from .model import Document
from .pipeline import extract_document
from .sentences import split_sentences

__all__ = ["BenchResult", "run_bench"]

# The stage entry points `extract_document` calls, by the name the report gives them.
_STAGES = {
    "sentences": split_sentences,
    "segment": segment.find_event_mentions,
    "geoparse": geoparse.find_places,
    "classify": classify.classify_event,
    "dates": dates.resolve_event_date,
    "attribution": attribution.attribute_event,
    "locate": coordination.locate_each_place,
    "fatalities": fatalities.count_casualties,
    "actors": actors.extract_actors,
}


@dataclass(frozen=True)
class BenchResult:
    documents: int
    characters: int
    words: int
    events: int
    load_seconds: float
    seconds: float
    geoparse_seconds: float
    peak_rss_mb: float
    stage_shares: dict[str, float] = field(default_factory=dict)

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def geoparse_ms_per_1000_words(self) -> float:
        return 1e6 * self.geoparse_seconds / self.words if self.words else 0.0

    def format_text(self) -> str:
        lines = [
            f"{self.documents} documents ({self.characters / 1e6:.2f} M characters, {self.words} words), "
            f"{self.events} events",
            f"start-up (gazetteer, models): {self.load_seconds:.2f} s",
            f"throughput: {self.docs_per_second:.1f} documents/s on one core "
            f"({self.characters / self.seconds / 1e3 if self.seconds else 0:.0f} k characters/s)",
            f"geoparsing alone: {self.geoparse_ms_per_1000_words:.1f} ms per 1,000 words",
            f"peak memory: {self.peak_rss_mb:.0f} MB",
        ]
        if self.stage_shares:
            shares = sorted(self.stage_shares.items(), key=lambda item: -item[1])
            lines.append("time by stage (profiled): " + ", ".join(f"{name} {100 * share:.0f}%" for name, share in shares))
        return "\n".join(lines)


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _stage_shares(documents: list[Document], gazetteer: object) -> dict[str, float]:
    """Each stage's share of one profiled pass, by the cumulative time of its entry point."""
    profile = cProfile.Profile()
    profile.enable()
    for doc in documents:
        extract_document(doc, gazetteer)  # type: ignore[arg-type]
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    cumulative: dict[tuple[str, str], float] = {
        (filename, function): entry[3] for (filename, _line, function), entry in stats.items()
    }
    total = sum(entry[3] for (_f, _l, function), entry in stats.items() if function == "extract_document")
    if not total:
        return {}
    return {
        name: cumulative.get((stage.__code__.co_filename, stage.__code__.co_name), 0.0) / total
        for name, stage in _STAGES.items()
    }


def run_bench(documents: list[Document], repeat: int = 1, stages: bool = False) -> BenchResult:
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
    geoparse_seconds = 0.0
    for _ in range(repeat):
        for doc in documents:
            sentences = split_sentences(doc.text)
            started = time.perf_counter()
            geoparse.find_places(doc, sentences, gazetteer)
            geoparse_seconds += time.perf_counter() - started
    return BenchResult(
        documents=len(documents) * repeat,
        characters=sum(len(d.text) for d in documents) * repeat,
        words=sum(len(d.text.split()) for d in documents) * repeat,
        events=events,
        load_seconds=load_seconds,
        seconds=seconds,
        geoparse_seconds=geoparse_seconds,
        peak_rss_mb=_peak_rss_mb(),
        stage_shares=_stage_shares(documents, gazetteer) if stages else {},
    )
