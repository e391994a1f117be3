"""Exports: event rows (shaped like `Event.to_row()`) out as JSON Lines, CSV or GeoJSON.

Reads an iterable of row dicts — from `extract` or from `EventStore.query_events` — and writes
them to a text stream as it goes (nothing is held in memory but one row). CSV follows ACLED's
column order (`model.ACLED_COLUMNS`), then frontwire's extras (`model.EXTRA_COLUMNS`), then the
nested fields; GeoJSON gives each event a Point (null geometry when it has no coordinates).
An unknown format raises `ValueError` before anything is written.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from .model import ACLED_COLUMNS, EXTRA_COLUMNS

__all__ = ["CSV_COLUMNS", "FORMATS", "write_events"]

NESTED_COLUMNS = ("patrons", "sources", "evidence")
CSV_COLUMNS = (*ACLED_COLUMNS, *(c for c in EXTRA_COLUMNS if c not in ACLED_COLUMNS), *NESTED_COLUMNS)


def write_events(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    """Write `rows` to `out` as `fmt` ("jsonl", "csv" or "geojson"); returns how many were written."""
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    return writer(rows, out)


def _write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str))
        out.write("\n")
        count += 1
    return count


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        # Lists of names read as ACLED's "; "-joined cells; lists of records stay JSON.
        if all(isinstance(v, str) for v in value):
            return "; ".join(value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({name: _csv_cell(row.get(name)) for name in CSV_COLUMNS})
        count += 1
    return count


def _geometry(row: dict[str, Any]) -> dict[str, Any] | None:
    lat, lon = row.get("latitude"), row.get("longitude")
    if lat is None or lon is None or lat == "" or lon == "":
        return None
    return {"type": "Point", "coordinates": [float(lon), float(lat)]}  # GeoJSON is longitude first


def _write_geojson(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    # Streamed by hand so a million events never sit in memory as one FeatureCollection.
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for row in rows:
        feature = {
            "type": "Feature",
            "id": row.get("event_id"),
            "geometry": _geometry(row),
            "properties": row,
        }
        out.write(",\n" if count else "\n")
        out.write(json.dumps(feature, ensure_ascii=False, default=str))
        count += 1
    out.write("\n]}\n")
    return count


_WRITERS: dict[str, Callable[[Iterable[dict[str, Any]], TextIO], int]] = {
    "jsonl": _write_jsonl,
    "csv": _write_csv,
    "geojson": _write_geojson,
}
FORMATS = tuple(_WRITERS)
