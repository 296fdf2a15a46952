from relance.drafts import catchup_email
from relance.drafts.notes import fragments, lift_register, trim
from tests.drafts.factories import make_ctx


def test_it_strips_bullets_and_numbering() -> None:
    note = "- quelqu'un d'autonome\n* polyvalent\n• anglais\n1. rigueur\n2) ponctualité"
    assert fragments(note) == [
        "quelqu'un d'autonome",
        "polyvalent",
        "anglais",
        "rigueur",
        "ponctualité",
    ]


def test_it_lowers_the_phone_keyboard_capital() -> None:
    assert fragments("Gérer le rush du midi") == ["gérer le rush du midi"]


def test_it_keeps_known_proper_nouns() -> None:
    assert fragments("Excel avancé") == ["Excel avancé"]


def test_it_splits_sentences_and_semicolons() -> None:
    assert fragments("Bon contact. Test réussi; équipe soudée") == [
        "bon contact",
        "test réussi",
        "équipe soudée",
    ]


def test_it_does_not_split_after_an_abbreviation() -> None:
    assert fragments("vu avec M. Durand") == ["vu avec M. Durand"]


def test_it_drops_exclamations_and_questions() -> None:
    assert fragments("super équipe !!! pourquoi le poste est libre ?") == [
        "super équipe",
        "pourquoi le poste est libre",
    ]


def test_it_removes_markup_characters() -> None:
    assert fragments("<script>alert(1)</script> rigueur") == [
        "script>alert(1)</script> rigueur".replace(">", "").replace("<", "")
    ]


def test_it_drops_punctuation_only_lines() -> None:
    assert fragments("-\n...\n  \n*") == []


def test_it_keeps_whole_fragments_within_the_budget() -> None:
    assert trim(["un deux trois", "quatre cinq", "six"], 5, "fr") == [
        "un deux trois",
        "quatre cinq",
    ]


def test_it_cuts_a_long_fragment_at_a_comma() -> None:
    item = "le service du midi, le service du soir, les banquets du week-end"
    assert trim([item], 9, "fr") == ["le service du midi, le service du soir"]


def test_it_cuts_at_a_word_without_a_dangling_word() -> None:
    assert trim(["gérer le rush du midi avec une équipe de six"], 7, "fr") == [
        "gérer le rush du midi"
    ]


def test_it_lifts_the_register_of_casual_note_words() -> None:
    assert fragments("équipe sympa, boulot varié") == ["équipe agréable, travail varié"]
    assert fragments("awesome team", "en") == ["excellent team"]


def test_it_drops_a_bracket_the_note_does_not_close() -> None:
    assert fragments("service (midi et soir)\n(sauf lundi") == [
        "service (midi et soir)",
        "sauf lundi",
    ]


def test_it_spells_the_fragments_it_returns() -> None:
    assert fragments("- qqn de dispo\n- deja 2 ans") == ["quelqu'un de disponible", "déjà 2 ans"]


def test_it_reads_dispo_as_a_noun_after_a_determiner_or_a_noun() -> None:
    assert lift_register("envoyer mon planning de dispo", "fr") == (
        "envoyer mon planning de disponibilités"
    )
    assert lift_register("mes dispos", "fr") == "mes disponibilités"
    assert lift_register("qqn de dispo a 6h", "fr") == "qqn de disponible a 6h"


def test_it_keeps_a_decimal_at_the_start_of_a_note() -> None:
    assert fragments("2.5 yrs in ICICI as PB", "en") == ["2.5 years in ICICI as PB"]


def test_it_still_drops_a_numbered_bullet() -> None:
    assert fragments("1. caisse\n2.accueil\n3) rayon", "fr") == ["caisse", "accueil", "rayon"]


def test_it_cuts_a_long_note_before_its_coordination_rather_than_between_words() -> None:
    long = "de la toilette évaluative et du respect du rythme des résidents"
    assert trim([long], 6, "fr") == ["de la toilette évaluative"]
    assert trim(["safety checks on the yard and loading the night trailers"], 5, "en") == [
        "safety checks on the yard"
    ]


