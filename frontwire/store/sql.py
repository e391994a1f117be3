"""The SQL event store: SQLite by default (WAL mode), any SQLAlchemy URL (PostgreSQL) by design.

Reads and writes the tables of `frontwire.store.schema`; opening a store runs the shipped
migrations first. Each document is written in one transaction together with its events and
their source links, so a failure leaves what was stored before intact. Every database error
surfaces as `StoreError` naming the store or the document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic.util import CommandError
from sqlalchemy import bindparam, create_engine, delete, event, func, insert, or_, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..model import (
    Actors,
    Attribution,
    Casualties,
    Document,
    Event,
    EventDate,
    EventMention,
    EventType,
    Location,
    Span,
)  # fmt: skip
from . import migrate
from .base import EventStore, document_hash
from .schema import EVENT_INT_COLUMNS, EVENT_TEXT_COLUMNS, documents, event_sources, events

__all__ = ["SqlEventStore", "open_store"]


@lru_cache(maxsize=1)
def row_keys() -> tuple[str, ...]:
    """The keys of `Event.to_row()`, in its order (asked of the model, so they never drift)."""
    span = Span(0, 0, "")
    blank = Event(
        doc_id="", mention=EventMention((span,), span), type=EventType("", ""), date=EventDate(None, 1),
        location=Location(), actors=Actors(), casualties=Casualties(), attribution=Attribution(),
    )  # fmt: skip
    return tuple(blank.to_row())


_DATE_KEYS = ("event_date", "date_start", "date_end")
# Statements built once: building SQLAlchemy expressions per document cost more than the SQL itself.
_STORED = select(documents.c.hash, documents.c.extractor).where(documents.c.id == bindparam("doc_id"))
_SAME_TEXT = select(documents.c.id).where(documents.c.hash == bindparam("hash")).limit(1)
_COPIES = select(documents.c.id, documents.c.extractor).where(documents.c.hash == bindparam("hash"))
_DELETE_LINKS = delete(event_sources).where(event_sources.c.doc_id == bindparam("doc_id"))
_DELETE_EVENTS = delete(events).where(events.c.doc_id == bindparam("doc_id"))
_DELETE_DOCUMENT = delete(documents).where(documents.c.id == bindparam("doc_id"))
_INSERT_DOCUMENT, _INSERT_EVENTS, _INSERT_LINKS = insert(documents), insert(events), insert(event_sources)
_ID_CHUNK = 500  # bound on ids per IN (...) so every backend accepts the query


def open_store(url: str, create: bool = True) -> EventStore:
    """Open (migrating as needed) the store at a SQLAlchemy URL or a SQLite file path. A missing
    SQLite file is created, unless `create` is False (a reader asking a store that was never
    written gets an error saying so, not an empty answer)."""
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser()}"
    sqlite_file = url.startswith("sqlite:///") and url != "sqlite:///:memory:"
    if sqlite_file and not create and not Path(url.removeprefix("sqlite:///")).is_file():
        raise StoreError(f"no event store at {url.removeprefix('sqlite:///')} (run `frontwire ingest` first)")
    try:
        if sqlite_file:
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        with engine.begin() as conn:
            migrate.upgrade(conn)
    except (SQLAlchemyError, CommandError, OSError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot open event store {_safe(url)}: {_reason(exc)}") from exc
    return SqlEventStore(engine)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers (`frontwire events`) run while an ingest writes; NORMAL sync is safe under WAL.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")  # two ingests on one file wait for each other, not fail
    cursor.close()


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    head, sep, tail = url.rpartition("@")
    return url if not sep else head.split(":", 2)[0] + "://…@" + tail


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


class SqlEventStore(EventStore):
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add_document(self, doc: Document, events_: list[Event], extractor: str = "") -> bool:
        digest = document_hash(doc)
        rows = [e.to_row() for e in events_]
        try:
            with self._engine.begin() as conn:
                key = {"doc_id": doc.id}
                stored = conn.execute(_STORED, key).first()
                if stored is not None and stored.hash == digest:
                    if _current(stored.extractor, extractor):
                        return False  # already stored under this id, by this extractor
                elif conn.execute(_SAME_TEXT, {"hash": digest}).first():
                    return False  # a copy under another id holds this text and its events
                if stored is not None:  # a changed or stale copy is replaced with its events
                    for statement in (_DELETE_LINKS, _DELETE_EVENTS, _DELETE_DOCUMENT):
                        conn.execute(statement, key)
                conn.execute(_INSERT_DOCUMENT, [_document_record(doc, digest, extractor)])
                if rows:
                    conn.execute(_INSERT_EVENTS, [_event_record(r) for r in rows])
                    links = [
                        {"event_id": r["event_id"], "doc_id": source, "rank": rank}
                        for r in rows
                        for rank, source in enumerate(dict.fromkeys(r["sources"] or [r["doc_id"]]))
                    ]
                    conn.execute(_INSERT_LINKS, links)
        except SQLAlchemyError as exc:
            raise StoreError(f"{doc.origin or doc.id}: cannot store document: {_reason(exc)}") from exc
        return True

    def contains(self, doc: Document, extractor: str = "") -> bool:
        try:
            with self._engine.connect() as conn:
                copies = conn.execute(_COPIES, {"hash": document_hash(doc)}).all()
        except SQLAlchemyError as exc:
            raise StoreError(f"{doc.origin or doc.id}: cannot read the event store: {_reason(exc)}") from exc
        # A copy under another id counts as stored whatever its extractor: that copy is refreshed when
        # its own file is ingested again, and two copies must never both hold events.
        return any(c.id != doc.id or _current(c.extractor, extractor) for c in copies)

    def query_events(
        self,
        country: str | None = None,
        since: date | None = None,
        until: date | None = None,
        event_type: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        query = select(events)
        if country:
            query = query.where(func.lower(events.c.country) == country.lower())
        if since:
            query = query.where(events.c.event_date >= _as_date(since))
        if until:
            query = query.where(events.c.event_date <= _as_date(until))
        if event_type:
            wanted = event_type.lower()
            query = query.where(
                or_(func.lower(events.c.event_type) == wanted, func.lower(events.c.sub_event_type) == wanted)
            )
        query = query.order_by(events.c.event_date.is_(None), events.c.event_date, events.c.event_id)
        if limit is not None:
            query = query.limit(limit)
        try:
            with self._engine.connect() as conn:
                records = [dict(r._mapping) for r in conn.execute(query)]
                sources = self._sources(conn, [r["event_id"] for r in records])
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read events: {_reason(exc)}") from exc
        return [_row(r, sources.get(r["event_id"], [r["doc_id"]])) for r in records]

    def _sources(self, conn: Connection, ids: Sequence[str]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for chunk in _chunks(ids, _ID_CHUNK):
            query = (
                select(event_sources.c.event_id, event_sources.c.doc_id)
                .where(event_sources.c.event_id.in_(chunk))
                .order_by(event_sources.c.event_id, event_sources.c.rank)
            )
            for event_id, doc_id in conn.execute(query):
                found.setdefault(event_id, []).append(doc_id)
        return found

    def count_events(self) -> int:
        return int(self._scalar(select(func.count()).select_from(events)) or 0)

    def count_documents(self) -> int:
        return int(self._scalar(select(func.count()).select_from(documents)) or 0)

    def _scalar(self, query: Any) -> Any:
        try:
            with self._engine.connect() as conn:
                return conn.execute(query).scalar()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read the event store: {_reason(exc)}") from exc

    def close(self) -> None:
        self._engine.dispose()


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _current(stored: str | None, extractor: str) -> bool:
    """Whether events stored by extractor `stored` stand for `extractor`'s ("" never asks)."""
    return not extractor or stored == extractor


