"""Note fragments go through the tone guard's default engine, checked as fragments."""

from __future__ import annotations

import pytest

from relance.drafts.screen import acceptable, kept
from relance.tone import check, scoring


def test_it_lets_the_recruiters_timeline_through_as_a_note() -> None:
    assert acceptable("réponse la semaine prochaine", "fr")


def test_a_fragment_needs_the_models_confidence(monkeypatch: pytest.MonkeyPatch) -> None:
    note = "Pourquoi le service RH ne répond-il toujours pas à mes messages ?"  # the model alone
    assert "impatience" in check(note, lang="fr", unit="fragment").categories
    monkeypatch.setattr(scoring, "FRAGMENT_CONFIDENCE", 0.9999)
    assert check(note, lang="fr", unit="fragment").clean
    assert "impatience" in check(note, lang="fr").categories  # a message: its own threshold


def test_it_leaves_out_a_fragment_only_the_model_catches() -> None:
    note = "Pourquoi le service RH ne répond-il toujours pas à mes messages ?"
    assert check(note, lang="fr", engine="rules").clean
    assert not acceptable(note, "fr")


def test_it_leaves_out_a_fragment_the_rules_catch_with_its_reason() -> None:
    quoted, left = kept(["équipe sympa", "service du midi"], "fr", "role_understood")
    assert quoted == ["service du midi"]
    assert [(item.text, item.reason) for item in left] == [("équipe sympa", "tone")]


def test_it_refuses_an_unknown_unit() -> None:
    with pytest.raises(ValueError, match="unit"):
        check("Bonjour", lang="fr", unit="paragraph")


def test_it_keeps_the_good_pieces_of_a_list_with_a_flagged_one() -> None:
    quoted, left = kept(["salle de 40 couverts, patron cool"], "fr", "role_understood")
    assert quoted == ["salle de 40 couverts"]
    assert [(item.text, item.reason) for item in left] == [("patron cool", "tone")]


def test_it_keeps_a_field_with_usable_notes() -> None:
    quoted, _ = kept(["brand I love, fun culture"], "en", "motivation")
    assert "brand I love" in quoted


def test_it_keeps_no_lone_word_of_a_flagged_list() -> None:
    note = "mission, après 2 ans en CDI je veux voir d'autres boites"
    quoted, _ = kept([note], "fr", "motivation")
    assert quoted == []