def test_it_never_cuts_a_note_between_two_words_of_a_phrase() -> None:
    # indep d04: "de temps en temps" was cut to "des nuits de temps"
    assert trim(["quelqu'un qui accepte des nuits de temps en temps"], 6, "fr") == []
    assert trim(["cover the odd night shift when the team is short"], 4, "en") == []


def test_it_cuts_a_long_note_before_its_next_piece() -> None:
    item = "remplacer un départ en retraite + quelqu'un qui accepte des nuits de temps en temps"
    assert trim([item], 14, "fr") == ["remplacer un départ en retraite"]


def test_it_keeps_a_comparison_apart_rather_than_run_two_pieces_together() -> None:
    # writer R's r08: "contact humain > livrer des palettes seul" was "contact humain livrer…"
    assert fragments("contact humain > livrer des palettes seul") == [
        "contact humain - livrer des palettes seul"
    ]


def test_it_drops_quotation_marks_left_unclosed_by_the_fragments_edges() -> None:
    assert fragments('"rigueur budgétaire", marge suivie') == ["rigueur budgétaire, marge suivie"]
    assert fragments('elle a dit "on cherche qqn" hier') == [
        'elle a dit "on cherche quelqu\'un" hier'
    ]


def test_it_writes_out_words_of_the_trade_typed_in_english_and_a_stressed_little_word() -> None:
    assert fragments("marge suivie à chaque event") == ["marge suivie à chaque événement"]
    assert fragments("instrumentiste ET circulante, CAP ET BTS") == [
        "instrumentiste et circulante, CAP ET BTS"
    ]


def test_it_writes_the_morning_out_but_leaves_a_matte_finish() -> None:
    assert fragments("être là à 4h du mat") == ["être là à 4 h du matin"]
    assert fragments("peinture mat") == ["peinture mat"]


def test_it_writes_out_a_month_cut_after_its_day() -> None:
    typed = "debut prévu vers le 15 sept selon la maturité\nje suis dispo"
    assert fragments(typed)[0] == "début prévu vers le 15 septembre selon la maturité"


def test_it_drops_the_fields_name_typed_as_a_label() -> None:
    notes = "• needs : agent confirmé pour site tertiaire\n- besoins: qqn de fiable"
    assert fragments(notes, "fr") == ["agent confirmé pour site tertiaire", "quelqu'un de fiable"]


def test_it_puts_a_place_after_dans_never_en_un() -> None:
    # writer AA's aa06: « j'ai travaillé 5 ans en un restaurant à Gênes »
    assert fragments("5 ans en un restaurant à Gênes", "fr") == ["5 ans dans un restaurant à Gênes"]
    assert fragments("autonome en une semaine", "fr") == ["autonome en une semaine"]


def test_it_says_a_quality_run_on_with_c_est_of_its_noun() -> None:
    # writer AA's aa01: « c'est le travail de nuit c'est calme » was written
    assert fragments("le travail de nuit c'est calme", "fr") == [
        "le travail de nuit, qui est calme"
    ]
    assert fragments("le quartier c'est super vivant", "fr") == ["le quartier, qui est très vivant"]
    assert fragments("la paie c'est le 5", "fr") == ["la paie c'est le 5"]
    typed = "rentrer tous les soirs c'est important"  # a clause, no noun: as typed
    assert fragments(typed, "fr") == [typed]


def test_it_never_writes_a_noun_the_tagger_read_as_a_verb_as_a_clause() -> None:
    # writer AA's aa02: « Si j'ai bien compris, BP coiffure en alternance 2 ans. »
    text = catchup_email(make_ctx(role_understood="- BP coiffure en alternance 2 ans")).text
    assert "Si j'ai bien compris, BP coiffure" not in text


def test_it_names_tools_after_their_label() -> None:
    # writer AA's aa19: « le poste comprend les outils, Figma, Jira »
    assert fragments("outils: figma, jira", "fr") == ["outils Figma, Jira"]


def test_it_writes_a_dictated_sa_before_a_verb_as_ca() -> None:
    # writer AB's ab01: « sa c'est bien passé »
    assert fragments("sa c'est bien passé", "fr") == ["ça s'est bien passé"]
    assert fragments("sa me plaît", "fr") == ["ça me plaît"]
    assert fragments("sa mère", "fr") == ["sa mère"]
