"""Family life and other candidates stay out of the catch-up (issue 11, writer Q's blind
reading): the family a candidate works for, and the others the recruiter interviewed, are
not the recruiter's to read; the family of the job's own content is."""

from __future__ import annotations

import pytest

from relance.core import private_model
from relance.core.private_words import lexicon
from relance.drafts import catchup_email
from relance.drafts.privacy import fold, reason, sift
from relance.tone import check
from tests.drafts.factories import make_ctx


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("retour dans la région près de ma famille", "fr"),
        ("rentrer pres de la famille a Lyon", "fr"),
        ("meilleure vie de famille qu'en restauration", "fr"),
        ("reprendre après 8 ans à la maison avec les petits", "fr"),
        ("horaires du matin, ça m'arrange pour les enfants", "fr"),
        ("les mercredis avec les enfants", "fr"),
        ("travail stable pour ma famille", "fr"),
        ("mon homme travaille de nuit", "fr"),
        ("home every night for the weans", "en"),
        ("bring the missus over in spring", "en"),
        ("hours fit family", "en"),
        ("part-time fits around the kids", "en"),
        ("nights suit me w/ the kids school run", "en"),
        ("back to work now the kids are older", "en"),
        ("moving to be close to family", "en"),
        ("hubby works shifts", "en"),
        ("good for my family", "en"),
    ],
)
def test_it_finds_family_life_as_a_reason(note: str, lang: str) -> None:
    assert reason(note, lang) == "personal"


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("entretien collectif avec 5 autres personnes puis individuel", "fr"),
        ("les autres candidats avaient plus d'expérience", "fr"),
        ("on était cinq dans la salle d'attente", "fr"),
        ("il reste trois candidats dont un interne", "fr"),
        ("group interview w/ 6 other ppl", "en"),
        ("the other applicant looked very young", "en"),
        ("we were four for one post", "en"),
        ("they're also seeing 2 internal candidates", "en"),
    ],
)
def test_it_finds_other_candidates(note: str, lang: str) -> None:
    assert reason(note, lang) == "candidates"


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("patience avec les enfants", "fr"),
        ("temps calme avec les enfants, sieste", "fr"),
        ("les familles des résidents", "fr"),
        ("la famille des produits d'entretien", "fr"),
        ("entreprise familiale sérieuse", "fr"),
        ("encadrer 6 femmes de chambre", "fr"),
        ("équipe de 15 compagnons", "fr"),
        ("recruter 200 candidats par an", "fr"),
        ("family-run business since 1962", "en"),
        ("familiar with Excel and SAP", "en"),
        ("my family workshop idea for half term", "en"),
        ("partner with ops on the forecast", "en"),
        ("run group sessions with 6 clients", "en"),
        ("support the children with reading", "en"),
        ("drivers for rural routes + school runs", "en"),
        ("someone to cover a maternity leave", "en"),
        ("quelqu'un pour remplacer un congé maternité", "fr"),
    ],
)
def test_it_keeps_the_family_and_the_groups_of_the_job(note: str, lang: str) -> None:
    kept, left = sift([note], lang, "motivation")
    assert (kept, left) == ([note], [])


def test_it_leaves_family_and_other_candidates_out_of_the_catchup() -> None:
    ctx = make_ctx(
        strong_points="entretien collectif avec 4 autres candidats\n2 ans en brasserie",
        motivation="retour pres de la famille\nproduits frais",
    )
    draft = catchup_email(ctx)
    folded = fold(draft.text)
    assert "famille" not in folded
    assert "candidat" not in folded
    assert {(left.part, left.reason) for left in draft.left_out} == {
        ("strong_points", "candidates"),
        ("motivation", "personal"),
    }
    assert [left.label for left in draft.left_out if left.reason == "candidates"] == [
        "other candidates"
    ]


def test_the_tone_guard_leaves_family_and_candidates_to_the_notes() -> None:
    # As for private life and other applications: in an e-mail they are the candidate's choice.
    text = "Je souhaite revenir près de ma famille. L'entretien collectif m'a plu."
    assert not [f for f in check(text, "fr").findings if f.category == "private"]


def test_the_learned_screen_reads_only_the_words_it_was_trained_with() -> None:
    # A new entry's words ("bairn", "soir") would shift its scores on lines no entry matches.
    learned = lexicon("en", learned=True)
    assert learned == lexicon("en")[: len(learned)]
    assert ("personal", ("bairn*",)) in lexicon("en")
    assert "bairn*" not in private_model._entry_words("en")
