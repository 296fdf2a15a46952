from datetime import date

from relance.drafts.dates import format_date, future_day, past_day, redated

TUESDAY = date(2026, 10, 13)


def test_it_writes_french_dates_in_lower_case() -> None:
    assert format_date(TUESDAY, "fr", today=TUESDAY) == "mardi 13 octobre"


def test_it_writes_1er_for_the_first() -> None:
    assert format_date(date(2026, 10, 1), "fr", today=TUESDAY) == "jeudi 1er octobre"


def test_it_writes_english_dates_day_first() -> None:
    assert format_date(TUESDAY, "en", today=TUESDAY) == "Tuesday 13 October"


def test_it_adds_the_year_when_it_is_not_the_sending_year() -> None:
    assert format_date(date(2025, 12, 30), "fr", weekday=False, today=TUESDAY) == "30 décembre 2025"


def test_it_says_hier_only_the_day_after() -> None:
    assert past_day(TUESDAY, date(2026, 10, 14), "fr").adverb == "hier"
    assert past_day(TUESDAY, date(2026, 10, 14), "fr").of == "d'hier"
    assert past_day(TUESDAY, date(2026, 10, 16), "fr").adverb == "mardi"


def test_it_says_dernier_for_last_week() -> None:
    when = past_day(date(2026, 10, 16), date(2026, 10, 20), "fr")
    assert when.adverb == "vendredi dernier"
    assert when.of == "de vendredi dernier"


def test_it_writes_the_date_after_a_week() -> None:
    when = past_day(TUESDAY, date(2026, 10, 21), "fr")
    assert when.adverb == "le 13 octobre"
    assert when.of == "du 13 octobre"


def test_it_words_english_relative_days() -> None:
    assert past_day(TUESDAY, date(2026, 10, 14), "en").adverb == "yesterday"
    assert past_day(TUESDAY, date(2026, 10, 16), "en").adverb == "on Tuesday"
    assert past_day(date(2026, 10, 16), date(2026, 10, 20), "en").adverb == "last Friday"
    assert past_day(TUESDAY, date(2026, 10, 26), "en").adverb == "on 13 October"


def test_it_writes_future_days_absolutely() -> None:
    assert future_day(date(2026, 10, 23), TUESDAY, "fr") == "le vendredi 23 octobre"
    assert future_day(date(2026, 10, 23), TUESDAY, "en") == "Friday 23 October"


def test_it_finds_hier_stale_three_days_later() -> None:
    from relance.drafts.dates import stale_wording

    text = "Je vous remercie pour notre entretien d'hier au sujet du poste."
    interview, written = date(2026, 10, 13), date(2026, 10, 14)
    assert stale_wording(text, interview, written, date(2026, 10, 16), "fr") == "d'hier"
    assert stale_wording(text, interview, written, written, "fr") is None


def test_it_lets_an_absolute_date_travel() -> None:
    from relance.drafts.dates import stale_wording

    text = "Following our interview on 13 October, I remain very interested."
    interview = date(2026, 10, 13)
    assert stale_wording(text, interview, date(2026, 10, 26), date(2026, 10, 28), "en") is None


def test_it_reads_a_weekend_counted_as_no_deadline() -> None:
    interview, send_on = date(2026, 10, 13), date(2026, 10, 14)
    for typed in ("une fin de semaine sur deux", "chaque fin de semaine", "les fins de semaine"):
        assert redated(typed, interview, send_on, "fr") == typed
    for deadline in ("réponse en fin de semaine", "d'ici la fin de semaine"):
        assert "vendredi 16 octobre" in redated(deadline, interview, send_on, "fr")


def test_it_says_a_deadline_only_while_it_is_ahead() -> None:
    from datetime import date

    from relance.drafts.dates import by_day

    send_on = date(2026, 10, 14)
    assert by_day(date(2026, 10, 15), send_on, "fr") == " d'ici le jeudi 15 octobre"
    assert by_day(date(2026, 10, 16), send_on, "en", "5 pm") == " by Friday 16 October 5 pm"
    assert by_day(send_on, send_on, "fr") == ""
