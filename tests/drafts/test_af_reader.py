"""What writer AF's reader found wrong (issue 11, session 29), mended: a role note that names
the person hired instead of the job's tasks, the interviewer named by role before what they
liked, next steps typed in the free notes while the process field was left empty."""

from __future__ import annotations

from datetime import date

from relance.drafts import catchup_email
from relance.drafts.documents import named
from relance.drafts.interviewer import as_pronoun
from relance.drafts.next_steps import sentence
from relance.drafts.settled import part_preview
from relance.drafts.voice import to_recruiter
from tests.drafts.factories import make_ctx


def role_left_out(position: str, role: str, lang: str) -> list[str]:
    ctx = make_ctx(lang=lang, position=position, role_understood=role)
    preview = part_preview(ctx, "role_understood")
    return [left.text for left in preview.left_out if left.reason == "title"]


def test_it_leaves_an_english_title_with_its_qualifier_out_of_the_role() -> None:
    # "I understood that the role covers the analyst in commercial insights." (af39)
    position = "Data Analyst - Commercial Insights - hybrid 3 days/week"
    assert role_left_out(position, "analyst in commercial insights", "en") == [
        "analyst in commercial insights"
    ]
    # "… covers the apprentice plumber." (af38)
    position = "Plumbing Apprentice Level 2 - Leeds - 3 yrs"
    assert role_left_out(position, "apprentice plumber", "en") == ["apprentice plumber"]
    assert role_left_out(position, "training the apprentice on site", "en") == []


def test_it_leaves_the_title_shortened_to_its_initials_out_of_the_role() -> None:
    position = "Customer Success Manager - SaaS Practice - Hybrid"
    assert role_left_out(position, "CSM, adoption KPIs", "en") == ["CSM"]


def test_it_leaves_a_french_title_and_its_second_word_out_of_the_role() -> None:
    # « J'ai retenu que le poste comprend le pharmacien adjoint. » (af10)
    position = "Pharmacien adjoint - Tunis, La Marsa - temps plein"
    assert role_left_out(position, "pharmacien adjoint, délivrance", "fr") == ["pharmacien adjoint"]
    assert role_left_out(position, "pharmacien responsable des gardes", "fr") == []


def test_it_speaks_to_the_interviewer_named_by_role_before_what_they_liked() -> None:
    assert to_recruiter("la cadre a bien aimé mon stage en chirurgie", "fr") == (
        "vous avez apprécié mon stage en chirurgie"
    )
    assert to_recruiter("le chef de cuisine il a aimé mon risotto", "fr") == (
        "vous avez apprécié mon risotto"
    )
    # Only before a verb of liking: what the chef has is not the addressee's.
    assert to_recruiter("le chef a trois restaurants", "fr") == "le chef a trois restaurants"


def test_it_reads_a_dated_step_typed_in_the_notes_when_no_process_was_typed() -> None:
    # ae20: the trial day typed in the notes, the process field empty.
    notes = "journée d'essai samedi 17, service midi et soir, 9h30\nle chef est sympa"
    draft = catchup_email(make_ctx(notes=notes, process=""))
    assert "une journée d'essai le samedi 17 octobre à 9 h 30" in draft.text.replace("\u00a0", " ")
    # A note with no day stays a memo: no step is made of it.
    draft = catchup_email(make_ctx(notes="journée d'essai à prévoir", process=""))
    assert "journée d'essai" not in draft.text


def test_it_keeps_the_process_typed_over_a_step_in_the_notes() -> None:
    ctx = make_ctx(notes="journée d'essai samedi 17 à 9h30", process="réponse sous 15 jours")
    text = catchup_email(ctx).text
    assert "journée d'essai" not in text
    assert make_ctx().send_on == date(2026, 10, 14)


def closing(process: str, lang: str) -> str:
    return sentence(make_ctx(lang=lang, process=process)).replace("\u00a0", " ")


