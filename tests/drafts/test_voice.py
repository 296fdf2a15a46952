from relance.drafts.notes import fragments
from relance.drafts.rephrase import expectations, motivation, needs, strong_points
from relance.drafts.voice import to_recruiter


def fr(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_it_speaks_to_the_recruiter_in_the_second_person() -> None:
    assert to_recruiter("elle a aimé mon calme", "fr") == "vous avez apprécié mon calme"
    assert to_recruiter("il a goûté mon plat et il a aimé", "fr") == (
        "vous avez goûté mon plat et que vous l'avez apprécié"
    )
    assert to_recruiter("she liked my idea", "en") == "you liked my idea"


def test_it_gives_the_recruiter_what_is_hers_only() -> None:
    assert to_recruiter("elle a aimé leurs jeux que j'ai proposés", "fr") == (
        "vous avez apprécié les jeux que j'ai proposés"
    )
    assert to_recruiter("ils ont leurs locaux à Lyon", "fr") == "vous avez vos locaux à Lyon"
    assert to_recruiter("former les enfants et leurs parents", "fr") == (
        "former les enfants et leurs parents"
    )


def test_it_never_lists_a_clause_with_noun_phrases() -> None:
    items = fragments("permis B\nle jeu de rôle s'est bien passé\nelle a aimé mon calme")
    assert fr(strong_points(items, "fr")) == (
        "Les points forts de notre échange, à mes yeux : permis B. "
        "Il me semble aussi que le jeu de rôle s'est bien passé. "
        "J'ai noté avec plaisir que vous avez apprécié mon calme."
    )


def test_it_sets_a_second_subject_apart() -> None:
    items = fragments("elle a apprécié mon aisance et J'ai montré mes ventes")
    assert strong_points(items, "fr") == (
        "J'ai noté avec plaisir que vous avez apprécié mon aisance. J'ai montré mes ventes."
    )


def test_it_does_not_join_an_action_to_someone_with_a_relative_clause() -> None:
    assert fr(needs(fragments("qqn de ponctuel qui commence a 6h\ncharger le vehicule"), "fr")) == (
        "D'après ce que vous m'avez dit, vous recherchez quelqu'un de ponctuel qui commence "
        "à 6 h. Le poste demande aussi de charger le véhicule."
    )


def test_it_knows_an_infinitive_from_its_other_forms() -> None:
    assert fr(needs(fragments("qqn de rigoureux\nsaisir les factures"), "fr")) == (
        "D'après ce que vous m'avez dit, vous recherchez quelqu'un de rigoureux "
        "et capable de saisir les factures."
    )


def test_it_words_a_need_with_no_article() -> None:
    assert fr(needs(fragments("besoin de monde pour l'été"), "fr")) == (
        "D'après ce que vous m'avez dit, vous avez besoin de renfort pour l'été."
    )


def test_it_puts_the_hire_before_a_verb_typed_without_its_subject() -> None:
    assert fr(needs(fragments("commence a 6h"), "fr")) == (
        "Vous m'avez aussi précisé que la personne recrutée commence à 6 h."
    )


def test_it_says_capable_de_gerer_not_capable_de_savoir_gerer() -> None:
    assert fr(needs(fragments("qqn de calme\nsavoir gerer les urgences"), "fr")) == (
        "D'après ce que vous m'avez dit, vous recherchez quelqu'un de calme "
        "et capable de gérer les urgences."
    )


def test_it_writes_someone_comfortable_not_able_to_be_comfortable() -> None:
    items = fragments(
        "someone to own the incident process\nable to be comfortable w/ terraform", "en"
    )
    assert needs(items, "en") == (
        "You told me you were looking for someone to own the incident process "
        "and someone comfortable with Terraform."
    )


def test_it_drops_a_hedge_the_frame_already_says() -> None:
    assert expectations(["I think they want the backlog cleared"], "en") == (
        "What you expect, as I understand it: you want the backlog cleared."
    )


def test_it_gives_an_english_motivation_its_subject() -> None:
    assert motivation(["love the food", "great team"], "en") == ["I love the food", "great team"]


def test_it_lists_an_action_followed_by_other_items() -> None:
    assert expectations(["hit the rates after training, safety first"], "en") == (
        "What you expect, as I understand it: hit the rates after training, safety first."
    )
