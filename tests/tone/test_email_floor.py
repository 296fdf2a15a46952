"""In an e-mail, no gate sits under its category's floor (bench/tone_email_floors.py): a rule
hit whose sentence the model reads as clean is dropped there, unless the rule's own
examples score as low."""

from __future__ import annotations

import pytest

from relance.tone import check, learned

DEMAND = learned.FAULT_CATEGORIES.index("demand")


def _tables(**extra: object) -> dict[str, object]:
    model = learned.load("en")
    assert model is not None
    return {
        "weights": model.weights,
        "bias": model.bias,
        "raise_at": model.raise_at,
        "gate_below": [0.1] * len(model.gate_below),
        **extra,
    }


def test_it_raises_a_gate_to_the_floor_in_an_e_mail_only() -> None:
    floors = [0.0, 0.0, 0.35, 0.0, 0.0]
    gated = learned.Model(_tables(gate_floor_email=floors))
    assert gated.gate("en.demand.orders", DEMAND) == pytest.approx(0.1, abs=1e-4)
    assert gated.gate("en.demand.orders", DEMAND, email=True) == pytest.approx(0.35, abs=1e-4)


def test_it_keeps_a_rules_own_floor_under_its_examples() -> None:
    gated = learned.Model(
        _tables(
            gate_floor_email=[0.0, 0.0, 0.35, 0.0, 0.0],
            gate_floor_rule_ids=["en.demand.presumptive"],
            gate_floor_rule_below=[0.2],
        )
    )
    assert gated.gate("en.demand.presumptive", DEMAND, email=True) == pytest.approx(0.2, abs=1e-4)
    assert gated.gate("en.demand.orders", DEMAND, email=True) == pytest.approx(0.35, abs=1e-4)


def test_it_keeps_a_short_sentence_whatever_its_score_in_an_e_mail() -> None:
    # the model reads too few words there: « Ils sont absolument abjects. » scores 0.26
    text = "J'ai rencontré vos deux managers hier. Ils sont absolument abjects."
    assert "aggression" in check(text, "fr").categories


def test_tables_without_floors_gate_e_mails_as_sentences() -> None:
    gated = learned.Model(_tables())
    assert gated.gate("en.demand.orders", DEMAND, email=True) == gated.gate(
        "en.demand.orders", DEMAND
    )


@pytest.mark.parametrize(
    ("text", "rule_id"),
    [
        # writer X: a call missed, its cause told at once
        (
            "Dear Ms Ho,\n\nI'm so sorry I missed our call this morning. I'd put it in my "
            "calendar as 9 am London time instead of 9 am Singapore time, so I was asleep "
            "when you rang.\n\nWith apologies,\nSamuel Teo",
            "en.supplication.bother",
        ),
        # writer W: a form the recruiter mentioned, asked for once an offer is accepted
        (
            "Dear Ms Sullivan,\n\nThank you for the offer of the home health aide position. "
            "I'm very happy to accept.\nCould you send me the mileage reimbursement form you "
            "mentioned?\n\nBest,\nMarisol Ortiz",
            "en.demand.orders",
        ),
    ],
)
def test_it_drops_a_rule_hit_the_model_reads_as_clean_in_an_e_mail(text: str, rule_id: str) -> None:
    assert rule_id in {f.rule_id for f in check(text, "en", engine="rules").findings}
    assert rule_id not in {f.rule_id for f in check(text, "en").findings}


def test_it_still_flags_a_fault_the_model_reads_as_one_in_an_e_mail() -> None:
    text = (
        "Dear Mr Hale,\n\nThank you for the interview on Monday. If I have no answer by Friday, "
        "I will consider that you are not interested and withdraw my application."
        "\n\nRegards,\nTom"
    )
    assert "demand" in check(text, "en").categories
