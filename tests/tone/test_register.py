import pytest

from relance.tone import check


def rule_ids(text: str, lang: str = "fr") -> set[str]:
    return {f.rule_id for f in check(text, lang=lang).findings}


@pytest.mark.parametrize(
    "text", ["Tu as reçu mon CV ?", "Je te remercie.", "Dis-moi vite.", "Ta réponse."]
)
def test_it_flags_tutoiement(text: str) -> None:
    assert "fr.familiarity.tutoiement" in rule_ids(text)


@pytest.mark.parametrize(
    "text",
    ["Je bois du thé.", "Dites-moi ce qu'il en est.", "Le ton de notre échange.", "Excusez-moi."],
)
def test_it_does_not_mistake_vous_forms_or_nouns_for_tutoiement(text: str) -> None:
    assert "fr.familiarity.tutoiement" not in rule_ids(text)


def test_it_accepts_the_tutoiement_the_recruiter_proposed() -> None:
    text = (
        "Merci pour le temps que tu m'as consacré hier ; tu m'avais proposé qu'on se tutoie, "
        "je continue donc ainsi. Tu m'as dit que le conseil se réunit le 18."
    )
    assert "fr.familiarity.tutoiement" not in rule_ids(text)
    assert "fr.familiarity.tutoiement" in rule_ids("Merci pour le temps que tu m'as consacré.")


def test_it_flags_emojis_and_smileys() -> None:
    assert "familiarity.emoji" in rule_ids("Merci 😊")
    assert "familiarity.emoji" in rule_ids("Merci :)")
    assert "familiarity.emoji" not in rule_ids("Horaires : 9h-12h (lundi)")


def test_it_flags_capitals_but_not_acronyms_or_surnames() -> None:
    assert "shouting.capitals" in rule_ids("Je suis TRÈS INTÉRESSÉ.")
    assert "shouting.capitals" not in rule_ids("Titulaire du CAP et formé HACCP, en CDI.")
    assert "shouting.capitals" not in rule_ids("Cordialement,\nJean MARTIN")


def test_it_flags_repeated_punctuation() -> None:
    assert "shouting.punctuation" in rule_ids("Alors ???")
    assert "shouting.punctuation" not in rule_ids("Alors ?")


def test_it_reads_letters_and_digits_in_capitals_as_a_product_name() -> None:
    text = "Merci pour notre échange sur la migration SAP S/4HANA, projet qui me motive."
    assert "shouting.capitals" not in rule_ids(text)
    assert "shouting.capitals" in rule_ids("Je suis TRÈS MOTIVÉ par la migration S/4HANA.")


def test_it_accepts_clipped_words_only_in_the_tutoiement_agreed() -> None:
    agreed = "Je me permets le tutoiement puisque tu me l'as proposé. Je te confirme mes dispos."
    assert "fr.familiarity.abreviations" not in rule_ids(agreed)
    assert "fr.familiarity.abreviations" in rule_ids("Je vous confirme mes dispos pour juillet.")
    texting = "Je me permets le tutoiement puisque tu me l'as proposé. Je connais qqn là-bas."
    assert "fr.familiarity.abreviations" in rule_ids(texting)
