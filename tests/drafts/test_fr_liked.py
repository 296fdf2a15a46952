import pytest

from relance.drafts import catchup_email
from relance.drafts.fr_liked import fr_liked_what
from relance.drafts.strengths import strong_points
from tests.drafts.factories import make_ctx


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("le fait que je connaisse le RSA et l'APA", "ma connaissance du RSA et de l'APA"),
        ("le fait que je connaisse SecuTix", "ma connaissance de SecuTix"),
        ("le fait que je connaisse bien les vins", "ma bonne connaissance des vins"),
        ("le fait que je connais le logiciel LGPI", "ma connaissance du logiciel LGPI"),
    ],
)
def test_it_says_knowing_as_knowledge(typed: str, said: str) -> None:
    assert fr_liked_what(typed) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("le fait que je fais les lentilles", "le fait que je fasse les lentilles"),
        ("le fait que j'ai le CACES 3", "le fait que j'aie le CACES 3"),
        ("le fait que je parle turc", "le fait que je parle turc"),
    ],
)
def test_it_puts_the_verb_after_le_fait_que_in_the_subjunctive(typed: str, said: str) -> None:
    assert fr_liked_what(typed) == said


def test_it_leaves_a_knowledge_of_everyone_as_typed() -> None:
    typed = "le fait que je connaisse tout le monde dans le canton"
    assert fr_liked_what(typed) == typed


def test_it_writes_the_knowledge_liked_in_the_catchup() -> None:
    written = strong_points(["elle a apprécié que je connaisse le LGPI"], "fr", "f")
    assert written.sentence == "J'ai été heureuse que vous appréciiez ma connaissance du LGPI."


def test_it_hands_back_the_interviews_talk_as_what_was_liked() -> None:
    note = "il a aimé que je parle des rapprochements bancaires"
    draft = catchup_email(make_ctx(strong_points=note))
    assert "rapprochements" not in draft.text
    assert "[à compléter" in draft.text


def test_it_says_knowing_by_heart_as_a_perfect_knowledge() -> None:
    # writer U's u24: never « ma connaissance de la DSN événementielle par cœur »
    typed = "le fait que je connaisse la DSN événementielle par cœur"
    assert fr_liked_what(typed) == "ma parfaite connaissance de la DSN événementielle"
