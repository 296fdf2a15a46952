from relance.tone.language import detect


def test_it_tells_french_from_english_by_function_words() -> None:
    assert detect("Je me permets de revenir vers vous au sujet du poste.") == "fr"
    assert detect("I am writing to follow up on my interview.") == "en"


def test_it_falls_back_to_langid_for_short_texts() -> None:
    assert detect("Merci beaucoup") == "fr"
    assert detect("Thanks a lot") == "en"


def test_it_says_french_when_there_is_nothing_to_read() -> None:
    assert detect("   ") == "fr"
