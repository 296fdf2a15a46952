"""Writer AU's reading (session 51): messages to an agency's consultant and through job
platforms. The « tu » of an agency writing about a mission at its client's is its register,
not a familiarity; the faults made to an intermediary are caught."""

import pytest

from tests.tone.faults import faults


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Sébastien,\n\nMerci pour ton appel de ce matin et pour la proposition de "
        "mission. Je suis disponible à partir du lundi 14, comme tu me l'as précisé.\n\n"
        "Bonne journée,\nLoïc",
        "Bonjour Pauline,\n\nJe te confirme avec plaisir le renouvellement de ma mission "
        "jusqu'au 31 mars. Merci pour ta confiance.\n\nRomain",
    ],
)
def test_it_reads_the_agency_s_tu_about_a_mission_as_its_register(text: str) -> None:
    assert "familiarity" not in faults(text, "fr")


def test_it_still_reads_tu_to_an_employer_as_familiar() -> None:
    text = "Bonjour Sébastien,\n\nMerci pour ton appel de ce matin. Tu as eu mon CV ?\n\nLoïc"
    assert "familiarity" in faults(text, "fr")


@pytest.mark.parametrize(
    ("lang", "clean"),
    [
        (
            "fr",
            "Il manque encore ma visite médicale, que je passe lundi ; je vous l'enverrai dès "
            "que je l'aurai.",
        ),
        ("en", "Thanks for reaching out on LinkedIn about the interim finance director role."),
        ("en", "I'm still very interested and available to start right away."),
        ("en", "To confirm in writing: I'm available for temp assignments Monday to Thursday."),
        ("en", "Thanks for everything.\nCheers for putting me forward.\n\nDean"),
    ],
)
def test_it_leaves_the_clean_sentence_alone(lang: str, clean: str) -> None:
    assert faults(clean, lang, engine="rules") == set()


@pytest.mark.parametrize(
    ("lang", "faulty", "category"),
    [
        ("fr", "Tu dois absolument obtenir du client le renouvellement, c'est ton rôle.", "demand"),
        (
            "fr",
            "Si vous ne me trouvez rien d'ici là, je m'inscris chez eux et je ne reviens plus "
            "chez vous.",
            "aggression",
        ),
        ("en", "You really should have told me the salary was lower.", "aggression"),
        ("en", "You need to ring the head teacher today and make sure she picks me.", "demand"),
        (
            "en",
            "We have no money for his medicines, so I am praying every night that I will be hired.",
            "supplication",
        ),
        (
            "en",
            'Lovely to know that "a few days" means nearly a month in recruitment language.',
            "aggression",
        ),
        ("en", "Cheers for nothing.\n\nDean", "aggression"),
    ],
)
def test_it_catches_the_fault(lang: str, faulty: str, category: str) -> None:
    assert category in faults(faulty, lang)
