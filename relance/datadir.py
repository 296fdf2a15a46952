"""Where Relance keeps its SQLite file and its secrets."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    path = Path(os.environ.get("RELANCE_DATA_DIR") or platformdirs.user_data_dir("relance"))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty and readable by its owner only, unless it exists.

    SQLite creates its database with the umask's mode (0644 usually), and gives its
    -wal and -shm files the database file's mode: created 0600 first, all three are
    private whatever the mode of a data folder made beforehand.
    """
    if str(path) in ("", ":memory:") or path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(FileExistsError):  # another process created it first
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return path


def read_or_create_secret(
    directory: Path, name: str, make: Callable[[], str] = lambda: secrets.token_urlsafe(50)
) -> str:
    """Read a secret file, creating it with 0600 permissions on first use.

    The value is written whole to a temporary file, then linked into place: two
    processes starting at once agree on one secret (the loser of the race reads the
    winner's file), and a crash never leaves an empty secret behind.
    """
    path = directory / name
    value = _read(path)
    if value:
        return value
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = directory / f".{name}.{os.getpid()}.{secrets.token_hex(4)}"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(make())
        handle.flush()
        os.fsync(handle.fileno())
    try:
        if path.exists():  # present but empty: a crash of an older version; replace it
            os.replace(temporary, path)
        else:
            os.link(temporary, path)
    except FileExistsError:
        pass  # another process linked its secret first: use that one
    finally:
        temporary.unlink(missing_ok=True)
    return _read(path)


def _read(path: Path) -> str:
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        return ""
