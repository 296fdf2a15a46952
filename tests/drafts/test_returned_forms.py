"""A form the recruiter sends to be returned: promised back in the future, never attached now."""

from __future__ import annotations

from datetime import date

from relance.drafts import catchup_email, returned
from relance.drafts.next_steps import sentence
from tests.drafts.factories import make_ctx

INTERVIEW = date(2026, 10, 13)


def closing(process: str, lang: str = "fr", **overrides: object) -> str:
    return sentence(make_ctx(lang=lang, process=process, **overrides)).replace("\u00a0", " ")


def test_it_promises_the_file_back_completed_with_its_deadline() -> None:
    # writer X: "le rectorat m'envoie le dossier de recrutement …"
    said = closing(
        "le rectorat m'envoie le dossier de recrutement par mail, à retourner complété "
        "(rib, diplome, casier, attestation secu) avant jeudi 15"
    )
    assert said.startswith(
        "Je vous retournerai le dossier de recrutement complété, avec les pièces demandées, "
        "d'ici le jeudi 15 octobre. "
    )


def test_it_claims_no_document_attached_when_the_form_has_not_arrived() -> None:
    draft = catchup_email(
        make_ctx(
            process="le rectorat m'envoie le dossier de recrutement par mail, à retourner "
            "complété (rib, diplome, casier, attestation secu) avant jeudi 15"
        )
    )
    assert "je vous transmets" not in draft.text.lower()


def test_it_agrees_the_state_with_the_forms() -> None:
    # writer X: two documents, feminine and masculine, signed
    said = closing(
        "elle m'envoie le contrat + la fiche de renseignements par mail, a renvoyer signés "
        "avant vendredi 16"
    )
    assert said.startswith(
        "Je vous retournerai le contrat et la fiche de renseignements signés d'ici le "
        "vendredi 16 octobre. "
    )


def test_it_takes_no_later_start_for_the_deadline() -> None:
    # writer S: "début prévu le 3" is the start, not when the form goes back
    said = closing(
        "il m'envoie la fiche d'embauche par courriel, je dois la retourner avec ma carte ASP "
        "construction pis mon carnet, début prévu le 3 si tout est correct"
    )
    # (« pis » joins as « et » since writer BG: the pieces are named, session 42)
    assert said.startswith(
        "Je vous retournerai la fiche d'embauche avec ma carte ASP construction et mon carnet. "
    )


def test_it_says_no_deadline_already_past_on_the_sending_day() -> None:
    item = "il m'envoie le dossier par mail, à retourner complété avant jeudi 15"
    said = closing(item, send_on=date(2026, 10, 16))
    assert said.startswith("Je vous retournerai le dossier complété. ")


def test_it_promises_forms_back_in_english() -> None:
    # writer X: "he emails the apprenticeship registration + union forms, fill and send back"
    said = closing(
        "he emails the apprenticeship registration + union forms, fill and send back", "en"
    )
    assert said.startswith(
        "I will complete and return the apprenticeship registration and union forms. "
    )


def test_it_names_the_document_returned_with_the_forms_and_the_day() -> None:
    said = closing("they'll email the onboarding forms, send back with ID by Friday", "en")
    assert said.startswith(
        "I will return the onboarding forms with a copy of my ID by Friday 16 October. "
    )


def test_it_says_as_soon_as_possible_when_the_notes_do() -> None:
    said = closing(
        "HR will email the onboarding packet (I-9, background check consent, health screening "
        "form) - sign & return asap",
        "en",
    )
    assert said.startswith("I will sign and return the onboarding packet as soon as possible. ")


def test_it_leaves_a_document_the_candidate_sends_to_the_documents_sentence() -> None:
    # writer W: no form from the recruiter, the candidate's own sending
    assert (
        returned.read("envoyer copie permis B + attestation france travail", "fr", INTERVIEW)
        is None
    )
    draft = catchup_email(make_ctx(process="envoyer copie permis B + attestation france travail"))
    assert "Comme convenu, je vous transmets la copie de mon permis" in draft.text


def test_it_promises_nothing_back_of_a_form_the_recruiter_fills() -> None:
    # writer W: "il envoie le contrat au CFA", writer X: a form sent, nothing returned
    assert returned.read("il envoie le contrat au CFA si c ok", "fr", INTERVIEW) is None
    assert returned.read("Access NI check – she's sending the form", "en", INTERVIEW) is None
    said = closing("elle m'envoie la lettre d'offre par courriel lundi")
    assert not said.startswith("Je vous retournerai")


def test_it_leaves_a_test_to_hand_back_to_the_deliverable_sentence() -> None:
    # writer X: a technical test is work handed in, not a form
    item = "test technique (kata + petite api) envoyé par mail ce soir, a renvoyer avant lundi 19"
    assert returned.read(item, "fr", INTERVIEW) is None
    assert closing(item).startswith("Je vous ferai parvenir le test technique")


