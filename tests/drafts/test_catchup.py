"""The catch-up, one debrief field at a time: the preview the debrief page shows."""

from __future__ import annotations

import pytest

from relance.drafts import catchup_email
from relance.drafts.catchup import ACCENT, PARTS, SHORTHAND, part_preview
from tests.drafts.factories import empty_debrief, make_ctx


def test_it_previews_the_sentence_the_email_contains() -> None:
    ctx = make_ctx()
    text = catchup_email(ctx).text.replace("\u00a0", " ")
    for part in PARTS:
        sentence = part_preview(ctx, part).sentence.replace("\u00a0", " ")
        assert sentence in text


def test_it_lists_accents_and_shorthand_it_restored() -> None:
    ctx = make_ctx(strong_points="j'ai deja 3 ans d'exp en brasserie")
    typed_written = {
        (s.typed, s.written, s.reason) for s in part_preview(ctx, "strong_points").suggestions
    }
    assert ("deja", "déjà", ACCENT) in typed_written
    assert ("exp", "expérience", SHORTHAND) in typed_written


def test_it_lists_what_it_left_out() -> None:
    ctx = make_ctx(notes="mon ancien chef était un boulet")
    preview = part_preview(ctx, "notes")
    assert preview.sentence == ""
    assert [left.reason for left in preview.left_out] == ["employer"]


def test_it_previews_a_placeholder_for_an_empty_field() -> None:
    assert "[à compléter" in part_preview(empty_debrief(), "motivation").sentence


def test_it_previews_the_documents_asked_for() -> None:
    preview = part_preview(make_ctx(process="lui renvoyer copie caces par mail"), "process")
    assert "CACES" in preview.sentence


def test_it_refuses_an_unknown_field() -> None:
    with pytest.raises(ValueError):
        part_preview(make_ctx(), "salary")


def test_it_previews_what_the_candidate_should_rewrite() -> None:
    preview = part_preview(make_ctx(expectations="objectif 150 colis/h"), "expectations")
    assert preview.to_rewrite == ("objectif 150 colis/h",)
    assert "[à compléter : objectif 150 colis/h]" in preview.sentence.replace("\u00a0", " ")


def test_it_lists_the_strong_points_left_out_for_length() -> None:
    preview = part_preview(make_ctx(strong_points="permis B\nCACES 3\nSST à jour"), "strong_points")
    assert [(left.text, left.reason) for left in preview.left_out] == [("SST à jour", "brevity")]


def test_it_leaves_out_a_note_the_guard_flags_once_framed_in_a_sentence() -> None:
    ctx = make_ctx(strong_points="le chef veut quelqu'un de stable\n- mes deux ans en brasserie")
    draft = catchup_email(ctx)
    assert "le chef veut" not in draft.text
    assert [(left.text, left.reason) for left in draft.left_out] == [
        ("le chef veut quelqu'un de stable", "tone")
    ]


def test_it_never_replaces_a_field_with_usable_notes_by_a_placeholder() -> None:
    ctx = make_ctx(lang="en", motivation="brand i love, fun culture")
    sentence = part_preview(ctx, "motivation").sentence
    assert "brand I love" in sentence
    assert "[to fill in" not in sentence


def test_it_is_glad_in_the_candidates_gender_the_recruiter_liked_a_point() -> None:
    ctx = make_ctx(
        strong_points="elle a aimé ma réponse sur le client agressif", candidate_gender="f"
    )
    sentence = part_preview(ctx, "strong_points").sentence.replace("\u00a0", " ")
    assert "J'ai été heureuse que vous appréciiez ma réponse sur le client agressif." in sentence


def test_it_ends_the_role_paragraph_with_its_marked_places() -> None:
    ctx = make_ctx(
        role_understood="mise en rayon, rythme 2j école / 3j magasin",
        expectations="tenue soignée",
    )
    text = catchup_email(ctx).text.replace("\u00a0", " ")
    paragraph = next(p for p in text.split("\n\n") if "mise en rayon" in p)
    assert paragraph.endswith("[à compléter : rythme 2j école / 3j magasin]")


def test_it_says_facts_of_the_job_with_the_role_not_as_expectations() -> None:
    ctx = make_ctx(
        role_understood="préparation au vocal", expectations="EPI fournis, tenir la cadence"
    )
    role = part_preview(ctx, "role_understood").sentence.replace("\u00a0", " ")
    expected = part_preview(ctx, "expectations").sentence.replace("\u00a0", " ")
    assert "fournis" in role
    assert "fournis" not in expected
    assert "tenir la cadence" in expected


def test_it_keeps_a_target_among_the_expectations() -> None:
    ctx = make_ctx(expectations="objectif de 150 colis par heure")
    role = part_preview(ctx, "role_understood").sentence
    assert "objectif" not in role
