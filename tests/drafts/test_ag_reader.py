"""What writer AG's reader found wrong (issue 11, session 30), mended where the fault is a
shape every writer types: a diploma given as what attracts, a noun of doing read as a verb and
its object, a doubt typed with "?" said as a fact, the note's own "and" doubled."""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.grammar import join
from tests.drafts.factories import make_ctx


def text_of(**fields: str) -> str:
    return catchup_email(make_ctx(**fields)).text


def test_it_never_gives_a_diploma_as_what_attracts_the_candidate() -> None:
    said = text_of(motivation="Diplôme obtenu en juillet\nune maison réputée")
    assert "c'est un diplôme" not in said and "Diplôme obtenu" not in said
    said = text_of(lang="en", motivation="art history degree, dream job")
    assert "degree" not in said and "dream job" not in said


def test_it_keeps_a_reason_that_only_mentions_a_degree() -> None:
    said = text_of(lang="en", motivation="the research side of my degree")
    assert "What attracts me to the role is the research side of my degree." in said
    # a perk is no reason said to the recruiter (writer AO's ao28: "tuition reimbursement")
    said = text_of(lang="en", motivation="tuition assistance for my degree")
    assert "tuition" not in said


def test_it_reads_a_noun_of_doing_after_a_noun_as_a_task() -> None:
    said = text_of(lang="en", role_understood="lead 25 operatives\nshift handover")
    assert "to lead 25 operatives and shift handover" not in said
    assert "the shift handover" in said
    typed = "pass induction + 2 week probation on site, hit pick rate"
    said = text_of(lang="en", expectations=typed)
    assert "You expect the person you hire to pass induction" in said


def test_it_says_no_doubt_as_a_fact() -> None:
    draft = catchup_email(make_ctx(role_understood="accueil des familles\nastreintes ? non"))
    assert "astreinte" not in draft.text
    assert [(left.text, left.reason) for left in draft.left_out if left.part == "role_understood"]


def test_it_never_doubles_the_notes_own_and() -> None:
    assert join(["build UI features", "and work with design"], "en") == (
        "build UI features and work with design"
    )
    assert join(["a", "b", "and c"], "en") == "a, b and c"


def test_it_states_no_liking_of_the_job_for_a_motivation_clause_in_its_own_words() -> None:
    said = text_of(motivation="Le projet de la crèche correspond à mes valeurs")
    assert "Le projet de la crèche correspond à mes valeurs." in said
