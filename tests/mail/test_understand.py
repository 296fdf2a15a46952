from datetime import date

import pytest

from relance.mail.understand import Outcome, return_date, strip_quoted, understand

WEDNESDAY = date(2025, 3, 5)

CASES = [
    # French
    (
        "Bonjour Camille, merci pour votre message. Nous n'avons pas encore pris de décision, "
        "je reviendrai vers vous d'ici la fin de la semaine prochaine. Bien cordialement",
        Outcome.POSTPONED,
        date(2025, 3, 14),
        "d'ici la fin de la semaine prochaine",
    ),
    (
        "Bonjour, le processus est toujours en cours. Nous devrions pouvoir vous répondre le "
        "15 janvier au plus tard.",
        Outcome.POSTPONED,
        date(2026, 1, 15),
        "15 janvier",
    ),
    (
        "Bonjour Madame, la décision a été repoussée : je vous recontacte lundi prochain.",
        Outcome.POSTPONED,
        date(2025, 3, 10),
        "lundi prochain",
    ),
    (
        "Bonjour, nous vous remercions de l'intérêt porté à notre entreprise. Après étude, votre "
        "candidature n'a pas été retenue. Nous vous souhaitons une bonne continuation.",
        Outcome.REJECTION,
        None,
        "n'a pas été retenue",
    ),
    (
        "Madame, nous sommes au regret de vous informer que notre choix s'est porté sur un autre "
        "candidat.",
        Outcome.REJECTION,
        None,
        "au regret",
    ),
    (
        "Bonjour Camille, suite à votre entretien nous aimerions vous rencontrer à nouveau pour un "
        "second entretien avec notre directrice le 12 mars.",
        Outcome.NEXT_ROUND,
        date(2025, 3, 12),
        "second entretien",
    ),
    (
        "Bonjour, nous avons le plaisir de vous annoncer que votre candidature a été retenue ! "
        "Je vous envoie la promesse d'embauche demain.",
        Outcome.OFFER,
        None,
        "le plaisir",
    ),
    ("Merci Camille, bien reçu. Bonne journée.", Outcome.OTHER, None, ""),
    (
        "Bonjour, nous sommes encore en train de rencontrer des candidats ; vous aurez une réponse "
        "dans deux semaines.",
        Outcome.POSTPONED,
        date(2025, 3, 19),
        "dans deux semaines",
    ),
    (
        "Bonjour, je suis désolée du retard, la décision sera prise début avril.",
        Outcome.POSTPONED,
        date(2025, 4, 7),
        "début avril",
    ),
    # English
    (
        "Hi Camille, thanks for following up. We're still interviewing and expect to get back to "
        "you early next week.",
        Outcome.POSTPONED,
        date(2025, 3, 11),
        "early next week",
    ),
    (
        "Hello, the hiring manager is travelling; we will have a decision by the end of the month.",
        Outcome.POSTPONED,
        date(2025, 3, 31),
        "end of the month",
    ),
    (
        "Dear Camille, we haven't made a decision yet. I'll let you know on January 15th.",
        Outcome.POSTPONED,
        date(2026, 1, 15),
        "January 15th",
    ),
    (
        "Dear Camille, thank you for your time. Unfortunately, we have decided to move forward "
        "with another candidate.",
        Outcome.REJECTION,
        None,
        "move forward with another",
    ),
    (
        "Hi, we regret to inform you that the position has been filled.",
        Outcome.REJECTION,
        None,
        "regret to inform",
    ),
    (
        "Great news! We'd like to invite you to a final interview with the team next Tuesday.",
        Outcome.NEXT_ROUND,
        date(2025, 3, 11),
        "invite you to",
    ),
    (
        "Hi Camille, we are delighted to offer you the position of Head Waiter.",
        Outcome.OFFER,
        None,
        "offer you the position",
    ),
    ("Thanks, noted.", Outcome.OTHER, None, ""),
]


@pytest.mark.parametrize("text,outcome,new_date,evidence", CASES)
def test_it_understands_realistic_replies(text, outcome, new_date, evidence):
    result = understand(text, WEDNESDAY)
    assert result.outcome is outcome
    assert result.new_date == new_date
    assert evidence in result.evidence
    assert result.evidence in text


def test_it_ignores_our_quoted_follow_up():
    text = (
        "Merci, bien reçu.\n\nLe mar. 4 mars 2025 à 10:00, Camille <c@example.test> a écrit :\n"
        "> Je me permets de revenir vers vous : avez-vous avancé dans votre réflexion "
        "d'ici la fin de la semaine prochaine ?"
    )
    result = understand(text, WEDNESDAY)
    assert result.outcome is Outcome.OTHER
    assert result.new_date is None


def test_it_cuts_an_outlook_style_quote():
    text = "Not yet decided, back to you tomorrow.\n\nFrom: Camille\nSent: Tuesday\n..."
    assert strip_quoted(text) == "Not yet decided, back to you tomorrow.\n\n"


def test_it_reads_a_date_without_a_cue_word_as_postponed():
    result = understand("Je vous appelle le 20 mars.", WEDNESDAY)
    assert (result.outcome, result.new_date) == (Outcome.POSTPONED, date(2025, 3, 20))


def test_it_ignores_past_dates_for_the_new_date():
    text = (
        "Suite à notre entretien du 3 mars, nous ne sommes pas encore décidés. Retour le 21 mars."
    )
    assert understand(text, WEDNESDAY).new_date == date(2025, 3, 21)


def test_it_does_not_take_not_yet_selected_for_a_rejection():
    text = "Nous n'avons pas encore retenu de candidat, je reviens vers vous fin mars."
    result = understand(text, WEDNESDAY)
    assert result.outcome is Outcome.POSTPONED
    assert result.new_date == date(2025, 3, 31)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Je suis absente jusqu'au 10 mars inclus.", date(2025, 3, 10)),
        ("Absente du 3 au 14 mars, je lirai votre message à mon retour.", date(2025, 3, 14)),
        ("I am out of the office until Monday, March 17th.", date(2025, 3, 17)),
        ("Je suis en congés, de retour le 2 avril.", date(2025, 4, 2)),
    ],
)
def test_it_reads_the_return_date_of_an_absence(text, expected):
    assert return_date(text, date(2025, 3, 4)) == expected


def test_it_reads_no_return_date_when_the_absence_gives_none():
    assert return_date("Je suis absente, je vous répondrai à mon retour.", date(2025, 3, 4)) is None


def test_it_ignores_a_date_too_far_away_for_an_absence():
    assert return_date("Notre salon a lieu le 20 décembre.", date(2025, 3, 4)) is None
