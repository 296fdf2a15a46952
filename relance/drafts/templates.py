"""Template files: per language, the phrases; per kind and language, subject, text and HTML.

Files are read once with importlib.resources (they ship in the wheel) and filled with
string.Template, whose `$name` syntax cannot run code whatever a value holds.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from string import Template

from relance.drafts.grammar import fr_elision

FR_TIGHT_PUNCTUATION = re.compile(r" ([?!:;])")
NBSP = "\u00a0"


@cache
def read(path: str) -> str:
    """A file under templates/, e.g. read("fr/followup/body.txt")."""
    root = resources.files("relance.drafts") / "templates"
    for part in path.split("/"):
        root = root / part
    return root.read_text(encoding="utf-8")


@cache
def phrases(lang: str) -> dict[str, str]:
    """templates/<lang>/phrases.txt: 'key = text' lines; '#' starts a comment line."""
    table: dict[str, str] = {}
    for line in read(f"{lang}/phrases.txt").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, _, value = line.partition(" = ")
        table[key.strip()] = value.strip()
    return table


# A name ending with its abbreviation's full stop ends the sentence with it: "Little Bean
# Co.", never "Co..".
DOUBLE_STOP = re.compile(r"(?<=[A-Za-z]\.)\.(?=\s|$)")


def phrase(lang: str, key: str, **values: str) -> str:
    """A frame of the language filled, its elisions made on the filled text ("que" + "il a
    aimé" is "qu'il a aimé", a note's "qu'vous" is "que vous")."""
    text = DOUBLE_STOP.sub("", Template(phrases(lang)[key]).substitute(values))
    return fr_elision(text) if lang == "fr" else text


def fill(template: str, values: dict[str, str]) -> str:
    return Template(template).substitute(values)


def typography(text: str, lang: str) -> str:
    """French puts a no-break space before ? ! : ; so they never start a line, and the
    filled text's elisions are made right (`grammar.fr_elision`)."""
    text = (
        FEASTS[lang].sub(lambda found: found.group(0).capitalize(), text)
        if lang in FEASTS
        else text
    )
    if lang != "fr":
        return text
    text = STRAIGHT_QUOTED.sub("«" + NBSP + r"\1" + NBSP + "»", text)
    return FR_TIGHT_PUNCTUATION.sub(NBSP + r"\1", fr_elision(text))


# Feasts typed small on a phone (writer AW's aw01: « renfort noël »), written with their capital.
FEASTS = {
    "fr": re.compile(r"\b(?:noël|toussaint|pâques|pentecôte)\b"),
    "en": re.compile(r"\b(?:christmas|easter|hanukkah|diwali|eid)\b"),
}
# Words quoted with straight marks in the notes (« vous recherchez des "gens qui restent" »,
# writer AG's ag03): French quotes them « ainsi ».
STRAIGHT_QUOTED = re.compile(r'"\s*([^"\n]{1,200}?)\s*"')
