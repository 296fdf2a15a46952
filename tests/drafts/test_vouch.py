"""The body holds only sentences the composer can vouch for; the rest is marked, the notes
shown beside it."""

from __future__ import annotations

from relance.drafts import morph
from relance.drafts.headline import weight
from relance.drafts.motivation import motivation
from relance.drafts.notes import fragments
from relance.drafts.role_phrasing import expectations, role
from relance.drafts.strengths import strong_points
from relance.drafts.vouch import ACTION, OWN, THING, refused

NAMES = {"company": "Decathlon", "company_of": "de Decathlon"}


def fr(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_it_never_gives_an_adjective_an_article() -> None:
    written = expectations(fragments("autonome des la 1ere semaine"), "fr")
    assert "l'autonome" not in written.sentence
    assert fr(written.sentence) == (
        "Vous attendez notamment [à compléter : ce que l'on attend de vous]."
    )
    assert written.to_rewrite == ("autonome dès la 1re semaine",)


def test_it_never_puts_a_need_in_if_needed_after_comprend() -> None:
    written = role(fragments("possible cariste si besoin"), "fr")
    assert "comprend le possible" not in written.sentence
    assert written.to_rewrite == ("possible cariste si besoin",)


def test_it_says_an_infinitive_only_after_consiste_a() -> None:
    assert refused(morph.shape("comptoir et commandes", "fr"), ACTION, "fr")
    assert not refused(morph.shape("charger le véhicule", "fr"), ACTION, "fr")


def test_it_never_follows_would_like_to_with_no_verb() -> None:
    assert refused(morph.shape("close to home", "en"), ACTION, "en")
    written = motivation(fragments("close to home"), "en", NAMES)
    assert "like to close" not in written.sentence


def test_it_keeps_a_telegraphic_note_out_of_the_body() -> None:
    assert refused(morph.shape("mon jury de 3 (chef de service et RH)", "fr"), THING, "fr")
    assert refused(morph.shape("vendre les vins au verre - monter le ticket", "fr"), ACTION, "fr")
    assert refused(morph.shape("care certificate done", "en"), OWN, "en")


def test_it_keeps_a_report_inside_a_report_out_of_the_body() -> None:
    written = strong_points(fragments("elle a dit que j'avais la bonne énergie"), "fr", "m")
    assert "que vous avez dit que" not in written.sentence
    assert written.to_rewrite == ("elle a dit que j'avais la bonne énergie",)


def test_it_writes_a_language_typed_in_lower_case_beside_the_text() -> None:
    written = strong_points(fragments("she said my english is good"), "en")
    assert "english" not in written.sentence
    assert written.to_rewrite == ("she said my english is good",)


def test_it_leads_with_years_or_a_diploma_not_with_a_test_that_went_well() -> None:
    written = strong_points(fragments("mise en place ok\n- mes 4 ans en brasserie"), "fr", "m")
    assert fr(written.sentence).startswith(
        "Notre échange m'a permis de mettre en avant mes 4 ans d'expérience en brasserie."
    )
    assert weight("mes 4 ans en brasserie") > weight("CAP cuisine") > weight("test ok")


def test_it_keeps_a_slight_piece_with_the_note_it_came_from() -> None:
    written = strong_points(fragments("he tested me on colour codes + basic ohms law, lol"), "en")
    assert "ohms" not in written.sentence


def test_it_still_writes_what_it_can_vouch_for() -> None:
    written = role(fragments("la gestion de leur stock"), "fr")
    assert fr(written.sentence) == "J'ai retenu que le poste comprend la gestion de votre stock."
    assert strong_points(fragments("6 years in busy kitchens"), "en").sentence == (
        "In our conversation, I was able to highlight my 6 years in busy kitchens."
    )


def test_it_never_makes_someone_else_a_strong_point() -> None:
    written = strong_points(fragments("mon client qui veut fermer son livret"), "fr", "f")
    assert "mon client" not in written.sentence
    assert refused(morph.shape("mon chef d'équipe depuis 8 ans", "fr"), OWN, "fr")
    assert refused(morph.shape("une partie de l'entretien en anglais", "fr"), OWN, "fr")


def test_it_keeps_a_word_that_lost_its_accent_beside_the_text() -> None:
    assert refused(morph.shape("ma formation passee en juin", "fr"), OWN, "fr")
    assert refused(morph.shape("le travail avec mon grand pere", "fr"), THING, "fr")
    assert not refused(morph.shape("la porte du magasin", "fr"), THING, "fr")


def test_it_knows_an_infinitive_the_lexicon_lists_as_a_noun() -> None:
    written = role(fragments("lire les plans"), "fr")
    assert fr(written.sentence) == "J'ai retenu que le poste consiste à lire les plans."


def test_it_refuses_a_clause_with_the_recruiter_s_reaction_run_into_it() -> None:
    typed = "j'ai tenu le chat pour la prise de sang sans me faire griffer vous avez vu"
    assert refused(morph.shape(typed, "fr"), "said", "fr")
    typed = "j'ai géré la caisse seule pendant les soldes il a noté"
    assert refused(morph.shape(typed, "fr"), "said", "fr")


def test_it_refuses_a_moment_with_no_main_clause() -> None:
    for typed in ("le matin avant les employés arrivent", "le soir après que les clients partent"):
        assert refused(morph.shape(typed, "fr"), "said", "fr"), typed
    assert not refused(morph.shape("le matin je fais l'ouverture", "fr"), "said", "fr")


def test_it_refuses_a_person_met_at_the_interview_as_a_strength() -> None:
    assert refused(morph.shape("la secrétaire référente du service", "fr"), OWN, "fr")
    assert refused(morph.shape("la cadre de santé du service", "fr"), OWN, "fr")


def test_it_keeps_a_reaction_said_in_its_own_clause() -> None:
    typed = "vous avez goûté mon plat et que vous l'avez apprécié"  # dev set
    assert not refused(morph.shape(typed, "fr"), "said", "fr")


def test_it_refuses_a_note_typed_object_first() -> None:
    # writers Q and X: "WMS SAP EWM je connais", "Opera pms je connais"
    assert refused(morph.shape("WMS SAP EWM je connais", "fr"), "said", "fr")
    assert refused(morph.shape("le logiciel Opera je connais", "fr"), "said", "fr")
    assert not refused(morph.shape("je connais le logiciel Opera", "fr"), "said", "fr")


def test_it_refuses_a_relative_clause_ending_on_a_bare_noun() -> None:
    # writer Q: "qqn qui fait matin, soir et nuit" cut at its comma
    assert refused(morph.shape("quelqu'un qui fait matin", "fr"), THING, "fr")
    assert refused(morph.shape("quelqu'un qui tient caisse", "fr"), THING, "fr")
    assert not refused(morph.shape("quelqu'un qui parle anglais", "fr"), THING, "fr")


def test_it_refuses_a_count_typed_after_a_name() -> None:
    # writers D and X: "job d'ete chez zara 2 etés", "BTS MCO 2 ans"
    assert refused(morph.shape("mon job d'été chez Zara 2 étés", "fr"), OWN, "fr")
    assert refused(morph.shape("BTS MCO 2 ans", "fr"), OWN, "fr")
    assert not refused(morph.shape("mes 2 ans chez Zara", "fr"), OWN, "fr")


def test_it_reads_no_hidden_verb_in_a_name_inside_the_phrase() -> None:
    # "Volvo" read as a verb sent back "mes 9 ans chez Volvo" (writer I, i07)
    for note, name in (
        ("mes 6 ans chez Volvo", "Volvo"),
        ("2 saisons chez Carrefour", "Carrefour"),
    ):
        written = strong_points(fragments(note, "fr"), "fr")
        assert f"chez {name}." in written.sentence
    assert "cherche" not in strong_points(["votre client cherche quelqu'un"], "fr").sentence


def test_a_meal_is_no_duty_of_the_post() -> None:
    # writer AB's ab05: « le poste consiste à dîner à 11 h et souper à 17 h 30 »
    written = role(fragments("repas du personnel: dîner à 11h et souper à 17h30"), "fr")
    assert "consiste à dîner" not in written.sentence
    with_children = role(fragments("dîner avec les enfants à 11h"), "fr")
    assert "dîner avec les enfants" in with_children.sentence


def test_a_familiar_judgement_or_a_verdict_is_no_strong_point() -> None:
    # writer AC's ac24 and ac21: « ma chouette type », « mes 3e étape réussie »
    assert (
        "chouette"
        not in strong_points(fragments("entretien avec lui, chouette type"), "fr").sentence
    )
    assert "réussie" not in strong_points(fragments("3e étape réussie"), "fr").sentence
