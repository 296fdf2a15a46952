"""What writer AT's reader quoted and session 36 mended (issue 11): an offer made on the spot
whose answer is the candidate's to give (« il m'a fait l'offre a l'oral … reponse a donner
avant vendredi 16 juin », "verbal offer … answer by Wed 14 June": the catch-up said the
recruiter would answer), and an illness told as a reason (« sécurité d'un CDI après la
maladie »), which reached the recruiter.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

import pytest

from relance.drafts import catchup_email
from relance.drafts.privacy import reason
from tests.drafts.factories import make_ctx


def written(process: str, lang: str = "fr") -> str:
    """The catch-up of a debrief with these next steps, its narrow spaces as plain ones."""
    return catchup_email(make_ctx(lang=lang, process=process)).text.replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("process", "lang", "said"),
    [
        (
            "il m'a fait l'offre a l'oral : 2350 brut x13\nreponse a donner avant vendredi 16",
            "fr",
            "je vous donnerai ma réponse d'ici le vendredi 16 octobre",
        ),
        (
            "verbal offer at the end: £41.5k\nanswer by Fri 16, written offer to follow",
            "en",
            "I will give you my answer by Friday 16 October",
        ),
    ],
)
def test_it_reads_the_answer_to_an_offer_made_on_the_spot_as_mine(
    process: str, lang: str, said: str
) -> None:
    assert said in written(process, lang)


def test_it_still_reads_an_answer_by_a_day_with_no_offer_as_the_recruiter_s() -> None:
    assert "my answer" not in written("answer by Fri 16", "en")


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("sécurité d'un CDI après la maladie", "fr"),
        ("besoin de stabilité après mon cancer", "fr"),
        ("a steady job after being ill", "en"),
    ],
)
def test_it_keeps_an_illness_told_as_a_reason_out(note: str, lang: str) -> None:
    assert reason(note, lang) == "personal"


@pytest.mark.parametrize(
    "note",
    ["relations avec la caisse d'assurance maladie", "soins aux patients atteints de cancer"],
)
def test_it_reads_illness_in_the_job_s_own_words_as_job_content(note: str) -> None:
    assert reason(note, "fr") == ""


def test_it_promises_no_document_from_a_line_kept_private() -> None:
    # writer AT's at09: a worry about one's record, read as a document to send
    notes = (
        "sorti de detention en fevrier, pas dit\ncasier B3 a demander, je sais pas ce qu'il y aura"
    )
    written = catchup_email(make_ctx(notes=notes))
    assert "casier" not in written.text
    assert {item.reason for item in written.left_out if item.part == "notes"} == {"record"}


@pytest.mark.parametrize(
    ("process", "lang", "said"),
    [
        (
            "shift test samedi 17 octobre 23h-7h avec Jérôme le veilleur actuel",
            "fr",
            "un test le samedi 17 octobre à 23 h",
        ),
        (
            "Experience Day fri 16 Oct 8am-11am at the shop",
            "en",
            "an experience day on Friday 16 October at 8 am",
        ),
    ],
)
def test_it_says_a_stage_typed_with_its_hours_at_the_hour_it_starts(
    process: str, lang: str, said: str
) -> None:
    assert said in written(process, lang)


def test_it_brings_the_documents_dropped_off_at_the_agency() -> None:
    process = "demain avant 12h passer a l'agence deposer CACES, carte vitale, RIB"
    text = written(process)
    assert "j'apporterai mes CACES, ma carte Vitale et mon RIB" in text
    assert "je vous enverrai" not in text
