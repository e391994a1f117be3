"""The event store interface: what the pipeline and the CLI may ask of any storage backend.

Reads nothing itself; `frontwire.store.sql` implements it for SQLite (and, with the same code,
PostgreSQL once its URL is given), so a second backend never touches the pipeline. Every method
raises `StoreError` (never a driver exception) when the store cannot be read or written.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from datetime import date
from typing import Any, Self

from ..model import Document, Event

__all__ = ["EventStore", "document_hash"]


def document_hash(doc: Document) -> str:
    """What makes two copies of a document the same: its text and the date its events hang on."""
    published = doc.published.isoformat() if doc.published else ""
    return hashlib.sha256(f"{published}\x1f{doc.text}".encode()).hexdigest()


class EventStore(ABC):
    """Documents and the events extracted from them; one document is written atomically."""

    @abstractmethod
    def add_document(self, doc: Document, events: list[Event], extractor: str = "") -> bool:
        """Store `doc` and its events in one transaction; False (and no change) when a document with
        the same content hash is already stored, under this id or another (a copied or moved file).
        A changed document replaces its old events, and so does an unchanged one stored under this id
        by another `extractor` (a fingerprint, `frontwire.fingerprint`; "" compares text only)."""

    @abstractmethod
    def contains(self, doc: Document, extractor: str = "") -> bool:
        """True when a document with this content hash is already stored, under any id, and (when
        `extractor` is given) a copy under this id was extracted by that extractor."""

    @abstractmethod
    def query_events(
        self,
        country: str | None = None,
        since: date | None = None,
        until: date | None = None,
        event_type: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Stored events as rows shaped like `Event.to_row()`, by event date then id.
        `country` and `event_type` (an event type or sub-event type) match case-insensitively;
        `since`/`until` bound the event date, inclusive."""

    @abstractmethod
    def count_events(self) -> int: ...

    @abstractmethod
    def count_documents(self) -> int: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
