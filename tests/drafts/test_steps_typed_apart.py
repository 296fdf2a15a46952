"""Next steps typed over two lines, or with the interviewer named: still one step, said."""

from __future__ import annotations

from relance.drafts import catchup_email
from tests.drafts.factories import make_ctx


def _text(process: str, lang: str = "fr") -> str:
    return catchup_email(make_ctx(process=process, lang=lang)).text.replace("\u00a0", " ")


def test_it_reads_a_deadline_typed_on_the_line_below_its_test() -> None:
    text = _text("test technique reçu ce soir\nà renvoyer pour lundi 19 midi")
    assert "Je vous ferai parvenir le test technique d'ici le lundi 19 octobre à midi." in text


def test_it_reads_an_english_deadline_typed_on_the_line_below() -> None:
    text = _text("take-home exercise emailed tonight\ndue monday 19th 9am", "en")
    assert "I will send you the take-home exercise by Monday 19 October at 9 am." in text


def test_it_reads_a_call_the_candidate_makes_to_the_interviewer_named() -> None:
    text = _text("je dois appeler Mme Durand lundi 19 après 15h pour avoir la réponse")
    assert "je vous appellerai le lundi 19 octobre après 15 h" in text


def test_it_keeps_a_call_to_someone_else_out_of_the_frame() -> None:
    text = _text("je dois appeler pôle emploi lundi 19")
    assert "je vous appellerai" not in text


def test_it_reads_a_call_typed_with_no_object_as_the_candidates() -> None:
    text = _text("je dois rappeler lundi 19 après 14h pour savoir")
    assert "je vous appellerai le lundi 19 octobre après 14 h" in text
    assert "vous me donneriez une réponse" not in text


def test_it_says_a_contract_signing_on_its_day() -> None:
    text = _text("signature contrat lundi 19 à 9h")
    assert "la signature du contrat le lundi 19 octobre" in text
    assert "d'ici le lundi 19" not in text


def test_it_reads_a_video_call_as_a_stage_with_no_answer_promised() -> None:
    text = _text("video call with the rooms division manager on monday 19 at 10am", "en")
    assert "a video interview on Monday 19 October at 10 am" in text
    assert "with an answer" not in text
