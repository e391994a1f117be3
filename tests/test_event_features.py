"""Actor-class features (who acts on whom) and name masking for the event classifier."""

from frontwire.event_features import actor_features, mask_names


def test_rebels_attacking_soldiers_make_a_rebel_on_state_pair():
    text = "On 3 May 2020, Taliban militants attacked an army checkpoint, killing 3 soldiers."
    features = actor_features(text, text, text.index("attacked"))
    assert "pre:2" in features
    assert "pair:2>1" in features


def test_civilian_victims_are_targets_after_the_trigger():
    text = "On 4 May 2020, gunmen shot dead two farmers near their homes."
    features = actor_features(text, text, text.index("shot dead"))
    assert "post:7" in features


def test_a_text_without_known_actors_gives_no_actor_features():
    assert actor_features("It rained.", "It rained.", 0) == []


def test_place_names_are_masked_but_known_actors_and_months_kept():
    text = "On 3 May 2020, Taliban militants attacked a checkpoint in Kunduz city."
    masked = mask_names(text)
    assert "Kunduz" not in masked
    assert "Taliban" in masked
    assert "May" in masked
