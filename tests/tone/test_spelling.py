from relance.tone.spelling import correction, lexicon, split_joined


def test_it_reads_an_insult_with_two_letters_swapped() -> None:
    assert correction("imbécle", "fr") == "imbécile"  # one letter missing
    assert correction("stupdie", "fr") == "stupide"  # two letters swapped


def test_it_reads_an_insult_with_a_letter_too_many_or_a_wrong_accent() -> None:
    assert correction("stuppide", "fr") == "stupide"
    assert correction("negresse", "fr") in {"négresse", "nègresse"}


def test_it_leaves_known_and_short_words_alone() -> None:
    assert correction("candidat", "fr") is None  # a real word, one letter from nothing hostile
    assert correction("cnos", "fr") is None  # too short to guess safely


def test_it_does_not_turn_an_ordinary_typo_into_an_insult() -> None:
    assert correction("entretein", "fr") is None


def test_it_splits_words_run_together_around_an_aggression_word() -> None:
    assert split_joined("jevousdéteste", "fr") == ("je", "vous", "déteste")
    assert split_joined("lesplusstupides", "fr") == ("les", "plus", "stupides")


def test_it_does_not_split_a_word_without_an_aggression_word() -> None:
    assert split_joined("jevousremercie", "fr") is None


def test_it_does_not_split_off_a_suffix_as_a_word() -> None:
    # "déchet" + "te" + "rie" would read a tutoiement into a recycling centre
    assert split_joined("déchetterie", "fr") is None


def test_it_builds_its_lexicon_from_the_aggression_rules_only() -> None:
    words = lexicon("fr").surfaces
    assert "connard" in words and "parasites" in words
    assert "disposition" not in words  # a supplication/clean word
