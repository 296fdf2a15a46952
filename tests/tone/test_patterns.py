from relance.tone.patterns import compile_pattern, match_at
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


def test_it_matches_text_typed_without_accents() -> None:
    assert matches("désolé", "desole de vous deranger")
