"""The French model, loaded once for the tagger's readings and the parser's."""

from __future__ import annotations

from relance.drafts import fr_pipeline

PHRASES = (
    "caces 1 3 5 a jour",
    "un reste à Nantes sud",
    "des horaires compatibles école",
    "quelqu'un d'autonome qui aime le contact client",
    "je connais bien le secteur de la petite enfance",
)


def test_it_loads_the_model_once_for_both_readings() -> None:
    assert fr_pipeline.french().nlp is fr_pipeline.parsed()


def test_it_tags_without_running_the_parser() -> None:
    assert not fr_pipeline.french()("un reste à Nantes sud").has_annotation("DEP")
    assert fr_pipeline.parsed()("un reste à Nantes sud").has_annotation("DEP")


def test_it_tags_and_lemmatises_the_same_with_or_without_the_parser() -> None:
    def reading(doc: object) -> list[tuple[str, str, str]]:
        return [(t.pos_, t.lemma_, str(t.morph)) for t in doc]  # type: ignore[attr-defined]

    for phrase in PHRASES:
        tagged, parsed = fr_pipeline.french()(phrase), fr_pipeline.parsed()(phrase)
        assert reading(tagged) == reading(parsed), phrase