def _document_record(doc: Document, digest: str, extractor: str) -> dict[str, Any]:
    return {
        "id": doc.id,
        "hash": digest,
        "title": doc.title,
        "url": doc.url,
        "source": doc.source,
        "original_source": doc.original_source,
        "author": doc.author,
        "published": doc.published,
        "ingested_at": datetime.now(UTC),
        "text": doc.text,
        "extractor": extractor or None,
    }


def _event_record(row: dict[str, Any]) -> dict[str, Any]:
    record: dict[str, Any] = {name: row.get(name) or "" for name in EVENT_TEXT_COLUMNS}
    record.update({name: row.get(name) for name in EVENT_INT_COLUMNS})
    record.update({name: date.fromisoformat(row[name]) if row.get(name) else None for name in _DATE_KEYS})
    record.update(
        event_id=row["event_id"],
        doc_id=row["doc_id"],
        latitude=row.get("latitude"),
        longitude=row.get("longitude"),
        patrons=list(row.get("patrons") or []),
        evidence=row.get("evidence") or {},
    )
    return record


def _row(record: dict[str, Any], sources: Iterable[str]) -> dict[str, Any]:
    values = dict(record)
    for name in _DATE_KEYS:
        values[name] = values[name].isoformat() if values[name] else ""
    values["patrons"] = list(values.get("patrons") or [])
    values["evidence"] = values.get("evidence") or {}
    values["sources"] = list(sources)
    return {key: values.get(key) for key in row_keys()}
