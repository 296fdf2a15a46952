import pytest

from relance.drafts.accents import restore_accents
from relance.drafts.phone import expand_shorthand, spelled, undictated, with_names


def test_it_expands_french_shorthand() -> None:
    assert spelled("qqn de fiable, bcp de rigueur, aisance au tel", "fr") == (
        "quelqu'un de fiable, beaucoup de rigueur, aisance au téléphone"
    )


def test_it_writes_french_acronyms_typed_small_in_capitals() -> None:
    assert spelled("rdv au cfa avec la drh, binôme avec les atsem", "fr") == (
        "rendez-vous au CFA avec la DRH, binôme avec les ATSEM"
    )


def test_it_keeps_tel_que() -> None:
    assert spelled("un poste tel que le mien", "fr") == "un poste tel que le mien"


def test_it_expands_shorthand_after_an_elision() -> None:
    assert spelled("5 ans d'exp", "fr") == "5 ans d'expérience"


def test_it_expands_english_shorthand_and_capitalises_i() -> None:
    assert spelled("i have 5 yrs w/ terraform, 6 ppl", "en") == (
        "I have 5 years with Terraform, 6 people"
    )


def test_it_spells_out_qualifications() -> None:
    assert spelled("copies of quals, NVQ quals", "en") == (
        "copies of qualifications, NVQ qualifications"
    )


def test_it_restores_accents_from_the_dictionary() -> None:
    assert restore_accents("equipe de nuit, vehicule, regles de securite") == (
        "équipe de nuit, véhicule, règles de sécurité"
    )


def test_it_leaves_known_and_ambiguous_words_alone() -> None:
    assert restore_accents("la marche, une cote, Martin") == "la marche, une cote, Martin"


def test_it_restores_the_accent_of_an_adverb() -> None:
    assert restore_accents("concretement") == "concrètement"


def test_it_reads_a_participle_after_an_auxiliary() -> None:
    assert restore_accents("il a goute mon plat") == "il a goûté mon plat"


def test_it_writes_a_as_a_preposition_unless_a_subject_comes_before() -> None:
    assert spelled("CACES a jour, entrepot a 10 min", "fr") == "CACES à jour, entrepôt à 10 minutes"
    assert spelled("il a un permis, qui a fait", "fr") == "il a un permis, qui a fait"


def test_it_writes_des_before_a_moment_as_des_with_its_accent() -> None:
    assert spelled("livrer des la 2e semaine", "fr") == "livrer dès la 2e semaine"


def test_it_writes_hours_the_french_way() -> None:
    assert spelled("ouvrir a 6h30, nuits 22h-7h", "fr") == ("ouvrir à 6 h 30, nuits de 22 h à 7 h")


def test_it_lists_numbers_typed_in_a_row() -> None:
    assert spelled("caces 1 3 5", "fr") == "CACES 1, 3 et 5"


def test_it_lowers_a_capital_typed_mid_fragment() -> None:
    assert spelled("mon aisance et J'ai montré mes ventes", "fr") == (
        "mon aisance et j'ai montré mes ventes"
    )


def test_it_writes_the_company_as_in_the_form() -> None:
    assert with_names("prépa chez id logistics", ["ID Logistics"]) == "prépa chez ID Logistics"


def test_it_reads_ca_in_capitals_as_the_turnover() -> None:
    assert spelled("objectif CA +5% sur l'annee", "fr") == "objectif CA +5% sur l'année"
    assert spelled("ca me plait", "fr") == "ça me plaît"


def test_it_never_reads_des_before_a_word_beginning_with_que_as_des() -> None:
    assert spelled("poser des questions", "fr") == "poser des questions"
    assert spelled("des que possible", "fr") == "dès que possible"


def test_it_gives_la_its_accent_after_etre_when_no_noun_follows() -> None:
    assert spelled("etre la tous les matins", "fr") == "être là tous les matins"
    assert spelled("etre la personne de confiance", "fr") == "être la personne de confiance"


