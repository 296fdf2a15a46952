"""Context frames read from writer U's false alarms (fourteenth pass): the same trigger
word stays a fault without the frame. Checked on the rule book alone, which the frames
govern; the rule files' counterexamples cover the whole guard."""

import pytest

from tests.tone.faults import faults as rule_faults


def faults(text: str, lang: str) -> set[str]:
    return rule_faults(text, lang, engine="rules")


@pytest.mark.parametrize(
    ("lang", "clean", "faulty"),
    [
        # the writer disowns the pressure it names
        ("fr", "Loin de moi l'idée de vous presser.", "Je me permets de vous presser."),
        (
            "en",
            "I certainly don't want to give the impression the job is in the bag.",
            "I think the job is in the bag.",
        ),
        # the recruiter's own words reported back
        (
            "fr",
            "L'exigence de qualité dont vous m'avez parlé me correspond.",
            "J'exige une réponse rapide.",
        ),
        # the lapse named, its remedy given
        (
            "fr",
            "Je m'excuse d'avoir confondu les dates ; je serai présent jeudi.",
            "Je m'excuse encore de vous écrire.",
        ),
        (
            "fr",
            "Je m'excuse de n'avoir pas pu donner mes références ; les voici ci-dessous.",
            "Je m'excuse encore de vous écrire.",
        ),
        (
            "en",
            "Apologies for mixing up the dates; I'll be there on Thursday.",
            "Apologies for bothering you again.",
        ),
        (
            "en",
            "I apologise for not having my referees' details to hand; please find them below.",
            "I apologise for bothering you again.",
        ),
        # an agreed second contact
        (
            "en",
            "In line with what we decided together, I'm calling you today.",
            "I'm calling you today.",
        ),
        # the duties of a past job
        (
            "fr",
            "Les interventions de dépannage en urgence le week-end ne me gênent pas.",
            "C'est urgent, merci de me répondre en urgence.",
        ),
        (
            "fr",
            "Je suis à l'aise avec l'escalade des incidents vers l'équipe de niveau 2.",
            "Je n'hésiterai pas à faire monter l'affaire en escalade.",
        ),
    ],
)
def test_it_reads_the_frame_not_the_trigger_word(lang: str, clean: str, faulty: str) -> None:
    assert not faults(clean, lang), clean
    assert faults(faulty, lang), faulty
