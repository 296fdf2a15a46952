"""Turn the bytes of an export file into Python values, with limits a hostile file cannot pass.

`json.loads` alone recurses once per nesting level (RecursionError on deep files),
converts a 5,000-digit integer by quadratic work (or ValueError past 4,300 digits),
accepts NaN, and keeps the last of two duplicate keys without a word. Every way in
(the CLI, the settings page) reads through here, so a file is refused the same way.
"""

from __future__ import annotations

import json
import re
from typing import Any

from django.utils.translation import gettext as _

from relance.tracker.exchange.errors import ImportRefused

# The settings page's upload limit; the CLI applies it too.
MAX_IMPORT_BYTES = 20 * 1024 * 1024
# The format nests documents > applications > follow-ups > attempts, and a timeline
# event's small `data` object: 12 levels is far more than a real export uses.
MAX_DEPTH = 12
# Counts and ids fit in 18 digits; a longer number is not from Relance.
MAX_NUMBER_DIGITS = 18


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise ImportRefused(
            _("a number has more than %(n)d digits (%(start)s…)")
            % {"n": MAX_NUMBER_DIGITS, "start": text[:12]}
        )
    return int(text)


def _no_float(text: str) -> Any:
    raise ImportRefused(_("a decimal number (%(v)s) where the format has none") % {"v": text[:20]})


def _no_constant(text: str) -> Any:
    raise ImportRefused(_("%(v)s is not a number JSON allows") % {"v": text})


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ImportRefused(_("the key %(k)r appears twice in one object") % {"k": key[:40]})
        result[key] = value
    return result


# A JSON string, escapes included (the unrolled form the regex engine runs in linear time).
STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def _nesting_depth(text: str) -> int:
    """The deepest bracket nesting outside strings, found before json.loads recurses."""
    depth = deepest = 0
    for char in NOT_BRACKET.sub("", STRING.sub("", text)):
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def read_export(raw: bytes) -> Any:
    """The decoded document, or ImportRefused saying what is wrong with the file."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportRefused(
            _("the file is larger than %(n)d MB, too large to be an export")
            % {"n": MAX_IMPORT_BYTES // (1024 * 1024)}
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ImportRefused(_("the file is not UTF-8 text")) from None
    if _nesting_depth(text) > MAX_DEPTH:
        raise ImportRefused(
            _("the file nests more than %(n)d levels deep, deeper than any export")
            % {"n": MAX_DEPTH}
        )
    try:
        return json.loads(
            text,
            object_pairs_hook=_unique_keys,
            parse_int=_integer,
            parse_float=_no_float,
            parse_constant=_no_constant,
        )
    except ImportRefused:
        raise
    except json.JSONDecodeError as error:
        raise ImportRefused(
            _("the file is not valid JSON (line %(line)d, column %(col)d)")
            % {"line": error.lineno, "col": error.colno}
        ) from None
    except (RecursionError, ValueError) as error:  # belt and braces behind the checks above
        raise ImportRefused(_("the file is not a readable export (%(e)s)") % {"e": error}) from None
