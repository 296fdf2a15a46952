"""The house stays easy to carry on: no import circle between relance's modules."""

import runpy
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "import-cycles"
cycles_script = runpy.run_path(str(SCRIPT))


def test_it_finds_no_import_circle_at_the_top_of_modules() -> None:
    assert cycles_script["cycles"](cycles_script["graph"](lazy=False)) == []


def test_it_finds_no_import_circle_inside_functions_either() -> None:
    assert cycles_script["cycles"](cycles_script["graph"](lazy=True)) == []


def test_it_can_find_a_circle(tmp_path: Path) -> None:
    package = tmp_path / "relance"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from relance import b\n")
    (package / "b.py").write_text("def f():\n    from relance.a import x\n")
    assert cycles_script["cycles"](cycles_script["graph"](lazy=False, root=tmp_path)) == []
    found = cycles_script["cycles"](cycles_script["graph"](lazy=True, root=tmp_path))
    assert found == [["relance.a", "relance.b"]]
