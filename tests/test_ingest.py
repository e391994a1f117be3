"""Reading inputs: each kind becomes documents; each bad input becomes one error naming its file."""

from __future__ import annotations

import io
import json
import shutil
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from frontwire.errors import InputError
from frontwire.ingest import html_to_text, read_inputs
from frontwire.model import Document
from frontwire.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures"
SETTINGS = Settings()
PROSE = (
    "Unidentified gunmen attacked a village in the Mopti region of Mali on Sunday, killing six civilians.\n"
)


def read(*inputs: str | Path, settings: Settings = SETTINGS, published: date | None = None) -> list:
    return list(read_inputs([str(i) for i in inputs], settings, published))


def test_plain_text_article_is_cleaned_and_named_after_its_file() -> None:
    (doc,) = read(FIXTURES / "crosspost-report.txt")
    assert doc.id == (FIXTURES / "crosspost-report.txt").resolve().as_posix()
    assert doc.original_source == "Frontline Monitor"
    assert doc.published == date(2021, 3, 12)
    assert "Note to readers" not in doc.text


def test_html_page_gives_main_text_and_metadata() -> None:
    (doc,) = read(FIXTURES / "page.html")
    assert doc.title == "Clashes near Kinsabba leave nine soldiers dead"
    assert doc.source == "Levant Wire"
    assert doc.author == "Rana Haddad"
    assert doc.published == date(2020, 8, 7)
    assert "At least 9 Syrian soldiers and 5 militants were killed" in doc.text
    assert "Most read" not in doc.text and "Copyright" not in doc.text


def test_feed_entries_are_documents_with_their_own_ids_and_dates() -> None:
    docs = read(FIXTURES / "feed.xml")
    assert [d.id for d in docs] == ["https://example.org/2021/05/03/mopti-attack", "sahel-brief-0002"]
    assert docs[0].text.startswith("Unidentified gunmen attacked the village of Dinangourou")
    assert "Share this" not in docs[0].text
    assert docs[0].published == date(2021, 5, 3)
    assert docs[0].source == "Sahel Security Brief"
    assert docs[0].title == "Gunmen attack village in Mopti region"


def test_jsonl_records_and_a_bad_line_naming_file_and_line() -> None:
    items = read(FIXTURES / "docs.jsonl")
    assert [i.id if isinstance(i, Document) else str(i) for i in items][:2] == ["doc-1", "doc-2"]
    (error,) = [i for i in items if isinstance(i, InputError)]
    assert str(error).startswith(f"{FIXTURES / 'docs.jsonl'}:3: not valid JSON")
    doc4 = items[3]
    assert doc4.id == "doc-4" and doc4.title == "Village chief killed"
    assert doc4.text.startswith("On 30 April 2020, unidentified gunmen shot dead a village chief")
    assert items[0].published == date(2020, 5, 4) and items[0].source == "Pajhwok"


def test_published_overrides_every_document() -> None:
    docs = read(FIXTURES / "crosspost-report.txt", published=date(2021, 3, 13))
    assert docs[0].published == date(2021, 3, 13)


