import pytest

from relance.drafts import catchup_email
from relance.drafts.gender import acronym_article
from tests.drafts.factories import make_ctx


@pytest.mark.parametrize(
    ("acronym", "article"), [("CDI", "le "), ("DPAE", "la "), ("EHPAD", "l'"), ("AG", "l'")]
)
def test_it_gives_a_listed_acronym_the_article_of_its_gender(acronym: str, article: str) -> None:
    assert acronym_article(acronym) == article


def test_it_gives_the_possessive_of_its_gender() -> None:
    assert acronym_article("FIMO", "ma ", "mon ") == "ma "
    assert acronym_article("AG", "ma ", "mon ") == "mon "
    assert acronym_article("XYZ") == ""


def test_it_says_an_acronym_of_the_job_with_its_article() -> None:
    text = catchup_email(make_ctx(role_understood="- DSN et DPAE")).text
    assert "le poste comprend la DSN et la DPAE." in text


def test_it_hands_back_an_acronym_it_does_not_know() -> None:
    text = catchup_email(make_ctx(role_understood="- XQZ chaque mois")).text
    assert "XQZ" not in text


def test_it_never_owns_a_technique_of_the_trade() -> None:
    # writer AA's aa14: « mettre en avant ma PCR »
    text = catchup_email(make_ctx(strong_points="- PCR")).text
    assert "ma PCR" not in text
    text = catchup_email(make_ctx(strong_points="- FIMO à jour")).text
    assert "mettre en avant ma FIMO à jour." in text
