"""Writer AS's reading (session 51): e-mails written in French or English as a second language.
The polite formulas of other cultures ("Kindly revert", "do the needful"), a date moved for a
sick child, a late answer owned and the one follow-up said as such stay clean; the rush beside
those formulas is still caught."""

import pytest

from relance.tone import check
from tests.tone.faults import faults


@pytest.mark.parametrize(
    ("lang", "clean"),
    [
        ("en", "Kindly revert if any further details are needed."),
        ("en", "Kindly do the needful and let me know if any other document is required."),
        ("en", "Thanks for the quick reply. Yes, I have my own toolkit."),
        (
            "en",
            "You need someone who can calm angry customers and escalate only what must be "
            "escalated.",
        ),
        (
            "fr",
            "Je dois vous demander de déplacer notre entretien de mercredi. Mon fils est malade "
            "et je n'ai personne pour le garder ce jour-là.",
        ),
        ("fr", "Je suis désolé de vous répondre seulement aujourd'hui."),
        (
            "fr",
            "merci pour l entretien de ce matin. comme vous avez dit, je passe deposer la copie "
            "de ma carte de sejour demain.",
        ),
    ],
)
def test_it_leaves_the_clean_sentence_alone(lang: str, clean: str) -> None:
    assert faults(clean, lang) == set()


@pytest.mark.parametrize(
    ("lang", "faulty"),
    [
        ("en", "Kindly revert at the earliest regarding the status of my application."),
        ("en", "Kindly do the needful and let me know the outcome at the soonest."),
        ("en", "I am writing once again because I still have no news."),
        ("fr", "Mon fils est malade, j'ai vraiment besoin de ce travail, je vous en supplie."),
    ],
)
def test_it_still_catches_the_rush_or_the_plea_beside_them(lang: str, faulty: str) -> None:
    assert faults(faulty, lang)


def test_it_reads_an_offer_declined_for_the_commute_as_no_self_criticism() -> None:
    text = (
        "Après réflexion, je ne peux pas l'accepter : le temps de trajet depuis Annemasse "
        "serait trop long avec les horaires du matin."
    )
    assert "private" not in check(text, "fr").categories


def test_it_counts_no_contact_in_the_one_follow_up_said_as_such() -> None:
    # the rule book's reading: the model may still weigh the sentence on its own
    text = (
        "You said I could follow up after two weeks if I had no news. It has been two weeks "
        "today, so I am writing just once to ask whether a decision has been made."
    )
    assert faults(text, "en", engine="rules") == set()
    assert faults("It has been two weeks today, so I am writing again.", "en", engine="rules")
