"""scripts/check-catalogues tells a committed .mo that lags its .po (make test and make lint
run it before anything recompiles the catalogues)."""

import runpy
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "check-catalogues"
check = runpy.run_path(str(SCRIPT))

PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Left out"
msgstr "Laissé de côté"
"""


def _compile(po: Path, mo: Path) -> None:
    subprocess.run(["msgfmt", "-o", str(mo), str(po)], check=True)


def test_it_accepts_a_catalogue_compiled_from_its_source(tmp_path: Path) -> None:
    po, mo = tmp_path / "django.po", tmp_path / "django.mo"
    po.write_text(PO, encoding="utf-8")
    _compile(po, mo)
    assert check["lagging"](po, mo) == []


def test_it_tells_a_message_added_after_the_compilation(tmp_path: Path) -> None:
    po, mo = tmp_path / "django.po", tmp_path / "django.mo"
    po.write_text(PO, encoding="utf-8")
    _compile(po, mo)
    po.write_text(PO + '\nmsgid "the job\'s title"\nmsgstr "l\'intitulé du poste"\n', "utf-8")
    assert check["lagging"](po, mo) == ["the job's title"]


def test_it_tells_a_missing_catalogue(tmp_path: Path) -> None:
    po = tmp_path / "django.po"
    po.write_text(PO, encoding="utf-8")
    assert check["lagging"](po, tmp_path / "django.mo") == [f"{tmp_path / 'django.mo'} is missing"]
