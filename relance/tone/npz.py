"""The model's .npz tables read with the standard library.

numpy writes the tables (bench/tone_train.py), but importing it cost a cold check more
CPU than everything else the guard loads (about 120 of 330 ms here, `bench/tone_speed.py`),
and the guard reads only a few flat arrays of numbers and one of strings. An .npz is a zip
of .npy files; an .npy is a short header (a Python literal: dtype, order, shape) and the
raw values in C order (https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html).
Only the dtypes the training script writes are read; anything else is an error, not a guess.
"""

from __future__ import annotations

import ast
import struct
import sys
import zipfile
from array import array
from dataclasses import dataclass
from math import prod
from pathlib import Path
from typing import Any

MAGIC = b"\x93NUMPY"
# dtype -> struct letter of one value, little-endian ("e" is a 16-bit float)
NUMBERS = {"<f2": "e", "<f4": "f", "<f8": "d", "<i4": "i", "<i8": "q", "|b1": "?"}


class TableError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Table:
    """An array as the guard uses it: its shape and its values, flat, in C order."""

    shape: tuple[int, ...]
    values: list[Any]

    def rows(self) -> list[list[Any]]:
        width = self.shape[-1] if self.shape else 1
        return [self.values[start : start + width] for start in range(0, len(self.values), width)]


def as_table(value: Any) -> Table:
    """A Table from a Table, a numpy array (the training script and tests build models from
    arrays) or nested lists and tuples of numbers."""
    if isinstance(value, Table):
        return value
    if hasattr(value, "shape") and hasattr(value, "tolist"):
        return Table(tuple(int(size) for size in value.shape), list(value.ravel().tolist()))
    if isinstance(value, list | tuple):
        inner = [as_table(item) for item in value]
        shape = (len(inner), *(inner[0].shape if inner else ()))
        return Table(shape, [each for table in inner for each in table.values])
    return Table((), [value])


def read(path: Path) -> dict[str, Table]:
    """Each array of an .npz file, by name (the file name without ".npy")."""
    with zipfile.ZipFile(path) as archive:
        return {
            name.removesuffix(".npy"): _array(archive.read(name), name)
            for name in archive.namelist()
        }


def _array(blob: bytes, name: str) -> Table:
    if not blob.startswith(MAGIC):
        raise TableError(f"{name}: not an .npy array")
    major = blob[6]
    size_format, start = ("<H", 10) if major == 1 else ("<I", 12)
    (header_length,) = struct.unpack_from(size_format, blob, 8)
    header = ast.literal_eval(blob[start : start + header_length].decode("latin-1"))
    if header["fortran_order"]:
        raise TableError(f"{name}: Fortran order is not read")
    shape = tuple(header["shape"])
    data = blob[start + header_length :]
    return Table(shape, _values(str(header["descr"]), data, prod(shape), name))


def _values(descr: str, data: bytes, count: int, name: str) -> list[Any]:
    if descr in NUMBERS:
        letter = NUMBERS[descr]
        if letter == "f" and sys.byteorder == "little":
            floats = array("f")  # the weights' row sums are read often: no tuple on the way
            floats.frombytes(data[: 4 * count])
            return floats.tolist()
        return list(struct.unpack_from(f"<{count}{letter}", data))
    if descr.startswith("<U"):
        width = 4 * int(descr[2:])
        return [
            data[offset : offset + width].decode("utf-32-le").rstrip("\x00")
            for offset in range(0, width * count, width)
        ]
    raise TableError(f"{name}: dtype {descr!r} is not read")
