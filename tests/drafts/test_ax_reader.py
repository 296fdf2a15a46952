"""What writer AX's reader quoted and session 37 mended (issue 11): "offer to answer by Monday
22nd" and "contract copy by email tonight" read as "As agreed, I will send you my contract
copy", the reverse of the notes.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.document_requests import split
from tests.drafts.factories import make_ctx


def test_it_reads_a_contract_sent_by_email_as_the_employer_s() -> None:
    assert split(["contract copy by email tonight"], "en")[1] == []
    assert split(["references by email by Friday"], "en")[1] != []


def test_it_reads_an_offer_to_answer_by_a_day_as_mine() -> None:
    process = "offer to answer by Monday 19th\ncontract copy by email tonight"
    written = catchup_email(make_ctx(lang="en", process=process)).text
    assert "I will give you my answer by Monday 19 October" in written
    assert "contract copy" not in written


def test_it_reads_a_form_that_comes_by_email_as_the_employer_s() -> None:
    # ax28: "then DBS check, form comes by email" read "As agreed, I will send you my DBS
    # certificate"
    assert split(["then DBS check, form comes by email"], "en")[1] == []
    # sent to be filled in and sent back: said once, as a form returned (writer BD's bd36)
    returned = catchup_email(
        make_ctx(lang="en", process="she's emailing the DBS form, fill in and send back")
    ).text
    assert "I will complete and return the DBS form" in returned
    assert "DBS certificate" not in returned
    assert split(["le formulaire arrive par mail"], "fr")[1] == []
    assert split(["DBS certificate by email by Friday"], "en")[1] != []
