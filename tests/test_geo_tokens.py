"""Tokens and name runs: what geoparse may look up as a place name."""

from __future__ import annotations

from frontwire.geo_tokens import candidate_runs, tokenise


def _runs(text: str) -> list[str]:
    return [surface for _, _, surface in candidate_runs(text, tokenise(text))]


def test_a_dateline_in_capitals_is_a_name_but_an_acronym_is_not() -> None:
    tokens = tokenise("KABUL, Afghanistan (Reuters) - NDS officers arrested two men.")
    capital = {t.text: t.capital for t in tokens}
    assert capital["KABUL"] and not capital["NDS"]


def test_an_arabic_article_joins_a_name_but_english_as_does_not() -> None:
    assert "al-Mayadin" in _runs("ISIS cells attacked al-Mayadin on Friday.")
    assert not any(r.startswith("as ") for r in _runs("Shops closed as Nasa supporters marched."))


def test_a_spaced_dash_ends_a_name() -> None:
    assert "MOGADISHU - A" not in _runs("MOGADISHU - A car bomb exploded near a checkpoint.")


def test_an_english_at_before_another_letter_ends_the_name() -> None:
    runs = _runs("Troops exchanged fire across the LoC at Kahuta sector area.")
    assert "Kahuta" in runs and not any("LoC at" in r for r in runs)
    assert "Bab as Salama" in _runs("Protesters gathered at Bab as Salama crossing.")


def test_a_persian_ezafe_or_hindi_of_written_apart_stays_inside_a_name() -> None:
    assert "Qala i Naw" in _runs("Taliban attacked the Kharistan area of Qala i Naw district, Badghis.")
    assert "Guru ki Wadali" in _runs("Locals staged a protest in Guru ki Wadali village, Amritsar.")
