from frontwire.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_splits_on_terminal_punctuation():
    assert texts("Clashes erupted in Homs. Two soldiers died! Was it ISIS?") == [
        "Clashes erupted in Homs.",
        "Two soldiers died!",
        "Was it ISIS?",
    ]


def test_abbreviations_initials_and_decimals_do_not_end_sentences():
    text = "The U.S. Army said Lt. Col. J. Smith was hit 3.5 km from Kabul. Then it rained."
    assert texts(text) == [
        "The U.S. Army said Lt. Col. J. Smith was hit 3.5 km from Kabul.",
        "Then it rained.",
    ]


def test_spans_point_into_the_text():
    text = "  First one.\n\nSecond one.  "
    for span in split_sentences(text):
        assert text[span.start : span.end] == span.text


def test_line_breaks_separate_headlines_from_prose():
    assert texts("Region: Middle East\nTheme: Terrorism\nOn August 6, a drone struck.") == [
        "Region: Middle East",
        "Theme: Terrorism",
        "On August 6, a drone struck.",
    ]


def test_scraped_paragraph_break_inside_a_sentence_is_joined():
    text = "The Observatory claimed that several Russian\n\nservice members were injured."
    assert len(split_sentences(text)) == 1


def test_empty_text_has_no_sentences():
    assert split_sentences("") == ()
    assert split_sentences("   \n ") == ()
