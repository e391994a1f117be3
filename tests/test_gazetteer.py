"""Gazetteer: name keys, a GeoNames import from a zip written here, and the bundled index."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from frontwire.errors import GazetteerError
from frontwire.gazetteer import Gazetteer, fold, import_geonames, skeleton
from frontwire.gazetteer.admin import acled_admin_name, admin_for_point


def _geonames_line(gid: int, name: str, alts: str, lat: float, lon: float, fclass: str, fcode: str,
                   cc: str, admin1: str, pop: int) -> str:  # fmt: skip
    cols = [str(gid), name, name, alts, str(lat), str(lon), fclass, fcode, cc, "", admin1, "", "", "",
            str(pop), "", "0", "Asia/Damascus", "2020-01-01"]  # fmt: skip
    return "\t".join(cols)


@pytest.fixture()
def tiny_zip(tmp_path: Path) -> Path:
    lines = [
        _geonames_line(
            1, "Kafr Nubl", "Kafranbel,Kafr Nabl,كفرنبل", 35.61, 36.56, "P", "PPL", "SY", "10", 15000
        ),
        _geonames_line(2, "Nahr al Furat", "Euphrates", 35.0, 40.0, "H", "STM", "SY", "", 0),
        _geonames_line(3, "Dandora", "", -1.25, 36.90, "P", "PPL", "KE", "05", 0),
    ]
    path = tmp_path / "XX.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("XX.txt", "\n".join(lines) + "\n")
    return path


def test_fold_removes_diacritics_apostrophes_and_hyphens() -> None:
    assert fold("Deir-ez-Zor") == "deir ez zor"
    assert fold("Murang'a") == "muranga"
    assert fold("Ḩalab") == "halab"


def test_skeleton_absorbs_transliteration_variants() -> None:
    assert skeleton(fold("Deir Ezzor")) == skeleton(fold("Dayr az Zawr")) == skeleton(fold("Deir ez-Zor"))
    assert skeleton(fold("Ayn Issa")) == skeleton(fold("Ain Issa")) == skeleton(fold("Ein Issa"))
    assert skeleton(fold("Idlib")) == skeleton(fold("Idleb"))
    # A first y is a consonant: "Yabseh" (Al Yabisah) is not Abu Susah; a first w reads as ou does.
    assert skeleton(fold("Yabseh")) != skeleton(fold("Abu Susah"))
    assert skeleton(fold("Yabseh")) == skeleton(fold("Al Yabisah"))
    assert skeleton(fold("Wadi Hamra")) == skeleton(fold("Ouadi Hamra"))


def test_import_geonames_keeps_places_and_drops_rivers(tiny_zip: Path, tmp_path: Path) -> None:
    db = tmp_path / "g.sqlite"
    assert import_geonames(tiny_zip, db) == 2  # the river (class H) is not a place
    gaz = Gazetteer.open(db)
    kafr = gaz.lookup(["kafranbel"])["kafranbel"][0]
    assert kafr.name == "Kafr Nubl" and kafr.country == "Syria"
    assert kafr.admin1 == "Idleb"  # OCHA polygon, ACLED's spelling
    assert gaz.lookup(["dandora"])["dandora"][0].admin1 == "Nairobi"  # "Nairobi Area" respelled
    assert "euphrates" not in gaz.lookup(["euphrates"])


def test_repeated_lookups_answer_from_memory_alike(tiny_zip: Path, tmp_path: Path) -> None:
    db = tmp_path / "g.sqlite"
    import_geonames(tiny_zip, db)
    gaz = Gazetteer.open(db)
    first = gaz.lookup(["kafranbel", "euphrates"])
    assert "euphrates" not in first  # a miss is remembered as one, never returned as an empty entry
    assert gaz.lookup(["dandora", "kafranbel", "euphrates"])["kafranbel"] == first["kafranbel"]


def test_open_rejects_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError):
        Gazetteer.open(tmp_path / "none.sqlite")


def test_admin_spelling_and_point_in_polygon() -> None:
    assert acled_admin_name("KE", 1, "Nairobi Area") == "Nairobi"
    area = admin_for_point("SY", 37.05, 41.23)  # Qamishli
    assert area is not None and area.admin1 == "Al-Hasakeh"


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    from frontwire.gazetteer import default_gazetteer

    return default_gazetteer(Path(tmp_path_factory.getbasetemp()) / "gazetteer-cache")


def test_bundled_gazetteer_knows_villages(gazetteer: Gazetteer) -> None:
    places = gazetteer.lookup(["kinsabba"])["kinsabba"]
    assert places[0].country == "Syria" and places[0].admin1 == "Lattakia"


def test_province_abbreviations_point_to_their_country() -> None:
    from frontwire.gazetteer.lexicon import abbreviated_countries

    assert abbreviated_countries("exchanged fire (Baramulla district, J&K); a mob in Amethi (UP)") == [
        "IN",
        "IN",
    ]
    assert abbreviated_countries("Prices went UPwards; a J&Kx code") == []


def test_fold_spells_letters_unicode_cannot_decompose() -> None:
    # "clashes in Gədəbəy district": ACLED writes Gadabay; Turkish dotless i, Polish l likewise.
    from frontwire.gazetteer import fold

    assert fold("Gədəbəy") == "gadabay"
    assert fold("Tuzluçayır") == "tuzlucayir"
    assert fold("Łódź") == "lodz"


def test_a_corrected_admin_spelling_rebuilds_installed_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from frontwire.gazetteer import build

    shipped = build.data_version.__wrapped__()
    for name in (*build._BUILD_INPUTS, "VERSION"):
        (tmp_path / name).write_bytes(build.data_file(name).read_bytes())
    monkeypatch.setattr(build, "data_file", lambda name: tmp_path / name)
    assert build.data_version.__wrapped__() == shipped
    with (tmp_path / "admin1_acled_curated.tsv").open("a", encoding="utf-8") as table:
        table.write("RU\tMoscow Oblast\tMoscow Oblast\n")
    assert build.data_version.__wrapped__() != shipped
