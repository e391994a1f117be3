"""The trigger lexicon: compiled term patterns and the triggers a sentence keeps."""

from frontwire.model import Span
from frontwire.trigger_lexicon import compile_terms, find_triggers, load_lexicon, norm_term


def triggers(text: str) -> list[str]:
    return [t.span.text for t in find_triggers(text, Span.of(text, 0, len(text)))]


def test_wildcard_term_matches_inflections_and_whole_words_only():
    pattern = compile_terms(["clash*", "tear gas"])
    assert [
        m.group(0) for m in pattern.finditer("Clashes erupted; police fired tear-gas at the clashers")
    ] == [
        "Clashes",
        "tear-gas",
        "clashers",
    ]
    assert pattern.search("The Anticlash unit arrived") is None


def test_norm_term_folds_case_and_hyphens():
    assert norm_term(" Tear-Gas ") == "tear gas"


def test_lexicon_is_loaded_once():
    assert load_lexicon() is load_lexicon()


def test_reported_attack_is_a_trigger_with_its_hint():
    text = "On 28 April 2020, Taliban militants attacked an army checkpoint in Nad Ali district."
    found = find_triggers(text, Span.of(text, 0, len(text)))
    assert [t.span.text for t in found] == ["attacked"]
    assert found[0].span.start == text.index("attacked")


def test_negated_clash_is_no_trigger():
    assert triggers("There were no clashes in Kismayo on Monday.") == []


def test_figurative_deal_is_no_trigger():
    assert "struck" not in triggers("The two parties struck a deal in Juba on Monday.")


def test_trigger_after_the_attack_is_anaphoric():
    text = "Government forces repelled the attack near Sirte."
    found = find_triggers(text, Span.of(text, 0, len(text)))
    assert found and found[-1].anaphoric


def test_rocks_thrown_in_a_headline_are_a_trigger():
    assert triggers("Supporters throw rocks at former candidate during political campaign") == ["throw rocks at"]


def test_worshippers_gathered_for_eid_prayers_are_no_protest():
    assert triggers("Thousands of worshippers gathered at the main mosque in Kano on Sunday for Eid prayers.") == []


def test_a_crowd_gathered_to_demand_a_release_is_still_a_protest():
    assert triggers("Hundreds gathered outside the court in Kano on Sunday to demand the release of the activists.") != []
