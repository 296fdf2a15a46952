"""The job's words excuse the distress of the people of the job, never the writer's own:
"I burnt out badly on the wards last year" (writer AN) was silenced by its ward."""

import pytest

from relance.tone import check
from relance.tone.lexing import lex
from relance.tone.own_state import said_of_oneself


def supplication(text: str, lang: str) -> bool:
    return "supplication" in check(text, lang=lang).categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I burnt out badly on the wards last year."),
        ("en", "I still cry on the way to the ward some days."),
        ("fr", "J'ai fait un burn-out aux urgences l'an dernier."),
    ],
)
def test_it_flags_the_writers_own_distress_beside_the_job(lang: str, text: str) -> None:
    assert supplication(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I supported patients who burnt out on the wards."),
        ("en", "I supported families facing debt collectors in my advice role."),
        ("en", "I managed medication rounds for forty residents."),
    ],
)
def test_it_lets_the_job_excuse_other_peoples_distress(lang: str, text: str) -> None:
    assert not supplication(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "word", "own"),
    [
        ("en", "I've really burnt out", "burnt", True),
        ("en", "patients who burnt out", "burnt", False),
        ("en", "I supported patients who burnt out", "burnt", False),
        ("fr", "je me suis complètement effondrée", "effondrée", True),
        ("fr", "les familles épuisées", "épuisées", False),
    ],
)
def test_it_reads_whose_state_a_word_tells(lang: str, text: str, word: str, own: bool) -> None:
    tokens = lex(text, lang)
    index = next(i for i, token in enumerate(tokens) if token.text == word)
    assert said_of_oneself(tokens, index, lang) is own
