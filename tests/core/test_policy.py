from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from relance.core.policy import POLICY_FIELDS, Policy

POLICY_DOC = Path(__file__).resolve().parents[2] / "docs" / "policy.md"


def test_it_describes_every_setting_with_its_default() -> None:
    assert [f.name for f in POLICY_FIELDS] == [f.name for f in fields(Policy)]
    for spec in POLICY_FIELDS:
        assert getattr(Policy(), spec.name) == spec.default
        assert spec.min <= spec.default <= spec.max
        assert spec.label and spec.help and spec.source


def documented_settings() -> dict[str, tuple[int, int, int, str]]:
    """docs/policy.md's table of settings: name -> (default, min, max, rule id)."""
    row = re.compile(r"^\| `(\w+)` \| (\d+) \| (\d+)–(\d+) \| `([\w.]+)` \|$", re.MULTILINE)
    return {
        name: (int(default), int(low), int(high), rule_id)
        for name, default, low, high, rule_id in row.findall(POLICY_DOC.read_text())
    }


def test_it_has_the_documented_defaults() -> None:
    documented = documented_settings()
    assert list(documented) == [f.name for f in fields(Policy)]
    for spec in POLICY_FIELDS:
        default, low, high, _ = documented[spec.name]
        assert (getattr(Policy(), spec.name), spec.min, spec.max) == (default, low, high)


def test_it_states_each_default_where_the_doc_describes_the_situation() -> None:
    situations = [line for line in POLICY_DOC.read_text().splitlines() if "`default." in line]
    for name, (default, _, _, rule_id) in documented_settings().items():
        (row,) = [line for line in situations if f"`{rule_id}`" in line and "working" in line]
        assert re.search(rf"\b{default}\b", row), f"{name}: {default} not in {row!r}"


def test_it_accepts_the_defaults_and_the_bounds() -> None:
    Policy().validate()
    Policy(no_date_followup_days=2).validate()
    Policy(no_date_followup_days=20).validate()


def test_it_refuses_out_of_range_values_naming_the_setting() -> None:
    with pytest.raises(ValueError, match="close_no_answer_days must be between 3 and 40"):
        Policy(close_no_answer_days=0).validate()
    with pytest.raises(ValueError, match="extra_call_attempts"):
        Policy(extra_call_attempts=9).validate()


def test_it_refuses_non_integers() -> None:
    with pytest.raises(ValueError, match="whole number"):
        Policy(catchup_grace_days=1.5).validate()  # type: ignore[arg-type]
