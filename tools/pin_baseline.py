"""Pin the current evaluation figures as floors for the CI accuracy gate.

Usage: frontwire eval DOCS GOLD --json report.json && python tools/pin_baseline.py report.json eval/baseline.json

Floors are the measured fractions less a small margin, for the slices that matter (all documents,
the held-out slice and each dataset part), so an honest improvement never trips the gate and a
regression of more than the margin does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MARGIN = 0.005
SLICES = ("all", "holdout")


def pin(report: dict, margin: float = MARGIN) -> dict:
    floors: dict = {}
    for name, scores in report["slices"].items():
        if name in SLICES or name.startswith("dataset:"):
            floors[name] = {
                field: round(max(0.0, value - margin), 4)
                for field, value in scores.items()
                if field != "documents"
            }
    floors["sub_event_macro_f1"] = round(max(0.0, report["sub_event_macro_f1"] - margin), 4)
    return floors


def main() -> None:
    report = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    Path(sys.argv[2]).write_text(json.dumps(pin(report), indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
