"""Batch ingestion: documents (and input errors) in, a store filled and a summary out.

Reads what `frontwire.ingest.read_inputs` yields and an `extract` function (normally
`frontwire.pipeline.extract`); writes each new document with its events to the store, one
transaction per document. Never stops the batch for one document: input errors, extraction
failures and store errors are each counted as failed and passed to `on_error`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..errors import FrontwireError
from ..model import Document, Event
from .base import EventStore

__all__ = ["IngestSummary", "extract_safely", "ingest_documents"]


@dataclass(frozen=True, slots=True)
class IngestSummary:
    read: int = 0  # every input item: new + unchanged + failed
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0  # events stored by this run

    def __str__(self) -> str:
        return (
            f"documents: {self.read} read, {self.new} new, {self.unchanged} unchanged, {self.failed} failed; "
            f"events stored: {self.events}"
        )


def ingest_documents(
    store: EventStore,
    items: Iterable[Document | FrontwireError],
    extract: Callable[[Document], list[Event]],
    on_error: Callable[[FrontwireError], None] | None = None,
) -> IngestSummary:
    """Store every new document with the events `extract` finds in it; skip unchanged ones unread."""
    new = unchanged = failed = stored = 0
    for item in items:
        if isinstance(item, FrontwireError):
            failed += 1
            if on_error:
                on_error(item)
            continue
        try:
            if store.contains(item):  # checked before extraction: re-ingesting a corpus costs little
                unchanged += 1
                continue
            found = extract_safely(extract, item)
            if store.add_document(item, found):
                new += 1
                stored += len(found)
            else:
                unchanged += 1
        except FrontwireError as exc:
            failed += 1
            if on_error:
                on_error(exc)
    return IngestSummary(new + unchanged + failed, new, unchanged, failed, stored)


def extract_safely(extract: Callable[[Document], list[Event]], doc: Document) -> list[Event]:
    try:
        return extract(doc)
    except FrontwireError:
        raise
    except Exception as exc:  # a pipeline bug on one document must not end a batch of millions
        raise FrontwireError(
            f"{doc.origin or doc.id}: extraction failed ({type(exc).__name__}: {exc})"
        ) from exc
