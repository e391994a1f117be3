"""The `frontwire` command line: a thin click layer over the library.

Each command loads the settings (defaults -> user file -> flags), opens what it needs, calls one
library function and formats the result. Reads inputs and the event store; writes events to
stdout and one line per failed input to stderr. Library errors (`FrontwireError`) become one
line `error: ...` on stderr and exit status 1, never a traceback.

Adding a command: decorate a function with `@main.command()` (or a subgroup with `@main.group()`)
and `@reports_errors`, and get settings from `command_settings(ctx, ...)`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import FrontwireError
from .export import FORMATS, write_events
from .ingest import read_inputs
from .model import Document
from .settings import Settings, load_settings
from .store import SettingsExtractor, extract_all, ingest_documents, open_store

__all__ = ["command_settings", "main", "reports_errors"]

F = TypeVar("F", bound=Callable[..., Any])
DAY = click.DateTime(formats=["%Y-%m-%d"])


def reports_errors(command: F) -> F:
    """Turn a library error into `error: <message>` on stderr and exit status 1."""

    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FrontwireError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except BrokenPipeError:  # `frontwire events | head` is not an error
            sys.exit(0)

    return run  # type: ignore[return-value]


def command_settings(ctx: click.Context, **overrides: Any) -> Settings:
    """The settings for this run: defaults, then the --config file, then the command's flags."""
    return load_settings(ctx.find_root().params.get("config"), **overrides)


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


