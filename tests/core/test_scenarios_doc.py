"""docs/scenarios.md names real tests: a renamed or deleted test breaks the table."""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).parent
DOC = HERE.parent.parent / "docs" / "scenarios.md"


def test_it_names_only_existing_scenario_tests() -> None:
    named = set(re.findall(r"`(test_it_\w+)`", DOC.read_text()))
    defined = {
        name
        for path in HERE.glob("test_rules*.py")
        for name in re.findall(r"def (test_it_\w+)", path.read_text())
    }
    assert len(named) >= 40
    assert named <= defined, sorted(named - defined)
