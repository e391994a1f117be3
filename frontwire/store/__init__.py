"""Event storage: the `EventStore` interface, its SQL implementation and batch ingestion.

`open_store(url)` opens (creating and migrating) a store; `ingest_documents` fills one from
`frontwire.ingest.read_inputs`, extracting in worker processes when asked (`extract_all`,
`SettingsExtractor`). Errors are `StoreError`s.
"""

from __future__ import annotations

from .base import EventStore, document_hash
from .batch import IngestSummary, ingest_documents
from .sql import SqlEventStore, open_store
from .workers import SettingsExtractor, extract_all, extract_safely

__all__ = [
    "EventStore",
    "IngestSummary",
    "SettingsExtractor",
    "SqlEventStore",
    "document_hash",
    "extract_all",
    "extract_safely",
    "ingest_documents",
    "open_store",
]
