"""What writer AL's reader found (issue 11, session 33): things promised for a trial already
over on the sending day, a buyer's negotiations left out as salary talk, the recruiter's
return typed in the notes, the answer awaited after an offer; then what reading every bench
render after those changes found, and what writer AM's reader quoted at the session's end.

AL's interview is on Friday 12 February 2027 and the catch-up goes on Monday 15: « demain »
in the notes is the Saturday between. AM's is on Thursday 25 March 2027, sent on Friday 26.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from relance.drafts import catchup_email
from relance.drafts.accents import restore_accents
from relance.drafts.draft import Draft
from relance.drafts.en_articles import with_the
from relance.drafts.next_steps import sentence
from relance.drafts.notes import fragments
from relance.drafts.phone import expand_shorthand
from relance.drafts.privacy import learned_reason, reason, sift
from tests.drafts.factories import make_ctx

FRIDAY = datetime(2027, 2, 12, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))
MONDAY = date(2027, 2, 15)
THURSDAY = datetime(2027, 3, 25, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))
FRIDAY_26 = date(2027, 3, 26)


def draft(process: str, lang: str = "fr") -> Draft:
    return catchup_email(make_ctx(lang=lang, process=process, interview_at=FRIDAY, send_on=MONDAY))


@pytest.mark.parametrize(
    ("process", "lang", "promise"),
    [
        # al12: the same line, the trial on Saturday 13
        (
            "essai demain samedi 13 à 7h au laboratoire\napporter tenue et chaussures de sécurité",
            "fr",
            "j'apporterai",
        ),
        ("rdv samedi 13 à 9h à l'agence, ramener carte vitale et RIB", "fr", "j'apporterai"),
        # al33: the trial on its line, what to bring on the next
        ("start trial tomorrow saturday 6am at the cellar\nbring boots and ID", "en", "bring"),
    ],
)
def test_it_promises_nothing_for_a_trial_already_over(
    process: str, lang: str, promise: str
) -> None:
    written = draft(process, lang)
    assert promise not in written.text.lower()
    assert [left.reason for left in written.left_out if left.part == "process"] == ["past"]


@pytest.mark.parametrize(
    ("process", "lang", "promise"),
    [
        (
            "essai mardi 16 à 7h au laboratoire\napporter tenue et chaussures de sécurité",
            "fr",
            "j'apporterai",
        ),
        ("essai samedi 13 fait\napporter RIB le premier jour", "fr", "j'apporterai"),
        ("ramener carte vitale et RIB mardi 16 à 9h à l'agence", "fr", "j'apporterai"),
        ("trial shift on Tuesday 16th at 6am\nbring boots and ID", "en", "i will bring"),
    ],
)
def test_it_still_promises_what_is_brought_to_a_step_ahead(
    process: str, lang: str, promise: str
) -> None:
    assert promise in draft(process, lang).text.lower()


def test_it_expands_no_shorthand_inside_a_decimal_number() -> None:
    # al36: "4.1 to 1.2" held "1 to 1", written "4.one-to-one.2"
    assert (
        expand_shorthand("our TRIR went from 4.1 to 1.2", "en") == "our TRIR went from 4.1 to 1.2"
    )
    assert (
        expand_shorthand("weekly 1 to 1 with my manager", "en")
        == "weekly one-to-one with my manager"
    )


def test_it_reads_the_words_of_the_jobs_title_as_its_trade() -> None:
    # al18: a payroll officer's test and portfolio were left out as salary talk
    ctx = make_ctx(
        position="Gestionnaire de paie confirmé(e) H/F",
        role_understood="paie de A à Z pour 45 clients TPE/PME",
        notes="elle a dit fourchette 34-37k, moi je vise 38",
        process="test technique paie envoyé ce soir, à renvoyer lundi avant 12h",
        interview_at=FRIDAY,
        send_on=MONDAY,
    )
    written = catchup_email(ctx)
    assert [(left.part, left.reason) for left in written.left_out] == [("notes", "salary")]
    assert "test" in written.text


def test_it_still_leaves_out_salary_talk_in_another_trade() -> None:
    ctx = make_ctx(role_understood="paie de A à Z pour 45 clients TPE/PME")
    assert [left.reason for left in catchup_email(ctx).left_out] == ["salary"]


def closing(process: str, lang: str = "fr", notes: str = "") -> str:
    ctx = make_ctx(lang=lang, process=process, notes=notes, interview_at=FRIDAY, send_on=MONDAY)
    return sentence(ctx).replace("\u00a0", " ")


def test_it_reads_the_recruiters_return_typed_in_the_notes() -> None:
    # al39: the process left empty, "she said they will call me" in the notes
    def written(notes: str) -> str:
        ctx = make_ctx(lang="en", notes=notes, interview_at=FRIDAY, send_on=MONDAY)
        return catchup_email(ctx).text

    said = "You told me you would be in touch; I look forward to hearing from you."
    assert said in written("she said they will call me, no date")
    assert "what the next steps will be?" in written("nothing about next steps")
    # writer AM's am31: another employer's call back is no step of this one
    assert "what the next steps will be?" in written(
        "also got a call back from Aldi, waiting on them"
    )


@pytest.mark.parametrize(
    "process", ["il m'écrira la semaine prochaine", "la RH m'appellera dans les prochains jours"]
)
def test_it_reads_an_elided_call_as_the_recruiters_return(process: str) -> None:
    assert "vous reviendriez vers moi" in closing(process)


@pytest.mark.parametrize(
    ("process", "lang", "mine"),
    [
        (
            "la DRH envoie la proposition écrite lundi\nréponse attendue au plus tard vendredi 26",
            "fr",
            "je vous donnerai ma réponse d'ici le vendredi 26 février",
        ),
        (
            "they will send the written offer monday\nanswer expected by friday 19th",
            "en",
            "I will give you my answer by Friday 19 February",
        ),
    ],
)
def test_it_reads_the_answer_awaited_after_an_offer_as_the_candidates(
    process: str, lang: str, mine: str
) -> None:
    assert mine in closing(process, lang)


def test_it_reads_an_answer_awaited_with_no_offer_as_the_recruiters() -> None:
    assert "vous me donneriez une réponse d'ici le vendredi 19" in closing(
        "réponse attendue vendredi 19"
    )


@pytest.mark.parametrize(
    ("note", "written"),
    [
        ("report to manager", "report to the manager"),
        (
            "build dashboards for client, ad hoc analysis",
            "build dashboards for the client, ad hoc analysis",
        ),
        ("hand over to night shift", "hand over to the night shift"),
        ("go to work early", "go to work early"),
        ("want to lead team", "want to lead team"),
        ("travel to Abuja sometimes", "travel to Abuja sometimes"),
        ("commitment to safety", "commitment to safety"),
        ("report to the MD", "report to the MD"),
    ],
)
def test_it_writes_the_article_an_english_note_dropped_after_a_preposition(
    note: str, written: str
) -> None:
    assert with_the(note) == written


def test_it_keeps_the_roles_main_duties_for_one_missing_article() -> None:
    # al29: "report to manager" sent the main duties back; a minor line was the role
    ctx = make_ctx(
        lang="en",
        role_understood="lead fieldwork on bank audits, report to manager\ntravel to Abuja",
    )
    assert "lead fieldwork on bank audits, report to the manager" in catchup_email(ctx).text


def test_it_reads_a_rank_of_the_title_as_a_person_still() -> None:
    ctx = make_ctx(position="Chef de rang", notes="mon ancien chef était nul")
    assert [left.reason for left in catchup_email(ctx).left_out] == ["employer"]


@pytest.mark.parametrize(
    ("note", "lang", "part"),
    [
        ("also did well on the case question about loan impairment", "en", "strong_points"),
        ("les ados c'est mon truc", "fr", "motivation"),
        (
            "night audit, closing the day, reports for GM, front desk at night",
            "en",
            "role_understood",
        ),
    ],
)
def test_it_leaves_out_the_candidates_own_lines_only_on_a_surer_reading(
    note: str, lang: str, part: str
) -> None:
    # writers AJ-AL: the learned screen left out 100 such lines and caught no private one
    assert sift([note], lang, part) == ([note], [])
    assert learned_reason(note, lang, "notes")  # typed among the notes, still left out


@pytest.mark.parametrize(
    ("motivation", "lang", "wished"),
    [
        (
            "rester dans le dentaire\névoluer",
            "fr",
            "Je souhaite rester dans le dentaire et évoluer.",
        ),
        (
            "want to work with emerging farmers\nwant to grow into a category manager role",
            "en",
            "I would like to work with emerging farmers and grow into a category manager role.",
        ),
    ],
)
def test_it_says_two_wishes_in_one_sentence(motivation: str, lang: str, wished: str) -> None:
    # al15: « Je souhaite rester dans le dentaire. Je souhaite évoluer. »
    assert wished in catchup_email(make_ctx(lang=lang, motivation=motivation)).text


def test_it_hands_back_no_file_the_recruiter_sends_on_the_sending_day() -> None:
    # al07: « il m'envoie le fichier de logs lundi matin », Monday being the sending day
    process = "étude de cas à renvoyer d'ici le lundi 22 à midi\nil m'envoie le fichier lundi matin"
    assert "[à compléter" not in closing(process)
    assert "[à compléter" in closing(
        "étude de cas à renvoyer lundi 22\nil m'envoie le fichier mardi 16"
    )


# What reading the drafts of all writers after those changes found (session 33): lines the
# learned screen no longer kept out, written as they were typed.


def test_it_keeps_a_verb_in_the_present_after_qui() -> None:
    # writer AE's ae18: « quelqu'un qui automatise » was written « qui automatisé »
    assert restore_accents("quelqu'un qui automatise les rapports") == (
        "quelqu'un qui automatise les rapports"
    )
    assert restore_accents("il a automatise les rapports") == "il a automatisé les rapports"


def test_it_leaves_out_a_casual_aside_and_keeps_the_point() -> None:
    # ae04: « ponctuelle (jsuis arrivée 10 min avant mdr) »
    ctx = make_ctx(
        strong_points="ponctuelle (jsuis arrivée 10 min avant mdr)", candidate_gender="f"
    )
    written = catchup_email(ctx)
    assert "que je suis ponctuelle" in written.text
    assert "mdr" not in written.text


@pytest.mark.parametrize(
    ("note", "lang"),
    [("L'entretien a duré presque deux heures", "fr"), ("the interview went well", "en")],
)
def test_it_makes_no_strong_point_of_the_interview_itself(note: str, lang: str) -> None:
    # ag17: « Il me semble aussi que L'entretien a duré presque deux heures. »
    written = catchup_email(make_ctx(lang=lang, strong_points=note))
    assert note.lower() not in written.text.lower()


def test_it_reads_the_trade_in_the_title_not_in_what_the_job_board_pasted() -> None:
    # ak31: "(SIA … licence)" after the title; the expiring licence stays out
    ctx = make_ctx(
        lang="en",
        position="Security Officer (SIA Door Supervisor licence) – Canary Wharf",
        notes="my SIA licence expire in march, he said I must renew before start",
    )
    assert "expire" not in catchup_email(ctx).text


def test_it_leaves_out_how_the_recruiter_looked() -> None:
    # h16: « la titulaire à l'air bienveillante » in a motivation
    ctx = make_ctx(motivation="une équipe jeune\nla titulaire à l'air bienveillante")
    assert "bienveillante" not in catchup_email(ctx).text
    assert reason("l'équipe à l'air soudée", "fr") == ""


@pytest.mark.parametrize(
    ("note", "written"),
    [
        (
            "je sais poser une perf et préparer le bloc",
            "je sais poser une perfusion et préparer le bloc",
        ),
        ("soins, perfs, transmissions", "soins, perfusions, transmissions"),
        ("bonne perf commerciale", "bonne performance commerciale"),
    ],
)
def test_it_reads_perf_in_care_as_a_perfusion(note: str, written: str) -> None:
    # al14: a vet's assistant's « poser une perf » was written « une performance »
    assert expand_shorthand(note, "fr") == written


def test_it_reads_the_orders_permit_as_no_driving_licence() -> None:
    # al06: « mon permis de l'ordre est à jour, numéro à lui envoyer »
    ctx = make_ctx(notes="mon permis de l'ordre est à jour, numéro à lui envoyer")
    text = catchup_email(ctx).text
    assert "le numéro de mon permis d'exercice" in text
    assert "conduire" not in text


def test_it_reads_a_civility_as_no_bullet() -> None:
    # writer AC's ac04: « M. Le Goff a paru sensible … » became « le Goff à paru sensible »
    assert fragments("M. Le Goff a paru sensible à mes vingt-deux années.", "fr") == [
        "M. Le Goff a paru sensible à mes vingt-deux années"
    ]
    assert fragments("a. ranger le stock\nb. accueillir", "fr") == ["ranger le stock", "accueillir"]


@pytest.mark.parametrize(
    "note",
    [
        "Dr Fitzgerald said my 10 yrs in the Army reserve showed I'm reliable",
        "M. Le Goff a paru sensible à mes vingt-deux années de comptabilité",
    ],
)
def test_it_says_no_one_elses_words_as_its_own_feeling(note: str) -> None:
    lang = "fr" if "M. " in note else "en"
    written = catchup_email(make_ctx(lang=lang, strong_points=note))
    assert "Goff" not in written.text and "Fitzgerald" not in written.text
    assert [item.text for item in written.review if item.part == "strong_points"]


def test_it_restores_the_accent_of_a_present_that_has_one() -> None:
    # writer S's s07: « qui maitrise » kept its missing circumflex
    assert restore_accents("quelqu'un qui maitrise les procédures") == (
        "quelqu'un qui maîtrise les procédures"
    )


# Writer AM (held out, read blind at the end of session 33): what its reader quoted, mended.


def test_it_promises_no_paper_a_third_party_sends_and_confirms_the_trial_first() -> None:
    # am01: « Comme convenu, je vous transmets mon CFA lui envoie. » and the contract thanked
    # for as if the job were given, the trial before it never said
    process = (
        "essai mardi 30 a 6h du mat\namener chaussures de secu\n"
        "le cfa lui envoie le contrat d'apprentissage a signer"
    )
    ctx = make_ctx(process=process, interview_at=THURSDAY, send_on=FRIDAY_26)
    text = catchup_email(ctx).text
    assert "CFA" not in text and "confiance" not in text
    assert "un essai le mardi 30 mars à 6 h" in text.replace("\u00a0", " ")


def test_it_says_nothing_of_a_tool_seen_only_in_training() -> None:
    # am22: « Workday : vu en formation seulement, pas en vrai » -> « J'ai également noté le vu
    # en formation seulement. »
    ctx = make_ctx(notes="Workday : vu en formation seulement, pas en vrai")
    assert "formation" not in catchup_email(ctx).text


def test_it_reads_a_verb_after_its_subject_before_a_name() -> None:
    # writer G's g08: « le fait que je maîtrise Cegid » refused as « ma maîtrise Cegid » is
    ctx = make_ctx(strong_points="il a apprecié que je maitrise cegid et pennylane")
    assert "que je maîtrise Cegid et Pennylane" in catchup_email(ctx).text


@pytest.mark.parametrize(
    ("process", "said"),
    [
        # am03, am18, am14: agreed steps handed back though the notes gave them
        ("reprise le mardi 6 avril 7h", "vous m'attendiez le mardi 6 avril à 7 h"),
        ("restitution en visio mardi 6 avril 10h", "une restitution le mardi 6 avril à 10 h"),
        ("rdv centre G7 Gennevilliers le 6 à 9h30", "un rendez-vous le mardi 6 avril à 9 h 30"),
    ],
)
def test_it_says_a_restart_a_presentation_and_a_meeting_on_their_day(
    process: str, said: str
) -> None:
    ctx = make_ctx(process=process, interview_at=THURSDAY, send_on=FRIDAY_26)
    assert said in sentence(ctx).replace("\u00a0", " ")
