"""Writer BX's reader (session 51): notes of care, warehouse and factory jobs, often typed by
a coach or a friend, in French or English as a second language. Each test failed before."""

from __future__ import annotations

from relance.drafts.company_spellings import written
from relance.drafts.messages import catchup_email
from relance.drafts.settled import part_preview
from tests.drafts.factories import make_ctx


def _text(**fields: str) -> str:
    return catchup_email(make_ctx(**fields)).text.replace("\xa0", " ")


def test_it_leaves_out_the_work_one_flees_and_keeps_the_motive() -> None:
    ctx = make_ctx(motivation="j'aime le contact, je veux plus jamais du porte a porte")
    preview = part_preview(ctx, "motivation")
    assert "le contact" in preview.sentence
    assert "porte" not in preview.sentence
    assert [(left.text, left.reason) for left in preview.left_out] == [
        ("je veux plus jamais du porte à porte", "employer")
    ]


def test_it_adds_no_accent_to_a_name_typed_with_its_capital() -> None:
    assert written("Hermes") == "Hermes"  # the parcel carrier, not the saddler
    assert written("hermes") == "Hermès"
    assert written("Sainsburys") == "Sainsbury's"


def test_it_leaves_out_where_the_candidate_stands_typed_as_a_list_after_an_arrow() -> None:
    text = _text(
        expectations="permis B exigé → Mme Traoré ne l'a pas, code obtenu, conduite en cours"
    )
    assert "code obtenu" not in text
    assert "conduite en cours" not in text


def test_it_says_a_duration_typed_last_with_its_for() -> None:
    text = _text(lang="en", strong_points="she liked i did nights at Wincanton 4 years")
    assert "at Wincanton for 4 years" in text


def test_it_reads_a_forklift_test_and_a_medical_as_steps() -> None:
    forklift = _text(
        lang="en",
        process="forklift test after New Year, probably Wednesday 3rd\n"
        "drug and alcohol test same day",
    )
    assert "a forklift test, then a drugs and alcohol screening" in forklift
    medical = _text(
        lang="en",
        process="medical with occupational health nurse in the new year\n"
        "then trial shift on the packing line",
    )
    assert "a medical, then a trial shift" in medical


def test_it_joins_no_team_of_a_family() -> None:
    french = _text(company="une famille à Lyon", position="Garde d'enfants à domicile")
    assert "rejoindre" not in french
    assert "tout mon intérêt pour ce poste" in french
    english = _text(lang="en", company="a family in Leeds", position="Nanny")
    assert "joining" not in english
    assert "I am very interested in this position." in english


def test_it_reads_a_test_linked_online_as_a_test_not_a_trial() -> None:
    text = _text(process="elle envoie un lien pour un test psychotechnique en ligne, a faire avant")
    assert "essai" not in text


def test_it_writes_the_clipped_app_out() -> None:
    text = _text(expectations="remplir l'appli sur le telephone a chaque arrivée")
    assert "l'appli " not in text


def test_it_says_a_need_with_its_hour() -> None:
    ctx = make_ctx(lang="en", recruiter_needs="they need someone reliable at 5am")
    assert part_preview(ctx, "recruiter_needs").sentence == (
        "You told me you were looking for someone reliable at 5am."
    )
