"""The compiled rule files, kept between processes as Python keeps its .pyc files.

Parsing a language's rule files and compiling their 2,400 patterns was half of a cold
check's CPU (bench/tone_speed.py: a `relance draft` or a worker starts cold). What the
compilation gives is plain data (strings, frozensets of keys, booleans), so it is written
with marshal, which never runs code when read (pickle would), in the user's cache directory,
under a digest of everything it depends on: the language's rule files, the tone package's
source (the compiler) and the Python version (marshal's format). A missing, stale, unreadable
or unwritable cache only means the rules are compiled again, as without it.

`RELANCE_CACHE_DIR` names the directory (default: $XDG_CACHE_HOME/relance or
~/.cache/relance); `RELANCE_CACHE_DIR=off` compiles every time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from relance.tone.patterns import Element, Pattern

PACKAGE_DIR = Path(__file__).parent
FORMAT = 1  # bump when the shape of the cached data changes without a source change

# (class table, context frames, rule fields): rules.py builds and reads them
Compiled = tuple[dict[str, frozenset[str]], dict[str, tuple[Pattern, ...]], list[dict[str, Any]]]


def cache_dir() -> Path | None:
    chosen = os.environ.get("RELANCE_CACHE_DIR")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # a service user with no home: no cache, the rules compiled
            return None
    return Path(base) / "relance"


def digest(rules_dir: Path) -> str:
    """A name that changes whenever a rule file or the compiler's source does."""
    hashed = hashlib.blake2b(_sources(), digest_size=16)
    for path in sorted(rules_dir.glob("*.toml")):
        hashed.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return hashed.hexdigest()


@cache
def _sources() -> bytes:
    """The format, the Python version and the tone package's sources, hashed once per
    process (both languages' names need them)."""
    hashed = hashlib.blake2b(f"{FORMAT} {sys.version}".encode(), digest_size=16)
    for path in sorted(PACKAGE_DIR.glob("*.py")):
        hashed.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return hashed.digest()


def load(lang: str, rules_dir: Path, build: Callable[[], Compiled]) -> Compiled:
    """The compiled rules of `lang`, from the cache when it holds this very version of them;
    else built, and kept for the next process."""
    folder = cache_dir()
    if folder is None:
        return build()
    # one slot per checkout (a path's digest): two checkouts of other rules never evict
    # each other's, and a checkout's stale versions are removed when it writes a new one
    where = hashlib.blake2b(str(rules_dir.resolve()).encode(), digest_size=6).hexdigest()
    path = folder / f"tone-rules-{lang}-{where}-{digest(rules_dir)}.marshal"
    try:
        # marshal builds data, never runs code: a damaged file is a ValueError, caught
        return _from_plain(marshal.loads(path.read_bytes()))  # noqa: S302
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError):
        pass  # absent, or written by something else: compiled again below
    compiled = build()
    _write(path, marshal.dumps(_to_plain(compiled)))
    return compiled


def _write(path: Path, blob: bytes) -> None:
    """Atomically (two processes may start at once), and never an error: a cache."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.marshal"):
            old.unlink(missing_ok=True)  # an older version of the rules: never read again
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(blob)
        os.replace(temporary, path)
    except OSError:
        pass


def _pattern_plain(pattern: Pattern) -> tuple[Any, ...]:
    elements = tuple((e.keys, e.optional, e.any_word, e.gap) for e in pattern.elements)
    return (pattern.source, elements, pattern.has_negator, pattern.plain)


def _pattern(plain: tuple[Any, ...]) -> Pattern:
    source, elements, has_negator, is_plain = plain
    return Pattern(source, tuple([Element(*each) for each in elements]), has_negator, is_plain)


def _to_plain(compiled: Compiled) -> tuple[Any, ...]:
    classes, frames, rules = compiled
    plain_frames = {name: tuple(map(_pattern_plain, found)) for name, found in frames.items()}
    plain_rules = [
        {
            **fields,
            "patterns": tuple(map(_pattern_plain, fields["patterns"])),
            "unless": tuple(map(_pattern_plain, fields["unless"])),
            "unless_for_others": tuple(map(_pattern_plain, fields["unless_for_others"])),
        }
        for fields in rules
    ]
    return (classes, plain_frames, plain_rules)


def _from_plain(data: tuple[Any, ...]) -> Compiled:
    classes, plain_frames, plain_rules = data
    # a rule's `unless` holds the frames' own pattern objects, as when compiled; a rule's
    # patterns are its own (the book orders and indexes them by identity)
    framed: dict[tuple[Any, ...], Pattern] = {}
    frames = {
        name: tuple(framed.setdefault(plain, _pattern(plain)) for plain in found)
        for name, found in plain_frames.items()
    }
    rules = [
        {
            **fields,
            "patterns": tuple(map(_pattern, fields["patterns"])),
            "unless": tuple(framed.get(plain) or _pattern(plain) for plain in fields["unless"]),
            "unless_for_others": tuple(
                framed.get(plain) or _pattern(plain) for plain in fields["unless_for_others"]
            ),
        }
        for fields in plain_rules
    ]
    return (classes, frames, rules)
