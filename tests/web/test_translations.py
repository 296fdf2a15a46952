"""Every message has a French and an English translation, none fuzzy."""

from __future__ import annotations

import re
from pathlib import Path

from django.test import SimpleTestCase

LOCALE = Path(__file__).resolve().parents[2] / "relance" / "locale"


def entries(po: str) -> list[tuple[str, str, bool]]:
    """(msgid, all msgstr text, fuzzy) for each entry but the header."""
    out = []
    for block in po.split("\n\n"):
        lines = [ln for ln in block.splitlines() if ln and not ln.startswith("#~")]
        if not any(ln.startswith("msgid ") for ln in lines):
            continue
        fuzzy = any(ln.startswith("#,") and "fuzzy" in ln for ln in lines)
        msgid: list[str] = []
        msgstr: list[str] = []
        current: list[str] | None = None
        for ln in lines:
            if ln.startswith("msgid "):
                current = msgid
            elif ln.startswith("msgid_plural"):
                current = None
            elif ln.startswith("msgstr"):
                current = msgstr
                msgstr.append("\x00")
            if current is not None and '"' in ln:
                current.append(ln[ln.index('"') + 1 : -1])
        text = "".join(msgid)
        if text:
            out.append((text, "".join(msgstr), fuzzy))
    return out


class TranslationsTestCase(SimpleTestCase):
    def check_language(self, lang: str) -> None:
        po = (LOCALE / lang / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
        found = entries(po)
        self.assertGreater(len(found), 300)
        missing = [m for m, s, _ in found if not all(part for part in s.split("\x00")[1:])]
        fuzzy = [m for m, _, f in found if f]
        self.assertEqual(missing, [], f"{lang}: untranslated")
        self.assertEqual(fuzzy, [], f"{lang}: fuzzy")
        self.assertTrue((LOCALE / lang / "LC_MESSAGES" / "django.mo").exists())

    def test_it_has_every_french_message(self) -> None:
        self.check_language("fr")

    def test_it_has_every_english_message(self) -> None:
        self.check_language("en")

    def test_it_keeps_the_placeholders(self) -> None:
        po = (LOCALE / "fr" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
        for msgid, msgstr, _ in entries(po):
            wanted = sorted(re.findall(r"%\(\w+\)[sdr]", msgid))
            got = sorted(set(re.findall(r"%\(\w+\)[sdr]", msgstr)))
            self.assertEqual(sorted(set(wanted)), got, msgid)
