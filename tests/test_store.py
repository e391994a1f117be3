"""The SQLite event store: idempotent, atomic per document, queryable like `Event.to_row()`."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from fixtures.sample_events import (
    KUNDUZ,
    NAIROBI,
    extract_by_hand,
    kunduz_document,
    kunduz_event,
    nairobi_document,
    nairobi_event,
)  # fmt: skip

from frontwire.errors import InputError, StoreError
from frontwire.store import EventStore, ingest_documents, open_store
from frontwire.store.migrate import head_revision


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    return tmp_path / "events.db"


@pytest.fixture
def store(fresh_db: Path) -> EventStore:
    with open_store(str(fresh_db)) as opened:
        yield opened


def test_stored_event_reads_back_exactly_as_its_row(store: EventStore) -> None:
    doc = kunduz_document()
    event = kunduz_event(doc)
    assert store.add_document(doc, [event]) is True
    assert store.query_events() == [event.to_row()]


def test_merged_event_keeps_every_reporting_document(store: EventStore) -> None:
    doc = nairobi_document()
    store.add_document(doc, [nairobi_event(doc)])
    (row,) = store.query_events()
    assert row["sources"] == ["doc-nairobi", "doc-other-report"]
    assert row["latitude"] is None and row["event_date"] == "2020-05-01"


def test_same_document_twice_changes_nothing(store: EventStore) -> None:
    doc = kunduz_document()
    assert store.add_document(doc, [kunduz_event(doc)])
    assert store.add_document(doc, [kunduz_event(doc)]) is False
    assert store.contains(doc)
    assert (store.count_documents(), store.count_events()) == (1, 1)


def test_same_article_under_another_id_is_not_stored_again(store: EventStore) -> None:
    doc = kunduz_document("feeds/a/report.txt")
    store.add_document(doc, [kunduz_event(doc)])
    moved = replace(doc, id="archive/report.txt")
    assert store.contains(moved)
    assert store.add_document(moved, [kunduz_event(moved)]) is False
    assert (store.count_documents(), store.count_events()) == (1, 1)


def test_changed_document_replaces_its_events(store: EventStore) -> None:
    doc = kunduz_document()
    store.add_document(doc, [kunduz_event(doc)])
    edited = replace(doc, text=doc.text.replace("3 police", "4 police"))
    assert not store.contains(edited)
    assert store.add_document(edited, [kunduz_event(edited)]) is True
    (row,) = store.query_events()
    assert row["evidence"]["event"][0]["text"] == edited.text
    assert store.count_documents() == 1


def test_failing_document_leaves_what_was_stored_intact(store: EventStore) -> None:
    first = kunduz_document()
    store.add_document(first, [kunduz_event(first)])
    second = nairobi_document()
    twice = nairobi_event(second)
    with pytest.raises(StoreError, match="doc-nairobi: cannot store document"):
        store.add_document(second, [twice, twice])  # the same event id twice: the transaction fails
    assert [r["doc_id"] for r in store.query_events()] == ["doc-kunduz"]
    assert store.count_documents() == 1 and not store.contains(second)


def test_filters_by_country_dates_type_and_limit(store: EventStore) -> None:
    for doc, make in ((kunduz_document(), kunduz_event), (nairobi_document(), nairobi_event)):
        store.add_document(doc, [make(doc)])
    assert [r["country"] for r in store.query_events(country="kenya")] == ["Kenya"]
    assert [r["location"] for r in store.query_events(since=date(2020, 5, 2))] == ["Kunduz"]
    assert [r["location"] for r in store.query_events(until=date(2020, 5, 1))] == ["Nairobi"]
    assert [r["location"] for r in store.query_events(event_type="armed clash")] == ["Kunduz"]
    assert [r["location"] for r in store.query_events(event_type="Protests")] == ["Nairobi"]
    assert [r["location"] for r in store.query_events(limit=1)] == ["Nairobi"]  # by date: 1 May first


def test_sqlite_store_is_migrated_and_in_wal_mode(store: EventStore, fresh_db: Path) -> None:
    with sqlite3.connect(fresh_db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "events", "event_sources"} <= tables


def test_reopening_a_store_keeps_its_data(fresh_db: Path) -> None:
    with open_store(str(fresh_db)) as first:
        doc = kunduz_document()
        first.add_document(doc, [kunduz_event(doc)])
    with open_store(f"sqlite:///{fresh_db}") as again:
        assert again.count_events() == 1


def test_unopenable_store_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StoreError, match="cannot open event store"):
        open_store(str(tmp_path / "file" / "events.db"))


def test_batch_ingest_counts_and_is_idempotent(store: EventStore) -> None:
    items = [kunduz_document(), InputError("bad.txt", "empty file"), nairobi_document()]
    errors: list[str] = []
    summary = ingest_documents(store, items, extract_by_hand, on_error=lambda e: errors.append(str(e)))
    assert (summary.read, summary.new, summary.unchanged, summary.failed, summary.events) == (3, 2, 0, 1, 2)
    assert errors == ["bad.txt: empty file"]
    again = ingest_documents(store, items, extract_by_hand)
    assert (again.new, again.unchanged, again.events) == (0, 2, 0)
    assert store.count_events() == 2
    assert str(again) == "documents: 3 read, 0 new, 0 re-extracted, 2 unchanged, 1 failed; events stored: 0"


def test_a_new_extractor_re_extracts_what_an_older_one_stored(store: EventStore) -> None:
    doc = kunduz_document()
    ingest_documents(store, [doc], extract_by_hand, extractor="release-1")
    (old,) = store.query_events()
    same = ingest_documents(store, [doc], extract_by_hand, extractor="release-1")
    assert (same.new, same.re_extracted, same.unchanged) == (0, 0, 1)

    def better(d):  # type: ignore[no-untyped-def]
        return [replace(e, casualties=replace(e.casualties, fatalities=9)) for e in extract_by_hand(d)]

    upgraded = ingest_documents(store, [doc], better, extractor="release-2")
    assert (upgraded.new, upgraded.re_extracted, upgraded.unchanged, upgraded.events) == (0, 1, 0, 1)
    (row,) = store.query_events()
    assert row["fatalities"] == 9 != old["fatalities"]  # replaced, never duplicated
    assert (store.count_documents(), store.count_events()) == (1, 1)
    assert store.contains(doc, "release-2") and not store.contains(doc, "release-1")


def test_a_copy_under_another_id_is_not_re_extracted_into_a_duplicate(store: EventStore) -> None:
    doc = kunduz_document()
    store.add_document(doc, [kunduz_event(doc)], extractor="release-1")
    copy = replace(doc, id="doc-kunduz-copy")
    assert store.contains(copy, "release-2")  # the other id holds this text; it refreshes itself
    assert store.add_document(copy, [kunduz_event(copy)], extractor="release-2") is False
    assert store.count_events() == 1


def test_a_crashing_extractor_fails_one_document_not_the_batch(store: EventStore) -> None:
    def extract(doc):  # type: ignore[no-untyped-def]
        if "Kunduz" in doc.text:
            raise KeyError("gazetteer row")
        return extract_by_hand(doc)

    errors: list[str] = []
    summary = ingest_documents(store, [kunduz_document(), nairobi_document()], extract, errors.append)
    assert (summary.new, summary.failed) == (1, 1)
    assert "doc-kunduz: extraction failed (KeyError" in str(errors[0])


def test_worker_processes_give_the_same_store_as_one_process(tmp_path: Path) -> None:
    docs = [kunduz_document(f"k{i}", f"{KUNDUZ} (report {i})") for i in range(20)] + [
        nairobi_document(f"n{i}", f"{NAIROBI} (report {i})") for i in range(20)
    ]
    with open_store(str(tmp_path / "one.db")) as one, open_store(str(tmp_path / "two.db")) as two:
        serial = ingest_documents(one, docs, extract_by_hand)
        parallel = ingest_documents(two, docs, extract_by_hand, jobs=2)
        assert serial == parallel and parallel.events == 40
        assert one.query_events() == two.query_events()


def test_store_throughput(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The store alone: `pytest tests/test_store.py -k throughput --benchmark-enable` times 300
    new documents (one event each), one transaction per document, into a fresh SQLite file."""
    docs = [kunduz_document(f"bench-{i}", f"{i}: {kunduz_document().text}") for i in range(300)]
    pairs = [(doc, [kunduz_event(doc)]) for doc in docs]
    rounds = iter(range(1_000_000))

    def fill() -> int:
        with open_store(str(tmp_path / f"bench-{next(rounds)}.db")) as store:
            for doc, events in pairs:
                store.add_document(doc, events)
            return store.count_events()

    assert benchmark.pedantic(fill, rounds=3, iterations=1) == 300


