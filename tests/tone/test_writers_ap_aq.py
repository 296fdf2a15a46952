"""Writers AP's and AQ's reading (session 50): e-mails of senior people and of technology,
media and NGO applicants (AP); of people going back to work and of students (AQ). Each fault
is caught and each clean sentence beside it left alone; the pairs keep the trigger word on
both sides, so a rule that only counted words would fail one of them."""

import pytest

from relance.tone import check
from tests.tone.faults import faults


@pytest.mark.parametrize(
    ("lang", "faulty", "category"),
    [
        (
            "fr",
            "Je me demande si le poste n'était pas déjà promis en interne avant même la "
            "publication de l'annonce.",
            "aggression",
        ),
        (
            "fr",
            "Je tiens à vous rappeler que deux de vos concurrents directs m'ont également "
            "approché, et qu'il serait dommage que mon expertise de vos clients parte chez eux.",
            "aggression",
        ),
        (
            "fr",
            "Un processus en cinq étapes me paraît peu compatible avec les valeurs d'équité que "
            "votre organisation prétend défendre.",
            "aggression",
        ),
        (
            "fr",
            "Mon licenciement m'a plongé dans un épuisement profond, et ce poste représente pour "
            "moi la seule façon de me reconstruire.",
            "supplication",
        ),
        (
            "en",
            "It was refreshing to be asked by a graduate analyst whether I had ever managed a "
            "budget.",
            "aggression",
        ),
        (
            "en",
            "It was a ripper of a chat, reckon we'd get along like a house on fire!",
            "familiarity",
        ),
    ],
)
def test_it_catches_the_fault(lang: str, faulty: str, category: str) -> None:
    assert category in faults(faulty, lang)


@pytest.mark.parametrize(
    ("lang", "clean"),
    [
        ("fr", "Ce choix n'a rien à voir avec la qualité des échanges, qui ont été excellents."),
        (
            "fr",
            "Aucun incident de paiement n'a été constaté, et la CNIL a été notifiée dans les "
            "délais.",
        ),
        (
            "fr",
            "Vous aviez convenu avec moi que je vous rappelle mardi en fin de matinée si je "
            "n'avais pas de retour d'ici là.",
        ),
        ("en", "I'll come back to you by Friday with a firm start date."),
        (
            "en",
            "I'll speak to my manager this afternoon and let you know by Thursday at the latest.",
        ),
        ("en", "thanks for calling me back today."),
        ("en", "I kept my skills up to date through the ACCA CPD programme."),
        (
            "en",
            "I would value your view on whether it was my lack of UK experience that counted "
            "against me.",
        ),
        (
            "fr",
            "Après réflexion, j'ai le regret de vous informer que je ne donnerai pas suite : une "
            "autre entreprise m'a fait une proposition.",
        ),
        (
            "fr",
            "Je vous répondrai définitivement dès réception de cette précision.",
        ),
        (
            "fr",
            "Je lui pose la question et vous donne sa réponse dès que je l'aurai, au plus tard "
            "jeudi.",
        ),
        (
            "fr",
            "Nous cherchons à fidéliser les clients qui partent chez la concurrence après un "
            "sinistre.",
        ),
        ("en", "I understand you'll let candidates know by the end of the month."),
        (
            "en",
            "I completely understand you went with someone with more experience in debt "
            "collection.",
        ),
        (
            "en",
            "You were clear that you'd need my answer on the relocation question before the end "
            "of the month.",
        ),
    ],
)
def test_it_leaves_the_clean_sentence(lang: str, clean: str) -> None:
    assert faults(clean, lang) == set()


def test_it_still_hears_a_shout_in_short_words() -> None:
    findings = check("I NEED AN ANSWER NOW.", lang="en").findings
    assert "shouting.capitals" in {finding.rule_id for finding in findings}


def test_it_still_reads_a_plain_negation_as_one() -> None:
    assert "aggression" not in faults(
        "Le poste n'était pas promis en interne, vous me l'avez dit.", "fr"
    )


@pytest.mark.parametrize(
    "clean",
    [
        "N'ayant pas réussi à vous joindre ce matin, je me permets de vous laisser ce mot.",
        "Pour répondre à votre question sur mon départ de l'agence : mon poste a été supprimé "
        "dans le cadre d'une réorganisation.",
    ],
)
def test_it_reads_an_answer_and_a_missed_call_as_nothing_private(clean: str) -> None:
    assert "private" not in check(clean, lang="fr").categories


def test_it_still_flags_a_closed_company_told_unasked() -> None:
    assert "private" in check("Mon poste a été supprimé, ma boîte a coulé.", lang="fr").categories
