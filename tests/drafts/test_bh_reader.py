"""What writer BH's reader quoted and session 42 mended (issue 11): English institutions
without their article ("joining Scottish Govt", "work in NHS"), a case study to hand in and a
job's tasks read as papers to send, the site's project made the candidate's, the recruiter's
« nous » pasted from her e-mail, an answer's period typed among the free notes.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from tests.drafts.factories import make_ctx


def test_it_gives_an_institution_its_article() -> None:
    draft = catchup_email(make_ctx(lang="en", company="Scottish Govt"))
    assert "joining the Scottish Government." in draft.text
    assert "joining Tesco." in catchup_email(make_ctx(lang="en", company="Tesco")).text


def test_it_writes_the_nhs_with_its_article() -> None:
    draft = catchup_email(make_ctx(lang="en", motivation="I would like to work in NHS"))
    assert "work in the NHS" in draft.text


def test_it_reads_a_case_to_hand_in_as_no_paper() -> None:
    process = "cas HACCP à renvoyer sous huit jours (il l'envoie demain)"
    draft = catchup_email(make_ctx(process=process))
    assert "mon cas HACCP" not in draft.text
    assert "le cas pratique" in draft.text


def test_it_says_the_sites_project_is_the_sites() -> None:
    draft = catchup_email(make_ctx(motivation="produit AOP, projet de site"))
    assert "le projet de site" in draft.text
    assert "mon projet de site" not in draft.text


def test_it_reads_the_roles_tasks_as_no_papers() -> None:
    draft = catchup_email(make_ctx(role_understood="préparation de copie, épreuves, BAT"))
    assert "je vous transmets" not in draft.text
    assert "le poste comprend la préparation de copie" in draft.text


def test_it_says_the_recruiters_nous_as_vous() -> None:
    needs = '"Nous recherchons une personne rigoureuse pour l\'entretien des lignées."'
    draft = catchup_email(make_ctx(recruiter_needs=needs))
    assert "vous recherchez une personne rigoureuse pour l'entretien des lignées" in draft.text
    assert "nous recherchons" not in draft.text.lower()


def test_it_reads_the_answers_period_from_the_free_notes() -> None:
    notes = 'réponse "courant décembre" par courrier, rien de précis'
    draft = catchup_email(make_ctx(process="", notes=notes))
    assert "une réponse d'ici la fin décembre" in draft.text
    assert "comment se déroule la suite" not in draft.text


def test_it_puts_forward_software_as_experience_with_it() -> None:
    draft = catchup_email(make_ctx(lang="en", strong_points="DHIS2 and KoboToolbox"))
    assert "I was able to highlight my experience with DHIS2 and KoboToolbox." in draft.text
    french = catchup_email(make_ctx(strong_points="Opera PMS"))
    assert "ma maîtrise d'Opera PMS" in french.text


def test_it_writes_a_level_with_its_capital() -> None:
    draft = catchup_email(make_ctx(lang="en", role_understood="some a level physics"))
    assert "A-level physics" in draft.text


def test_it_brings_papers_today_to_a_stage_on_the_sending_morning() -> None:
    process = "site induction Wednesday 14th 7am at the compound\nbring PPE + white card"
    draft = catchup_email(make_ctx(lang="en", process=process))
    assert "As agreed, I will bring my PPE and my white card today." in draft.text
    assert "to the induction" not in draft.text
    assert "Thank you for having me today for the induction." in draft.text


def test_it_reads_references_typed_as_the_label_of_their_request() -> None:
    process = "1) références : envoyer 2 contacts d'anciens managers d'ici vendredi 16"
    draft = catchup_email(make_ctx(process=process))
    assert "je vous enverrai les coordonnées de mes références" in draft.text
    english = catchup_email(make_ctx(lang="en", process="references: 2, one my practice assessor"))
    assert "I will send you my references' contact details." in english.text
    assert "copie de mes CACES" not in catchup_email(make_ctx(process="CACES : 3 et 5")).text


def test_it_reads_the_day_of_the_call_that_sets_the_interviews_date_as_no_interview_day() -> None:
    process = (
        "2e entretien avec M. Berthier (N+1) mi-novembre, son assistante m'appelle la semaine "
        "prochaine pour fixer la date"
    )
    draft = catchup_email(make_ctx(process=process))
    assert "la semaine du 19 octobre" not in draft.text
    assert "vous reviendriez vers moi afin d'organiser un second entretien" in draft.text
