"""Writer AT's reading (session 51): e-mails of the tense moments of a recruitment — a missed
call, a rejection, a competing offer, a curt e-mail. Composure kept while saying hard things
plainly stays clean; the one slip is caught."""

import pytest

from relance.tone import check
from tests.tone.faults import faults


@pytest.mark.parametrize(
    ("lang", "clean"),
    [
        (
            "fr",
            "Pensez-vous être en mesure de me faire un retour d'ici là ? Si ce n'est pas "
            "possible, je le comprendrai tout à fait.",
        ),
        ("fr", "Vous me répondrez lundi. J'attendrai donc votre retour d'ici là."),
        (
            "fr",
            "Vous avez mentionné que mon manque d'expérience en gestion des contentieux avait "
            "pesé dans la décision.",
        ),
        (
            "fr",
            "J'aurais préféré vous l'annoncer autrement, mais je tenais à vous répondre "
            "rapidement pour ne pas bloquer votre recrutement.",
        ),
        (
            "fr",
            "Vous m'avez demandé comment je réagirais si un client menaçait de porter plainte.",
        ),
        (
            "en",
            "After I gave notice, my current employer made a counter-offer that I have decided "
            "to accept.",
        ),
        (
            "en",
            "I have received an offer from another organisation, which needs my answer by the "
            "28th.",
        ),
        ("en", "If you need anything further, such as my certificate, I can send it immediately."),
    ],
)
def test_it_leaves_the_clean_sentence_alone(lang: str, clean: str) -> None:
    # the rule book's reading: the model weighs a lone sentence on its own
    assert faults(clean, lang, engine="rules") == set()


@pytest.mark.parametrize(
    ("lang", "faulty"),
    [
        (
            "fr",
            "Je suis ravi de voir que vous avez enfin trouvé le temps de me répondre, trois "
            "semaines plus tard, et en deux lignes.",
        ),
        (
            "fr",
            "Je commence à bien connaître le chemin de votre agenda, à défaut de celui de vos "
            "bureaux.",
        ),
        (
            "en",
            "It's reassuring to know that a one-line reply is the full extent of the feedback "
            "available after four rounds of interviews.",
        ),
    ],
)
def test_it_catches_the_sarcasm(lang: str, faulty: str) -> None:
    assert "aggression" in faults(faulty, lang)


@pytest.mark.parametrize(
    "text",
    [
        "My second reference, Mr. Dufresne, is on leave until the 15th; he has asked that you "
        "contact him after that date.",
        "Your priorities are bringing shrink back under 1.5%, and stabilising the schedule so "
        "you stop losing people after six weeks.",
        "I have one question I should have asked at the interview: is this position open to "
        "candidates who need sponsorship?",
    ],
)
def test_it_reads_no_confidence_in_a_sentence_cut_after_a_title_or_a_figure(text: str) -> None:
    assert "private" not in check(text, "en").categories
