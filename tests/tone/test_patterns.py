import tomllib
from collections.abc import Iterator

from relance.tone.patterns import compile_pattern, match_at, phrase_in_alternatives
from relance.tone.rules import RULES_DIR
from relance.tone.tokens import tokenize


def matches(pattern: str, text: str, lang: str = "fr") -> bool:
    compiled = compile_pattern(pattern, {"jour": frozenset({"lundi", "~lundi"})})
    tokens = tokenize(text, lang)
    return any(match_at(compiled, tokens, i) >= 0 for i in range(len(tokens)))


def test_it_matches_alternatives_and_optional_words() -> None:
    assert matches("suis très? désolé|navré", "je suis navré")
    assert matches("suis très? désolé|navré", "je suis très désolé")
    assert not matches("suis très? désolé|navré", "je suis ravi")


def test_it_bridges_a_gap_but_not_a_sentence_end() -> None:
    assert matches("réponse ... avant @jour", "une réponse de votre part avant lundi")
    assert not matches("réponse ... avant @jour", "une réponse. Avant lundi")


def test_it_keeps_surface_words_apart_from_lemmas() -> None:
    assert matches("=veux savoir", "je veux savoir")
    assert not matches("=veux savoir", "je voudrais savoir")


def test_it_reads_hyphens_as_spaces() -> None:
    assert matches("ras-le-bol", "j'en ai ras le bol")
    assert matches("ras le bol", "quel ras-le-bol")


def test_it_reads_a_lone_english_clitic_as_one_word() -> None:
    assert matches("could n't help noticing", "I couldn't help noticing", "en")
    assert not matches("could n't help noticing", "I could help noticing", "en")


def test_it_matches_text_typed_without_accents() -> None:
    assert matches("désolé", "desole de vous deranger")


def _pattern_sources(node: object, key: str = "") -> Iterator[str]:
    if isinstance(node, dict):
        for name, value in node.items():
            yield from _pattern_sources(value, name)
    elif isinstance(node, list):
        for value in node:
            yield from _pattern_sources(value, key)
    elif isinstance(node, str) and "pattern" in key:
        yield node


def test_it_tells_a_phrase_written_as_an_alternative() -> None:
    assert phrase_in_alternatives("ci dessous|ci joint") is not None
    assert phrase_in_alternatives("take this matter|this|it further") is not None
    assert phrase_in_alternatives("exigence en matière|de qualité|de sécurité") is not None
    assert phrase_in_alternatives("so called|so-called") is not None
    assert phrase_in_alternatives("ci dessous|joint|jointe") is None
    assert phrase_in_alternatives("à cause de|d'|du") is None


def test_it_tells_a_word_beside_alternatives_that_belongs_to_one_of_them() -> None:
    assert phrase_in_alternatives("après|passé|à partir|au delà", "fr") is not None
    assert phrase_in_alternatives("sit on my|one 's hands", "en") is not None
    assert phrase_in_alternatives("bravo pour l' efficacité|réactivité", "fr") is not None
    assert phrase_in_alternatives("le neveu|la nièce", "fr") is not None
    assert phrase_in_alternatives("doesn't|don't seem to", "en") is not None
    assert phrase_in_alternatives("bravo pour le|l' efficacité|réactivité", "fr") is None
    assert phrase_in_alternatives("for heaven|goodness 's? sake", "en") is None
    assert phrase_in_alternatives("does n't|not seem to", "en") is None
    assert phrase_in_alternatives("according to your|you", "en") is None


def test_it_tells_an_alternative_that_holds_the_content_word_beside_it() -> None:
    assert phrase_in_alternatives("pay doesnt|does n't matter", "en") is not None
    assert phrase_in_alternatives("follow|followup up", "en") is not None
    assert phrase_in_alternatives("up front|upfront", "en") is not None
    assert phrase_in_alternatives("pay does|do n't matter", "en") is None
    assert phrase_in_alternatives("if i dont hear ... by", "en") is None


def test_it_finds_no_phrase_among_the_rule_files_alternatives() -> None:
    slips = [
        f"{path.relative_to(RULES_DIR)}: {source!r}: {why}"
        for path in sorted(RULES_DIR.rglob("*.toml"))
        for source in _pattern_sources(tomllib.loads(path.read_text(encoding="utf-8")))
        if (why := phrase_in_alternatives(source, path.relative_to(RULES_DIR).parts[0]))
    ]
    assert slips == []