def test_it_says_the_document_going_back_with_the_forms_once() -> None:
    text = catchup_email(
        make_ctx(
            lang="en",
            process="they'll email the onboarding forms, send back with ID by Friday",
        )
    ).text
    assert "with a copy of my ID" in text
    assert "As agreed, I will send you" not in text


def test_it_promises_back_a_form_handed_over_with_no_sender_named() -> None:
    # writer T: the form named first, to fill and send back
    said = closing("formulaire d'habilitation à remplir et renvoyer sous 8 jours + copie diplômes")
    assert "Je vous retournerai le formulaire d'habilitation complété." in said


def test_it_promises_nothing_for_a_form_only_to_fill() -> None:
    # writers T and P: no return said, or the form filled with someone else
    assert returned.read("dossier MSA à remplir", "fr", INTERVIEW) is None
    typed = "contrat d'apprentissage a remplir avec le CFA (mme roche) apres l'essai"
    assert returned.read(typed, "fr", INTERVIEW) is None


def test_it_reads_a_form_a_minor_has_signed_by_the_parents() -> None:
    # writer X: an apprentice of 16; the sentence names the form only
    said = closing(
        "il m'envoie le cerfa du contrat d'apprentissage par mail, a faire signer par mes "
        "parents et lui ramener"
    )
    assert "Je vous retournerai le cerfa du contrat d'apprentissage signé." in said
    assert "parents" not in said
    assert returned.without_signer("form to be signed by my parents", "en") == "form to be signed"


def test_it_promises_back_a_form_to_fill_with_no_sender_named() -> None:
    # writer M: "need to fill out availability form + background check link in the email";
    # writer X's forms without "he emails"
    said = closing("need to fill out availability form + background check link in the email", "en")
    assert said.startswith("I will complete and return the availability form. ")
    said = closing("apprenticeship registration + union forms, fill and send back", "en")
    assert said.startswith("I will complete and return the apprenticeship registration and union")
    said = closing("must complete the vetting form by fri 16", "en")
    assert said.startswith("I will complete and return the vetting form by Friday 16 October. ")


def test_it_promises_nothing_back_of_what_is_no_form() -> None:
    # writer S: an offer signed on an app; writer W: a form brought to a test
    assert returned.read("need to sign the offer on the app", "en", INTERVIEW) is None
    assert returned.read("bring CDL, med card, 10 yr work history form", "en", INTERVIEW) is None


def test_it_promises_back_a_form_posted_to_the_candidate() -> None:
    # writer Z: "they'll post the vetting form (BPSS) + ID check form, fill and send back"
    said = closing("they'll post the vetting form (BPSS), fill and send back", "en")
    assert said.startswith("I will complete and return the vetting form.")
    assert "copy of my ID" not in said


def test_a_parent_signing_before_the_form_is_no_family_detail() -> None:
    # writer Z: an apprentice of 16
    typed = (
        "They post the indenture form, mum has to sign it since im 16, send back by end of month"
    )
    assert "mum" not in returned.without_signer(typed, "en")
    said = closing(typed, "en")
    assert said.startswith("I will sign and return the indenture form.")
    assert "mum" not in said and "16" not in said


def test_it_gives_each_form_listed_its_own_article_and_agrees_the_state() -> None:
    # writers Z (z20, z21): "le fiche … et formulaire …" read as one masculine form
    said = closing(
        "ils m'envoient fiche de renseignements + formulaire TD1 a remplir et renvoyer sous 8 jours"
    )
    assert said.startswith("Je vous retournerai la fiche de renseignements et le formulaire TD1 ")
    said = closing("elle m'envoie attestation employeur par mail a remplir et renvoyer")
    assert said.startswith("Je vous retournerai l'attestation employeur complétée")


def test_it_says_a_form_typed_as_nouns_in_a_row_by_its_head() -> None:
    said = closing("ils m'envoient formulaire extrait casier B2 a remplir et renvoyer")
    assert said.startswith("Je vous retournerai le formulaire complété")


def test_it_names_the_recruiters_form_with_the_definite_article() -> None:
    # "un questionnaire" as typed: the recruiter's own form is "le questionnaire" (writer I)
    for note, said in (
        ("elle m'envoie un test de personnalité à renvoyer avant vendredi", "le test"),
        ("il m'envoie une fiche de renseignements à retourner", "la fiche de renseignements"),
        ("elle m'envoie des formulaires à renvoyer signés", "les formulaires"),
    ):
        found = returned.read(note, "fr", INTERVIEW)
        assert found is not None
        assert found.name.startswith(said)


def test_it_lists_three_forms_sent_with_one_and() -> None:
    # writer L (l26): "she's" before the sending verb; three forms in a row
    said = closing(
        "she's emailing the DBS form + health questionnaire + references form, send back by "
        "fri 16 oct",
        lang="en",
    )
    assert said.startswith(
        "I will return the DBS form, health questionnaire and references form by Friday 16 October."
    )


