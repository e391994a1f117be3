"""The whole pipeline on our own news snippets (tests/fixtures/news_events.yaml): the per-field rates
reached on wire-style prose may not fall.

The floors are the rates measured when they were set, less a small margin (2 points on fields under
a few dozen failures, 3 on the noisier ones), so one changed snippet passes and a regression fails.
Raise a floor when a field improves. Scoring is tools/eval_news.py's, which prints the failures.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

_TOOL = Path(__file__).resolve().parents[1] / "tools" / "eval_news.py"

# Measured 2026-11-27 (round 4, 119 events in 144 snippets): detected 99.2, type 89.1, sub 84.9,
# date 99.2, country 92.4, admin1 72.6, location 62.2, fatalities 95.8, actor1 59.7, non-events left
# empty 74.1. Round 5 (dates/fatalities): event_date 100.0, fatalities 100.0 -> floors 0.98, 0.97.
# Round 5 (events on news prose): detected 100.0, type 95.0, sub 93.3, non-events left empty 92.6.
FLOORS = {
    "detected": 0.98,
    "event_type": 0.92,
    "sub_event_type": 0.90,
    "event_date": 0.98,
    "country": 0.96,  # round 5 places: a dateline, a speaking capital, a demonym no longer locate the event
    "admin1": 0.88,  # round 17: 90.6, "the Indian state of X" is X; and ACLED's admin1 spellings (Hiraan, South Kordofan), Hong Kong in China
    "location": 0.84,  # round 17: 86.6, a province's capital at precision 3 now scores as ACLED codes it
    "fatalities": 0.97,
    "actor1": 0.68,  # round 5 actors: claims, blame, forces named first, said-they-did (71.4)
    "non_event_empty": 0.88,
}


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location("eval_news", _TOOL)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool.score_snippets(tool.load())


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_news_field_rate_holds(result: dict[str, Any], field: str) -> None:
    rate = result["rates"][field]
    failures = "\n".join(result["failures"].get(field, [])[:15])
    assert rate >= FLOORS[field], f"{field} {rate:.3f} < {FLOORS[field]}\n{failures}"


def test_the_set_is_news_of_many_kinds(result: dict[str, Any]) -> None:
    assert result["counts"]["detected"] >= 110 and result["counts"]["non_event_empty"] >= 25
