"""Writer BY's reader (session 51): notes typed across borders — Québec, Belgium, Switzerland,
India, Ireland — for airports, labs, security and IT services. Each test failed before."""

from __future__ import annotations

from relance.drafts.corrected_days import with_corrected_days
from relance.drafts.messages import catchup_email
from relance.drafts.settled import part_preview
from tests.drafts.factories import make_ctx


def _text(**fields: str) -> str:
    return catchup_email(make_ctx(**fields)).text.replace("\xa0", " ")


def test_it_names_a_contractor_as_the_employer_not_its_client() -> None:
    french = _text(company="securitas", agency_client="Total", position="Responsable sécurité")
    assert "rejoindre l'équipe de Securitas" in french
    english = _text(lang="en", company="Infosys", agency_client="AIB", position="Data Engineer")
    assert "joining Infosys" in english
    assert "offered through" not in english


def test_it_still_names_an_agency_s_client_as_the_employer() -> None:
    text = _text(company="Adecco", agency_client="Airbus", position="Ajusteur monteur")
    assert "Airbus" in text


def test_it_gives_a_bare_plural_after_an_infinitive_its_article() -> None:
    text = _text(expectations="accepter horaires décalés\natteindre objectifs trimestriels")
    assert "accepter les horaires décalés" in text
    assert "atteindre les objectifs trimestriels" in text


def test_it_keeps_the_day_a_note_corrected_to() -> None:
    corrected = "elle m'appelle vendredi (férié ici... elle a dit 'enfin, plutôt mardi')"
    assert with_corrected_days(corrected, "fr") == "elle m'appelle mardi"
    assert with_corrected_days("call Friday, actually Monday at 9", "en") == "call Monday at 9"
    assert with_corrected_days("essai lundi puis mardi", "fr") == "essai lundi puis mardi"


def test_it_confirms_no_step_that_follows_one_only_if_chosen() -> None:
    text = _text(
        process="entrevue individuelle en visio sous dix jours si retenue\n"
        "ensuite visite médicale + vérif antécédents"
    )
    assert "visite médicale" not in text


def test_it_keeps_a_product_named_in_capitals_as_a_strong_point() -> None:
    ctx = make_ctx(lang="en", strong_points="OPERA cloud")
    preview = part_preview(ctx, "strong_points")
    assert "my experience with OPERA cloud" in preview.sentence
    assert preview.left_out == ()