def test_it_never_completes_a_form_someone_else_fills() -> None:
    # writer H (h38): the GP fills the form, the candidate sends it back
    said = closing("he's posting me the D4 medical form, GP fills it and i send it back", lang="en")
    assert said.startswith("I will return the D4 medical form.")


def test_it_returns_the_form_the_candidate_fills_not_what_the_recruiter_sends() -> None:
    # writer N (n27, read after its grading): the offer is sent, the candidate's form goes back
    for note, form in (
        ("he's emailing the offer and I need to fill in the health form, send back by fri 16 oct",
         "the health form"),
        ("she's sending the contract and I have to complete the starter form and return it",
         "the starter form"),
    ):  # fmt: skip
        found = returned.read(note, "en", INTERVIEW)
        assert found is not None and found.name == form, note


def test_it_takes_no_pronoun_for_the_form_name() -> None:
    # writer N's n40 "she'll email it Thursday, 48h to send back": "I will return the it Thursday"
    for note in (
        "she'll email it Thursday, 48h to send back",
        "HR will email them monday, send back by Wednesday",
    ):
        assert returned.read(note, "en", INTERVIEW) is None


def test_it_ends_the_form_name_at_the_day_it_comes() -> None:
    form = returned.read("he'll send the vetting form Thursday, return by Monday 19th", "en",
                         INTERVIEW)  # fmt: skip
    assert form is not None and form.name == "the vetting form"


def test_it_promises_back_what_she_sends_with_no_me_typed() -> None:
    # n03, n08, l13: "il envoie par mail le plan …", "elle envoie le dossier …, à renvoyer"
    said = closing(
        "il envoie par mail le plan de commission et la fiche de poste a relire et renvoyer "
        "signee si d'accord avant vendredi 16 oct"
    )
    assert said.startswith(
        "Je vous retournerai le plan de commission et la fiche de poste signés d'ici le "
        "vendredi 16 octobre."
    )
    said = closing("elle envoie le dossier d'embauche à remplir et renvoyer avant le 16 octobre")
    assert said.startswith("Je vous retournerai le dossier d'embauche complété")


def test_it_never_promises_back_what_she_sends_to_someone_else() -> None:
    # l06: "elle envoie mon cv au client aujourd'hui": no return, nothing promised back
    assert "retournerai" not in closing("elle envoie mon cv au client aujourd'hui")


def test_it_lists_three_forms_with_one_et() -> None:
    # l19, i04: "contrat + fiche mutuelle + fiche de liaison vehicule a retourner signés"
    said = closing(
        "elle m'envoie contrat + fiche mutuelle + fiche de liaison vehicule a retourner signés"
    )
    assert "le contrat, la fiche de mutuelle et la fiche de liaison" in said


def test_it_ends_the_forms_name_at_an_arrow() -> None:
    # writer R's r16: never « la charte de confidentialité → signées »
    said = closing("il envoie la charte de confidentialité → à renvoyer signée avant le 4/12")
    assert "la charte de confidentialité signée" in said
    assert "→" not in said


def test_it_promises_an_online_form_completed_not_returned() -> None:
    said = closing("need to do the online drug & alcohol form they email", "en")  # writer V's v35
    assert said.startswith("I will complete the online drug and alcohol form.")


def test_it_promises_a_form_to_be_returned_and_keeps_the_stage() -> None:
    said = closing(  # writer V's v39
        "I am invited to a half-day of job shadowing on Thursday 15 October from 8.30am.\n"
        "Occupational health form to be returned beforehand.",
        "en",
    )
    assert said.startswith("I will return the occupational health form.")
    assert "job shadowing session on Thursday 15 October" in said


def test_it_reads_a_form_named_before_the_recruiter_sends_it() -> None:
    # writer AB's ab38: "I will sign and return the and send it back."
    ctx = make_ctx(
        lang="en", process="sign the NDA he's sending and send it back before the sample"
    )
    assert "I will sign and return the NDA." in catchup_email(ctx).text


def test_it_reads_a_form_sent_by_any_sender_named_before_me() -> None:
    # writer AB's ab36: "with an answer … expected by Sunday" came from the candidate's deadline
    said = closing(
        "adecco send me right to work form on email, sign and send back before sunday", "en"
    )
    assert said.startswith("I will sign and return the right to work form by Sunday 18 October.")
    assert "answer" not in said


def test_it_reads_a_form_sent_by_email_before_its_name() -> None:
    # writer AB's ab07: « elle m'envoie par courriel la demande … »
    said = closing(
        "elle m'envoie par courriel la demande de vérification des antécédents judiciaires "
        "à remplir et renvoyer signée"
    )
    assert said.startswith(
        "Je vous retournerai la demande de vérification des antécédents judiciaires signée."
    )


def test_it_reads_a_contract_returned_with_a_conjugated_verb() -> None:
    # writer AC's ac02: « J'ai bien noté la signature du contrat d'ici le vendredi »
    said = closing("elle envoie le contrat par mail vendredi, je signe et renvoie avant lundi 19")
    assert said.startswith("Je vous retournerai le contrat signé d'ici le lundi 19 octobre.")
