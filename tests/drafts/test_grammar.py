from relance.drafts.grammar import clean_position, fr_company_of, fr_de, join


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
    assert clean_position("Responsable RH", "fr") == "Responsable RH"
