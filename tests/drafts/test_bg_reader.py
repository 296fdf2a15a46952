"""What writer BG's reader quoted and session 42 mended (issue 11): notes dictated to the
phone (« sait » for « c'est »), what interested the recruiter typed as the subject, the
recruiter's praise read as a confidence, Acadian « pis », a standard without its article,
« quelqu'un sobre », a holiday typed small.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.fr_slips import mended
from tests.drafts.factories import make_ctx


def test_it_reads_a_dictated_sait_as_c_est_or_s_est() -> None:
    assert mended("travailler à l'hôpital sait mon rêve") == "travailler à l'hôpital c'est mon rêve"
    assert (
        mended("la mise en situation sait bien passée") == "la mise en situation s'est bien passée"
    )
    assert (
        mended("sait bien passé sur la partie conseil")
        == "ça s'est bien passé sur la partie conseil"
    )


def test_it_keeps_sait_after_its_subject() -> None:
    for typed in ("il sait un peu d'anglais", "la cadre sait gérer", "qui sait des choses"):
        assert mended(typed) == typed


def test_it_says_the_recruiters_praise_as_a_strong_point() -> None:
    notes = "elle a dit que mon CFC avec mention sait un plus"
    draft = catchup_email(make_ctx(strong_points=notes, candidate_gender="f"))
    assert "J'ai été heureuse que vous appréciiez mon CFC avec mention." in draft.text
    assert not [item for item in draft.left_out if item.part == "strong_points"]


def test_it_says_what_interested_the_recruiter() -> None:
    notes = "ma reconversion après 20 ans de secrétariat médical l'a intéressée"
    draft = catchup_email(make_ctx(strong_points=notes, candidate_gender="f"))
    assert "que vous appréciiez ma reconversion après 20 ans de secrétariat médical" in draft.text


def test_it_says_what_interested_the_recruiter_in_english() -> None:
    notes = "my ODK and KoboToolbox experience was a big plus"
    draft = catchup_email(make_ctx(lang="en", strong_points=notes))
    assert "I was glad you liked my ODK and KoboToolbox experience." in draft.text


def test_it_joins_with_et_where_the_note_said_pis() -> None:
    assert (
        mended("répondre aux courriels pis au téléphone")
        == "répondre aux courriels et au téléphone"
    )
    assert mended("tant pis pour moi") == "tant pis pour moi"


def test_it_names_a_standard_with_its_article() -> None:
    assert mended("qualification TIG selon norme ISO 9606-1") == (
        "qualification TIG selon la norme ISO 9606-1"
    )


def test_it_seeks_someone_de_sobre() -> None:
    draft = catchup_email(make_ctx(expectations="sobre à bord"))
    assert "quelqu'un de sobre à bord" in draft.text


def test_it_writes_labour_day_with_its_capitals() -> None:
    draft = catchup_email(
        make_ctx(lang="en", recruiter_needs="need someone for weekends thru labour day")
    )
    assert "Labour Day" in draft.text


def test_it_sends_a_document_due_by_the_sending_day_with_the_e_mail() -> None:
    due_today = "envoyer les diplômes par courriel avant mercredi 14"
    draft = catchup_email(make_ctx(process=due_today))
    assert "Comme convenu, je vous transmets la copie de mes diplômes." in draft.text
    later = catchup_email(make_ctx(process="envoyer les diplômes par courriel avant vendredi 16"))
    assert "Comme convenu, je vous enverrai la copie de mes diplômes." in later.text


def test_it_names_the_agency_in_the_subject_only() -> None:
    ctx = make_ctx(company="Temporis Cergy", agency_client="LogiVexin", position="Cariste")
    draft = catchup_email(ctx)
    assert "poste de cariste chez LogiVexin. " in draft.text
    assert "Temporis" not in draft.text
    assert draft.subject.endswith("chez LogiVexin, proposé par Temporis Cergy")


def test_it_reads_payslips_to_keep_as_no_document_to_send() -> None:
    draft = catchup_email(make_ctx(notes="faut que je garde mes bulletins de salaire intérim"))
    assert "bulletins de salaire" not in draft.text


def test_it_hands_back_the_household_as_the_motive() -> None:
    draft = catchup_email(make_ctx(motivation="un CDI pour acheter une maison"))
    assert "maison" not in draft.text
    english = catchup_email(make_ctx(lang="en", motivation="work from home with kids"))
    assert "kids" not in english.text


def test_it_keeps_working_with_children_as_a_motive() -> None:
    draft = catchup_email(make_ctx(lang="en", motivation="I love working with kids"))
    assert "working with kids" in draft.text


def test_it_never_offers_a_visa_running_out() -> None:
    notes = "im on a visa that runs out in november need sponsorship"
    draft = catchup_email(make_ctx(lang="en", notes=notes))
    assert "visa" not in draft.text
    assert [item.reason for item in draft.left_out if item.part == "notes"] == ["personal"]


def test_it_seeks_someone_who_works_independently() -> None:
    needs = "need someone who can handle night maintenance windows independently"
    draft = catchup_email(make_ctx(lang="en", recruiter_needs=needs))
    assert "looking for someone who can handle night maintenance windows independently." in (
        draft.text
    )


def test_it_leaves_the_speakers_opening_word_out() -> None:
    notes = "grand, the panel liked my QQI level 5 and the 3 years in the nursing home"
    draft = catchup_email(make_ctx(lang="en", strong_points=notes))
    assert "I was glad you liked my QQI level 5 and the 3 years in the nursing home." in draft.text
    assert "grand" not in draft.text.lower()


def test_it_reads_the_panels_praise_after_how_the_round_went() -> None:
    notes = "tech round went very well, panel was happy with my answers on MPLS and BGP"
    draft = catchup_email(make_ctx(lang="en", strong_points=notes))
    assert "I was glad you liked my answers on MPLS and BGP." in draft.text
