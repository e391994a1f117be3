"""frontwire: raw conflict reporting in, ACLED-compatible event data out."""

from __future__ import annotations

from .errors import ConfigError, FrontwireError, GazetteerError, InputError, StoreError
from .model import (
    Actor,
    Actors,
    Attribution,
    Casualties,
    Document,
    Event,
    EventDate,
    EventMention,
    EventType,
    Location,
    Place,
    PlaceMention,
    Span,
)  # fmt: skip

__all__ = [
    "Actor",
    "Actors",
    "Attribution",
    "Casualties",
    "ConfigError",
    "Document",
    "Event",
    "EventDate",
    "EventMention",
    "EventType",
    "FrontwireError",
    "GazetteerError",
    "InputError",
    "Location",
    "Place",
    "PlaceMention",
    "Span",
    "StoreError",
    "extract",
]  # fmt: skip

__version__ = "0.1.0"


def extract(document, published=None):  # type: ignore[no-untyped-def]
    """Extract events from a `Document` or a plain string (see `frontwire.pipeline.extract`)."""
    from .pipeline import extract as _extract

    return _extract(document, published=published)
