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


def test_it_undoes_leet_on_a_leading_digit_but_not_on_numbers() -> None:
    assert "ordures" in words("des 0rdures")
    assert words("à 10h30, le 3ème, 2e") == ["à", "10h30", ",", "le", "3ème", ",", "2e"]


def test_it_splits_words_run_together_with_spans_on_the_text() -> None:
    text = "Jevousdéteste tous."
    tokens = tokenize(normalise(text), "fr")
    assert [text[t.start : t.end] for t in tokens[:3]] == ["Je", "vous", "déteste"]


def test_it_gives_a_misspelt_insult_the_keys_of_the_insult() -> None:
    token = tokenize("imbécle", "fr")[0]
    assert "imbécile" in token.keys


def test_it_does_not_correct_a_name_inside_a_sentence() -> None:
    token = tokenize("merci à Mme Stupdie", "fr")[-1]
    assert "stupide" not in token.keys
