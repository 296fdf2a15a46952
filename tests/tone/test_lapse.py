"""A lapse owned once, then apologised for again (relance/tone/lapse.py)."""

from __future__ import annotations

from relance.tone import check


def supplication(text: str, lang: str) -> list[str]:
    found = check(text, lang).findings
    return [finding.rule_id for finding in found if finding.category == "supplication"]


def test_it_reads_a_closing_apology_after_the_lapse_is_told() -> None:
    text = (
        "Dear Ms Sheridan,\n\nPlease accept my apologies for missing our video call this "
        "morning: a power cut left me without signal. I'm very sorry for the inconvenience. "
        "Could we rearrange this week?\n\nKind regards,\nConor"
    )
    assert supplication(text, "en") == []


def test_it_still_reads_a_bare_apology_with_no_lapse_told() -> None:
    text = (
        "Dear Ms Sheridan,\n\nThank you for the interview this morning. I'm very sorry for "
        "the inconvenience. Could we talk again this week?\n\nKind regards,\nConor"
    )
    assert supplication(text, "en")


def test_it_still_reads_two_bare_apologies_after_a_lapse() -> None:
    text = (
        "Bonjour,\n\nJe vous prie d'excuser mon absence au rendez-vous, due à une grève des "
        "trains. Je suis sincèrement désolée du dérangement. Mille excuses encore, je suis "
        "vraiment confuse de vous déranger.\n\nRosine"
    )
    assert supplication(text, "fr")


def test_it_reads_a_french_closing_apology_after_the_lapse_is_told() -> None:
    text = (
        "Bonjour Madame Mensah,\n\nJe vous prie d'excuser mon absence au rendez-vous de ce "
        "matin. Mon fils a été hospitalisé cette nuit. Je suis sincèrement désolée du "
        "dérangement. Serait-il possible de convenir d'un autre rendez-vous ?\n\nRosine"
    )
    assert supplication(text, "fr") == []
