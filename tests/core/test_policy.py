from __future__ import annotations

from dataclasses import fields

import pytest

from relance.core.policy import POLICY_FIELDS, Policy


def test_it_describes_every_setting_with_its_default() -> None:
    assert [f.name for f in POLICY_FIELDS] == [f.name for f in fields(Policy)]
    for spec in POLICY_FIELDS:
        assert getattr(Policy(), spec.name) == spec.default
        assert spec.min <= spec.default <= spec.max
        assert spec.label and spec.help and spec.source


def test_it_has_the_documented_defaults() -> None:
    assert Policy() == Policy(2, 2, 5, 3, 10, 2)


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