def test_it_reads_des_before_a_number_as_a_moment_only_with_its_unit() -> None:
    assert spelled("dispo des 6h", "fr") == "dispo dès 6 h"
    assert spelled("dossier des 3 derniers spectacles", "fr") == (
        "dossier des 3 derniers spectacles"
    )


def test_it_gives_a_participle_after_its_auxiliary_its_accent() -> None:
    assert spelled("il a aime mon experience wok", "fr") == "il a aimé mon expérience wok"
    assert spelled("elle a adore ma reponse", "fr") == "elle a adoré ma réponse"
    assert spelled("il a une voiture", "fr") == "il a une voiture"  # no participle "uné"


def test_it_expands_a_count_of_people() -> None:
    # writers K and X: "mon équipe de 22 pers", "équipe de 6 pers"
    assert spelled("équipe de 22 pers", "fr") == "équipe de 22 personnes"


def test_it_reads_de_a_a_z_as_two_letters_not_the_preposition() -> None:
    assert spelled("organiser les obseques de A a Z", "fr") == "organiser les obsèques de A à Z"
    assert spelled("tout gerer de a a z", "fr") == "tout gérer de A à Z"
    assert spelled("il a a faire", "fr") == "il a à faire"


def test_it_keeps_des_after_a_word_that_takes_de() -> None:
    # writer Z (z06): "au bout des 5 ans" was "au bout dès 5 ans"
    assert spelled("qqn qui va au bout des 5 ans", "fr") == "quelqu'un qui va au bout des 5 ans"
    assert spelled("à la fin des 3 mois", "fr") == "à la fin des 3 mois"
    assert spelled("dispo des 16 ans", "fr").endswith("dès 16 ans")


def test_it_writes_the_vet_in_full_but_keeps_a_veto() -> None:
    # writer Z (z08): "mon stage de 3e chez un veto"
    assert spelled("stage chez un veto", "fr") == "stage chez un vétérinaire"
    assert spelled("infirmière véto", "fr") == "infirmière vétérinaire"
    assert spelled("droit de veto", "fr") == "droit de veto"


def test_it_restores_the_apostrophe_of_a_negation() -> None:
    assert spelled("someone who wont cancel, they werent sure, i havent", "en") == (
        "someone who won't cancel, they weren't sure, I haven't"
    )
    assert spelled("couldnt make it, youre on nights", "en") == (
        "couldn't make it, you're on nights"
    )


def test_it_writes_holidays_with_their_capital() -> None:
    assert spelled("christmas availability, off for diwali", "en") == (
        "Christmas availability, off for Diwali"
    )


def test_it_reads_min_as_minutes_only_after_a_number() -> None:
    assert spelled("à 25 min en bus", "fr") == "à 25 minutes en bus"
    assert spelled("vélo min pour venir", "fr") == "vélo min pour venir"
    assert spelled("3 ans min", "fr") == "3 ans min"


def test_it_writes_the_cap_diploma_in_capitals_only_before_a_trade() -> None:
    assert spelled("cap coiffure obtenu", "fr") == "CAP coiffure obtenu"
    assert spelled("mon cap et le bp", "fr") == "mon CAP et le BP"
    assert spelled("passer un cap", "fr") == "passer un cap"
    assert spelled("Cap Ferret", "fr") == "Cap Ferret"


def test_it_writes_trade_acronyms_and_brands_as_their_owners_do() -> None:
    assert spelled("sst et fimo, 2 ans au mcdo, poste d'ux", "fr") == (
        "SST et FIMO, 2 ans au McDo, poste d'UX"
    )


def test_it_writes_dictated_french_punctuation_as_punctuation() -> None:
    # writer N's n19 and n01, writer S's s23, writer W's w05
    assert undictated("France Allemagne point affecter les sous traitants point suivre", "fr") == (
        "France Allemagne. affecter les sous traitants. suivre"
    )
    assert undictated("autonome au bout d'un mois point être dispo", "fr") == (
        "autonome au bout d'un mois. être dispo"
    )
    assert undictated("les longères à Guérande virgule et aussi", "fr") == (
        "les longères à Guérande, et aussi"
    )
    assert undictated("trois choses deux points la paie", "fr") == "trois choses: la paie"
    assert undictated("les familles point à la ligne elle a souri", "fr") == (
        "les familles\nelle a souri"
    )


