"""Writer AW's reading (session 53): messages after a later stage of hiring (a trial day, a
final interview, an offer on the phone), often to small employers, often typed on a phone.
What was agreed, asked or told plainly stays clean; the faults around it are still caught."""

import pytest

from tests.tone.faults import faults, private_reasons


@pytest.mark.parametrize(
    ("lang", "clean"),
    [
        (
            "fr",
            "J'ai appris plein de choses sur la coloration végétale, surtout la façon dont vous "
            "faites le diagnostic avec la cliente avant de commencer.",
        ),
        (
            "en",
            "I have a clearer picture of the account: customers who have already called three "
            "or four times, and a team of twelve agents who need coaching.",
        ),
        ("en", "I can see why you need another hand with the two Hamilton jobs running at once."),
        (
            "en",
            "I now understand why you said the job is mostly about getting customers' cars back "
            "when promised.",
        ),
        (
            "en",
            "I have received another offer and need to give that company an answer by Friday. "
            "Your role is my first choice.",
        ),
        (
            "en",
            "Good to hear they'd like to see me again, this time on site. Could you send me the "
            "address and the name of the person to ask for at reception?",
        ),
    ],
)
def test_it_leaves_the_plain_statement_alone(lang: str, clean: str) -> None:
    assert faults(clean, lang, engine="rules") == set()


def test_it_keeps_one_apology_after_a_trial_cancelled_for_a_told_cause() -> None:
    text = (
        "Bonjour Monsieur Martin,\n\nJe dois malheureusement annuler l'essai prévu demain au "
        "restaurant. Ma mère a été hospitalisée cette nuit et je dois rester auprès d'elle. "
        "Je reste très intéressée par le poste.\n\nAvec toutes mes excuses,\nManon"
    )
    assert faults(text, "fr", engine="rules") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the trial at the jerk centre today, I enjoyed working the grill.",
        "If you're able to, I'd be grateful for any feedback on the group exercise in "
        "particular, as I suspect that's where I was weakest.",
        "My current employer has made me a counter-offer that I have decided to accept.",
        "May I ask whether the contract has been sent, so I can submit my resignation to my "
        "current employer on time?",
    ],
)
def test_it_reads_nothing_private_in_a_plain_fact(sentence: str) -> None:
    assert private_reasons(sentence, "en") == set()


def test_it_still_reads_a_counter_offer_kept_open_as_a_negotiation() -> None:
    text = "My current employer has made me a counter-offer, so could you match it?"
    assert private_reasons(text, "en") == {"private.salary"}


@pytest.mark.parametrize(
    ("lang", "fault", "category"),
    [
        (
            "fr",
            "Au fait, tu m'avais dit qu'on se tutoierait si je suis embauché, alors je prends de "
            "l'avance, ça te dérange pas ?",
            "familiarity",
        ),
        (
            "fr",
            "Merci de m'avoir fait découvrir le balayage sous toutes ses formes, c'était "
            "passionnant de balayer le salon de 9 h à 18 h.",
            "aggression",
        ),
        (
            "en",
            "And thanks for the generous forty quid for ten hours of graft, I'll try not to "
            "spend it all at once.",
            "aggression",
        ),
        (
            "en",
            "Frankly, the psychometric test was outdated and the interview panel seemed more "
            "interested in their phones than in the candidates.",
            "aggression",
        ),
    ],
)
def test_it_catches_the_fault_beside_it(lang: str, fault: str, category: str) -> None:
    assert category in faults(fault, lang)
