"""Countries in a report's words."""

from __future__ import annotations

from datetime import date

from frontwire.geo_countries import publisher_countries
from frontwire.model import Document


def test_the_country_in_a_publishers_name() -> None:
    doc = Document(id="d", text="Police dispersed protesters.", published=date(2020, 5, 1), source="Star (Kenya)")
    assert publisher_countries(doc, {"kenya": "KE"}) == {"KE"}