def test_a_store_from_a_newer_frontwire_is_refused_cleanly(fresh_db: Path) -> None:
    open_store(str(fresh_db)).close()
    with sqlite3.connect(fresh_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="cannot open event store"):
        open_store(str(fresh_db))


def test_migrations_create_exactly_the_tables_the_store_reads(store: EventStore, fresh_db: Path) -> None:
    from frontwire.store.schema import metadata

    with sqlite3.connect(fresh_db) as conn:
        for table in metadata.sorted_tables:
            migrated = {row[1] for row in conn.execute(f"PRAGMA table_info({table.name})")}
            assert migrated == {c.name for c in table.columns}, table.name


def test_a_store_from_before_fingerprints_migrates_and_its_documents_are_re_extracted(fresh_db: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from frontwire.store.migrate import _config

    engine = create_engine(f"sqlite:///{fresh_db}")
    with engine.begin() as conn:  # a store as frontwire left it before revision 0003
        config = _config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
        config.attributes.pop("connection", None)
    engine.dispose()
    doc = kunduz_document()
    with open_store(str(fresh_db)) as store:
        store.add_document(doc, [kunduz_event(doc)])  # stored without a fingerprint
        again = ingest_documents(store, [doc], extract_by_hand, extractor="release-2")
        assert (again.re_extracted, store.count_documents(), store.count_events()) == (1, 1, 1)