def _report(error: FrontwireError) -> None:
    click.echo(f"error: {error}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="YAML settings file (default: ~/.config/frontwire/config.yaml).",
)
@click.version_option(__version__, prog_name="frontwire")
def main(config: Path | None) -> None:
    """Raw conflict reporting in, ACLED-compatible event data out."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--published",
    type=DAY,
    metavar="YYYY-MM-DD",
    help="Publication date (YYYY-MM-DD) for every input, overriding theirs.",
)
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes."
)
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True, help="Output format."
)
@click.pass_context
@reports_errors
def extract(
    ctx: click.Context, inputs: tuple[str, ...], published: datetime | None, fmt: str, jobs: int
) -> None:
    """Extract events from INPUTS (files, folders or - for stdin) and print them; no database."""
    settings = command_settings(ctx)
    extractor = SettingsExtractor(settings)
    extractor.warm()
    counts = {"documents": 0, "failed": 0}

    def documents(items: Iterable[Document | FrontwireError]) -> Iterator[Document]:
        for item in items:
            if isinstance(item, FrontwireError):
                counts["failed"] += 1
                _report(item)
            else:
                yield item

    def rows() -> Iterator[dict[str, Any]]:
        found = extract_all(documents(read_inputs(inputs, settings, _day(published))), extractor, jobs)
        for _doc, events in found:
            if isinstance(events, FrontwireError):
                counts["failed"] += 1
                _report(events)
                continue
            counts["documents"] += 1
            yield from (event.to_row() for event in events)

    write_events(rows(), fmt, sys.stdout)
    if counts["failed"] and not counts["documents"]:
        sys.exit(1)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--db",
    metavar="PATH|URL",
    help="Event store: a SQLite path or SQLAlchemy URL (default: the settings' database).",
)
@click.option(
    "--published",
    type=DAY,
    metavar="YYYY-MM-DD",
    help="Publication date (YYYY-MM-DD) for every input, overriding theirs.",
)
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes."
)
@click.pass_context
@reports_errors
def ingest(
    ctx: click.Context, inputs: tuple[str, ...], db: str | None, published: datetime | None, jobs: int
) -> None:
    """Extract events from INPUTS and store documents and events; unchanged documents are skipped,
    and those an older frontwire extracted are extracted again."""
    settings = command_settings(ctx, database=db)
    extractor = SettingsExtractor(settings)
    with open_store(settings.database_url) as store:  # a bad store fails before the index build
        extractor.warm()
        items = read_inputs(inputs, settings, _day(published))
        summary = ingest_documents(
            store, items, extractor, on_error=_report, jobs=jobs, extractor=extractor.fingerprint
        )
    click.echo(str(summary))
    if summary.failed and not (summary.new + summary.re_extracted + summary.unchanged):
        sys.exit(1)


@main.command()
@click.option(
    "--db",
    metavar="PATH|URL",
    help="Event store: a SQLite path or SQLAlchemy URL (default: the settings' database).",
)
@click.option("--country", help="Only events in this country (ACLED spelling, any case).")
@click.option(
    "--since", type=DAY, metavar="YYYY-MM-DD", help="Only events on or after this date (YYYY-MM-DD)."
)
@click.option(
    "--until", type=DAY, metavar="YYYY-MM-DD", help="Only events on or before this date (YYYY-MM-DD)."
)
@click.option("--type", "event_type", help="Only this event type or sub-event type (any case).")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many events.")
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True, help="Output format."
)
@click.pass_context
@reports_errors
def events(
    ctx: click.Context,
    db: str | None,
    country: str | None,
    since: datetime | None,
    until: datetime | None,
    event_type: str | None,
    limit: int | None,
    fmt: str,
) -> None:
    """Print stored events, filtered, as JSON Lines, CSV or GeoJSON."""
    settings = command_settings(ctx, database=db)
    with open_store(settings.database_url, create=False) as store:
        rows = store.query_events(country, _day(since), _day(until), event_type, limit)
    write_events(rows, fmt, sys.stdout)


@main.command(name="eval")
@click.argument("docs", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--baseline",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON file of pinned floors; exit 1 when any score falls below its floor.",
)
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N documents.")
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the full report as JSON to this file.",
)
@click.pass_context
@reports_errors
def evaluate_command(
    ctx: click.Context, docs: Path, gold: Path, baseline: Path | None, jobs: int, limit: int | None,
    json_out: Path | None,
) -> None:  # fmt: skip
    """Score extraction against ACLED-coded GOLD events for the documents in DOCS, field by field."""
    import json

    from .evaluate import check_floors, evaluate, load_gold

    settings = command_settings(ctx)
    documents = (d for d in read_inputs([str(docs)], settings) if isinstance(d, Document))
    report = evaluate(documents, load_gold(gold), jobs=jobs, limit=limit)
    click.echo(report.format_text())
    if json_out:
        json_out.write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
    if baseline:
        failures = check_floors(report, json.loads(baseline.read_text(encoding="utf-8")))
        for failure in failures:
            click.echo(f"below floor: {failure}", err=True)
        if failures:
            sys.exit(1)
        click.echo(f"accuracy gate passed: every score is at or above its floor in {baseline}")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", type=DAY, metavar="YYYY-MM-DD", help="Publication date for every input.")
@click.option(
    "--repeat",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Run over the corpus this many times.",
)
@click.option("--stages", is_flag=True, help="Also profile one pass and give each stage's share of the time.")
@click.pass_context
@reports_errors
def bench(
    ctx: click.Context, inputs: tuple[str, ...], published: datetime | None, repeat: int, stages: bool
) -> None:
    """Measure extraction throughput (documents/s on one core), geoparsing time and peak memory on INPUTS."""
    from .bench import run_bench

    settings = command_settings(ctx)
    documents = [d for d in read_inputs(inputs, settings, _day(published)) if isinstance(d, Document)]
    click.echo(run_bench(documents, repeat=repeat, stages=stages).format_text())


@main.group()
def gazetteer() -> None:
    """Build or import the place gazetteer."""


@gazetteer.command(name="build")
@click.option(
    "--geonames",
    "geonames_zip",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A GeoNames dump (allCountries.zip or XX.zip) to import on top of the bundled places.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Gazetteer file to write (default: the bundled index in the cache directory).",
)
@click.pass_context
@reports_errors
def gazetteer_build(ctx: click.Context, geonames_zip: Path | None, output: Path | None) -> None:
    """Build the gazetteer index from the bundled extracts, then import a GeoNames dump if given."""
    from .gazetteer import build_index, data_version, import_geonames

    settings = command_settings(ctx)
    path = output or settings.gazetteer or settings.cache_dir / f"gazetteer-{data_version()}.sqlite"
    if not path.is_file():
        click.echo(f"{build_index(path)} bundled places indexed in {path}")
    if geonames_zip:
        click.echo(f"{import_geonames(geonames_zip, path)} GeoNames places imported into {path}")
