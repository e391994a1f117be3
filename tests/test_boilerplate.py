"""Boilerplate removal: the article body survives byte-identical, the page furniture does not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from frontwire.boilerplate import clean_text, looks_english

CROSSPOST = (Path(__file__).parent / "fixtures" / "crosspost-report.txt").read_text(encoding="utf-8")


def test_crosspost_body_paragraphs_are_byte_identical() -> None:
    cleaned = clean_text(CROSSPOST)
    for paragraph in cleaned.text.split("\n\n"):
        assert paragraph in CROSSPOST
    assert cleaned.text.startswith("On March 11, Houthi forces launched several explosive drones")
    assert cleaned.text.endswith("remain in camps near the front line.")


def test_crosspost_tail_header_tags_and_urls_are_dropped() -> None:
    text = clean_text(CROSSPOST).text
    for junk in (
        "Note to readers",
        "SUPPORT",
        "Copyright",
        "Disclaimer",
        "Region:",
        "Topics:",
        "https://",
        "By ",
    ):
        assert junk not in text


def test_original_source_comes_from_the_crosspost_credit() -> None:
    assert clean_text(CROSSPOST).original_source == "Frontline Monitor"


def test_publisher_of_this_copy_and_byline() -> None:
    cleaned = clean_text(CROSSPOST)
    assert cleaned.source == "World Review Network"
    assert cleaned.author == "Frontline Monitor"


def test_dateline_of_the_original_gives_the_publication_date() -> None:
    # The crosspost is dated 14 March; the original's dateline (12 March) is when it was reported.
    assert clean_text(CROSSPOST).published == date(2021, 3, 12)


def test_title_is_the_headline() -> None:
    assert (
        clean_text(CROSSPOST).title == "Yemen: Houthi Drones Target Saudi-Led Coalition Positions Near Marib"
    )


def test_clean_summary_comes_back_unchanged() -> None:
    note = "On 9 May 2020, Houthi forces shelled Saudi-led coalition positions in Sirwah (Marib), killing 2 soldiers."
    cleaned = clean_text(note)
    assert cleaned.text == note
    assert cleaned.published is None and cleaned.original_source is None


def test_prose_that_starts_like_a_donation_line_is_kept() -> None:
    text = (
        "Clashes between rival militias killed at least 5 people in Tripoli on Monday, residents said.\n\n"
        "Support for the ceasefire has waned since the fighting resumed in the southern suburbs of the capital."
    )
    assert clean_text(text).text == text


def test_hard_wrapped_paragraph_is_one_unit() -> None:
    text = (
        "Gunmen attacked a police post in the Mopti region of central Mali\n"
        "on Sunday night, killing four officers and wounding two others,\n"
        "according to a security source who asked not to be named."
    )
    assert clean_text(text).text == text


def test_one_line_per_paragraph_page_loses_its_share_bar() -> None:
    text = (
        "Police fired tear gas at protesters who had blocked the main road in Kisumu on Tuesday, witnesses said.\n"
        "Share this:\n"
        "Facebook Twitter WhatsApp\n"
    )
    assert clean_text(text).text == text.split("\n")[0]


def test_french_text_is_not_english() -> None:
    french = (
        "Des hommes armés ont attaqué dimanche un poste de police dans la région de Mopti, au centre du Mali, "
        "tuant quatre policiers et blessant deux autres, selon une source sécuritaire locale qui a requis "
        "l'anonymat auprès des journalistes présents sur place pendant la journée de dimanche."
    )
    assert not looks_english(french)


def test_english_and_short_texts_pass_the_language_check() -> None:
    assert looks_english(CROSSPOST)
    assert looks_english("Kunduz: 3 killed")


WIRE_STORY = """Clashes on 5 May 2020 kill 3 in Idlib

Published: 6 May 2020 10:45
Updated: 7 May 2020

IDLIB (Reuters) - Clashes between government forces and rebels killed three people in Idlib province on Tuesday.

The fighting broke out near the town of Saraqeb, residents said.

Reporting by Jane Smith; Editing by John Doe
"""


def test_headline_with_a_date_is_a_title_and_labelled_dates_name_no_publisher() -> None:
    cleaned = clean_text(WIRE_STORY)
    assert cleaned.title == "Clashes on 5 May 2020 kill 3 in Idlib"
    assert cleaned.published == date(2020, 5, 6) and cleaned.source is None
    assert cleaned.text.endswith("residents said.")


def test_datelines_run_together_on_one_line_are_each_read() -> None:
    text = (
        "By South Front Global Research, August 09, 2020 South Front 7 August 2020\n\n"
        + CROSSPOST.split("\n\n", 5)[5]
    )
    assert clean_text(text).published == date(2020, 8, 7)


def test_a_short_lede_sentence_is_body_not_header() -> None:
    text = "Three soldiers were killed.\n\nThe attack happened near Kunduz on Monday, officials said."
    assert clean_text(text).text == text


def test_pathological_scrapes_stay_linear() -> None:
    import time

    started = time.perf_counter()
    for junk in (
        "@" * 1_000_000 + " a b.",
        (" " * 100 + "\n") * 20_000 + "Shots were fired.",
        "word " * 400_000,
    ):
        clean_text(junk)
    assert time.perf_counter() - started < 2.0
