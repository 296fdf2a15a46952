from relance.drafts import strengths
from relance.drafts.en_years import state_first, years_of


def test_it_says_a_duration_and_a_bare_trade_as_experience() -> None:
    assert years_of("2 years call centre at Sky") == "2 years of call centre experience at Sky"
    said = years_of("8 years HRBP in manufacturing")
    assert said == "8 years of HRBP experience in manufacturing"
    assert years_of("1 year crew") == "year of crew experience"


def test_it_leaves_a_place_typed_small_or_a_second_duration() -> None:
    assert years_of("3 years teller at wells") is None  # the bank, typed small
    assert years_of("5 years warehouse in Poland and 2 here") is None
    assert years_of("5 years theatres") is None  # a plural before "experience"


def test_it_leaves_a_note_already_readable() -> None:
    assert years_of("2 years in a care home") is None


def test_it_highlights_the_experience_as_the_candidates_own() -> None:
    said = strengths.strong_points(["3 years retail"], "en").sentence
    assert "my 3 years of retail experience" in said


def test_it_says_the_experience_with_a_place_last_in_a_list() -> None:
    said = strengths.strong_points(["Malay", "2 years front desk at a hotel in Sentosa"], "en")
    assert "Malay and my 2 years of front desk experience at a hotel in Sentosa" in said.sentence


def test_it_leaves_a_place_typed_small_that_is_a_name() -> None:
    assert years_of("2 years front desk at a chelsea gallery") is None


def test_it_puts_a_qualifications_state_before_it() -> None:
    assert state_first("ServSafe current") == "current ServSafe"
    assert state_first("SIA licence in date") == "up-to-date SIA licence"
    assert state_first("my licence is valid") == "my licence is valid"


def test_it_says_years_in_a_trade_named_by_its_worker_with_as() -> None:
    # writer AU's au30: "2 yrs kitchen porter" was "my 2 years of kitchen porter"
    assert years_of("2 years kitchen porter") == "2 years as a kitchen porter"
    assert years_of("3 years supervisor at Co-op") == "3 years as a supervisor at Co-op"
    assert years_of("2 years order picker") == "2 years as an order picker"
    assert years_of("3 years counter") == "3 years of counter experience"
