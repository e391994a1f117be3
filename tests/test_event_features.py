"""Actor-class features (who acts on whom) and name masking for the event classifier."""

from frontwire.event_features import actor_features, mask_names, role_features


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


def test_state_forces_beating_traders_are_a_state_doer_and_civilian_target():
    text = "On 4 May 2020, police officers assaulted several market vendors in Douala after the curfew."
    start = text.index("assaulted")
    assert role_features(text, start, start + len("assaulted"))[2] == "role:state>civilian"


def test_a_passive_deed_reads_its_doer_after_by_and_its_target_before():
    text = "On 4 May 2020, a teenager was shot by soldiers at a checkpoint in Goma."
    start = text.index("shot")
    assert role_features(text, start, start + len("shot"))[2] == "role:state>civilian"


def test_a_capitalised_is_after_a_group_name_is_no_passive():
    text = "On 30 April 2020, gunmen believed to belong to IS shot and killed a man near Koniko."
    start = text.index("shot")
    assert role_features(text, start, start + len("shot"))[:2] == ["doer:armed", "tgt:civilian"]
