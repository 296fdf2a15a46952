from relance.tone.context import is_negated, is_quoted, quoted_spans
from relance.tone.tokens import tokenize


def test_it_sees_a_negation_in_the_same_clause() -> None:
    tokens = tokenize("je ne veux surtout pas vous presser", "fr")
    assert is_negated(tokens, 5, "fr")


def test_it_stops_looking_for_negation_at_a_comma() -> None:
    tokens = tokenize("je n'ai rien dit, vous presser", "fr")
    assert not is_negated(tokens, len(tokens) - 1, "fr")


def test_it_finds_french_and_english_quotes() -> None:
    text = 'Il a dit « non merci » puis "ok".'
    spans = quoted_spans(text)
    assert len(spans) == 2
    assert is_quoted(text.index("non"), text.index("merci") + 5, spans)
    assert not is_quoted(0, 2, spans)
