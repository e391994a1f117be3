"""Reading inputs: files, folders and stdin in; one cleaned `Document` per article out.

Reads paths (a file, a folder walked recursively in sorted order) or "-" for stdin, and turns
each into documents by kind — plain text, HTML pages (main text and metadata via trafilatura),
RSS/Atom feeds (feedparser; one document per entry) and JSONL records
(`{"id", "text" | "html", "published", "title"?, "url"?, "source"?}`). The kind comes from the
file suffix, else from sniffing the first bytes. Plain text and extracted HTML text both go
through `boilerplate.clean_text`, which keeps the body byte-identical and finds crosspost
credits, bylines and datelines.

Fails softly: every bad input — missing, empty, binary, too large (`settings.max_input_bytes`),
invalid UTF-8, unreadable HTML, a malformed feed, a bad JSONL line, too little text, non-English
text — is *yielded* as an `InputError(origin, reason)` naming the file (and line), and the rest of
the batch goes on. `published`, when given, overrides every document's date; otherwise a date is
taken only from the input itself and is never invented.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

from .boilerplate import (
    clean_text,
    english_stopword_ratio,
    find_original_source,
    looks_english,
    mentions_crosspost,
)  # fmt: skip
from .errors import InputError
from .model import Document
from .settings import Settings

__all__ = ["html_to_text", "read_inputs", "read_text"]

_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_DECLARED_CHARSET = re.compile(
    rb"""<(?:meta|\?xml)[^>]{0,200}?(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_-]{2,40})""", re.IGNORECASE
)
_FEED_SNIFF = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
_BLOCK_TAGS = (
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
    "article",
)
_SCRIPT_TAGS = ("script", "style", "noscript", "template")
_DROP_TAGS = (*_SCRIPT_TAGS, "nav", "footer", "aside", "form", "iframe")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n\s*\n\s*")

# trafilatura and htmldate log every unreadable page at ERROR; with no handler configured Python
# would print those on stderr, around our one-line InputError. A NullHandler keeps them quiet
# unless the application sets up logging itself.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def read_inputs(
    inputs: Iterable[str], settings: Settings, published: date | None = None
) -> Iterator[Document | InputError]:
    """Every document in `inputs` (paths or "-"), in order; bad inputs are yielded as `InputError`s."""
    for item in inputs:
        if item == "-":
            yield from _read_stdin(sys.stdin.buffer, settings, published)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
            if not files:
                yield InputError(item, "folder has no files")
            for file in files:
                yield from _read_file(file, _file_id(file), settings, published)
        elif path.is_file():
            yield from _read_file(path, _file_id(path), settings, published)
        else:
            yield InputError(item, "no such file or folder")


def _read_stdin(
    stream: BinaryIO, settings: Settings, published: date | None
) -> Iterator[Document | InputError]:
    """stdin: JSON Lines are streamed record by record (a pipe may carry millions, so the size
    limit applies to each record); anything else is read whole, up to the limit."""
    first = stream.readline(settings.max_input_bytes + 1)
    if not first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        rest = stream.read(settings.max_input_bytes + 1 - len(first))
        yield from _read_bytes(first + rest, "-", "stdin", "", settings, published)
        return
    for number, raw in enumerate(
        chain([first], iter(lambda: stream.readline(settings.max_input_bytes + 1), b"")), 1
    ):
        where = f"-:{number}"
        if len(raw) > settings.max_input_bytes:
            yield InputError(where, f"record too large (over {settings.max_input_bytes:,} bytes)")
            while raw and not raw.endswith(b"\n"):  # skip the rest of that line, a bounded piece at a time
                raw = stream.readline(settings.max_input_bytes)
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(
                where, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})"
            )
            continue
        if line.strip():
            doc = _jsonl_record(line, where, settings.min_text_chars)
            yield doc if isinstance(doc, InputError) else _checked(doc, settings, published)


def _file_id(path: Path) -> str:
    """A file's document id is its absolute path: two folders may both hold a `report.txt`, and
    re-reading the same file from another working directory must find the same id. (A copy moved
    elsewhere gets a new id; the store still recognises it by its text.)"""
    return path.resolve().as_posix()


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _read_file(
    path: Path, doc_id: str, settings: Settings, published: date | None
) -> Iterator[Document | InputError]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_input_bytes:
            yield InputError(
                origin, f"file too large ({size:,} bytes; the limit is {settings.max_input_bytes:,})"
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(origin, f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, origin, doc_id, path.suffix.lower(), settings, published)


def _read_bytes(
    data: bytes, origin: str, doc_id: str, suffix: str, settings: Settings, published: date | None
) -> Iterator[Document | InputError]:
    if len(data) > settings.max_input_bytes:
        yield InputError(origin, f"input too large (over {settings.max_input_bytes:,} bytes)")
        return
    text = _decode(data, origin)
    if isinstance(text, InputError):
        yield text
        return
    kind = _kind(suffix, text)
    if kind == "jsonl":
        docs: Iterable[Document | InputError] = _read_jsonl(text, origin, settings.min_text_chars)
    elif kind == "feed":
        docs = _read_feed(text, origin, doc_id)
    elif kind == "html":
        docs = [_read_html(text, origin, doc_id, settings.min_text_chars)]
    else:
        docs = [read_text(text, doc_id, origin)]
    for doc in docs:
        yield doc if isinstance(doc, InputError) else _checked(doc, settings, published)


def _decode(data: bytes, origin: str) -> str | InputError:
    if not data.strip():
        return InputError(origin, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Windows tools still write UTF-16
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return InputError(origin, "not valid UTF-16 despite its byte-order mark")
    head = data[:8192]
    if b"\x00" in head or len(_CONTROL.findall(head)) > len(head) // 100 + 2:
        return InputError(origin, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _DECLARED_CHARSET.search(head)  # HTML and XML may say they are not UTF-8
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        return InputError(origin, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})")


def _kind(suffix: str, text: str) -> str:
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix in _FEED_SUFFIXES:
        return "feed"
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _TEXT_SUFFIXES:
        return "text"
    head = text[:2048].lstrip()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<"):
        if _FEED_SNIFF.search(head):
            return "feed"
        if _HTML_SNIFF.search(head):
            return "html"
    return "text"


def _checked(doc: Document, settings: Settings, published: date | None) -> Document | InputError:
    origin = doc.origin or doc.id
    chars = len(doc.text.strip())
    if chars < settings.min_text_chars:
        return InputError(
            origin, f"no article text ({chars} characters; at least {settings.min_text_chars} needed)"
        )
    if not looks_english(doc.text):
        english, foreign, _ = english_stopword_ratio(doc.text)
        return InputError(
            origin, f"not English text (English function words {english:.0%}, other languages' {foreign:.0%})"
        )
    return replace(doc, published=published) if published is not None else doc


def read_text(text: str, doc_id: str, origin: str | None = None) -> Document:
    """A plain-text article as a `Document`: boilerplate removed, header and tail provenance kept."""
    cleaned = clean_text(text)
    return Document(
        id=doc_id,
        text=cleaned.text,
        published=cleaned.published,
        title=cleaned.title,
        source=cleaned.source,
        original_source=cleaned.original_source,
        author=cleaned.author,
        origin=origin,
    )


def _read_jsonl(text: str, origin: str, min_chars: int) -> Iterator[Document | InputError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _jsonl_record(line, f"{origin}:{number}", min_chars)


def _jsonl_record(line: str, where: str, min_chars: int) -> Document | InputError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return InputError(where, "not a JSON object")
    doc_id, body, html = record.get("id"), record.get("text"), record.get("html")
    if doc_id in (None, ""):
        return InputError(where, 'record has no "id"')
    if not isinstance(body, str) and not isinstance(html, str):
        return InputError(where, 'record has neither "text" nor "html" as a string')
    day = None
    if record.get("published"):
        try:
            day = date.fromisoformat(str(record["published"])[:10])
        except ValueError:
            return InputError(where, f'"published" is not a YYYY-MM-DD date: {record["published"]!r}')
    if isinstance(body, str):
        doc = read_text(body, str(doc_id), where)
    else:
        found = _read_html(html, where, str(doc_id), min_chars)  # type: ignore[arg-type]
        if isinstance(found, InputError):
            return found
        doc = found
    given = {k: _str(record.get(k)) for k in ("title", "url", "source", "original_source", "author")}
    return replace(
        doc,
        published=day or doc.published,
        **{k: v for k, v in given.items() if v},
    )


def _str(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def _read_html(html: str, origin: str, doc_id: str, min_chars: int) -> Document | InputError:
    import trafilatura  # imported on first HTML input: it is slow to import

    try:
        found = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
            # Dates only from the page's markup, never guessed from the body or the URL.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # noqa: BLE001 - trafilatura/lxml raise many types on broken markup
        return InputError(origin, f"broken HTML ({type(exc).__name__}: {exc})")
    text = getattr(found, "text", None) if found is not None else None
    if not text:
        text = html_to_text(html)
    if len(text.strip()) < min_chars:
        return InputError(
            origin, f"no readable text in the HTML: broken or empty page ({len(text.strip())} characters)"
        )
    cleaned = clean_text(text)
    # Main-text extraction often drops the footer where a crosspost credits the original publisher.
    original = cleaned.original_source
    if original is None and found is not None and mentions_crosspost(html):
        original = find_original_source(html_to_text(html, furniture=True))
    meta_date = _iso_date(getattr(found, "date", None))
    return Document(
        id=doc_id,
        text=cleaned.text,
        published=meta_date or cleaned.published,
        title=getattr(found, "title", None) or cleaned.title,
        url=getattr(found, "url", None),
        source=getattr(found, "sitename", None) or cleaned.source,
        original_source=original,
        author=getattr(found, "author", None) or cleaned.author,
        origin=origin,
    )


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def html_to_text(html: str, *, furniture: bool = False) -> str:
    """The visible text of an HTML fragment (feed entry content), one paragraph per block element;
    navigation, footers and asides are left out unless `furniture` is asked for."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for el in list(root.iter(*(_SCRIPT_TAGS if furniture else _DROP_TAGS))):
        el.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n\n" + (el.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _entry_body(entry: Any) -> str:
    content = entry.get("content") or [{}]
    return str(content[0].get("value") or entry.get("summary") or "")


