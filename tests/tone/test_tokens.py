from relance.tone.tokens import normalise, tokenize


def words(text: str, lang: str = "fr") -> list[str]:
    return [token.text for token in tokenize(normalise(text), lang)]


def test_it_splits_french_elisions_but_keeps_aujourdhui() -> None:
    assert words("J'exige aujourd'hui") == ["j'", "exige", "aujourd'hui"]


def test_it_splits_english_clitics() -> None:
    assert words("I haven't", "en") == ["i", "have", "n't"]


def test_it_keeps_spans_on_the_original_text() -> None:
    text = "Désolé d’insister"
    token = tokenize(normalise(text), "fr")[-1]
    assert text[token.start : token.end] == "insister"


def test_it_undoes_leet_and_spaced_letters() -> None:
    assert "femmes" in words("les f3mmes")
    assert "femmes" in words("les f e m m e s")
    assert "13/10" not in words("le 13/10")  # dates are not leet


def test_it_guesses_the_verb_behind_a_past_participle() -> None:
    token = tokenize("exigé", "fr")[0]
    assert "exiger" in token.keys
