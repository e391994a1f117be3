"""The gazetteer: a read-only SQLite place index built once from compact extracts shipped in the package.

Reads the shipped extracts (`frontwire/data/gazetteer/`) on first use and writes the index into the
cache directory (`<cache_dir>/gazetteer-<version>.sqlite`); later opens just open that file. The
version is the shipped data's content hash, so new data means a new index, never a stale one.
Raises `GazetteerError` when the index cannot be built or opened.

Sources (attribution): Who's On First (CC0), GeoNames (CC BY 4.0), OCHA Syria COD-AB.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .build import build_index, data_version, import_geonames
from .names import fold, skeleton
from .store import Country, Gazetteer

__all__ = ["Country", "Gazetteer", "build_index", "default_gazetteer", "fold", "import_geonames", "skeleton"]


def default_gazetteer(cache_dir: Path | None = None) -> Gazetteer:
    """The bundled gazetteer, built into `cache_dir` on first use (default: the settings' cache dir)."""
    if cache_dir is None:
        from ..settings import default_settings

        cache_dir = default_settings().cache_dir
    return _open_cached(Path(cache_dir).expanduser().resolve())


@lru_cache(maxsize=4)
def _open_cached(cache_dir: Path) -> Gazetteer:
    path = cache_dir / f"gazetteer-{data_version()}.sqlite"
    if not path.is_file():
        build_index(path)
    return Gazetteer.open(path)
