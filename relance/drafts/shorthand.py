"""templates/<lang>/shorthand.txt, the note words typed on a phone and how a careful writer
spells them: read here alone, with no other module of the composer, so that the job title's
casing (`grammar`) and the notes' spelling (`phone`) read one table without an import circle
(`templates` imports `grammar`)."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def shorthand(lang: str) -> dict[str, str]:
    """templates/<lang>/shorthand.txt, read once: folded note word -> written word."""
    table: dict[str, str] = {}
    path = resources.files("relance.drafts") / "templates" / lang / "shorthand.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, _, written = line.partition(" = ")
            table[word.strip().lower()] = written.strip()
    return table
