"""The command line: thin commands, one-line errors, exit codes, and every command documented."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from fixtures.sample_events import kunduz_document, kunduz_event, nairobi_document, nairobi_event

from frontwire.cli import main
from frontwire.settings import default_settings
from frontwire.store import open_store

FIXTURES = Path(__file__).parent / "fixtures"
README = Path(__file__).parent.parent / "README.md"
SUMMARY = re.compile(
    r"^documents: (\d+) read, (\d+) new, 0 re-extracted, (\d+) unchanged, (\d+) failed; events stored: (\d+)$"
)


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    return tmp_path / "events.db"


@pytest.fixture
def filled_db(fresh_db: Path) -> Path:
    with open_store(str(fresh_db)) as store:
        for doc, make in ((kunduz_document(), kunduz_event), (nairobi_document(), nairobi_event)):
            store.add_document(doc, [make(doc)])
    return fresh_db


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Settings that keep the default event store out of the user's home."""
    home = tmp_path_factory.mktemp("frontwire-home")
    # The gazetteer index is a pure cache keyed by its data's hash: share the machine's, so it is
    # built once per machine and data version, not once per test session.
    cache = default_settings().cache_dir
    path = home / "config.yaml"
    path.write_text(f"cache_dir: {cache}\ndata_dir: {home / 'data'}\n", encoding="utf-8")
    return path


Cli = Callable[..., Result]


@pytest.fixture
def cli(config: Path) -> Cli:
    def run(*args: str, input: str | None = None) -> Result:
        return CliRunner().invoke(main, ["--config", str(config), *args], input=input)

    return run


def test_events_as_jsonl(cli: Cli, filled_db: Path) -> None:
    result = cli("events", "--db", str(filled_db))
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["location"] for r in rows] == ["Nairobi", "Kunduz"]


def test_events_filtered_as_csv(cli: Cli, filled_db: Path) -> None:
    result = cli("events", "--db", str(filled_db), "--country", "Afghanistan", "--format", "csv")
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    assert row["sub_event_type"] == "Armed clash" and row["fatalities"] == "3"


def test_events_by_type_and_dates_as_geojson(cli: Cli, filled_db: Path) -> None:
    args = ("--type", "Protests", "--since", "2020-05-01", "--until", "2020-05-01", "--format", "geojson")
    result = cli("events", "--db", str(filled_db), *args)
    (feature,) = json.loads(result.stdout)["features"]
    assert feature["properties"]["country"] == "Kenya" and feature["geometry"] is None


def test_store_error_is_one_line_not_a_traceback(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    result = cli("ingest", str(tmp_path / "file"), "--db", str(tmp_path / "file" / "events.db"))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot open event store") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


def test_bad_date_option_is_a_usage_error(cli: Cli, filled_db: Path) -> None:
    result = cli("events", "--db", str(filled_db), "--since", "May 2020")
    assert result.exit_code == 2 and "Traceback" not in result.output


def _bad_batch(folder: Path) -> Path:
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.bin").write_bytes(b"\x00\x01\x02\x03" * 100)
    (folder / "latin1.txt").write_bytes("Des hommes armés ont attaqué un poste".encode("latin-1"))
    return folder


def test_ingest_twice_stores_nothing_new_and_reports_each_bad_input(
    cli: Cli, tmp_path: Path, fresh_db: Path
) -> None:
    pytest.importorskip("frontwire.pipeline", exc_type=ImportError)
    bad = _bad_batch(tmp_path / "bad")
    inputs = [str(FIXTURES / "crosspost-report.txt"), str(FIXTURES / "docs.jsonl"), str(bad)]
    first = cli("ingest", "--db", str(fresh_db), *inputs)
    assert first.exit_code == 0, first.output
    read, new, unchanged, failed, stored = map(int, SUMMARY.match(first.stdout.strip()).groups())  # type: ignore[union-attr]
    assert (read, new, unchanged, failed) == (8, 4, 0, 4)  # the bad JSONL line and the three bad files
    errors = [line for line in first.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 4
    assert any("empty.txt: empty file" in e for e in errors) and any("docs.jsonl:3:" in e for e in errors)
    with open_store(str(fresh_db)) as store:
        events_before = store.count_events()
    assert events_before == stored
    second = cli("ingest", "--db", str(fresh_db), *inputs)
    assert SUMMARY.match(second.stdout.strip()).groups()[1:] == ("0", "4", "4", "0")  # type: ignore[union-attr]
    with open_store(str(fresh_db)) as store:
        assert (store.count_documents(), store.count_events()) == (4, events_before)


def test_ingest_fails_only_when_every_input_failed(cli: Cli, tmp_path: Path, fresh_db: Path) -> None:
    pytest.importorskip("frontwire.pipeline", exc_type=ImportError)
    result = cli("ingest", "--db", str(fresh_db), str(_bad_batch(tmp_path / "bad")))
    assert result.exit_code != 0
    assert "0 new" in result.stdout
    assert len([line for line in result.stderr.splitlines() if line.startswith("error: ")]) == 3


def test_extract_reads_stdin_and_prints_rows(cli: Cli, tmp_path: Path) -> None:
    pytest.importorskip("frontwire.pipeline", exc_type=ImportError)
    text = (FIXTURES / "crosspost-report.txt").read_text(encoding="utf-8")
    result = cli("extract", "-", "--published", "2021-03-12", input=text)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(r["doc_id"] == "stdin" for r in rows)


def test_extract_of_only_bad_inputs_exits_non_zero(cli: Cli, tmp_path: Path) -> None:
    pytest.importorskip("frontwire.pipeline", exc_type=ImportError)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = cli("extract", str(tmp_path / "empty.txt"), "--format", "geojson")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == f"error: {tmp_path / 'empty.txt'}: empty file"
    assert json.loads(result.stdout)["features"] == []


def _command_paths(group: click.Group, prefix: str = "") -> list[str]:
    paths = []
    for name, command in sorted(group.commands.items()):
        paths.append(f"{prefix}{name}")
        if isinstance(command, click.Group):
            paths.extend(_command_paths(command, f"{prefix}{name} "))
    return paths


def test_every_command_is_documented_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8") if README.exists() else ""
    section = re.search(r"^## CLI\b(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    if not section:
        pytest.skip("README.md has no '## CLI' section yet")
    missing = [p for p in _command_paths(main) if f"frontwire {p}" not in section.group(1)]
    assert not missing, f"commands missing from README's CLI section: {missing}"


def test_events_default_to_the_store_in_the_settings_data_dir(cli: Cli, config: Path, tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(kunduz_document().text, encoding="utf-8")
    assert cli("ingest", str(tmp_path / "note.txt"), "--published", "2020-05-04").exit_code == 0
    assert (config.parent / "data" / "frontwire.db").is_file()
    result = cli("events", "--format", "csv")
    assert result.exit_code == 0 and "Kunduz" in result.stdout


def test_events_from_a_store_never_written_is_an_error_not_an_empty_file(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    result = cli("events", "--db", str(missing))
    assert result.exit_code != 0 and f"no event store at {missing}" in result.output
    assert len(result.output.strip().splitlines()) == 1 and not missing.exists()
