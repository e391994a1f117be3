"""Guards on the classifier's best guess, on sentences and scores written for these tests."""

import numpy as np

from frontwire.event_guards import deed_roles, guarded_best

CLASSES = ("Agreement", "Attack", "Mob violence", "Peaceful protest")


def test_state_forces_beating_traders_are_state_on_civilians():
    assert deed_roles("Police beat traders for flouting the lockdown in Kano.") == "state>civilian"


def test_an_agreement_that_tells_a_killing_hands_over_to_the_next_best():
    text = "A former rebel who had signed the peace agreement was shot dead in Cauca."
    scores = np.array([1.0, 0.5, 0.2, 0.1])
    assert CLASSES[guarded_best(CLASSES, scores, [], text, text)] == "Attack"


def test_a_rebel_doer_rules_out_a_mob_and_it_never_comes_back():
    text = "Al Shabaab fighters executed two men in Jilib, residents said."
    scores = np.array([0.6, 0.5, 1.0, 0.1])
    assert CLASSES[guarded_best(CLASSES, scores, ["pre:2"], text, text)] == "Attack"
