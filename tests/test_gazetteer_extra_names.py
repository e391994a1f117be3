"""Spellings the extract dropped: which respellings tools/extend_places.py keeps, and that the index build adds them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from extend_places import extras, same_name

from frontwire.gazetteer import fold
from frontwire.gazetteer.build import _shipped_row


def _same(alt: str, ref: str) -> bool:
    return same_name(fold(alt), fold(ref))


def test_a_short_arabic_name_respelled_is_the_same_town() -> None:
    # "clashes in Jalawla, Diyala": WOF's record is 'Jalawlah', whose 2-consonant skeleton was too short to compare.
    assert _same("Jalawla", "Jalawlah")
    assert _same("Taara", "Ta`arah")


def test_a_towns_full_official_name_is_the_same_town() -> None:
    # "a protest in Oaxaca de Juarez": GeoNames lists it past the 10-name cap of 'Oaxaca'.
    assert _same("Oaxaca de Juarez", "Oaxaca")


def test_a_name_after_a_generic_lead_is_the_same_town() -> None:
    # "gunmen attacked Rosales, Chihuahua": GeoNames' 'Santa Cruz de Rosales'.
    assert _same("Rosales", "Santa Cruz de Rosales")
    assert _same("Shurah", "Nahiyat ash Shurah")


def test_a_head_word_or_an_ordinary_tail_is_not_the_town() -> None:
    # 'Sierra' (Sierra Papacal) and 'Academy' (Little River-Academy) would match common words.
    assert not _same("Sierra", "Sierra Papacal")
    assert not _same("Academy", "Little River-Academy")


def test_a_translation_is_not_a_respelling() -> None:
    assert not _same("Santa Maria", "Oaxaca")
    assert not _same("Qaraghan", "Jalawlah")


def test_extras_keep_only_new_capitalised_latin_names() -> None:
    names = {fold("Jalawlah")}
    got = extras(names, ["Jalawlah"], ["Jalawlah", "Jalawla", "jalawla", "Qaraghān", "جلولاء"], frozenset())
    assert got == ["Jalawla"]


def test_the_index_build_adds_the_shipped_extra_names() -> None:
    # The shipped extra_names.tsv.xz gives WOF's Jalawlah (Diyala) the spelling ACLED and the news use.
    line = "wof:1226028523\tJalawlah\tIQ\tDiyala\tKhanaqin\t\t34.27392\t45.16908\tPPL\t0\t"
    assert "Jalawla" in _shipped_row(line.split("\t"))[10]


def test_a_thai_village_is_also_indexed_without_ban() -> None:
    # "a bomb exploded in Pong Hai, Chiang Rai": the gazetteer's 'Ban Pong Hai'.
    from frontwire.gazetteer.build import _generic_leads, _without_lead

    assert _without_lead(["Ban Pong Hai"], _generic_leads()["TH"], frozenset()) == ["pong hai"]


def test_a_lead_is_dropped_only_where_listed_and_never_leaving_a_common_word() -> None:
    from frontwire.gazetteer.build import _generic_leads, _without_lead

    assert _without_lead(["Ban Pong Hai"], _generic_leads()["SY"], frozenset()) == []
    assert _without_lead(["Tall Town"], _generic_leads()["SY"], frozenset({"town"})) == []
