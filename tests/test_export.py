"""Exports parse back: JSON Lines, ACLED-ordered CSV and GeoJSON."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fixtures.sample_events import kunduz_document, kunduz_event, nairobi_document, nairobi_event

from frontwire.export import CSV_COLUMNS, write_events
from frontwire.model import ACLED_COLUMNS, EXTRA_COLUMNS

ROWS = [kunduz_event(kunduz_document()).to_row(), nairobi_event(nairobi_document()).to_row()]


def export(fmt: str) -> str:
    out = io.StringIO()
    assert write_events(iter(ROWS), fmt, out) == 2
    return out.getvalue()


def test_jsonl_is_one_object_per_line_with_every_row_key() -> None:
    lines = export("jsonl").splitlines()
    assert [json.loads(line) for line in lines] == ROWS


def test_csv_follows_acled_column_order_then_extras() -> None:
    reader = csv.DictReader(io.StringIO(export("csv")))
    assert tuple(reader.fieldnames or ())[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert set(EXTRA_COLUMNS) <= set(reader.fieldnames or ())
    kunduz, nairobi = list(reader)
    assert kunduz["actor1"] == "Taliban" and kunduz["fatalities"] == "3" and kunduz["iso"] == "4"
    assert kunduz["interaction"] == "12"
    assert json.loads(kunduz["evidence"])["fatalities"][0]["text"] == "3"
    assert nairobi["sources"] == "doc-nairobi; doc-other-report"
    assert nairobi["latitude"] == "" and nairobi["event_id_cnty"] == ""


def test_geojson_points_are_longitude_first_and_missing_coordinates_are_null() -> None:
    collection = json.loads(export("geojson"))
    assert collection["type"] == "FeatureCollection"
    kunduz, nairobi = collection["features"]
    assert kunduz["geometry"] == {"type": "Point", "coordinates": [68.868, 36.728]}
    assert kunduz["properties"]["location"] == "Kunduz"
    assert nairobi["geometry"] is None


def test_empty_exports_are_still_valid() -> None:
    out = io.StringIO()
    assert write_events([], "geojson", out) == 0
    assert json.loads(out.getvalue())["features"] == []
    out = io.StringIO()
    write_events([], "csv", out)
    assert out.getvalue().strip().split(",") == list(CSV_COLUMNS)


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        write_events(ROWS, "xml", io.StringIO())