def test_it_keeps_point_where_it_is_a_noun_or_a_number() -> None:
    # writer H's "point p", writer M's "point de vente", writer S's "zero point perdu"
    for note in (
        "point p sait pas que je cherche",
        "gérant adjoint de point de vente",
        "permis B depuis 22 ans zero point perdu",
        "c'est un point fort",
        "faire un point sur le planning",
        "il faut mettre au point le process",
        "de mon point de vue",
        "il a soulevé deux points importants",
        "la virgule manquait",
        "- point numéro 1, avec un détail",
    ):
        assert undictated(note, "fr") == note
    assert undictated("une charge de 2 virgule 5 tonnes", "fr") == "une charge de 2,5 tonnes"


def test_it_writes_dictated_english_punctuation_as_punctuation() -> None:
    # writer N's n27 and n39; "the whole point" (n28) and "point of sale" stay
    assert undictated("19 years at the warehouse comma forklift no problem full stop he", "en") == (
        "19 years at the warehouse, forklift no problem. he"
    )
    assert undictated("so I can carry comma he said", "en") == "so I can carry, he said"
    for note in ("was the whole point of my MSc", "point of sale experience"):
        assert undictated(note, "en") == note


def test_it_writes_safety_gear_in_full_and_leaves_the_social_security_alone() -> None:
    # writer O's o08: "apporter chaussures de secu"
    assert spelled("apporter chaussures de secu + carte vitale", "fr").startswith(
        "apporter chaussures de sécurité"
    )
    assert spelled("tenue de sécu fournie", "fr") == "tenue de sécurité fournie"
    assert spelled("numéro de sécu", "fr") == "numéro de sécu"


def test_it_says_the_role_a_post_may_lead_to() -> None:
    # writer O's o20: "possibilité responsable de site"
    assert spelled("possibilité responsable de site", "fr") == (
        "possibilité d'évoluer vers un poste de responsable de site"
    )
    assert spelled("perspectives de chef d'équipe", "fr") == (
        "perspectives d'évoluer vers un poste de chef d'équipe"
    )
    assert spelled("possibilité de télétravail", "fr") == "possibilité de télétravail"


def test_it_writes_the_availability_liked_as_a_noun() -> None:
    # writer U's u11: never « que vous appréciiez ma disponible »
    assert spelled("elle a aimé ma dispo", "fr") == "elle a aimé ma disponibilité"


@pytest.mark.parametrize(
    ("typed", "lang", "written"),
    [
        ("tournée 6-7 livraisons/jour", "fr", "tournée 6-7 livraisons par jour"),
        ("2 j/sem", "fr", "2 jours par semaine"),
        ("30k/an", "fr", "30k par an"),
        ("6j/7", "fr", "6j/7"),  # six days out of seven: no rate
        ("FIMO/FCO", "fr", "FIMO/FCO"),
        ("10-14 stops/day", "en", "10-14 stops a day"),
        ("essai ven 27 6h30", "fr", "essai vendredi 27 6 h 30"),  # writer Y's y08
        ("la mer 3 fois", "fr", "la mer 3 fois"),
        ("travailler les dimanche", "fr", "travailler les dimanches"),  # writer Y's y09
        ("day/night", "en", "day/night"),
    ],
)
def test_it_writes_out_rates_and_days_typed_short(typed: str, lang: str, written: str) -> None:
    assert spelled(typed, lang) == written


def test_it_evolves_toward_a_post() -> None:
    # writer AB's ab16: « Je souhaite évoluer responsable de magasin »
    assert expand_shorthand("évoluer responsable de magasin", "fr") == (
        "évoluer vers un poste de responsable de magasin"
    )
