"""The French model, loaded once for the tagger's readings and the parser's."""

from __future__ import annotations

from relance.drafts import morph_fr

PHRASES = (
    "caces 1 3 5 a jour",
    "un reste à Nantes sud",
    "des horaires compatibles école",
    "quelqu'un d'autonome qui aime le contact client",
    "je connais bien le secteur de la petite enfance",
)


def test_it_loads_the_model_once_for_both_readings() -> None:
    assert morph_fr.french().nlp is morph_fr.parsed()


def test_it_tags_without_running_the_parser() -> None:
    assert not morph_fr.french()("un reste à Nantes sud").has_annotation("DEP")
    assert morph_fr.parsed()("un reste à Nantes sud").has_annotation("DEP")


def test_it_tags_and_lemmatises_the_same_with_or_without_the_parser() -> None:
    def reading(doc: object) -> list[tuple[str, str, str]]:
        return [(t.pos_, t.lemma_, str(t.morph)) for t in doc]  # type: ignore[attr-defined]

    for phrase in PHRASES:
        assert reading(morph_fr.french()(phrase)) == reading(morph_fr.parsed()(phrase)), phrase