def test_no_date_is_ever_invented(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(PROSE, encoding="utf-8")
    (doc,) = read(tmp_path / "note.txt")
    assert doc.published is None


def test_stdin_is_read_when_input_is_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PROSE.encode("utf-8"))))
    (doc,) = read("-")
    assert doc.id == "stdin" and doc.text == PROSE.strip()


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(PROSE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(PROSE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(PROSE, encoding="utf-8")
    root = tmp_path.resolve().as_posix()
    assert [d.id for d in read(tmp_path)] == [f"{root}/a.txt", f"{root}/b/z.txt"]


def test_same_named_files_in_two_folders_are_two_documents(tmp_path: Path) -> None:
    for folder, town in (("mali", "Mopti"), ("niger", "Tillaberi")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(PROSE.replace("Mopti", town), encoding="utf-8")
    first, second = read(tmp_path / "mali" / "report.txt", tmp_path / "niger" / "report.txt")
    assert first.id != second.id


BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "binary.bin": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary file"),
    "latin1.txt": (PROSE.replace("village", "villáge").encode("latin-1"), "not valid UTF-8"),
    "broken.html": (b"<html><body><div><<<>>></div></body>", "broken or empty page"),
    "bad-feed.xml": (b"<?xml version='1.0'?><rss><channel><item><title>x</ti", "malformed feed"),
    "french.txt": (
        "Des hommes armés ont attaqué dimanche un poste de police dans la région de Mopti, au centre du Mali, "
        "tuant quatre policiers et blessant deux autres, selon une source sécuritaire locale qui a requis "
        "l'anonymat auprès des journalistes présents sur place.".encode(),
        "not English",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_each_bad_input_is_one_error_naming_its_file_and_the_batch_goes_on(tmp_path: Path, name: str) -> None:
    data, reason = BAD_INPUTS[name]
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz-good.txt").write_text(PROSE, encoding="utf-8")
    items = read(tmp_path)
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and "\n" not in str(errors[0])
    assert str(errors[0]).startswith(f"{tmp_path / name}: ") and reason in str(errors[0])
    assert [Path(d.id).name for d in items if isinstance(d, Document)] == ["zz-good.txt"]


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing written
    (error,) = read(big, settings=replace(SETTINGS, max_input_bytes=20 * 1024 * 1024))
    assert str(error).startswith(f"{big}: file too large")


def test_missing_path_is_an_error_not_a_crash(tmp_path: Path) -> None:
    (error,) = read(tmp_path / "nope.txt")
    assert "no such file" in str(error)


def test_too_little_text_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "tiny.txt").write_text("Kunduz clash.", encoding="utf-8")
    (error,) = read(tmp_path / "tiny.txt")
    assert "no article text" in str(error)


def test_unknown_suffix_is_sniffed_as_html(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "page.html", tmp_path / "page.dat")
    (doc,) = read(tmp_path / "page.dat")
    assert doc.source == "Levant Wire"


def test_html_fragment_text_keeps_one_paragraph_per_block() -> None:
    assert html_to_text("<p>First <b>bold</b> line.</p><script>x()</script><p>Second.</p>") == (
        "First bold line.\n\nSecond."
    )


def test_html_in_its_declared_legacy_charset_is_read(tmp_path: Path) -> None:
    page = (
        (FIXTURES / "page.html")
        .read_text(encoding="utf-8")
        .replace('charset="utf-8"', 'charset="windows-1252"')
    )
    page = page.replace("Rana Haddad", "Zoë Haddad")
    (tmp_path / "legacy.html").write_bytes(page.encode("windows-1252"))
    (doc,) = read(tmp_path / "legacy.html")
    assert doc.author == "Zoë Haddad"


def test_utf16_text_with_a_byte_order_mark_is_text_not_binary(tmp_path: Path) -> None:
    (tmp_path / "windows.txt").write_bytes(PROSE.encode("utf-16"))
    (doc,) = read(tmp_path / "windows.txt")
    assert doc.text == PROSE.strip()


def test_jsonl_on_stdin_is_streamed_with_the_size_limit_per_record(monkeypatch: pytest.MonkeyPatch) -> None:
    good = json.dumps({"id": "a", "text": PROSE.strip()}) + "\n"
    huge = json.dumps({"id": "b", "text": "x" * 5000}) + "\n"
    stream = (good + huge + "{not json}\n" + good.replace('"a"', '"c"')).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stream)))
    items = read("-", settings=replace(SETTINGS, max_input_bytes=1000))
    assert [i.id if isinstance(i, Document) else str(i).split(":")[1] for i in items] == ["a", "2", "3", "c"]
    assert "record too large" in str(items[1]) and str(items[2]).startswith("-:3: not valid JSON")


def test_crosspost_credit_in_an_html_footer_names_the_original_source(tmp_path: Path) -> None:
    page = (
        (FIXTURES / "page.html")
        .read_text(encoding="utf-8")
        .replace("<footer>", "<footer><p>The original source of this article is <u>Frontline Monitor</u></p>")
    )
    (tmp_path / "crosspost.html").write_text(page, encoding="utf-8")
    (doc,) = read(tmp_path / "crosspost.html")
    assert doc.original_source == "Frontline Monitor" and doc.source == "Levant Wire"
