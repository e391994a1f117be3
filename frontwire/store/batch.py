"""Batch ingestion: documents (and input errors) in, a store filled and a summary out.

Reads what `frontwire.ingest.read_inputs` yields and an `extract` function (normally
`frontwire.pipeline.extract`); writes each new document with its events to the store, one
transaction per document. Never stops the batch for one document: input errors, extraction
failures and store errors are each counted as failed and passed to `on_error`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..errors import FrontwireError
from ..model import Document, Event
from .base import EventStore
from .workers import extract_all, extract_safely

__all__ = ["IngestSummary", "extract_safely", "ingest_documents"]


@dataclass(frozen=True, slots=True)
class IngestSummary:
    read: int = 0  # every input item: new + re_extracted + unchanged + failed
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0  # events stored by this run
    re_extracted: int = 0  # stored before by another extractor (an upgrade): its events replaced

    def __str__(self) -> str:
        return (
            f"documents: {self.read} read, {self.new} new, {self.re_extracted} re-extracted, "
            f"{self.unchanged} unchanged, {self.failed} failed; events stored: {self.events}"
        )


def ingest_documents(
    store: EventStore,
    items: Iterable[Document | FrontwireError],
    extract: Callable[[Document], list[Event]],
    on_error: Callable[[FrontwireError], None] | None = None,
    jobs: int = 1,
    extractor: str = "",
) -> IngestSummary:
    """Store every new document with the events `extract` finds in it; skip unchanged ones unread.

    `extractor` is `extract`'s fingerprint (`SettingsExtractor.fingerprint`): a document stored by
    another one is extracted again and its events replaced; "" skips any document already stored.
    With `jobs` > 1 extraction runs in that many worker processes (`extract` must then be
    picklable, e.g. `SettingsExtractor`); storing stays in this process, one transaction per document.
    """
    counts = {"new": 0, "re_extracted": 0, "unchanged": 0, "failed": 0, "events": 0}
    stale: set[str] = set()  # ids stored before by another extractor

    def fail(error: FrontwireError) -> None:
        counts["failed"] += 1
        if on_error:
            on_error(error)

    def to_extract() -> Iterator[Document]:
        for item in items:
            if isinstance(item, FrontwireError):
                fail(item)
                continue
            try:
                if store.contains(item, extractor):  # checked before extraction: re-ingesting costs little
                    counts["unchanged"] += 1
                    continue
                if extractor and store.contains(item):
                    stale.add(item.id)
            except FrontwireError as exc:
                fail(exc)
                continue
            yield item

    for doc, found in extract_all(to_extract(), extract, jobs):
        if isinstance(found, FrontwireError):
            fail(found)
            continue
        try:
            added = store.add_document(doc, found, extractor)
        except FrontwireError as exc:
            fail(exc)
            continue
        counts[("re_extracted" if doc.id in stale else "new") if added else "unchanged"] += 1
        counts["events"] += len(found) if added else 0
    new, again, unchanged, failed = (counts[k] for k in ("new", "re_extracted", "unchanged", "failed"))
    return IngestSummary(new + again + unchanged + failed, new, unchanged, failed, counts["events"], again)
