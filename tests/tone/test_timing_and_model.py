"""Timing from the application's context, and the learned model's tables."""

import numpy as np
import pytest

from relance.tone import check, learned


def test_it_calls_a_follow_up_before_the_recruiters_date_impatient() -> None:
    text = "Je me permets de revenir vers vous au sujet du poste de chef de rang."
    result = check(text, "fr", "followup", context={"days_before_recruiter_date": 2})
    finding = next(f for f in result.findings if f.rule_id == "timing.too_early")
    assert finding.category == "impatience" and "2" in finding.explanation("en")


def test_it_accepts_a_follow_up_on_or_after_the_recruiters_date() -> None:
    text = "Je me permets de revenir vers vous au sujet du poste de chef de rang."
    for days in (0, -3):
        result = check(text, "fr", "free", context={"days_before_recruiter_date": days})
        assert not result.findings


def test_it_calls_a_third_unanswered_message_impatient() -> None:
    text = "I am writing to follow up on the sous-chef position."
    assert check(text, "en", "free", context={"messages_already_sent": 1}).clean
    many = check(text, "en", "free", context={"messages_already_sent": 2})
    assert [f.rule_id for f in many.findings] == ["timing.too_many"]


def test_it_ignores_context_values_that_are_not_counts() -> None:
    text = "I am writing to follow up on the sous-chef position."
    context = {"days_before_recruiter_date": "2", "messages_already_sent": True}
    assert check(text, "en", "free", context=context).clean


def test_it_ships_model_tables_under_one_megabyte() -> None:
    sizes = [(learned.DATA_DIR / f"model_{lang}.npz").stat().st_size for lang in ("fr", "en")]
    assert sum(sizes) < 1_000_000
    for lang in ("fr", "en"):
        model = learned.load(lang)
        assert model is not None
        assert [len(row) for row in model.raise_at] == [len(learned.FAULT_CATEGORIES)] * 2


def test_it_raises_a_model_finding_where_no_rule_speaks() -> None:
    text = "This is the fourth time I have reached out since our interview."
    result = check(text, "en", "free", engine="combined")
    spans = [(f.rule_id, text[f.start : f.end]) for f in result.findings]
    assert any(f.category == "impatience" for f in result.findings), spans


def test_it_splits_an_email_into_sentences_and_lines() -> None:
    text = "Bonjour Madame,\n\nMerci pour l'entretien. Je reste disponible !\nPaul"
    chunks = [text[start:end] for start, end in learned.sentences(text)]
    assert chunks == ["Bonjour Madame,", "Merci pour l'entretien.", "Je reste disponible !", "Paul"]


def test_it_reads_word_pairs_with_one_word_between() -> None:
    found = learned.features(["merci", "pour", "rien"])
    assert learned._bucket("k:merci rien") in found
    assert learned._bucket("k:<s> pour") in found
    assert learned._bucket("k:merci pour") not in found


def test_it_gates_a_rule_with_its_own_threshold_in_place_of_its_categorys() -> None:
    model = learned.load("en")
    assert model is not None
    column = learned.FAULT_CATEGORIES.index("demand")
    tables = {
        "weights": model.weights,
        "bias": model.bias,
        "raise_at": model.raise_at,
        "gate_below": [0.2] * len(model.gate_below),
        "gate_rule_ids": ["en.demand.orders", "en.demand.ultimatum"],
        "gate_rule_below": [0.05, 0.4],
    }
    gated = learned.Model(tables)
    assert gated.gate("en.demand.orders", column) == pytest.approx(0.05, abs=1e-4)
    assert gated.gate("en.demand.ultimatum", column) == pytest.approx(0.4, abs=1e-4)
    assert gated.gate("en.demand.presumptive", column) == pytest.approx(0.2, abs=1e-4)


def test_it_keeps_a_hit_whose_score_is_a_rounding_under_its_gate() -> None:
    # A gate is set on the score of one of the rule's examples; another CPU's float32 sums
    # may land that score a few units in the last place lower.
    model = learned.load("en")
    assert model is not None
    column = learned.FAULT_CATEGORIES.index("demand")
    gate = 0.0910151
    rounded_under = float(np.nextafter(np.float32(gate), np.float32(0)) - np.float32(3e-8))
    tables = {
        "weights": model.weights,
        "bias": model.bias,
        "raise_at": model.raise_at,
        "gate_below": model.gate_below,
        "gate_rule_ids": ["en.demand.orders"],
        "gate_rule_below": [gate],
    }
    gated = learned.Model(tables)
    assert rounded_under >= gated.gate("en.demand.orders", column)
    assert gated.gate("en.demand.orders", column) > 0.09  # a real gap still gates


def test_it_reads_lemmas_and_negated_words_only_for_tables_trained_with_them() -> None:
    words = ["je", "ne", "suis", "pas", "inquiet"]
    assert learned._bucket("n:inquiet") not in learned.features(words)
    found = learned.features(words, "fr")
    assert learned._bucket("n:inquiet") in found
    assert learned._bucket("l:être") in found  # « suis » is read as « être »
    model = learned.load("fr")
    assert model is not None
    tables = {"weights": model.weights, "bias": model.bias, "raise_at": model.raise_at}
    tables |= {"gate_below": model.gate_below}
    assert learned.Model(tables).lang is None
    assert learned.Model(tables | {"lemma_features": 1, "lang": "fr"}).lang == "fr"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bonjour Madame Fournier,\n\nComme vous me l'avez demandé, voici comment je "
            "gérerais un client mécontent : l'écouter, reformuler son problème.\n"
            "J'espère que cela répond à votre question.\n\nBien cordialement,\nSarah Lemoine",
            "fr",
        ),
        (
            "Dear Mr Hale,\n\nTo answer your question about night shifts: yes, I worked nights "
            "for two years at the depot.\nI hope this answers your question.\n\nKind regards,\nTom",
            "en",
        ),
        (
            "Bonjour Madame Roux,\n\nMerci encore pour l'entretien de mardi. Savez-vous quand "
            "vous pourrez me donner votre réponse ?\n\nBien cordialement,\nJeanne Petit",
            "fr",
        ),
        (
            "Dear Ms Hale,\n\nThank you for letting me know. I understand that the panel chose "
            "a candidate with more recent classroom experience.\n\nKind regards,\nTom",
            "en",
        ),
    ],
)
def test_it_keeps_the_model_silent_on_formulas_of_courtesy(text: str, lang: str) -> None:
    assert not [f for f in check(text, lang).findings if f.rule_id.startswith("model.")]