def _read_feed(text: str, origin: str, feed_name: str) -> Iterator[Document | InputError]:
    import feedparser  # imported on first feed input

    try:
        parsed = feedparser.parse(text)
    except Exception as exc:  # noqa: BLE001 - feedparser's parsers raise many types on bad input
        yield InputError(origin, f"malformed feed ({type(exc).__name__}: {exc})")
        return
    # A feed that did not parse cleanly is still read when its entries have content (feeds with
    # one undeclared entity are common); it is malformed when nothing readable came out of it.
    if not parsed.entries or parsed.bozo and not any(_entry_body(e).strip() for e in parsed.entries):
        why = f"malformed feed ({parsed.get('bozo_exception')})" if parsed.bozo else "feed has no entries"
        yield InputError(origin, why)
        return
    site = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        entry_id = entry.get("id") or entry.get("link") or f"{feed_name}#{number}"
        body = _entry_body(entry)
        text_body = html_to_text(body) if "<" in body else body
        doc = read_text(text_body, str(entry_id), f"{origin}#{number}")
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        yield replace(
            doc,
            title=entry.get("title") or doc.title,
            url=entry.get("link"),
            published=date(*stamp[:3]) if stamp else doc.published,
            source=site or doc.source,
            author=entry.get("author") or doc.author,
        )
