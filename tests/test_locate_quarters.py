"""The quarter ACLED names a Beirut event by, from the neighbourhood or landmark a report writes."""

from frontwire.locate_quarters import quarter_cities, quarter_near, quarter_of


def _near(text: str) -> str | None:
    at = text.index("Beirut")
    return quarter_near("Beirut", text, at, at + len("Beirut"))


def test_hamra_is_ras_beirut() -> None:
    assert _near("Protesters gathered outside the Central Bank in Beirut's Hamra district.") == "Ras Beirut"


def test_martyrs_square_any_apostrophe_is_port() -> None:
    assert _near("Retired soldiers gathered at the Martyr's square in Beirut.") == "Port"
    assert _near("Rioters gathered at the Martyrs' Square in central Beirut.") == "Port"


def test_longer_name_wins_over_the_quarter_inside_it() -> None:
    assert _near("Protesters blocked the Corniche el Mazraa road in Beirut.") == "Mazraa"


def test_southern_suburbs_are_the_city_itself() -> None:
    assert _near("Protesters marched in Beirut's southern suburbs.") == ""


def test_no_neighbourhood_written() -> None:
    assert _near("Protesters gathered in Beirut against the exchange rate.") is None


def test_a_part_told_goes_by_its_quarter() -> None:
    assert quarter_of("Beirut", "Ras al Nabea") == "Bachoura"
    assert quarter_of("Aden", "Sira") is None  # Aden is named by its districts as written


def test_quarter_cities_from_the_table() -> None:
    assert "Beirut" in quarter_cities()


def test_kyiv_government_quarter_is_pecherskyi() -> None:
    text = "Entrepreneurs protested outside the Cabinet of Ministers in Kyiv."
    at = text.index("Kyiv")
    assert quarter_near("Kiev", text, at, at + len("Kyiv")) == "Pecherskyi"
