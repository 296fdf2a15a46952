"""The recruiter's promise typed in the recruiter's words: « on vous rappelle », "we'll call
you" (writer AS's as24), or named by who calls: « appel de la RH vendredi » (writer AT's
at22)."""

from __future__ import annotations

import pytest

from relance.drafts import catchup_email
from relance.drafts.quoted_calls import in_my_words
from tests.drafts.factories import make_ctx


@pytest.mark.parametrize(
    ("typed", "lang", "mine"),
    [
        ("on vous rappelle", "fr", "on me rappelle"),
        ("on vous appelle vendredi", "fr", "on m'appelle vendredi"),
        ("nous vous recontacterons sous 15 jours", "fr", "ils me recontactent sous 15 jours"),
        ("we'll call you next week", "en", "they'll call me next week"),
        ("appel de la RH vendredi avant midi", "fr", "la RH m'appelle vendredi avant midi"),
        ("appel du DRH lundi", "fr", "le DRH m'appelle lundi"),
        ("we will be in touch", "en", "they'll be in touch"),
        ("we'll let you know by Friday", "en", "they'll let me know by Friday"),
    ],
)
def test_it_puts_the_recruiter_s_promise_in_the_candidate_s_voice(
    typed: str, lang: str, mine: str
) -> None:
    assert in_my_words(typed, lang) == mine


def test_it_leaves_other_second_persons_and_calls_as_tasks_alone() -> None:
    for typed in ("on vous forme sur le logiciel", "appels clients entrants", "appel d'offres"):
        assert in_my_words(typed, "fr") == typed


def test_it_acknowledges_a_call_promised_in_the_recruiter_s_words() -> None:
    said = catchup_email(make_ctx(process="on vous rappelle")).text
    assert "reviendriez vers moi" in said
