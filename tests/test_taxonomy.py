import pytest

from frontwire.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES, event_type_of


def test_six_event_types_and_twenty_five_sub_types():
    assert len(EVENT_TYPES) == 6
    assert len(SUB_EVENT_TYPES) == 25
    assert len(set(SUB_EVENT_TYPES)) == 25


def test_exact_spellings():
    assert "Explosions/Remote violence" in EVENT_TYPES
    assert "Shelling/artillery/missile attack" in SUB_EVENT_TYPES
    assert "Remote explosive/landmine/IED" in SUB_EVENT_TYPES
    assert "Headquarters or base established" in SUB_EVENT_TYPES


@pytest.mark.parametrize(
    ("sub", "parent"),
    [
        ("Air/drone strike", "Explosions/Remote violence"),
        ("Armed clash", "Battles"),
        ("Abduction/forced disappearance", "Violence against civilians"),
        ("Excessive force against protesters", "Protests"),
        ("Mob violence", "Riots"),
        ("Looting/property destruction", "Strategic developments"),
    ],
)
def test_event_type_of(sub, parent):
    assert event_type_of(sub) == parent


def test_unknown_sub_type_is_an_error():
    with pytest.raises(KeyError):
        event_type_of("Air strike")
