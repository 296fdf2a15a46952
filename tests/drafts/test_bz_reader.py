"""Writer BZ's reader (session 52): the green trades, animal care, networks and the sea. A
role's note that names no duty is handed back, a degree or a certificate with its level is
the candidate's own, a noun before a gerund or a state with its preposition is no action.
Each test failed before."""

from __future__ import annotations

from relance.drafts.messages import catchup_email
from relance.drafts.settled import part_preview
from tests.drafts.factories import make_ctx


def _text(**fields: str) -> str:
    return catchup_email(make_ctx(**fields)).text.replace("\xa0", " ")


def test_it_says_no_place_nor_perk_is_what_the_role_comprises() -> None:
    ctx = make_ctx(role_understood="zone 94/91/77\nSAV 1 semaine sur 4")
    preview = part_preview(ctx, "role_understood")
    assert "zone" not in preview.sentence
    assert "le poste comprend le SAV" in preview.sentence
    assert "zone 94/91/77" in preview.to_rewrite  # handed back to the candidate, not lost


def test_it_still_lists_the_duties_the_role_comprises() -> None:
    text = _text(role_understood="la caisse\nla mise en rayon")
    assert "le poste comprend la caisse et la mise en rayon" in text


def test_it_gives_a_degree_or_a_levelled_certificate_its_owner() -> None:
    assert "highlight my BSc Cyber Security 2:1" in _text(
        lang="en", strong_points="BSc Cyber Security 2:1"
    )
    assert "highlight my RYA Powerboat L2" in _text(lang="en", strong_points="RYA Powerboat L2")


def test_it_still_names_a_tool_bare() -> None:
    assert "highlight Python and SQL" in _text(lang="en", strong_points="Python and SQL")


def test_it_reads_a_noun_before_a_gerund_as_a_task_not_an_action() -> None:
    text = _text(lang="en", expectations="report writing\nlearn the telemetry system fast")
    assert "to report writing" not in text
    assert "report writing" in text


def test_it_reads_a_state_and_its_preposition_as_no_action() -> None:
    text = _text(lang="en", expectations="clear writing\ncomfort with nights\ncuriosity")
    assert "to comfort with nights" not in text
    assert "comfort with nights" in text


def test_it_acknowledges_the_kit_asked_for_a_trial() -> None:
    english = _text(
        lang="en", process="practical assessment Thursday 9am, bring own overalls + boots"
    )
    assert "I will bring my overalls and my boots" in english
    french = _text(process="essai vendredi 9h\napporter chaussures de sécurité et couteaux")
    assert "j'apporterai mes chaussures de sécurité et mes couteaux" in french


def test_it_never_sends_the_kit_the_employer_provides() -> None:
    text = _text(process="EPI fournis\nenvoyer copie CACES et RIB")
    assert "mes EPI" not in text
    assert "mes CACES" in text
