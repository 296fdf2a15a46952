"""Context frames read from writer V's false alarms (seventeenth pass): the arrangement named
as a noun, a permission question after a condition, a slot the recruiter booked. Each clean
sentence is paired with the same trigger words without the frame, which stay a fault.
Checked on the rule book alone, which the frames govern."""

import pytest

from tests.tone.faults import faults as rule_faults


def faults(text: str, lang: str) -> set[str]:
    return rule_faults(text, lang, engine="rules")


@pytest.mark.parametrize(
    ("lang", "clean", "faulty"),
    [
        # the arrangement named as a noun
        (
            "fr",
            "Suite à votre proposition, je passerai déposer mon permis à l'agence jeudi.",
            "Je passerai déposer mon permis à l'agence jeudi.",
        ),
        (
            "fr",
            "Selon notre arrangement, je me présenterai au dépôt lundi à 7 h.",
            "Je me présenterai au dépôt lundi à 7 h.",
        ),
        (
            "fr",
            "Comme nous en avions discuté, je vous appellerai vendredi à 10 h.",
            "Je vous appellerai donc vendredi à 10 h.",
        ),
        (
            "en",
            "Per our conversation, I'll ring the site manager at 8 on Monday.",
            "I'll ring the site manager at 8 on Monday.",
        ),
        (
            "en",
            "You kindly suggested a call, so I'll phone at 3 pm on Friday.",
            "I'll phone at 3 pm on Friday.",
        ),
        # a slot the recruiter or their team booked
        (
            "fr",
            "Je vous appellerai mardi à 9 h, le créneau que votre assistante m'a réservé.",
            "Je vous appellerai mardi à 9 h.",
        ),
        # a condition followed by a question asking leave
        (
            "fr",
            "Sans réponse de votre part d'ici le 30, me permettez-vous de vous relancer ?",
            "Sans réponse de votre part d'ici le 30, je vous relancerai.",
        ),
        (
            "fr",
            "Si je reste sans réponse en mai, vous serait-il agréable que je vous écrive ?",
            "Je reste sans réponse depuis mai.",
        ),
        # a confirmation the recruiter asked for
        (
            "en",
            "As you requested, I'm confirming in writing that I accept the trial shift.",
            "I want you to confirm in writing that I'm shortlisted.",
        ),
        # a relative's illness as the cause of an apology
        (
            "fr",
            "Pardon d'avoir décalé l'appel, ma fille était malade.",
            "Ma fille est malade et ce poste nous sauverait.",
        ),
    ],
)
def test_it_reads_the_frame_not_the_trigger_word(lang: str, clean: str, faulty: str) -> None:
    assert not faults(clean, lang), clean
    assert faults(faulty, lang), faulty
