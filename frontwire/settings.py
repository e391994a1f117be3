"""Settings, each declared once as (name, default, help), layered: defaults -> user file -> CLI flags.

The result is one immutable `Settings` object passed down to whoever needs it; stages read no
environment variables. The only place the environment is consulted is `default_settings()`, for
the standard XDG cache/data directories.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

__all__ = ["Settings", "default_settings", "load_settings", "setting_help"]


def _xdg(var: str, fallback: str) -> Path:
    return Path(os.environ.get(var) or Path.home() / fallback) / "frontwire"


@dataclass(frozen=True)
class Settings:
    database: str = field(
        default="", metadata={"help": "Event store: a SQLite path or a SQLAlchemy URL (postgresql://...)."}
    )
    cache_dir: Path = field(
        default=Path(), metadata={"help": "Directory for built indexes (the gazetteer); safe to delete."}
    )
    data_dir: Path = field(default=Path(), metadata={"help": "Directory for the default SQLite event store."})
    gazetteer: Path | None = field(
        default=None, metadata={"help": "A gazetteer SQLite file to use instead of the bundled one."}
    )
    max_input_bytes: int = field(
        default=20 * 1024 * 1024, metadata={"help": "Inputs larger than this are rejected, not read."}
    )
    min_text_chars: int = field(
        default=20, metadata={"help": "Documents with less text than this are rejected as empty."}
    )

    @property
    def database_url(self) -> str:
        if "://" in self.database:
            return self.database
        path = Path(self.database) if self.database else self.data_dir / "frontwire.db"
        return f"sqlite:///{path}"


def setting_help() -> dict[str, str]:
    """Each setting's name and help, as declared on `Settings`."""
    return {f.name: f.metadata["help"] for f in fields(Settings)}


def default_settings() -> Settings:
    return Settings(
        cache_dir=_xdg("XDG_CACHE_HOME", ".cache"),
        data_dir=_xdg("XDG_DATA_HOME", ".local/share"),
    )


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then a YAML user file (if given or at ~/.config/frontwire/config.yaml), then overrides."""
    settings = default_settings()
    path = config_file or _xdg("XDG_CONFIG_HOME", ".config") / "config.yaml"
    if path.exists():
        try:
            values = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"{path}: cannot read settings: {exc}") from exc
        settings = _apply(settings, values, str(path))
    return _apply(settings, {k: v for k, v in overrides.items() if v is not None}, "command line")


def _apply(settings: Settings, values: dict[str, Any], where: str) -> Settings:
    known = {f.name: f for f in fields(Settings)}
    changes: dict[str, Any] = {}
    for name, value in values.items():
        if name not in known:
            raise ConfigError(f"{where}: unknown setting {name!r} (known: {', '.join(setting_help())})")
        default = getattr(settings, name)
        if isinstance(default, Path) or name == "gazetteer":
            value = Path(value).expanduser()
        elif isinstance(default, int):
            try:
                value = int(value)
            except (TypeError, ValueError) as exc:
                raise ConfigError(f"{where}: {name} must be a whole number, not {value!r}") from exc
        changes[name] = value
    return replace(settings, **changes)
