"""Writer AV's reading (session 52): something personal said to a recruiter (an adjustment, a
record, a caring duty, a name changed). The fact stated plainly stays clean; the faults
around it are still caught."""

import pytest

from tests.tone.faults import faults


@pytest.mark.parametrize(
    ("lang", "clean"),
    [
        (
            "fr",
            "Je vous écris en réponse à votre courriel de ce matin au sujet de la visite médicale "
            "d'embauche.",
        ),
        (
            "fr",
            "Mes diplômes sont établis à mon ancien nom ; mon nom actuel figure sur ma carte "
            "d'identité et ma carte vitale.",
        ),
        (
            "fr",
            "Même si je suis déçu de ne pas être retenu pour le poste, j'aimerais progresser : "
            "accepteriez-vous de me dire ce qui a manqué ?",
        ),
        (
            "fr",
            "Je dois malheureusement le déplacer : mon examen d'IRM, attendu depuis deux mois, "
            "vient d'être fixé à la même heure.",
        ),
        (
            "fr",
            "Je retire ma candidature au second tour : après réflexion, je préfère rester dans "
            "le réseau public.",
        ),
        ("en", "I'm very much looking forward to the day."),
        (
            "en",
            "I wanted to let you know, before the vetting comes back, that I have a conviction "
            "from 2012.",
        ),
        (
            "en",
            "I would triage them by safety risk when several urgent repair requests come in at "
            "once.",
        ),
        ("en", "Thank you for understanding so kindly."),
        ("en", "Both of them know to expect a call this week."),
        (
            "en",
            "I'm a single parent and need to leave by 3 pm to collect my son from school.",
        ),
        ("en", "I'd be a steady point of contact for anxious court users."),
    ],
)
def test_it_leaves_the_plain_statement_alone(lang: str, clean: str) -> None:
    assert faults(clean, lang, engine="rules") == set()


def test_it_reads_an_induction_planned_after_an_offer_accepted_as_no_presumption() -> None:
    text = (
        "Dear Dr Raghunathan,\n\nThank you for offering me the Staff Nurse position. I am very "
        "happy to accept.\nI am expecting my first child in September. I wanted to tell you now "
        "so that we can plan my induction and leave together.\n\nWarm regards,\nAnanya"
    )
    assert "demand" not in faults(text, "en", engine="rules")


def test_it_hears_the_site_s_challenges_said_back_as_the_needs_rephrased() -> None:
    text = (
        "I left with a clear understanding of the branch's challenges: high staff turnover and "
        "too many complaints about waiting times."
    )
    assert faults(text, "en", engine="rules") == set()


def test_it_hears_a_former_employer_s_closure_told_when_asked() -> None:
    text = (
        "Vous me demandiez pourquoi j'ai quitté mon poste précédent : l'entreprise a fermé son "
        "site de Tourcoing, et l'ensemble des salariés a été licencié pour motif économique."
    )
    assert faults(text, "fr", engine="rules") == set()


@pytest.mark.parametrize(
    ("lang", "faulty", "category"),
    [
        ("fr", "Je suis déçu de ne toujours pas avoir de réponse.", "aggression"),
        ("fr", "Votre réponse, attendue depuis trois semaines, n'est toujours pas venue.", ""),
        ("fr", "Sans réponse lundi, je retire ma candidature.", "demand"),
        ("fr", "Quand dois-je apporter ma carte vitale pour le contrat ?", "demand"),
        ("en", "Give me the date of the answer, to the day.", "impatience"),
        ("en", "Please let me know before the end of the day.", "demand"),
        ("en", "I'm a single parent and I'm barely coping without this job.", "supplication"),
        ("en", "When will my induction take place?", "demand"),
        (
            "fr",
            "Je ne voudrais pas vous mettre le couteau sous la gorge, mais le temps presse de mon "
            "côté et je dois être fixé avant la fin de la semaine.",
            "impatience",
        ),
        (
            "fr",
            "J'ai trouvé regrettable que vous ne m'ayez pas proposé de chaise adaptée alors que ma "
            "RQTH figurait clairement sur mon CV.",
            "aggression",
        ),
        ("en", "This is now my third e-mail since the interview.", "impatience"),
        (
            "en",
            "Frankly, I expected an organisation that claims to be inclusive to have checked the "
            "room before I arrived.",
            "aggression",
        ),
        (
            "en",
            "I'm sure scheduling the assessment on Diwali was just a wonderful coincidence.",
            "aggression",
        ),
        (
            "en",
            "The electricity is about to be cut off, and this job is the only thing standing "
            "between my children and hunger.",
            "supplication",
        ),
        (
            "en",
            "No worries about the wheelchair ramp thing, it's all good, no biggie lol.",
            "familiarity",
        ),
    ],
)
def test_it_still_catches_the_fault_beside_them(lang: str, faulty: str, category: str) -> None:
    found = faults(faulty, lang)
    assert found if not category else category in found


def test_it_reads_an_insult_after_a_reported_relative_clause_as_the_writer_s() -> None:
    text = (
        "Votre assistante, qui m'a appelée « Monsieur » trois fois alors que mes papiers sont à "
        "jour, est d'une bêtise affligeante."
    )
    assert "aggression" in faults(text, "fr", engine="rules")


def test_it_still_reads_the_words_reported_as_someone_else_s() -> None:
    text = "Un client, qui m'a traitée d'incapable, est revenu s'excuser le lendemain."
    assert "aggression" not in faults(text, "fr", engine="rules")
