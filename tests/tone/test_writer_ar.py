"""Writer AR's reading (session 51): e-mails of people in the arts, crafts, farming, sport and
of veterans. Their trades' words (a note's attack, lights killed on cue, a crew wanting its
stock at once) and the sign-offs of their countries stay clean; the faults they really make
are caught."""

import pytest

from relance.tone import check
from tests.tone.faults import faults


@pytest.mark.parametrize(
    ("lang", "faulty", "category"),
    [
        (
            "fr",
            "Vous devez absolument me rappeler demain, car je suis joignable le matin.",
            "demand",
        ),
        (
            "fr",
            "Franchement, on s'entend si bien que je me permets de te tutoyer, entre coachs !",
            "familiarity",
        ),
        (
            "en",
            "I'm sure his followers will fill the stalls far better than twenty years of stage "
            "work ever could.",
            "aggression",
        ),
        (
            "en",
            "No doubt you're very busy, what with answering emails being such a demanding part "
            "of the job.",
            "aggression",
        ),
        (
            "en",
            "I've got a fair few followers in the food scene, and I'd hate to have to tell them "
            "how your group treats candidates.",
            "aggression",
        ),
        (
            "en",
            "Merely to have stood in your salons is a privilege I shall treasure to my dying day.",
            "supplication",
        ),
        ("en", "Thanks for nothing. I'll take your silence as a no.", "demand"),
        ("en", "Three weeks to tell me nothing, impressive.", "aggression"),
        ("en", "Could you let me know the date on which I will take up my duties?", "demand"),
        ("en", "Thanks for the chat.\nCheers mate, speak soon.", "familiarity"),
    ],
)
def test_it_catches_the_fault(lang: str, faulty: str, category: str) -> None:
    assert category in faults(faulty, lang)


@pytest.mark.parametrize(
    ("lang", "clean"),
    [
        ("fr", "J'ai bien retenu sa remarque sur l'attaque des pizzicati."),
        ("fr", "C'est noté pour le second rendez-vous avec la directrice artistique le 18 à 10 h."),
        (
            "fr",
            "Si un musicien refusait le rappel prévu, j'en informerais immédiatement le "
            "directeur de salle.",
        ),
        ("fr", "Par votre lettre du 2 juillet, vous me faites l'honneur de me proposer le poste."),
        (
            "fr",
            "Je vous prie de m'excuser de ne pas m'être présenté au rendez-vous téléphonique de "
            "14 h aujourd'hui.",
        ),
        (
            "fr",
            "Merci pour votre appel. Je vous confirme mon accord pour le contrat saisonnier. Je "
            "vous envoie ma carte vitale et mon RIB ce soir.",
        ),
        (
            "fr",
            "Je vous prie d'agréer, Monsieur le Président, l'expression de mes salutations les "
            "plus respectueuses.",
        ),
        ("en", "Striking the set in under two hours with that crew was impressive."),
        ("en", "It's hard when every landscaping crew in the parish wants their stock at once."),
        ("en", "The job involves killing the lights on cue at the end of a two-hour show."),
        ("en", "I appreciated your directness. I'll take that on board."),
        ("en", "I should therefore be able to take up the post on 7 October at the earliest."),
        ("en", "I'm free any day that week. Cheers, Fergus Mackay"),
        ("en", "see you at the trial session on saturday at 9. cheers, liam"),
    ],
)
def test_it_leaves_the_clean_sentence_alone(lang: str, clean: str) -> None:
    assert faults(clean, lang) == set()


def test_it_reads_a_missed_call_owned_as_no_self_criticism() -> None:
    text = (
        "I'm so sorry I missed our phone call at 11 this morning. I was out of signal until one. "
        "I know that's not ideal and I should have let you know beforehand if I could."
    )
    assert "private" not in check(text, "en").categories
