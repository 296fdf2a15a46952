from datetime import date

from relance.tone.form import _names_date, concreteness, length
from relance.tone.tokens import tokenize


def test_it_allows_a_follow_up_up_to_its_limit() -> None:
    assert list(length("followup", 120)) == []
    assert list(length("followup", 121)) == [("length.followup", "warning", 120)]
    assert [severity for _, severity, _ in length("followup", 200)] == ["error"]
    assert list(length("free", 10_000)) == []


def test_it_recognises_the_interview_date_in_usual_forms() -> None:
    when = date(2025, 10, 13)  # a Monday
    assert _names_date("le 13 octobre", when)
    assert _names_date("on October 13", when)
    assert _names_date("le 13/10", when)
    assert _names_date("lundi dernier", when)
    assert not _names_date("le 14 octobre", when)


def test_it_lists_the_missing_parts_of_a_catch_up() -> None:
    text = "Merci pour notre entretien. Je suis très motivé."
    missing = {rule_id for rule_id, _ in concreteness("catchup", text, tokenize(text, "fr"), None)}
    assert missing == {"concreteness.catchup_needs", "concreteness.catchup_next_steps"}


def test_it_reads_the_needs_the_recruiter_mentioned_as_rephrased() -> None:
    from relance.tone import check

    text = (
        "Dear Ms Diaz,\n\nThank you for taking the time to interview me yesterday. "
        "You mentioned attention to detail.\n\nI am very interested in joining Orange. "
        "Could you let me know what the next steps will be?\n\nKind regards,\nLéa"
    )
    found = {f.rule_id for f in check(text, lang="en", kind="catchup").findings}
    assert "concreteness.catchup_needs" not in found
    without = text.replace("You mentioned attention to detail.", "")
    found = {f.rule_id for f in check(without, lang="en", kind="catchup").findings}
    assert "concreteness.catchup_needs" in found
