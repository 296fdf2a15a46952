"""Clipped and texting words (docs/tone.md): a finding whose suggestion is its own sentence
with the words written out, a calmer word the guard accepts."""

import pytest

from relance.tone import check
from relance.tone.calmer import written_out

FAULTS = {"impatience", "aggression", "demand", "supplication", "familiarity"}
# the words, each in a sentence a candidate writes, and the sentence written out
POLICY = [
    (
        "fr",
        "dsl pour le retard, le bus était supprimé",
        "Désolé pour le retard, le bus était supprimé",
    ),
    (
        "fr",
        "J'étais au boulot quand vous avez appelé.",
        "J'étais au travail quand vous avez appelé.",
    ),
    ("fr", "Je suis dispo jeudi matin.", "Je suis disponible jeudi matin."),
    ("fr", "Est-ce que qqn peut me rappeler ?", "Est-ce que quelqu'un peut me rappeler ?"),
    ("fr", "Merci bcp pour l'entretien.", "Merci beaucoup pour l'entretien."),
    ("fr", "Comme convenu au tel, voici mon CV.", "Comme convenu au téléphone, voici mon CV."),
    ("en", "Thanks again, yrs, Tom", "Thanks again, yours, Tom"),
    ("en", "I have 5 yrs in retail.", "I have 5 years in retail."),
    ("en", "I'd be glad to work w/ your team.", "I'd be glad to work with your team."),
    ("en", "The ppl on the floor were welcoming.", "The people on the floor were welcoming."),
]


@pytest.mark.parametrize(("lang", "text", "calmer"), POLICY)
def test_it_flags_each_clipped_word_and_writes_it_out(lang: str, text: str, calmer: str) -> None:
    found = [f for f in check(text, lang=lang).findings if f.category == "familiarity"]
    assert found and found[0].suggestion == calmer
    assert found[0].applied(text) == calmer
    assert not {f.category for f in check(calmer, lang=lang).findings} & FAULTS


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Tel que convenu, je vous envoie mes disponibilités."),
        ("fr", "Un tel poste correspond à mon parcours."),
        ("fr", "Tél. : 06 12 34 56 78"),
        ("en", "Tel: 07700 900123"),
        ("en", "Yours sincerely,"),
    ],
)
def test_it_leaves_the_whole_words_and_a_signature_label_alone(lang: str, text: str) -> None:
    assert not check(text, lang=lang, engine="rules").findings


def test_it_keeps_the_capital_of_a_sentence_start() -> None:
    assert written_out("bcp de travail", (("bcp", "beaucoup"),)) == "Beaucoup de travail"
    assert written_out("Merci BCP.", (("bcp", "beaucoup"),)) == "Merci beaucoup."


def test_it_writes_nothing_when_no_clipped_word_is_there() -> None:
    assert written_out("Merci beaucoup.", (("bcp", "beaucoup"),)) is None
    assert written_out("Je suis disponible.", ()) is None


def test_it_reads_a_word_only_whole() -> None:
    assert written_out("Le toku est arrivé.", (("u", "you"),)) is None
