from relance.drafts import phrasing
from relance.drafts.en_required import required, said_apart


def test_it_says_a_licence_needed_as_a_clause_with_its_article() -> None:
    assert required("class 2 licence needed before the training starts") == (
        "a class 2 licence is needed before the training starts"
    )
    assert required("SIA licence required") == "an SIA licence is required"


def test_it_says_a_mass_noun_or_a_plural_without_an_article() -> None:
    assert required("forklift experience essential") == "forklift experience is essential"
    assert required("references needed") == "references are needed"


def test_it_leaves_what_it_cannot_say_for_sure() -> None:
    assert required("own car essential") is None  # "their own car": whose?
    assert required("full uk licence needed") is None  # shorthand left as typed
    assert required("need someone asap") is None


def test_it_never_makes_a_licence_an_action_in_the_needs() -> None:
    said = phrasing.needs(["field visits on motorbike", "class 3 licence needed"], "en").sentence
    assert "able to class" not in said
    assert "a class 3 licence is needed" in said


def test_it_says_the_requirement_apart_from_the_rest_of_the_note() -> None:
    said, rest = said_apart("class 2 licence needed, they reimburse")
    assert said == ["a class 2 licence is needed"] and rest == "they reimburse"
