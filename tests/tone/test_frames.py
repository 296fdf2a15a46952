from relance.tone.frames import REPORTED, SELF, VICTIM, inside, scopes
from relance.tone.tokens import normalise, tokenize


def kinds_at(text: str, word: str) -> set[str]:
    tokens = tokenize(normalise(text), "fr")
    index = next(i for i, token in enumerate(tokens) if token.text == word)
    found = scopes(tokens, "fr")
    return {kind for kind in (REPORTED, SELF, VICTIM) if inside(found, kind, index)}


def test_it_reports_what_someone_else_said() -> None:
    assert kinds_at("Mon ancien chef m'a traité d'incapable.", "incapable") == {REPORTED}
    assert kinds_at("Ils disent que nous sommes des parasites.", "parasites") == {REPORTED}


def test_it_keeps_the_writers_own_opinion() -> None:
    assert kinds_at("Je pense que ces gens sont des parasites.", "parasites") == set()
    assert kinds_at("Je tiens à vous dire que vous êtes des parasites.", "parasites") == set()


def test_it_reads_you_after_a_modal_as_the_object() -> None:
    # writers J and AA (session 41): « je dois (tout de même) vous dire que… » is the writer's
    text = "Je dois tout de même vous dire que vous êtes des incapables."
    assert kinds_at(text, "incapables") == set()
    assert kinds_at("Vous dites que nous sommes des incapables.", "incapables") == {REPORTED}


def test_it_reports_words_the_writer_condemns() -> None:
    assert kinds_at("Arrêtez de dire que les stagiaires sont des idiots.", "idiots") == {REPORTED}
    assert kinds_at("C'est sexiste de dire que les femmes sont stupides.", "stupides") == {REPORTED}
    assert kinds_at("Dire que les seniors sont des boulets montre votre mépris.", "boulets") == {
        REPORTED
    }


def test_it_does_not_report_words_the_writer_defends() -> None:
    text = "Quel est le problème de dire que ces gens sont des parasites ?"
    assert kinds_at(text, "parasites") == set()


def test_it_gives_the_writer_the_floor_back_after_a_closer() -> None:
    text = "Dire que les jeunes sont paresseux montre que vous êtes des imbéciles."
    assert kinds_at(text, "imbéciles") == set()


def test_it_sees_an_insult_aimed_at_the_writer() -> None:
    assert kinds_at("Je peux être un vrai crétin parfois.", "crétin") == {SELF}
    assert kinds_at("Vous êtes un vrai crétin.", "crétin") == set()


def test_it_sees_violence_suffered_not_threatened() -> None:
    assert kinds_at("Des salariés se font agresser chaque jour.", "agresser") == {VICTIM}
