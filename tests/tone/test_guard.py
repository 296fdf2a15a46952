from datetime import date

import pytest

from relance.tone import CATEGORIES, Finding, ToneResult, check


def categories(text: str, **kwargs: object) -> set[str]:
    return set(check(text, **kwargs).categories)  # type: ignore[arg-type]


def test_it_finds_nothing_in_the_articles_phone_opener() -> None:
    text = (
        "Je vous ai rencontré le 13 octobre dernier pour le poste de chef de rang. Je suis très "
        "intéressé par ce poste et souhaite savoir si vous aviez avancé dans votre réflexion ?"
    )
    assert check(text, kind="call").clean


@pytest.mark.parametrize(
    "text",
    [
        "Je suis infirmier aux urgences.",
        "Je me permets de revenir vers vous.",
        "N'hésitez pas à me contacter.",
        "Je reste à votre disposition.",
        "I remain very interested in the position.",
        "Je ne veux surtout pas vous presser.",
    ],
)
def test_it_keeps_the_tricky_polite_phrases_clean(text: str) -> None:
    assert check(text).clean


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Toujours pas de réponse de votre part.", "aggression"),
        ("Je dois avoir une réponse avant vendredi.", "demand"),
        ("Just checking in on my application.", "impatience"),
        ("Désolé de vous déranger.", "supplication"),
        ("Veuillez agréer l'expression de ma plus haute considération.", "supplication"),
        ("Tu as pu lire mon CV ?", "familiarity"),
        ("Merci de me répondre !!!", "shouting"),
    ],
)
def test_it_flags_each_category(text: str, category: str) -> None:
    assert category in categories(text)


def test_it_matches_on_lemmas() -> None:
    for text in ("J'exige une réponse.", "Nous exigeons une réponse.", "Une réponse est exigée."):
        assert any(f.rule_id == "fr.demand.exiger" for f in check(text, lang="fr").findings)


def test_it_ignores_the_recruiters_quoted_words() -> None:
    text = (
        "Vous m'aviez écrit « toujours pas de réponse de la direction », je reviens donc vers vous."
    )
    assert "aggression" not in categories(text)


def test_it_gives_the_span_of_the_faulty_words() -> None:
    text = "Bonjour, toujours pas de réponse."
    finding = check(text).findings[0]
    assert text[finding.start : finding.end] == "toujours pas de réponse"


def test_it_explains_in_both_languages_and_suggests_in_the_texts_language() -> None:
    finding = check("Désolé de vous déranger.").findings[0]
    assert "relance" in finding.explanation("fr")
    assert "follow" in finding.explanation("en")
    assert finding.suggestion and "revenir vers vous" in finding.suggestion


def test_it_reports_errors_only_for_error_findings() -> None:
    assert check("J'exige une réponse.").has_errors
    assert not check("Merci de me répondre !!").has_errors


def test_it_flags_a_call_opener_that_is_too_long() -> None:
    text = "Bonjour, je vous appelle au sujet du poste de chef de rang du 13 octobre. " * 6
    result = check(text, lang="fr", kind="call")
    assert "length" in result.categories
    assert result.word_count > 45


def test_it_uses_the_context_to_require_the_position_and_date() -> None:
    text = "Bonjour, je vous ai rencontré le 13 octobre. Où en est votre réflexion ?"
    context = {"position": "chef de rang", "interview_date": date(2025, 10, 13)}
    rule_ids = {f.rule_id for f in check(text, kind="followup", context=context).findings}
    assert rule_ids == {"concreteness.position"}


def test_it_notes_a_missing_date_as_info_without_context() -> None:
    result = check("Où en est votre réflexion sur ma candidature ?", kind="followup")
    assert [(f.rule_id, f.severity) for f in result.findings] == [("concreteness.date", "info")]


def test_it_survives_bad_input() -> None:
    assert check("").clean
    assert check("\x00\x01\x02\ufffd" * 100).lang in {"fr", "en"}
    big = check("Je reste à votre disposition. " * 40_000, kind="followup")
    assert big.word_count == 200_000 and "length" in big.categories


def test_it_rejects_an_unknown_kind_or_language() -> None:
    with pytest.raises(ValueError):
        check("Bonjour", kind="letter")
    with pytest.raises(ValueError):
        check("Bonjour", lang="de")


def test_it_returns_frozen_results() -> None:
    result = check("Désolé de vous déranger.")
    assert isinstance(result, ToneResult) and isinstance(result.findings[0], Finding)
    assert all(f.category in CATEGORIES for f in result.findings)
    with pytest.raises(AttributeError):
        result.lang = "en"  # type: ignore[misc]


def rule_ids(text: str) -> set[str]:
    return {finding.rule_id for finding in check(text, lang="fr").findings}


def test_it_does_not_take_reported_insults_for_the_candidates_own() -> None:
    assert "aggression" not in categories("Mon ancien manager m'a traité d'incompétent.")
    assert "aggression" not in categories("Arrêtez de dire que les seniors sont des parasites.")
    assert "aggression" in categories("Les seniors sont des parasites.")


def test_it_calls_an_insult_aimed_at_oneself_vulgar_not_aggressive() -> None:
    found = rule_ids("J'ai été un vrai connard avec mon équipe.")
    assert "familiarity.self_insult" in found
    assert not any(rule_id.startswith("fr.aggression") for rule_id in found)


def test_it_sees_insults_spelt_to_dodge_a_filter() -> None:
    assert "aggression" in categories("Vous êtes des imbécles.")
    assert "aggression" in categories("Jevousdéteste.")
    assert "aggression" in categories("Bande d'incomp3tents.")


def test_it_sees_dehumanising_and_worthlessness_statements() -> None:
    assert "aggression" in categories("Ces gens ne valent pas mieux que des rats.")
    assert "aggression" in categories("Leurs vies n'ont aucune importance.")
    assert "aggression" in categories("Ils ne sont que des parasites.")


def test_it_keeps_job_vocabulary_near_the_new_lexicons_clean() -> None:
    assert check("J'ai travaillé dans une déchetterie et un cabinet vétérinaire.").clean
    assert check("Notre association dénonce le gaspillage alimentaire.").clean
    assert check("Le service a su se débarrasser de ses anciennes procédures.").clean
