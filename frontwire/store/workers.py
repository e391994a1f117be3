"""Extraction for batches: documents in, (document, events or error) out, in input order, in this
process or in a pool of worker processes.

Reads documents lazily from any iterable (a folder of millions never sits in memory: at most a
few chunks per worker are in flight). Runs a picklable `extract` callable — `SettingsExtractor`
binds `pipeline.extract` to the gazetteer the settings name and opens it once per process. Never
raises for one document: a failure comes back as a `FrontwireError` in its place.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache, partial

from ..errors import FrontwireError
from ..fingerprint import extractor_fingerprint
from ..model import Document, Event
from ..settings import Settings

__all__ = ["SettingsExtractor", "extract_all", "extract_safely"]

Extract = Callable[[Document], list[Event]]
_CHUNK = 16  # documents per task: enough to amortise pickling, small enough to keep workers even
_IN_FLIGHT_PER_WORKER = 4


@dataclass(frozen=True)
class SettingsExtractor:
    """`pipeline.extract` with the settings' gazetteer (else the bundled one); picklable."""

    settings: Settings

    def __call__(self, doc: Document) -> list[Event]:
        return _pipeline(self.settings)(doc)

    def warm(self) -> None:
        """Open (building on first use) the gazetteer here, before any worker races to build it."""
        _pipeline(self.settings)

    @property
    def fingerprint(self) -> str:
        """Which extractor this is (`frontwire.fingerprint`): stored with each document it extracts."""
        return extractor_fingerprint(self.settings.gazetteer)


@lru_cache(maxsize=2)
def _pipeline(settings: Settings) -> Extract:
    from ..gazetteer import Gazetteer, default_gazetteer
    from ..pipeline import extract

    path = settings.gazetteer
    gazetteer = Gazetteer.open(path) if path else default_gazetteer(settings.cache_dir)
    return partial(extract, gazetteer=gazetteer)


def extract_safely(extract: Extract, doc: Document) -> list[Event]:
    """`extract(doc)`, with any exception turned into a one-line `FrontwireError` naming the document."""
    try:
        return extract(doc)
    except FrontwireError:
        raise
    except Exception as exc:  # a pipeline bug on one document must not end a batch of millions
        raise FrontwireError(
            f"{doc.origin or doc.id}: extraction failed ({type(exc).__name__}: {exc})"
        ) from exc


def _extract_chunk(extract: Extract, docs: list[Document]) -> list[list[Event] | FrontwireError]:
    results: list[list[Event] | FrontwireError] = []
    for doc in docs:
        try:
            results.append(extract_safely(extract, doc))
        except FrontwireError as exc:
            results.append(FrontwireError(str(exc)))  # plain: subclasses with extra args do not unpickle
    return results


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_all(
    docs: Iterable[Document], extract: Extract, jobs: int = 1
) -> Iterator[tuple[Document, list[Event] | FrontwireError]]:
    """Each document with its events (or the error that stopped it), in input order."""
    if jobs <= 1:
        for doc in docs:
            yield doc, _extract_chunk(extract, [doc])[0]
        return
    # "spawn": a forked worker would inherit this process's open SQLite connections.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending: deque[tuple[list[Document], Future[list[list[Event] | FrontwireError]]]] = deque()
        for chunk in _chunks(docs, _CHUNK):
            pending.append((chunk, pool.submit(_extract_chunk, extract, chunk)))
            if len(pending) >= jobs * _IN_FLIGHT_PER_WORKER:
                chunk_done, future = pending.popleft()
                yield from zip(chunk_done, future.result(), strict=True)
        while pending:
            chunk_done, future = pending.popleft()
            yield from zip(chunk_done, future.result(), strict=True)
