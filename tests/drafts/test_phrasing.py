"""Rephrasing debrief notes: each kind of fragment in a frame that fits it, or marked."""

from __future__ import annotations

from relance.drafts import morph
from relance.drafts.determiners import fr_article
from relance.drafts.motivation import motivation
from relance.drafts.notes import fragments
from relance.drafts.phrasing import needs
from relance.drafts.role_phrasing import expectations, role
from relance.drafts.strengths import strong_points


def fr(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_it_reads_a_noun_phrase() -> None:
    assert morph.shape("la mise en rayon", "fr").kind == morph.NOUN


def test_it_reads_an_adjective() -> None:
    assert morph.shape("autonome", "fr").kind == morph.ADJECTIVE


def test_it_reads_an_infinitive() -> None:
    assert morph.shape("charger le véhicule", "fr").kind == morph.INFINITIVE


def test_it_reads_a_finite_clause() -> None:
    assert morph.shape("le poste est en horaires décalés", "fr").kind == morph.CLAUSE


def test_it_reads_an_english_infinitive() -> None:
    assert morph.shape("own the incident process", "en").kind == morph.INFINITIVE


def test_it_finds_telegraphic_notes_unclean() -> None:
    assert not morph.shape("accueil client", "fr").clean
    assert not morph.shape("3 ans expérience entrepôt", "fr").clean


def test_it_finds_a_verb_without_its_subject_unclean() -> None:
    assert not morph.shape("connais bien le secteur", "fr").clean


def test_it_splits_a_list_and_frames_its_actions() -> None:
    written = role(fragments("charger le véhicule, scanner les colis"), "fr")
    assert fr(written.sentence) == (
        "J'ai retenu que le poste consiste à charger le véhicule et à scanner les colis."
    )


def test_it_puts_adjectives_after_quelquun_de() -> None:
    written = needs(fragments("autonome\nponctuelle"), "fr")
    assert fr(written.sentence) == (
        "D'après ce que vous m'avez dit, vous recherchez quelqu'un d'autonome et de ponctuel."
    )


def test_it_never_coordinates_an_adjective_with_an_infinitive_list() -> None:
    written = needs(fragments("ponctuel\ncharger le véhicule\nscanner les colis"), "fr")
    assert fr(written.sentence) == (
        "D'après ce que vous m'avez dit, vous recherchez quelqu'un de ponctuel et capable "
        "de charger le véhicule et de scanner les colis."
    )


def test_it_speaks_to_the_recruiter() -> None:
    written = strong_points(fragments("elle a aimé que je sois dispo tout de suite"), "fr", "f")
    assert fr(written.sentence) == (
        "J'ai été heureuse que vous appréciiez le fait que je sois disponible tout de suite."
    )


def test_it_is_glad_the_recruiter_liked_a_strong_point() -> None:
    notes = fragments("il a aimé ma réponse sur le client agressif")
    assert fr(strong_points(notes, "fr", "m").sentence) == (
        "J'ai été heureux que vous appréciiez ma réponse sur le client agressif."
    )
    assert fr(strong_points(notes, "fr").sentence).startswith("Cela m'a fait plaisir que vous")


def test_it_keeps_what_the_recruiter_liked_before_the_rest() -> None:
    notes = fragments("3 ans en EHPAD\nCAP AEPE en poche\nelle a aimé mon calme")
    written = strong_points(notes, "fr", "f")
    assert "que vous appréciiez mon calme" in fr(written.sentence)
    assert "mon calme" not in " ".join(written.dropped)


def test_it_speaks_to_the_recruiter_in_english() -> None:
    written = strong_points(fragments("she liked my idea of a weekly dashboard", "en"), "en")
    assert written.sentence == "I was glad you liked my idea of a weekly dashboard."


def test_it_says_votre_for_their_company() -> None:
    written = needs(fragments("ils ont besoin de renfort pour leur équipe de nuit"), "fr")
    assert "votre équipe de nuit" in fr(written.sentence)
    assert "leur" not in written.sentence


def test_it_marks_what_it_cannot_phrase_instead_of_pasting_it() -> None:
    written = expectations(fragments("objectif 150 colis/h apres 2 semaines"), "fr")
    assert written.to_rewrite == ("objectif 150 colis par heure après 2 semaines",)
    assert fr(written.sentence) == (
        "Vous attendez notamment [à compléter : ce que l'on attend de vous]."
    )


def test_it_keeps_two_strong_points_at_most() -> None:
    written = strong_points(fragments("permis B\nCACES 3\nSST à jour"), "fr")
    assert written.dropped == ("SST à jour",)


def test_it_writes_the_candidates_clause_as_a_sentence() -> None:
    names = {"company": "Orange", "company_of": "d'Orange"}
    written = motivation(fragments("j'ai toujours voulu enseigner"), "fr", names)
    assert fr(written.sentence).endswith("J'ai toujours voulu enseigner.")


def test_it_does_not_read_the_as_the_tea() -> None:
    from relance.drafts.accents import restore_accents

    assert restore_accents("the team", "fr") == "the team"


def test_it_reads_a_plus_between_words_as_a_list() -> None:
    written = role(fragments("tournée en voiture jaune, colis + courrier, secteur rural"), "fr")
    assert "le colis et le courrier" in fr(written.sentence)
    assert written.to_rewrite == ("secteur rural",)  # a place, no duty (session 52)


def test_it_reads_a_plus_between_two_phrases_as_two_pieces() -> None:
    written = needs(
        fragments("remplacer un départ en retraite + quelqu'un qui accepte les nuits"), "fr"
    )
    assert "vous recherchez quelqu'un qui accepte les nuits" in fr(written.sentence)
    assert "capable de remplacer un départ en retraite et quelqu'un" not in fr(written.sentence)


def test_it_reads_an_english_infinitive_before_an_acronym_as_an_action() -> None:
    assert morph.shape("pass ACA exams", "en").kind == morph.INFINITIVE
    written = expectations(fragments("pass ACA exams", "en"), "en")
    assert written.sentence == "You expect the person you hire to pass ACA exams."


def test_it_reads_no_gerund_as_an_action() -> None:
    assert morph.shape("picking and loading trailers", "en").kind == morph.NOUN
    assert morph.shape("reach truck when needed", "en").kind == morph.NOUN


def test_it_frames_no_noun_phrase_as_a_quality() -> None:
    written = expectations(fragments("objectifs commerciaux trimestriels"), "fr")
    assert "quelqu'un d'objectifs" not in fr(written.sentence)
    assert written.to_rewrite == ("objectifs commerciaux trimestriels",)


def test_it_frames_no_noun_as_an_action() -> None:
    assert not morph.fr_fits_frame("infirmier pour l'ambulatoire", morph.INFINITIVE)
    assert morph.fr_fits_frame("charger le véhicule", morph.INFINITIVE)
    assert morph.fr_fits_frame("autonome", morph.ADJECTIVE)


def test_it_tells_a_fact_of_the_job_from_a_duty() -> None:
    from relance.drafts.job_facts import job_facts

    notes = fragments("EPI fournis, 1 dimanche sur 2, tenir la cadence, objectif 150 colis")
    assert job_facts(notes, "fr") == ["EPI fournis", "1 dimanche sur 2"]


def test_it_reads_a_noun_after_a_noun_as_telegraphic_whatever_the_tagger_says() -> None:
    assert morph.shape("gestion magasin", "fr").why.startswith("telegraphic")
    assert morph.shape("secteur rural", "fr").clean


def test_it_says_no_need_of_the_recruiter_in_the_candidates_words() -> None:
    written = needs(fragments("my two years in a brasserie", "en"), "en")
    assert written.to_rewrite == ("my two years in a brasserie",)


def test_it_reads_an_infinitive_before_a_name_as_an_action() -> None:
    written = expectations(fragments("réussir Noël"), "fr")
    expected = "Vous comptez sur la personne recrutée pour réussir Noël."
    assert fr(written.sentence) == expected


def test_it_keeps_what_the_recruiter_liked_without_the_aside_around_it() -> None:
    note = (
        "il a beaucoup aimé mon idée de prospection sur les résidences secondaires (île de Ré)"
        " - il a dit 'ça c'est intelligent', il a noté"
    )
    written = strong_points([note, "2 ans en gestion locative"], "fr", "f")
    assert fr(written.sentence).startswith(
        "J'ai été heureuse que vous appréciiez mon idée de prospection sur les résidences"
        " secondaires."
    )
    assert "intelligent" not in written.sentence


def test_it_reads_what_pleased_the_recruiter_as_liked() -> None:
    written = strong_points(["mes photos de pains lui ont plu, surtout le pain de campagne"], "fr")
    assert "vous appréciiez mes photos de pains" in fr(written.sentence)


def test_it_shows_the_note_as_typed_when_a_liked_point_is_handed_back() -> None:
    note = "mes photos sur insta lui ont plu"
    assert strong_points([note], "fr").to_rewrite == (note,)


def test_it_keeps_a_strong_point_without_the_recruiters_reaction_after_it() -> None:
    written = strong_points(["je parle turc, elle a dit que ça peut servir"], "fr")
    assert fr(written.sentence) == "Lors de notre échange, je vous ai précisé que je parle turc."


def test_it_says_a_perk_as_one_never_as_a_duty() -> None:
    said = fr(role([], "fr", facts=("moto fournie",)).sentence)
    assert "la moto est fournie" in said and "comprend" not in said
    said = fr(role(["accueil des clients"], "fr", facts=("tenue fournie",)).sentence)
    assert "comprend l'accueil des clients" in said and "la tenue est fournie" in said


def test_it_keeps_a_person_out_of_the_duties() -> None:
    for note in ("tutrice dans l'établissement", "tuteur sur le chantier"):
        written = role([note], "fr")
        assert note.split()[0] not in written.sentence, note
        assert written.to_rewrite == (note,)


def test_it_hands_back_a_thing_planned_for_later_with_no_verb() -> None:
    for note in ("tram plus tard possible", "évolution vers cat B plus tard"):
        assert role([note], "fr").to_rewrite == (note,), note
    assert morph.shape("je veux faire le BPREA plus tard", "fr").clean  # a clause says it


def test_it_leaves_a_quality_expected_at_a_time_among_the_expectations() -> None:
    said = fr(expectations(["sécurité", "autonomie la nuit"], "fr", facts_to_role=True).sentence)
    assert "l'autonomie la nuit" in said
    assert fr(role([], "fr", facts=("travail de nuit",)).sentence).endswith("travail de nuit.")


def test_it_says_what_the_recruiter_liked_hearing_about() -> None:
    said = strong_points(["elle a aimé quand j'ai parlé de la toilette évaluative"], "fr", "f")
    assert "appréciiez mes remarques à propos de la toilette évaluative" in fr(said.sentence)
    said = strong_points(["il a aimé quand j'ai évoqué du bénévolat"], "fr", "m")
    assert "mes remarques à propos du bénévolat" in fr(said.sentence)
    other = "il a aimé quand j'ai proposé une animation"
    assert strong_points([other], "fr").to_rewrite == (other,)


def test_it_says_a_point_whatever_the_recruiter_made_of_it() -> None:
    said = strong_points(["anglais courant, il a testé, ça allait"], "fr", "f")
    assert "mon anglais courant" in fr(said.sentence)
    said = strong_points(["permis C et FIMO, il a noté"], "fr", "m")
    assert "FIMO" in fr(said.sentence)


def test_it_agrees_a_perk_with_its_noun() -> None:
    from relance.drafts.job_facts import fr_provided

    assert fr_provided("la veste grand froid fournies") == "la veste grand froid est fournie"
    assert fr_provided("les frais pris en charge") == "les frais sont pris en charge"
    assert fr_provided("les gants fourni") == "les gants sont fournis"


def test_it_notes_a_perk_among_the_free_notes_as_one() -> None:
    from relance.drafts.phrasing import notes

    # writers M and T: "tenue fournie", "tenue et chaussures fournies"
    assert fr(notes(["tenue fournie"], "fr").sentence) == (
        "J'ai également noté que la tenue est fournie."
    )
    said = fr(notes(["tenue et chaussures fournies"], "fr").sentence)
    assert "sont fournies" in said


def test_it_says_no_word_alone_of_the_free_notes() -> None:
    from relance.drafts.phrasing import notes

    # writer Z: "tenue: il a remarqué mon boubou lol" left "J'ai également noté la tenue."
    for typed, lang in (("tenue", "fr"), ("uniform", "en")):
        phrased = notes([typed], lang)
        assert phrased.sentence == ""
        assert typed in phrased.to_rewrite
    assert "le contrat étudiant" in fr(notes(["contrat étudiant"], "fr").sentence)


def test_it_says_a_need_typed_without_its_article_with_it() -> None:
    written = needs(fragments("formalités post-signature"), "fr")
    assert (
        fr(written.sentence)
        == "Parmi vos besoins, vous m'avez parlé des formalités post-signature."
    )
    written = needs(fragments("rigueur sur les inventaires"), "fr")
    assert (
        fr(written.sentence)
        == "Parmi vos besoins, vous m'avez parlé de la rigueur sur les inventaires."
    )


def test_it_hands_back_a_need_that_names_a_thing_a_person_or_a_time() -> None:
    for typed in ("camion fourni", "coiffeuse polyvalente", "nuit", "fantassins motivés"):
        assert needs(fragments(typed), "fr").to_rewrite == (typed,)


def test_it_hands_back_a_need_of_nouns_typed_in_a_row() -> None:
    assert needs(fragments("nuit bureaux tour"), "fr").to_rewrite == ("nuit bureaux tour",)
    assert needs(fragments("relances clients"), "fr").to_rewrite == ("relances clients",)


def test_it_reads_familiar_names_for_people_as_colloquial() -> None:
    # writer Z (z02, z26): "des gars qui supportent la mer", "savoir gérer les gamins"
    for typed in ("des gars qui supportent la mer", "savoir gérer les gamins", "les gosses"):
        assert morph.shape(typed, "fr").why.startswith("colloquial")
    assert not morph.shape("mon stage en mecs", "fr").why.startswith("colloquial")  # a MECS


def test_it_gives_a_plural_the_tagger_calls_singular_its_plural_article() -> None:
    # writer Q (q33): "les soirées et le week-ends"
    assert fr_article(morph.shape("soirées et week-ends", "fr")) == "les soirées et les week-ends"
    assert fr_article(morph.shape("bus", "fr")) == "le bus"


def test_it_seeks_no_count_of_things_as_people() -> None:
    # writer K (k22): « vous recherchez plusieurs logiciels en même temps »
    typed = "plusieurs logiciels en même temps"
    assert needs(fragments(typed), "fr").to_rewrite == (typed,)
    assert "plusieurs serveurs" in needs(fragments("plusieurs serveurs"), "fr").sentence


def test_it_reads_a_recruiter_hooked_on_a_point_as_one_who_liked_it() -> None:
    for typed, point in (
        ("il a bien accroché sur la gestion des plaies chroniques", "la gestion des plaies"),
        ("elle a accroché sur mon expérience en crèche", "mon expérience en crèche"),
    ):
        written = fr(strong_points(fragments(typed), "fr", "f").sentence)
        assert written.startswith("J'ai été heureuse que vous appréciiez "), typed
        assert point in written, typed


def test_it_finds_quebec_familiar_pairs_unclean() -> None:
    assert not morph.shape("noter au dossier dans la job", "fr").clean
    assert not morph.shape("elle a trouvé ça pas pire", "fr").clean
    assert morph.shape("un job d'été", "fr").clean


def test_it_reads_a_thing_the_candidate_provides_as_no_fact_of_the_job() -> None:
    from relance.drafts.job_facts import job_facts

    assert job_facts(["chaussures de sécurité fournies par moi"], "fr") == []
    assert job_facts(["blouse à fournir par moi"], "fr") == []
    assert job_facts(["chaussures de sécurité fournies"], "fr") == [
        "chaussures de sécurité fournies"
    ]


def test_it_seeks_no_plural_thing_as_people_in_english() -> None:
    # writer H (h40): "someone who asks the second question, and referrals to home lending"
    assert needs(fragments("referrals to home lending + investments", "en"), "en").to_rewrite
    # a thing the recruiter named is said as one (session 19), never as people sought
    said = needs(fragments("sales to new customers", "en"), "en").sentence
    assert said == "You mentioned sales to new customers."
    written = needs(fragments("drivers for the parcel peak", "en"), "en")
    assert "looking for drivers for the parcel peak" in written.sentence


def test_it_reads_people_with_a_quality_as_people_sought() -> None:
    # writer H (h38): never "someone able to people with patience"
    for typed in ("people with patience", "people with a forklift licence"):
        written = needs(fragments(typed, "en"), "en")
        assert f"You told me you were looking for {typed}." in written.sentence


def test_it_reads_words_listed_that_may_be_adjectives_as_qualities() -> None:
    # writer H (h39): "smart, professional" ("professional" a noun too)
    for typed, said in [("smart, professional", "smart and professional"),
                        ("local, friendly", "local and friendly")]:  # fmt: skip
        written = expectations(fragments(typed, "en"), "en")
        assert f"You are looking for someone {said}." in written.sentence
    assert "someone" not in expectations(fragments("reception, patrols", "en"), "en").sentence


def test_it_seeks_someone_with_the_qualities_a_need_lists() -> None:
    # writer H (h39): "smart, professional" handed back as nouns in a row
    for typed, said in [("smart, professional", "smart and professional"),
                        ("calm, polite", "calm and polite")]:  # fmt: skip
        written = needs(fragments(typed, "en"), "en")
        assert f"You told me you were looking for someone {said}." in written.sentence
    # nouns, not qualities: said as what the recruiter mentioned (session 19)
    assert needs(fragments("reception, patrols", "en"), "en").sentence == (
        "You mentioned reception and patrols."
    )


def test_it_lists_every_quality_once_when_a_note_holds_its_own_and() -> None:
    # never "someone calm, and reliable and friendly" (the join of "calm" and "reliable and…")
    for typed in ("calm, reliable and friendly", "someone calm, reliable and friendly"):
        for written in (
            needs(fragments(typed, "en"), "en"),
            expectations(fragments(typed, "en"), "en"),
        ):
            assert "someone calm, reliable and friendly." in written.sentence
            assert "and reliable and" not in written.sentence


def test_it_keeps_my_before_a_name_used_before_a_noun() -> None:
    # "christmas" gets its capital from the shorthand table: still the candidate's own
    said = strong_points(["Christmas availability", "Spanish fluency"], "en").sentence
    assert "my Christmas availability" in said and "my Spanish fluency" in said


def test_it_leaves_names_alone_bare() -> None:
    assert "my Python" not in strong_points(["Python and SQL"], "en").sentence


def test_it_writes_the_pieces_of_a_note_it_can_and_hands_back_only_the_other() -> None:
    # writer P's "qqn de terrain, pas derriere un ecran"; writers K, M, P's "mise en place
    # vitrine" and writer H's "scan avec terminal rf" beside a duty typed in full
    written = needs(fragments("quelqu'un de terrain, pas derrière un écran"), "fr")
    assert "vous recherchez quelqu'un de terrain." in fr(written.sentence)
    assert written.to_rewrite == ("pas derrière un écran",)
    duties = role(["accueil des clients au comptoir, mise en place vitrine"], "fr")
    assert "le poste comprend l'accueil des clients au comptoir." in fr(duties.sentence)
    assert duties.to_rewrite == ("mise en place vitrine",)
    duties = role(["la préparation des commandes, scan avec terminal rf"], "fr")
    assert duties.to_rewrite == ("scan avec terminal rf",)


def test_it_writes_each_duty_of_a_list_whose_other_duty_goes_back() -> None:
    # writers K, M, P: "vente, encaissement, mise en place vitrine"; writer X's x16 duties
    duties = role(["vente, encaissement, mise en place vitrine"], "fr")
    # an activity's ending, or a shop's duty said in one word (writer AS's as13)
    assert "le poste comprend la vente et l'encaissement." in fr(duties.sentence)
    assert duties.to_rewrite == ("mise en place vitrine",)
    duties = role(["vitrine, encaissement, mise en place vitrine"], "fr")
    assert "vitrine" in duties.to_rewrite  # a thing, no duty
    duties = role(["tirage de câbles, mise en service, schémas ok"], "fr")
    assert "le tirage de câbles et la mise en service." in fr(duties.sentence)


def test_it_never_writes_a_clause_of_a_note_without_the_rest() -> None:
    # writer I's "… → elle a progressé en 20 minutes sur le détaché, le jury l'a vu"
    written = needs(["quelqu'un de terrain, le jury l'a vu"], "fr")
    assert "l'a vu" not in written.sentence


def test_it_never_writes_a_word_of_a_heading_or_a_doubt_alone() -> None:
    # writer K's "périmètre : finance, juridique, IT (!)…", "… siecle? je sais plus)"
    for typed in (
        "périmètre : finance, juridique, IT (!), achats indirects",
        "maitriser le logiciel (elles ont dit un nom, siecle? je sais plus)",
        "maîtriser le logiciel elles ont dit un nom, siècle",
    ):
        written = expectations([typed], "fr")
        assert "périmètre" not in written.sentence and "siècle" not in written.sentence


def test_it_never_writes_a_slight_piece_without_its_note() -> None:
    # writer M's "FCO a jour, carte conducteur": never "ma carte conducteur" alone; the
    # whole note once the FCO (feminine, `acronyms.txt`) takes its article
    written = strong_points(["FCO à jour, carte conducteur"], "fr")
    assert "ma FCO à jour et ma carte conducteur" in written.sentence
    written = strong_points(["XQZ à jour, carte conducteur"], "fr")
    assert "carte conducteur" not in written.sentence
    # writer D's "BP depuis 2018, orthopédie et …": the diploma said after "mon", as before
    written = strong_points(["BP depuis 2018, orthopédie et maintien à domicile"], "fr")
    assert "mon BP depuis 2018" in written.sentence


def test_it_hands_back_a_note_none_of_whose_pieces_is_written_whole() -> None:
    written = role(["squad paiement, 5 développeurs"], "fr")
    assert written.to_rewrite == ("squad paiement, 5 développeurs",)


def test_it_writes_the_point_liked_typed_before_the_recruiters_verb() -> None:
    # writer P's "…, elle a aimé", writers L, M, Q, S's "… il a bien aimé"
    written = strong_points(["6 ans d'accueil du public à la CAF, elle a aimé"], "fr", "f")
    assert "que vous appréciiez mes 6 ans d'accueil du public à la CAF." in fr(written.sentence)
    assert not written.to_rewrite
    written = strong_points(["mon stage en crèche il a bien aimé"], "fr")
    assert "que vous appréciiez mon stage en crèche." in fr(written.sentence)


def test_it_leaves_out_how_the_recruiter_took_a_point() -> None:
    # writers K, S, Z's "…, elle connait", writer P's "… - elle connait le bureau"
    for typed, point in (
        ("mes 3 ans à la microfinance Advans, elle connait", "à la microfinance Advans."),
        ("mes 4 ans chez le courtier à Gembloux - elle connait le bureau", "à Gembloux."),
        ("mon passage chez Leroy Merlin, il a souri", "mon passage chez Leroy Merlin."),
    ):
        written = strong_points([typed], "fr")
        assert point in fr(written.sentence), typed
        assert "conna" not in written.sentence and not written.to_rewrite, typed


def test_it_says_what_the_recruiter_noticed_of_the_candidate_as_noticed() -> None:
    # writers J's and the fresh set's "elle a noté que je suis…"
    written = strong_points(["elle a noté que je suis disponible tout de suite"], "fr")
    assert fr(written.sentence) == "Comme vous l'avez relevé, je suis disponible tout de suite."
    written = strong_points(["il a remarqué que j'ai le permis C"], "fr")
    assert "Comme vous l'avez relevé, j'ai le permis C." in fr(written.sentence)


def test_it_never_says_the_recruiters_judgement_or_a_past_as_noticed() -> None:
    for typed in (
        "elle a dit que j'ai une bonne présentation",
        "il a vu que j'étais motivé pour me lever tôt",
        "il a vu que je porte un piano sans souci lol",
    ):
        written = strong_points([typed], "fr")
        assert "Comme vous" not in written.sentence, typed
    judged = strong_points(["elle a dit que j'ai une bonne présentation"], "fr")
    assert judged.to_rewrite == ("elle a dit que j'ai une bonne présentation",)


def test_it_never_writes_a_noun_bare_after_a_preposition_without_its_note() -> None:
    # writer P's "lien avec traiteurs, salles, AV"; writer M's "… Nextflow sur cluster SLURM"
    written = role(["lien avec traiteurs, la préparation des salles de réunion, AV"], "fr")
    assert "avec traiteurs" not in written.sentence


def test_it_says_two_facts_of_the_role_in_one_frame() -> None:
    said = role(["service et rénovation"], "fr", ("camion fourni", "repas offert")).sentence
    assert said.count("Si j'ai bien compris") == 1
    assert "le camion est fourni et le repas est offert." in said


def test_it_leaves_an_exam_dated_by_its_month_out_of_the_facts_of_the_job() -> None:
    from relance.drafts.job_facts import job_facts

    assert job_facts(["examen en février"], "fr") == []
    assert job_facts(["1 dimanche sur 2"], "fr") == ["1 dimanche sur 2"]


def test_it_reads_the_need_in_the_recruiters_words_reported() -> None:
    fr = needs(fragments('elle m\'a dit "on cherche qqn de rigoureux"'), "fr").sentence
    assert fr == "D'après ce que vous m'avez dit, vous recherchez quelqu'un de rigoureux."
    typed = 'he said "we need someone who can hit the ground running"'
    en = needs(fragments(typed, "en"), "en").sentence
    assert en == "You told me you were looking for someone who can hit the ground running."


def test_it_lists_a_count_without_its_article_for_the_candidate_in_english_notes() -> None:
    from relance.drafts.phrasing import notes

    assert notes(["2 days at the Burrard St office"], "en").sentence == ""
    said = notes(["the free parking on site"], "en").sentence
    assert said == "I also noted the free parking on site."


def test_it_says_a_requirement_among_the_expectations_as_a_clause() -> None:
    said = expectations(["Class 2 licence preferred"], "en").sentence
    assert "you mentioned that a class 2 licence is preferred." in said
    assert "to Class 2" not in said


def test_it_flattens_a_last_item_of_two_phrases_into_the_list() -> None:
    from relance.drafts.reading import join

    assert join(["l'anglais courant", "la rigueur et la diplomatie"], "fr") == (
        "l'anglais courant, la rigueur et la diplomatie"
    )
    # session 37 (writer AU's au26, « la prospection et les estimations, et les visites et
    # le compromis »): pairs whose every side has its article are one list
    assert (
        join(["la vente et le conseil", "la caisse"], "fr") == "la vente, le conseil et la caisse"
    )
    also = "la vente et conseil ainsi que la caisse"
    assert join(["la vente et conseil", "la caisse"], "fr") == also


def test_it_says_no_also_when_nearness_is_the_only_reason() -> None:
    names = {"company": "Oakwood", "company_of": ""}
    alone = motivation(["closer to home"], "en", names).sentence
    assert "It would bring me closer to home." in alone
    both = motivation(["the dementia unit", "closer to home"], "en", names).sentence
    assert "It would also bring me closer to home." in both


def test_it_never_writes_parle_de_monde() -> None:
    written = needs(fragments("du monde pour la récolte des letchis", "fr"), "fr")  # Y's y22
    assert "de monde" not in written.sentence
    assert written.to_rewrite == ("du monde pour la récolte des letchis",)


def test_it_joins_a_plus_after_a_that_clause_as_its_second_object() -> None:
    # writer AB's ab12: « mettre en avant le pays ajaccien », a piece cut from its clause
    notes = fragments("il a apprécié que je connaisse tous les quartiers + le pays ajaccien")
    written = strong_points(notes, "fr")
    assert "que je connaisse tous les quartiers et le pays ajaccien" in written.sentence
    assert "mettre en avant le pays" not in written.sentence
