"""The learned private screen keeps out of the catch-up what no word list holds, and keeps
the job's own content (relance/core/private_model.py, hooked in privacy.sift)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from relance.core import private_model
from relance.core.private_words import REASON_KEYS
from relance.drafts import catchup_email
from relance.drafts.privacy import _lemma, learned_reason, reason, sift
from tests.drafts.factories import make_ctx


@pytest.fixture
def no_table(monkeypatch: pytest.MonkeyPatch, tmp_path) -> Iterator[None]:
    monkeypatch.setattr(private_model, "TABLE", tmp_path / "missing.npz")
    private_model.load.cache_clear()
    yield
    monkeypatch.undo()
    private_model.load.cache_clear()


def test_it_loads_a_table_under_a_megabyte() -> None:
    screen = private_model.load()
    assert screen is not None
    assert private_model.TABLE.stat().st_size < 1_000_000
    assert screen.weights.shape == (private_model.BUCKETS,)
    assert screen.reason_weights.shape == (private_model.BUCKETS, len(REASON_KEYS))
    assert 0.05 < screen.threshold < 0.95


# Leaks the blind readers found in catch-ups: paraphrases no word list holds.
@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("binome de nuit stable, ils tournent trop avec l'interim", "fr"),
        ("close properly (they had issues w/ cleaning)", "en"),
        ("my brother has downs syndrome so i get it, she really connected with that", "en"),
        ("62 and nobody wants to hire me, felt he was looking at my age", "en"),
        ("elle m'a dit que la moitié de l'équipe est partie cet été", "fr"),
        ("mon ancien patron ne me payait pas les heures sup", "fr"),
    ],
)
def test_it_screens_what_the_lists_miss(note: str, lang: str) -> None:
    assert reason(note, lang) == ""  # the word lists alone let it through
    assert learned_reason(note, lang) in REASON_KEYS


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("gestion du turnover", "fr"),
        ("prévention des accidents du travail", "fr"),
        ("accueil des familles en deuil", "fr"),
        ("réduire l'absentéisme de l'équipe de nuit", "fr"),
        ("reducing staff turnover on nights", "en"),
        ("mon expérience de deux ans en brasserie", "fr"),
        ("3 years on the tills at Aldi", "en"),
    ],
)
def test_it_keeps_job_content_that_sounds_alarming(note: str, lang: str) -> None:
    kept, left = sift([note], lang, "role_understood")
    assert (kept, left) == ([note], [])


def test_it_keeps_the_clean_clause_before_what_only_it_found() -> None:
    kept, left = sift(
        ["binome de nuit stable, ils tournent trop avec l'interim"], "fr", "recruiter_needs"
    )
    assert kept == ["binome de nuit stable"]
    assert [(item.text, item.reason) for item in left] == [
        ("ils tournent trop avec l'interim", "site")
    ]


def test_it_tells_the_candidate_why_in_their_words() -> None:
    ctx = make_ctx(recruiter_needs="binome de nuit stable, ils tournent trop avec l'interim")
    draft = catchup_email(ctx)
    assert "tournent" not in draft.text
    left = [item for item in draft.left_out if "tournent" in item.text]
    assert [item.label for item in left] == ["something the recruiter confided about the workplace"]


def test_it_leaves_out_a_confidence_it_would_have_marked_for_review() -> None:
    ctx = make_ctx(lang="en", expectations="she said ppl here dont stay long w/ the rota lol")
    draft = catchup_email(ctx)
    assert "stay long" not in draft.text
    assert [item for item in draft.review if item.part == "expectations"] == []
    left = [item.reason for item in draft.left_out if item.part == "expectations"]
    assert left == ["site"]


def test_it_does_not_judge_a_clause_too_short_to_read() -> None:
    assert not private_model.judged("pas dit")
    assert private_model.reason("pas dit", "fr", _lemma) == ""


def test_it_leaves_the_lists_alone_without_a_table(no_table: None) -> None:
    assert private_model.load() is None
    assert learned_reason("ils tournent trop avec l'interim", "fr") == ""
    assert reason("mon ancien chef était nul", "fr") == "employer"