def test_it_names_the_stages_writer_af_typed() -> None:
    said = closing("working interview Saturday 17th 8am, wear scrubs", "en")
    assert "a working interview on Saturday 17 October at 8 am" in said
    said = closing("Tasting exam Thursday 15th at 3pm with the F&B director", "en")
    assert "a tasting exam on Thursday 15 October at 3 pm" in said
    said = closing("demo session Thursday 15th 6pm at the club", "en")
    assert "a demo session on Thursday 15 October at 6 pm" in said


def test_it_reads_a_quebec_get_back_to_me_as_an_answer_promised() -> None:
    said = closing("elle me revient d'ici vendredi prochain (le 16)", "fr")
    assert "une réponse d'ici le vendredi 16 octobre" in said


def opening(lang: str, points: str) -> str:
    draft = catchup_email(make_ctx(lang=lang, strong_points=points))
    return draft.text.split("\n\n")[1]


def test_it_recalls_what_the_interviewer_named_by_name_or_role_liked() -> None:
    said = opening("fr", "dr Ben Youssef a apprécié mon stage en officine à Sfax")
    assert "que vous appréciiez mon stage en officine à Sfax" in said
    said = opening("fr", "mme Van Damme a souligné la qualité de mon rapport de stage")
    assert "que vous appréciiez la qualité de mon rapport de stage" in said
    said = opening("en", "megan liked my kinesiology background")
    assert "I was glad you liked my kinesiology background" in said
    said = opening("en", "mr McAllister was pleased with my blind tasting of the Rioja")
    assert "I was glad you liked my blind tasting of the Rioja" in said
    assert "I was glad you liked my DofE" in opening("en", "liked my DofE")


def test_it_hands_back_an_adjective_said_for_an_adverb() -> None:
    said = opening("en", "you liked my case study\nFigma prototyping round went good")
    assert "went good" not in said


def test_it_says_no_programme_of_the_day_as_a_strong_point() -> None:
    said = opening("en", "you liked my ACCA progress\n2 rounds today: case study + partner chat")
    assert "rounds" not in said


def test_it_gives_a_job_held_before_its_owner() -> None:
    said = opening("en", "Pieter liked my numbers at previous job (127% of target)")
    assert "my numbers at my previous job" in said


def test_it_reads_a_test_sent_to_return_by_a_day_as_no_sitting() -> None:
    process = "Translation test (1,000 words) sent tomorrow morning, to return by Friday 16"
    said = closing(process, "en")
    assert "attend" not in said
    assert "translation test" in said


def test_it_names_a_training_certificate_typed_without_its_de() -> None:
    assert named("envoyer copie attestation formation DEAS + carte vitale", "fr") == [
        "mon attestation de formation DEAS",
        "la copie de ma carte Vitale",
    ]


def test_it_promises_no_document_put_on_the_employers_app() -> None:
    typed = "documents à uploader dans l'appli : carte VTC, kbis, assurance RC pro"
    assert named(typed, "fr") == []
    assert named("upload passport and DBS to the portal by Friday", "en") == []
    assert named("send passport and DBS by Friday", "en") != []


def role_said(role: str) -> str:
    ctx = make_ctx(role_understood=role, position="Agent H/F")
    return part_preview(ctx, "role_understood").sentence


def test_it_says_the_clients_files_as_french_writes_them() -> None:
    assert "le suivi des dossiers clients" in role_said("suivi des dossiers clients")
    assert "[à compléter" in role_said("contrôle entrées sorties")


def test_it_reads_two_adjectives_joined_by_et_as_one_noun_phrase() -> None:
    said = role_said("accueil physique et téléphonique")
    assert "l'accueil physique et téléphonique" in said


def test_it_credits_no_recruiter_with_what_the_people_served_liked() -> None:
    assert as_pronoun("kids loved my craft activity", "en") == "kids loved my craft activity"
    assert as_pronoun("megan liked my kinesiology background", "en").startswith("they liked")
