from relance.drafts.notes import fragments
from relance.drafts.rephrase import expectations, needs, role


def fr_needs(note: str) -> str:
    return needs(fragments(note), "fr").replace("\u00a0", " ")


def test_it_joins_someone_and_an_action_as_the_article_would() -> None:
    assert fr_needs("- quelqu'un d'autonome\n- gérer le rush du midi") == (
        "D'après ce que vous m'avez dit, vous recherchez quelqu'un d'autonome "
        "et capable de gérer le rush du midi."
    )


def test_it_strips_the_lead_in_of_a_note() -> None:
    assert (
        fr_needs("cherche un profil bilingue")
        == "D'après ce que vous m'avez dit, vous recherchez un profil bilingue."
    )


def test_it_elides_de_before_each_action() -> None:
    assert fr_needs("gérer le rush\nencadrer deux commis\naccueillir les clients") == (
        "D'après ce que vous m'avez dit, vous recherchez une personne capable de gérer le rush, "
        "d'encadrer deux commis et d'accueillir les clients."
    )


def test_it_lists_odd_notes_after_a_colon() -> None:
    assert fr_needs("Rigueur\nanglais courant") == (
        "Vous m'avez décrit le profil que vous recherchez : rigueur et anglais courant."
    )


def test_it_adds_actions_to_a_profile_in_a_second_sentence() -> None:
    assert fr_needs("rigueur\nil faut parler anglais") == (
        "Vous m'avez décrit le profil que vous recherchez : rigueur. "
        "Le poste demande aussi de parler anglais."
    )


def test_it_words_english_needs() -> None:
    sentence = needs(fragments("- someone autonomous\n- handle the lunch rush", "en"), "en")
    assert (
        sentence
        == "You told me you were looking for someone autonomous and able to handle the lunch rush."
    )


def test_it_says_what_the_role_consists_in() -> None:
    assert role(["gérer le rush", "encadrer deux commis"], "fr") == (
        "Si j'ai bien compris, le poste consiste à gérer le rush et à encadrer deux commis."
    )


def test_it_words_expectations_as_actions_or_a_list() -> None:
    assert expectations(["former les commis"], "fr") == (
        "Vous comptez sur la personne recrutée pour former les commis."
    )
    assert (
        expectations(["de l'autonomie"], "en")
        == "What you expect, as I understand it: de l'autonomie."
    )
