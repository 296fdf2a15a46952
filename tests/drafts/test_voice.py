import pytest

from relance.drafts import voice
from relance.drafts.voice import to_recruiter


def test_it_speaks_to_the_recruiter_in_the_second_person() -> None:
    assert to_recruiter("elle a aimé mon calme", "fr") == "vous avez apprécié mon calme"
    assert to_recruiter("il a goûté mon plat et il a aimé", "fr") == (
        "vous avez goûté mon plat et que vous l'avez apprécié"
    )
    assert to_recruiter("she liked my idea", "en") == "you liked my idea"


def test_it_gives_the_recruiter_what_is_hers_only() -> None:
    assert to_recruiter("elle a aimé leurs jeux que j'ai proposés", "fr") == (
        "vous avez apprécié les jeux que j'ai proposés"
    )
    assert to_recruiter("ils ont leurs locaux à Lyon", "fr") == "vous avez vos locaux à Lyon"
    assert to_recruiter("former les enfants et leurs parents", "fr") == (
        "former les enfants et leurs parents"
    )


def test_it_makes_the_recruiter_as_an_object_you() -> None:
    # writer X: "walked her through my sepsis bundle case, she liked it" gave "walked your"
    assert to_recruiter("walked her through my sepsis bundle case, she liked it", "en") == (
        "walked you through my sepsis bundle case, you liked it"
    )
    assert to_recruiter("told him my plan, he liked it", "en") == "told you my plan, you liked it"
    assert to_recruiter("she liked her team's approach", "en") == "you liked your team's approach"


@pytest.mark.parametrize(
    ("typed", "mine"),
    [
        ("voir le résultat de son travail", "voir le résultat de mon travail"),
        ("gagner sa vie près de chez moi", "gagner ma vie près de chez moi"),
        ("développer ses compétences", "développer mes compétences"),
    ],
)
def test_it_makes_a_motive_s_generic_possessive_the_writer_s(typed: str, mine: str) -> None:
    assert voice.own_motive(typed, "fr") == mine


@pytest.mark.parametrize("typed", ["une équipe et son chef", "le sens de son métier"])
def test_it_leaves_a_possessive_no_infinitive_governs(typed: str) -> None:
    assert voice.own_motive(typed, "fr") == typed
