from relance.drafts.company_names import fr_company_of
from relance.drafts.grammar import clean_position, fr_de, fr_de_each, join


def test_it_elides_de_before_a_vowel() -> None:
    assert fr_de("Orange") == "d'Orange"
    assert fr_de("assistant commercial") == "d'assistant commercial"


def test_it_keeps_de_before_a_consonant() -> None:
    assert fr_de("Leclerc") == "de Leclerc"


def test_it_elides_before_a_mute_h_only() -> None:
    assert fr_de("hôte d'accueil") == "d'hôte d'accueil"
    assert fr_de("Hachette") == "de Hachette"


def test_it_never_writes_de_le() -> None:
    assert fr_de("Le Bristol") == "du Bristol"
    assert fr_de("Les Deux Magots") == "des Deux Magots"
    assert fr_de("La Tour d'Argent") == "de la Tour d'Argent"
    assert fr_de("L'Ami Jean") == "de l'Ami Jean"


def test_it_gives_a_company_the_article_of_its_first_noun() -> None:
    assert fr_company_of("Brasserie Lipp") == "de la Brasserie Lipp"
    assert fr_company_of("Hôtel Lutetia") == "de l'Hôtel Lutetia"
    assert fr_company_of("Café de Flore") == "du Café de Flore"
    assert fr_company_of("Orange") == "d'Orange"


def test_it_joins_with_et_and_and() -> None:
    assert join(["a", "b", "c"], "fr") == "a, b et c"
    assert join(["a", "b"], "en") == "a and b"


def test_it_sets_apart_items_holding_commas() -> None:
    assert join(["a, b", "c"], "fr") == "a, b ; c"


def test_it_cleans_a_job_ad_title() -> None:
    assert clean_position("Chef de rang (H/F) - CDI temps plein", "fr") == "chef de rang"
    assert clean_position("Chef de rang H/F", "fr") == "chef de rang"
    assert clean_position("Poste d'assistant commercial", "fr") == "assistant commercial"
    assert clean_position("CHEF DE RANG", "fr") == "chef de rang"


def test_it_keeps_capitals_of_a_title_in_capitals() -> None:
    assert clean_position("Product Manager", "en") == "Product Manager"
    assert clean_position("Responsable RH", "fr") == "responsable RH"  # a common noun in French


def test_it_strips_a_job_board_reference() -> None:
    assert clean_position("Préparateur de commandes Réf. LOG-2611", "fr") == (
        "préparateur de commandes"
    )
    assert clean_position("Warehouse Operative (Ref: WH-2209)", "en") == "Warehouse Operative"


def test_it_picks_the_form_of_a_title_that_matches_the_candidate() -> None:
    assert clean_position("Facteur / Factrice", "fr", "f") == "factrice"
    assert clean_position("Facteur / Factrice", "fr", "m") == "facteur"
    # Not said: both forms, no guess.
    assert clean_position("Facteur / Factrice", "fr") == "facteur ou factrice"
    assert clean_position("Waiter / Waitress", "en") == "waiter or waitress"
    assert clean_position("Waiter / Waitress", "en", "f") == "waitress"
    assert clean_position("Conseiller / Conseillère clientèle CDD 6 mois", "fr", "f") == (
        "conseillère clientèle"
    )


def test_it_resolves_inclusive_endings() -> None:
    assert clean_position("Alternant(e) BTS MCO", "fr", "f") == "alternante BTS MCO"
    assert clean_position("Développeur·se web", "fr", "m") == "développeur web"
    assert clean_position("Développeur·se web", "fr") == "développeur ou développeuse web"
    assert clean_position("Apprenti(e) mécanicien(ne)", "fr", "f") == "apprentie mécanicienne"


def test_it_keeps_the_capital_of_a_place_in_a_french_title() -> None:
    assert clean_position("Agent d'accueil Mairie de Montreuil", "fr") == (
        "agent d'accueil mairie de Montreuil"
    )


def test_it_gives_a_company_the_article_its_head_noun_needs() -> None:
    assert fr_company_of("Galeries Lafayette") == "des Galeries Lafayette"
    assert fr_company_of("EHPAD Les Tilleuls") == "de l'EHPAD Les Tilleuls"
    assert fr_company_of("Conseil départemental") == "du Conseil départemental"
    assert fr_company_of("Harmonie Mutuelle") == "d'Harmonie Mutuelle"


def test_it_leaves_only_de_before_a_partitive() -> None:
    from relance.drafts.grammar import fr_de

    assert fr_de("du personnel qualifié") == "de personnel qualifié"
    assert fr_de("des horaires fixes") == "d'horaires fixes"
    assert fr_de("le client") == "du client"
    assert fr_de("durée du contrat") == "de durée du contrat"


def test_it_puts_de_before_each_member_of_a_list_typed_in_one_note() -> None:
    assert fr_de_each("la bienveillance et le respect des PDSB") == (
        "de la bienveillance et du respect des PDSB"
    )
    assert fr_de_each("les horaires, la tenue et l'hygiène") == (
        "des horaires, de la tenue et de l'hygiène"
    )
    assert fr_de_each("la ponctualité") == "de la ponctualité"


def test_it_gives_no_de_to_a_partitive_with_its_relative_clause() -> None:
    assert fr_de_each("du monde qui reste plus de 3 mois") is None
    assert fr_de_each("des gens qui tiennent la saison") is None
