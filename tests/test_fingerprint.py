"""The extractor fingerprint: stable for one install, different for another gazetteer file."""

from __future__ import annotations

from pathlib import Path

from frontwire.fingerprint import extractor_fingerprint


def test_fingerprint_is_stable_and_short() -> None:
    first = extractor_fingerprint()
    assert first == extractor_fingerprint() and len(first) == 16
    int(first, 16)  # hex


def test_a_rebuilt_user_gazetteer_changes_the_fingerprint(tmp_path: Path) -> None:
    index = tmp_path / "geonames.sqlite"
    index.write_bytes(b"villages of one country")
    one_country = extractor_fingerprint(index)
    assert one_country != extractor_fingerprint()
    index.write_bytes(b"villages of every country, and their alternate names")
    assert extractor_fingerprint(index) != one_country
