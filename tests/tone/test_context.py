from relance.tone import check
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


def test_it_reads_ne_que_as_only_not_as_a_negation() -> None:
    tokens = tokenize("ils ne sont que des parasites", "fr")
    assert not is_negated(tokens, len(tokens) - 1, "fr")


def test_it_reads_a_comparison_after_a_negation_as_no_negation() -> None:
    tokens = tokenize("ils ne valent pas mieux que des rats", "fr")
    assert not is_negated(tokens, len(tokens) - 1, "fr")


def test_it_reads_tout_sauf_as_a_negation() -> None:
    tokens = tokenize("ils sont tout sauf stupides", "fr")
    assert is_negated(tokens, len(tokens) - 1, "fr")


def test_it_still_sees_ne_with_its_pas_after_the_word() -> None:
    tokens = tokenize("je ne vous presse pas", "fr")
    assert is_negated(tokens, 3, "fr")


def test_it_reads_never_met_such_as_a_superlative_not_a_negation() -> None:
    tokens = tokenize("I've never met such idiots.", "en")
    assert not is_negated(tokens, 5, "en")
    tokens = tokenize("je n'ai jamais vu d'incompétents pareils", "fr")
    assert not is_negated(tokens, 6, "fr")
    tokens = tokenize("you are never rude", "en")
    assert is_negated(tokens, 3, "en")


def test_it_reads_a_body_named_after_the_writers_verb_as_no_shield() -> None:
    threat = "I'll be raising it with the Employment Equity Commission."
    assert "aggression" in check(threat, "en", engine="rules").categories
    content = "The role handles complaints that might go to the Financial Services Ombudsman."
    assert "aggression" not in check(content, "en", engine="rules").categories
