"""Which extractor produced a stored event: a fingerprint of the code and knowledge that extract it.

Reads the files of the installed `frontwire` package (its modules and every lexicon, knowledge base
and gazetteer extract under `frontwire/data`) and, where the settings name one, the identity of a
user's own gazetteer file. Writes nothing. The store keeps the fingerprint with each document, so a
document ingested again after an upgrade (or after a better gazetteer was built) is re-extracted
instead of keeping events an older frontwire found. Hashing ~25 MB once per process costs ~50 ms.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

__all__ = ["extractor_fingerprint"]

_PACKAGE = Path(__file__).resolve().parent
_SKIPPED_DIRS = frozenset({"__pycache__", "migrations"})  # the store's schema does not change events
_LENGTH = 16  # hex digits: collisions between two releases are not a practical concern


@lru_cache(maxsize=1)
def _package_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        relative = path.relative_to(_PACKAGE)
        if not path.is_file() or _SKIPPED_DIRS & set(relative.parts) or path.suffix == ".pyc":
            continue
        digest.update(relative.as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def extractor_fingerprint(gazetteer: Path | None = None) -> str:
    """A short id of this frontwire's extractor, and of the user's gazetteer file where one is named
    (its path, size and modification time: rebuilding it with more villages changes the events)."""
    digest = hashlib.sha256(_package_digest().encode())
    if gazetteer is not None:
        stat = gazetteer.stat() if gazetteer.exists() else None
        digest.update(f"{gazetteer.resolve()}|{stat.st_size if stat else ''}|{stat.st_mtime_ns if stat else ''}".encode())
    return digest.hexdigest()[:_LENGTH]
