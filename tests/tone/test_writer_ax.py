"""Writer AX's reading (session 53): e-mails to large organisations in the stock phrases of
office mail (internal mobility, public competitions, graduate schemes). A colleague's « tu »,
an offer returned signed and the recruiter's own words stay clean; the formal demands and
criticisms are still caught."""

import pytest

from tests.tone.faults import faults, private_reasons


@pytest.mark.parametrize(
    ("lang", "clean"),
    [
        (
            "fr",
            "Bonjour Nathalie,\n\nMerci pour le temps que tu m'as consacré jeudi. Comme on "
            "travaille dans la même maison depuis six ans, j'ai apprécié que tu me parles "
            "franchement de la charge de travail.\n\nÉlodie",
        ),
        (
            "fr",
            "Bonjour Fabrice,\n\nComme évoqué à la machine à café, je confirme mon intérêt pour "
            "le poste dans ton équipe. Si tu as besoin d'un complément, dis-le-moi.\n\nGrégory",
        ),
        (
            "fr",
            "J'ai le plaisir de vous confirmer mon acceptation de la proposition de contrat. Je "
            "vous retourne ci-joint la promesse d'embauche signée.",
        ),
        ("fr", "J'habite à Bron. Je suis prêt à assurer ces astreintes dès ma prise de poste."),
        (
            "fr",
            "Vous avez souligné que la moitié des dossiers arrivent en relance, parfois en "
            "troisième relance, faute de réponse initiale complète.",
        ),
        (
            "en",
            "That is very close to what I led at my current employer, where we reduced our "
            "ombudsman referrals by a third in one year.",
        ),
        (
            "en",
            "Just circling back on one point from Friday's interview: you asked how I would "
            "handle an escalation.",
        ),
        (
            "en",
            "I'm available to speak tomorrow after 6pm. Alternatively, please feel free to send "
            "me the details by email.",
        ),
    ],
)
def test_it_leaves_the_plain_statement_alone(lang: str, clean: str) -> None:
    assert faults(clean, lang, engine="rules") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "There was an accident on the N1 and traffic was at a standstill; I should have left "
        "earlier to allow for it.",
        "I appreciated the board's questions on the resolution of stressed accounts under the "
        "IBC framework.",
    ],
)
def test_it_reads_nothing_private_in_a_plain_fact(sentence: str) -> None:
    assert private_reasons(sentence, "en") == set()


def test_it_tells_a_colleague_s_tu_from_a_familiar_one() -> None:
    text = (
        "Comme on travaille dans la même maison, tu me diras si tu as besoin de quoi que ce soit ?"
    )
    assert faults(text, "fr", engine="rules") == set()
    text = "Tu m'avais dit qu'on se tutoierait si je suis embauché, ça te dérange pas ?"
    assert "familiarity" in faults(text, "fr")
    text = "Les formations en interne m'intéressent beaucoup, tu me diras quand on commence ?"
    assert "familiarity" in faults(text, "fr")


@pytest.mark.parametrize(
    ("lang", "fault", "category"),
    [
        (
            "fr",
            "Cela dit, je me permets de souligner que trois entrevues et deux tests "
            "psychométriques pour un poste de ce niveau relèvent d'une lourdeur administrative "
            "difficile à justifier.",
            "aggression",
        ),
        (
            "fr",
            "Il vous appartient donc de me transmettre une réponse écrite motivée dans les "
            "quinze jours.",
            "demand",
        ),
        (
            "en",
            "You must give me written feedback on my interview within seven days, as I have "
            "invested a great deal of time in this application.",
            "demand",
        ),
        (
            "en",
            "I should mention that my partner has recently lost his job and we are struggling "
            "to pay the mortgage, so this role would mean everything to us.",
            "supplication",
        ),
    ],
)
def test_it_catches_the_fault_beside_it(lang: str, fault: str, category: str) -> None:
    assert category in faults(fault, lang)
