"""What writer BE's reader quoted and session 41 mended (issue 11): a trade's activity said as
a thing owned ("my inspection and testing"), a language read as an origin (« je suis
bambara »), the job named as its own reason, a memo's "nice office", a note typed about the
candidate by name, a test due before the e-mail still promised, a remote stage thanked as a
welcome, a French speaker's "formation", an object with no article, a title's tool in small
letters, a list joined by « , et ».

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th) unless
a test says otherwise.
"""

from __future__ import annotations

from datetime import date, datetime

from relance.drafts import catchup_email, gate
from relance.drafts.accents import restore_accents
from relance.drafts.grammar import clean_position
from relance.drafts.morph import shape
from relance.drafts.reading import join
from relance.tone import check
from tests.drafts.factories import PARIS, handed_back, make_ctx


def test_it_says_a_trade_activity_as_experience() -> None:
    draft = catchup_email(make_ctx(lang="en", strong_points="- inspection & testing (2391)"))
    assert "highlight my experience in inspection and testing" in draft.text


def test_it_says_a_language_as_the_candidates_command_of_it() -> None:
    draft = catchup_email(make_ctx(strong_points="+ bambara", candidate_gender="f"))
    assert "ma pratique du bambara" in draft.text
    assert "je suis bambara" not in draft.text


def test_it_hands_back_the_job_named_as_its_own_reason() -> None:
    draft = catchup_email(make_ctx(motivation="+ poste stable"))
    assert "c'est un poste stable" not in draft.text
    assert handed_back(draft, "motivation") == ["poste stable"]


def test_it_says_a_liking_for_an_action_as_the_reason() -> None:
    draft = catchup_email(make_ctx(motivation="j'aime bosser dehors"))
    assert "Ce qui m'attire dans ce poste, c'est de travailler dehors." in draft.text


def test_it_keeps_a_memos_judgement_out_of_the_facts_noted() -> None:
    draft = catchup_email(make_ctx(lang="en", notes="nice office"))
    assert "I also noted nice office" not in draft.text


def test_it_leaves_out_a_note_typed_about_the_candidate_by_name() -> None:
    strong = "he liked Léa did work experience w/ his uncle"
    draft = catchup_email(make_ctx(lang="en", strong_points=strong))
    assert "uncle" not in draft.text
    assert any(left.reason == "about_you" for left in draft.left_out)


def test_it_promises_no_test_due_before_the_sending_day() -> None:
    process = "test Revit envoyé demain, à rendre sous 48h"
    wednesday = datetime(2034, 5, 17, 10, 0, tzinfo=PARIS)
    late = catchup_email(
        make_ctx(process=process, interview_at=wednesday, send_on=date(2034, 5, 22))
    )
    early = catchup_email(
        make_ctx(process=process, interview_at=wednesday, send_on=date(2034, 5, 18))
    )
    assert "ferai parvenir le test" not in late.text
    assert "ferai parvenir le test" in early.text


def test_it_thanks_for_a_remote_stage_today_without_a_welcome() -> None:
    process = "2e entretien en visio avec la direction lundi 22 à 10h"
    wednesday = datetime(2034, 5, 17, 10, 0, tzinfo=PARIS)
    draft = catchup_email(
        make_ctx(process=process, interview_at=wednesday, send_on=date(2034, 5, 22))
    )
    assert "m'accueillir" not in draft.text
    assert "Je vous remercie d'avoir organisé le second entretien de ce jour." in draft.text
    findings = check(draft.text, lang="fr", kind="catchup").findings
    assert "concreteness.catchup_next_steps" not in {finding.rule_id for finding in findings}


def test_it_reads_a_french_speakers_formation_as_training() -> None:
    draft = catchup_email(make_ctx(lang="en", role_understood="the formation is 3 weeks in office"))
    assert "the training is 3 weeks" in draft.text


def test_it_refuses_an_object_without_its_article_or_a_noun_read_as_a_verb() -> None:
    article = "You expect the person you hire to pass 5-year background check."
    noun = "As I understand it, the role is to field visits in two districts."
    shifts = "You expect the person you hire to work 12-hour shifts."
    assert gate.findings(article, "en", frozenset())
    assert gate.findings(noun, "en", frozenset())
    assert not gate.findings(shifts, "en", frozenset())


def test_it_keeps_a_tools_capital_in_a_title_typed_with_small_letters() -> None:
    typed = "Dessinateur·rice projeteur·se Revit (BIM) – CDI – Toulouse"
    assert clean_position(typed, "fr", "f") == "dessinatrice projeteuse Revit"
    assert clean_position("Chef de rang Brasserie", "fr", "m") == "chef de rang brasserie"
    assert clean_position("Agent De Sécurité Incendie", "fr", "m") == "agent de sécurité incendie"
    english = "Senior Consultant Payments & Open Banking (m/w/d) – 100% – Lausanne"
    assert clean_position(english, "fr", "f") == "Senior Consultant Payments & Open Banking"


def test_it_joins_a_last_item_holding_its_own_et_with_ainsi_que() -> None:
    joined = join(["mon ISO 20022", "ma pratique de l'anglais et de l'allemand"], "fr")
    assert joined == "mon ISO 20022 ainsi que ma pratique de l'anglais et de l'allemand"


def test_it_restores_a_participle_after_a_plural_noun() -> None:
    assert restore_accents("horaires decales") == "horaires décalés"
    assert restore_accents("des repas livres") == "des repas livres"  # books, maybe


def test_it_reads_a_clause_ending_on_beaucoup_as_whole() -> None:
    assert shape("le projet sur l'autonomie m'intéresse beaucoup", "fr").clean
