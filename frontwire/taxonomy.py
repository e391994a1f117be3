"""The ACLED event taxonomy: 6 event types and their 25 sub-event types, spelled exactly as ACLED does.

Reads `frontwire/data/taxonomy.yaml` once (cached). Writes nothing. Fails with `KeyError` when asked
for the event type of a sub-event type that is not in the taxonomy (a misspelling is a bug, never a
silent new category).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

__all__ = ["EVENT_TYPES", "SUB_EVENT_TYPES", "event_type_of", "load_taxonomy", "sub_event_types_of"]


@lru_cache(maxsize=1)
def load_taxonomy() -> dict[str, tuple[str, ...]]:
    """Event type -> its sub-event types, in codebook order."""
    text = resources.files("frontwire").joinpath("data/taxonomy.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)["event_types"]
    return {str(kind): tuple(str(sub) for sub in subs) for kind, subs in raw.items()}


@lru_cache(maxsize=1)
def _parent_of() -> dict[str, str]:
    return {sub: kind for kind, subs in load_taxonomy().items() for sub in subs}


def event_type_of(sub_event_type: str) -> str:
    """The event type a sub-event type belongs to: "Air/drone strike" -> "Explosions/Remote violence"."""
    return _parent_of()[sub_event_type]


def sub_event_types_of(event_type: str) -> tuple[str, ...]:
    return load_taxonomy()[event_type]


EVENT_TYPES: tuple[str, ...] = tuple(load_taxonomy())
SUB_EVENT_TYPES: tuple[str, ...] = tuple(sub for subs in load_taxonomy().values() for sub in subs)
