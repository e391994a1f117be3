"""Event storage: the `EventStore` interface, its SQL implementation and batch ingestion.

`open_store(url)` opens (creating and migrating) a store; `ingest_documents` fills one from
`frontwire.ingest.read_inputs`. Errors are `StoreError`s.
"""

from __future__ import annotations

from .base import EventStore, document_hash
from .batch import IngestSummary, ingest_documents
from .sql import SqlEventStore, open_store

__all__ = ["EventStore", "IngestSummary", "SqlEventStore", "document_hash", "ingest_documents", "open_store"]
