"""The actor knowledge base: aliases resolve per country, ambiguity is a data error, data-only growth."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from frontwire.actor_kb import DATA_DIR, ActorKBError, load_actor_kb, normalize
from frontwire.actor_kb_files import build_kb, read_kb_files


@pytest.fixture(scope="module")
def kb():
    return load_actor_kb()


def test_every_alias_means_one_actor_per_country_scope(kb):
    owners: dict[tuple[str, str], set[tuple[str, str, str]]] = defaultdict(set)
    for entry in kb.entries:
        for alias in entry.aliases:
            key = " ".join(normalize(alias).split())
            identity = (entry.name, entry.kind, entry.country if entry.kind == "state" else "")
            owners[(key, entry.scope)].add(identity)
    ambiguous = {k: v for k, v in owners.items() if len(v) > 1}
    assert not ambiguous


def test_ambiguous_alias_is_an_error():
    documents = [("a.yaml", {"actors": [
        {"name": "Alpha Front", "inter": 2, "aliases": ["AF"]},
        {"name": "Army of Freedom", "inter": 2, "aliases": ["AF"]},
    ]})]  # fmt: skip
    with pytest.raises(ActorKBError, match="AF"):
        build_kb(documents)


def test_acronym_and_long_name_resolve_to_canonical(kb):
    assert kb.resolve("SDF", "Syria").name == "QSD: Syrian Democratic Forces"
    assert kb.resolve("Syrian Democratic Forces", "Syria").name == "QSD: Syrian Democratic Forces"
    assert kb.resolve("Hayat Tahrir al-Sham", "Syria").name == "HTS: Hayat Tahrir al Sham"


def test_islamic_state_aliases_are_scoped_by_country(kb):
    for alias in ("ISIS", "ISIL", "IS", "Daesh", "Islamic State"):
        assert kb.resolve(alias, "Syria").name == "Islamic State (Syria)"
    assert kb.resolve("ISIS", "Iraq").name == "Islamic State (Iraq)"


def test_acronym_is_case_sensitive(kb):
    hits = kb.find("The convoy is moving while IS fighters wait.")
    found = ["The convoy is moving while IS fighters wait."[h.start : h.end] for h in hits]
    assert "is" not in found
    assert any(f.startswith("IS") for f in found)


def test_state_forces_name_follows_the_regime_on_the_day(kb):
    assert kb.state_name("Kenya", "police", date(2008, 1, 1)) == "Police Forces of Kenya (2002-2013)"
    assert kb.state_name("Kenya", "police", date(2019, 6, 1)) == "Police Forces of Kenya (2013-)"
    assert kb.state_name("Syria", "military", date(2020, 8, 6)) == "Military Forces of Syria (2000-)"


def test_regime_change_after_the_dev_data_renames_state_forces(kb):
    assert kb.state_name("Kenya", "military", date(2023, 3, 1)) == "Military Forces of Kenya (2022-)"
    assert (
        kb.state_name("United States", "military", date(2022, 1, 1))
        == "Military Forces of the United States (2021-)"
    )


def test_demonyms_name_countries(kb):
    assert kb.country_of("Turkish") == "Turkey"
    assert kb.country_of("Afghan") == "Afghanistan"


def test_adding_an_alias_is_data_only(tmp_path: Path):
    for path in DATA_DIR.glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "local.yaml").write_text(
        'actors:\n  - {name: "Kataib Example", inter: 3, country: Iraq, aliases: [KEx, Kataib Example Brigade]}\n',
        encoding="utf-8",
    )
    kb = load_actor_kb(str(tmp_path))
    assert kb.resolve("Kataib Example Brigade", "Iraq").name == "Kataib Example"
    assert kb.resolve("KEx", "Iraq").name == "Kataib Example"


def test_packaged_files_all_load():
    assert read_kb_files(DATA_DIR)


def test_a_branch_without_a_dated_name_borrows_the_regime_label(kb):
    assert kb.state_name("Chad", "government", date(2020, 5, 1)) == "Government of Chad (1990-)"


def test_a_frontline_place_has_its_own_usual_pair_and_a_dyad_its_order():
    doc = {
        "default_pairs": [
            {"country": "Ukraine", "event_type": "Battles", "actor1": "A", "actor2": "B"},
            {
                "country": "Ukraine",
                "event_type": "Battles",
                "location": "Zolote",
                "actor1": "B",
                "actor2": "A",
            },
        ],
        "dyad_order": [{"first": "B", "second": "A"}],
    }
    kb = build_kb([("test.yaml", doc)])
    assert kb.default_pairs[("Ukraine", "Battles")] == ("A", "B")
    assert kb.located_pairs[("Ukraine", "Battles")] == (("Zolote", "B", "A"),)
    assert kb.dyad_leader("A", "B", "Ukraine") == "B"


def test_a_three_letter_mixed_case_acronym_matches_only_in_its_case():
    from frontwire.actor_kb import _is_acronym

    assert _is_acronym("JaS") and not _is_acronym("Jas") and not _is_acronym("FAMa-Nord")


def test_a_closed_regime_name_gives_way_to_an_open_one_of_another_branch():
    from datetime import date

    from frontwire.actor_kb import load_actor_kb

    kb = load_actor_kb()
    assert kb.state_name("Ethiopia", "military", date(2020, 5, 5)) == "Military Forces of Ethiopia (2018-)"
    assert (
        kb.state_name("Ethiopia", "military", date(2016, 5, 5)) == "Military Forces of Ethiopia (1995-2018)"
    )


def test_a_named_body_beats_the_generic_word_its_article_starts(kb):
    hits = kb.find("Forces of the Government of National Accord clashed with the Haftar forces.", "Libya")
    names = [e.name for h in hits for e in h.entries]
    assert "Military Forces of Libya (2016-) Government of National Accord" in names
    assert "state:government" not in names


def test_national_resistance_in_yemen_is_tareq_salehs_forces_not_ugandas_nrm():
    kb = load_actor_kb()
    hit = kb.find("anti-Houthi National Resistance forces fired shells", "Yemen")[0]
    assert kb.pick(hit.entries, "Yemen").name == "National Resistance Forces"


def test_contributors_troops_in_somalia_are_their_amisom_contingent():
    kb = load_actor_kb()
    hit = kb.find("Al Shabaab attacked Burundian troops in Buurane", "Somalia")[-1]
    assert kb.pick(hit.entries, "Somalia").name == "AMISOM: African Union Mission in Somalia (2007-) (Burundi)"


def test_dozo_hunters_outside_mali_are_their_own_communal_militia():
    kb = load_actor_kb()
    assert kb.resolve("Dozo hunters", "Burkina Faso").name == "Dozo Communal Militia (Burkina Faso)"
    assert kb.resolve("Dozo hunters", "Mali").name == "Dan Na Ambassagou"


def test_the_pakistani_taliban_spelled_with_e():
    assert load_actor_kb().resolve("Tehreek-e-Taliban Pakistan", "Pakistan").name == "TTP: Tehreek-i-Taliban Pakistan"


def test_the_regime_table_alone_names_a_countrys_forces_in_2020(tmp_path: Path):
    # Without the names learned from the dev data (seeded.yaml), regimes.yaml still dates every
    # country's forces: a held-out Chilean protest's police, Cambodia's army under its 1993- regime.
    for path in DATA_DIR.glob("*.yaml"):
        if path.name != "seeded.yaml":
            (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    kb = load_actor_kb(str(tmp_path))
    assert kb.state_name("Chile", "police", date(2020, 5, 5)) == "Police Forces of Chile (2018-)"
    assert kb.state_name("Cambodia", "military", date(2020, 5, 5)) == "Military Forces of Cambodia (1993-)"
    assert kb.state_name("Sudan", "military", date(2010, 2, 14)) == "Military Forces of Sudan (1989-2019)"


def test_a_country_the_dev_data_never_shows_has_its_regime_year(kb):
    assert kb.state_name("Maldives", "police", date(2020, 5, 5)) == "Police Forces of the Maldives (2018-)"
