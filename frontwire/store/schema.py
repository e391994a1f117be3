"""The store's tables as SQLAlchemy Core metadata, used to read and write (not to create them:
`frontwire/migrations` creates and evolves the schema). Portable types only, so the same
tables run on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)  # fmt: skip

__all__ = ["EVENT_INT_COLUMNS", "EVENT_TEXT_COLUMNS", "documents", "event_sources", "events", "metadata"]

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String, primary_key=True),
    Column("hash", String(64), nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("original_source", Text),
    Column("author", Text),
    Column("published", Date),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("text", Text, nullable=False),
    Column("extractor", String(32)),  # migration 0003: the fingerprint of the extractor; NULL before it
)
Index("ix_documents_hash", documents.c.hash)  # migration 0002: a copy under another id is found by its text

# ACLED's text columns (stored "" when empty, as ACLED does) and integer columns.
EVENT_TEXT_COLUMNS = (
    "event_id_cnty", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
    "region", "country", "admin1", "admin2", "admin3", "location", "source", "source_scale", "notes",
    "attribution", "certainty", "original_source",
)  # fmt: skip
EVENT_INT_COLUMNS = (
    "year", "time_precision", "inter1", "inter2", "interaction", "geo_precision", "fatalities", "iso",
    "injured", "fatalities_low", "fatalities_high",
)  # fmt: skip

events = Table(
    "events",
    metadata,
    Column("event_id", String(32), primary_key=True),
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("event_date", Date),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("patrons", JSON),
    Column("evidence", JSON),
    *(Column(name, Text, nullable=False, default="") for name in EVENT_TEXT_COLUMNS),
    *(Column(name, Integer) for name in EVENT_INT_COLUMNS),
)

event_sources = Table(
    "event_sources",
    metadata,
    Column("event_id", String(32), ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("doc_id", String, primary_key=True),  # no foreign key: a merged event may cite unstored reports
    Column("rank", Integer, nullable=False),  # the order of Event.sources
)
