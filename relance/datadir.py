"""Where Relance keeps its SQLite file and its secrets."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    path = Path(os.environ.get("RELANCE_DATA_DIR") or platformdirs.user_data_dir("relance"))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def read_or_create_secret(directory: Path, name: str) -> str:
    """Read a secret file, creating it with 0600 permissions on first use.

    O_EXCL makes two processes starting at once agree on one secret: the loser
    of the race reads the winner's file.
    """
    path = directory / name
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    value = secrets.token_urlsafe(50)
    with os.fdopen(fd, "w") as handle:
        handle.write(value)
    return value
