"""The one exception hierarchy. The CLI maps each to a one-line message, the HTTP API to a 4xx."""

from __future__ import annotations

__all__ = ["ConfigError", "FrontwireError", "GazetteerError", "InputError", "StoreError"]


class FrontwireError(Exception):
    """Base of every error frontwire raises on purpose."""


class InputError(FrontwireError):
    """An input file or record cannot be read as a document (empty, binary, too big, malformed)."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class StoreError(FrontwireError):
    """The event store cannot be opened, migrated or written."""


class GazetteerError(FrontwireError):
    """The gazetteer cannot be built, opened or imported."""


class ConfigError(FrontwireError):
    """A setting has an invalid value."""
