"""The app's own catch-up sentences pass the guard (session 15): the candidate's own promise
to return or send something by a date, the recruiter's step acknowledged, a signature's first
name, a task named by its noun, a step noted; the same words as a demand still do not."""

import pytest

from relance.tone import check
from relance.tone.form import concreteness
from relance.tone.tokens import tokenize

FAULTS = {"impatience", "aggression", "demand", "supplication", "familiarity", "private"}


def faults(text: str, lang: str) -> set[str]:
    return set(check(text, lang=lang, kind="catchup").categories) & FAULTS


@pytest.mark.parametrize(
    ("lang", "clean", "faulty"),
    [
        (
            "fr",
            "Je vous retournerai le contrat signé d'ici le vendredi 23 octobre.",
            "Envoyez-moi le contrat d'ici vendredi.",
        ),
        (
            "fr",
            "Je vous ferai parvenir l'étude de cas d'ici le lundi 19 octobre à 18 h.",
            "Je veux votre décision d'ici lundi.",
        ),
        (
            "fr",
            "J'ai bien noté l'envoi de la promesse d'embauche cette semaine.",
            "Quand recevrai-je ma promesse d'embauche ?",
        ),
        (
            "fr",
            "Je vous confirme ma motivation pour rejoindre l'équipe des Deux Magots.",
            "Je peux rejoindre l'équipe dès lundi.",
        ),
        (
            "en",
            "I will sign and return the onboarding pack as soon as possible.",
            "If I hear nothing by Friday, I will sign elsewhere.",
        ),
        (
            "en",
            "I will sign and return the indenture form.",
            "Please send the onboarding pack so I can sign it.",
        ),
        (
            "en",
            "As agreed, I will send you my turnover reduction case study.",
            "Staff turnover at your site seems very high.",
        ),
    ],
)
def test_it_passes_the_drafts_own_sentences_and_not_the_faults(
    lang: str, clean: str, faulty: str
) -> None:
    assert faults(clean, lang) == set()
    assert faults(faulty, lang)


def test_it_reads_a_signed_first_name_as_a_name_not_a_slur() -> None:
    assert faults("Bien cordialement,\nFatima-Zahra El Idrissi", "fr") == set()
    assert faults("Encore une fatma.", "fr") == {"aggression"}


def test_it_reads_a_name_signed_in_lower_case_on_a_phone_as_a_name() -> None:
    signed = "bonjour madame faure\nmerci pour l entretien de ce matin.\n\nbonne journee a vous\n"
    assert faults(signed + "fatima el amrani", "fr") == set()
    assert faults(signed + "vous etes une fatma", "fr") == {"aggression"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Merci pour notre échange. J'ai bien noté mon arrivée le lundi 19 octobre."),
        ("en", "Thank you for our conversation. I have noted a start on Monday 2 November."),
        ("fr", "Merci pour notre échange. Je vous confirme ma présence aujourd'hui."),
        (
            "fr",
            "Merci pour notre échange. Vous m'avez indiqué que vous me donneriez une réponse "
            "d'ici le vendredi 11 décembre ; je reste disponible d'ici là.",
        ),
        ("en", "Thank you for our talk. You told me I would have your answer by Friday."),
    ],
)
def test_it_counts_a_noted_step_as_the_next_steps(lang: str, text: str) -> None:
    missing = {rule_id for rule_id, _ in concreteness("catchup", text, tokenize(text, lang), None)}
    assert "concreteness.catchup_next_steps" not in missing
