"""A motivation note is said as a reason only when it is one (writer S's blind reading)."""

from __future__ import annotations

import pytest

from relance.drafts.motivation import motivation
from relance.drafts.motive_fit import curt, moves_me, unfit
from relance.drafts.notes import fragments

NAMES = {"team": "votre équipe", "company": "", "company_of": ""}
EN_NAMES = {"team": "your team", "company": "", "company_of": ""}


def _fr(*items: str) -> str:
    return motivation(list(items), "fr", NAMES).sentence


def _en(*items: str) -> str:
    return motivation(list(items), "en", EN_NAMES).sentence


def test_money_is_no_reason() -> None:
    assert unfit("être payée pendant mes études", noun=False)
    assert unfit("get paid to learn", noun=False)
    assert "paid" not in _en("get paid to learn")


def test_a_job_word_near_money_words_stays_a_reason() -> None:
    assert not unfit("le poste de sous-chef", noun=True)
    assert not unfit("l'enseignement", noun=True)


def test_one_s_own_need_is_no_reason() -> None:
    assert unfit("un besoin de travailler vite", noun=True)
    assert "besoin" not in _fr("besoin de travailler vite")


def test_a_noun_phrase_running_on_into_a_clause_is_no_reason() -> None:
    assert unfit("l'Opera j'en rêve depuis toujours", noun=True)
    assert unfit("the ivy's a proper brand", noun=True)
    assert unfit("une commune où j'ai grandi", noun=True)


def test_a_plain_noun_phrase_is_a_reason() -> None:
    assert not unfit("un groupe solide", noun=True)
    assert not unfit("the team's energy", noun=True)
    assert "l'enseignement en lycée" in _fr("l'enseignement en lycée")


def test_a_pasted_clause_goes_back_to_the_candidate() -> None:
    said = _fr("c'est stable")
    assert "stable" not in said
    assert "[à compléter" in said
    assert "private" not in _en("HDFC is top private bank")


def test_a_safe_sentence_stays_when_every_reason_goes_back() -> None:
    said = _fr("c'est stable")
    assert said.startswith("Je vous confirme ma motivation pour rejoindre votre équipe.")


def test_what_the_job_does_to_the_candidate_is_a_reason() -> None:
    assert moves_me("le secteur des télécoms me passionne")
    assert moves_me("the mission appeals to me")
    assert "me passionne" in _fr("le secteur des télécoms me passionne")


def test_a_vague_subject_moving_the_candidate_is_no_reason() -> None:
    assert not moves_me("ça me plaît")
    assert not moves_me("c'est stable")


@pytest.mark.parametrize(
    "typed", ["transport provided at night", "free parking on site", "staff discount", "tips"]
)
def test_it_hands_back_a_perk_given_as_the_reason(typed: str) -> None:
    # writer Z: "What attracts me to the role is the transport provided at night." mercenary
    assert unfit(typed, noun=True, lang="en")


@pytest.mark.parametrize(
    ("typed", "curt"),
    [
        ("books", True),
        ("animals", True),
        ("teamwork", False),
        ("outdoors", False),
        ("Lagos", False),
    ],
)
def test_it_hands_back_a_plural_alone(typed: str, curt: bool) -> None:
    # "What attracts me to the role is books." reads curt; "the teamwork" does not
    assert unfit(typed, noun=True, lang="en") is curt


def test_it_leaves_french_perks_to_the_role_sentence_as_before() -> None:
    assert not unfit("les repas", noun=True, lang="fr")


def test_it_reads_no_perk_in_what_a_brand_is() -> None:
    assert not unfit("ethical brand, cruelty free", noun=True, lang="en")


def test_a_perk_or_the_setting_is_no_reason() -> None:
    # writer Z (z14, z22): "c'est le logement de fonction", "c'est la vallée"
    said = _fr("travailler pour mon quartier", "le logement de fonction")
    assert "logement" not in said and "quartier" in said
    assert "vallée" not in _fr("la vallée")
    assert "voiture" not in _fr("la voiture de service")
    assert "enseignement" in _fr("l'enseignement en lycée")
    assert "plage" in _fr("un restaurant sur la plage")  # the workplace, not the setting


@pytest.mark.parametrize("typed", ["first job", "more hrs", "extra shifts", "my first proper job"])
def test_it_hands_back_the_candidates_own_situation_as_the_reason(typed: str) -> None:
    # writer H (h27, h29): "What attracts me to the role is the first job.", "… more hours."
    assert unfit(typed, noun=True, lang="en")
    assert not unfit("the first aid training", noun=True, lang="en")
    assert not unfit("more responsibility", noun=True, lang="en")


@pytest.mark.parametrize("typed", ["adult learners", "young families", "older patients"])
def test_it_says_people_as_working_with_them(typed: str) -> None:
    assert f"What attracts me to the role is working with {typed}." in _en(typed)


@pytest.mark.parametrize("typed", ["miss the engineering chat", "leave the classroom"])
def test_it_never_wishes_what_the_candidate_misses_or_leaves(typed: str) -> None:
    assert "I would like to" not in _en(typed)


def test_it_keeps_people_after_a_preposition_as_typed() -> None:
    assert "working with" not in _en("respect for families")


def test_it_hands_back_a_verb_typed_without_its_subject() -> None:
    # "reste à Lyon" is "je reste à Lyon", never "c'est un reste à Lyon" (writer I's reader)
    for note in ("reste à Lyon nord", "reste à Bordeaux centre"):
        written = motivation([note], "fr", NAMES)
        assert "un reste" not in written.sentence
        assert note in written.to_rewrite


def test_it_hands_back_a_noun_hung_on_an_adjective() -> None:
    written = motivation(["horaires compatibles crèche"], "fr", NAMES)
    assert "compatibles crèche" not in written.sentence
    assert "horaires compatibles crèche" in written.to_rewrite


def test_it_makes_definite_a_noun_its_complement_or_public_names() -> None:
    assert "c'est le service public." in _fr("service public")
    assert "c'est la santé publique" in _fr("santé publique")
    assert "c'est le secteur de la petite enfance" in _fr("secteur de la petite enfance")


def test_it_keeps_the_indefinite_article_of_a_plain_reason() -> None:
    assert "c'est une équipe soudée" in _fr("équipe soudée")


def test_it_hands_back_a_wish_for_a_thing() -> None:
    assert unfit("envie d'enfants calmes", noun=True, lang="fr")
    assert unfit("envie de cuisine", noun=True, lang="fr")
    assert not unfit("envie d'évoluer", noun=True, lang="fr")


@pytest.mark.parametrize(
    ("typed", "lang"),
    [
        ("fini l'administratif et les impayés", "fr"),
        ("marre des horaires coupés", "fr"),
        ("quitter la compta", "fr"),
        ("no more night shifts", "en"),
        ("done with agency work", "en"),
    ],
)
def test_it_hands_back_what_the_candidate_leaves_behind(typed: str, lang: str) -> None:
    assert unfit(typed, noun=True, lang=lang)


@pytest.mark.parametrize(
    ("typed", "lang"),
    [("plus de responsabilités", "fr"), ("un contrat fixe", "fr"), ("more variety", "en")],
)
def test_it_keeps_a_reason_that_only_looks_like_leaving(typed: str, lang: str) -> None:
    assert not unfit(typed, noun=True, lang=lang)


def test_it_writes_no_reason_from_a_complaint() -> None:
    written = motivation(["fini l'administratif et les impayés, horaires fixes"], "fr", NAMES)
    assert "fini" not in written.sentence


@pytest.mark.parametrize(
    ("lang", "reason"),
    [("fr", "le sens"), ("fr", "l'industrie"), ("fr", "les enfants"), ("en", "the growth")],
)
def test_it_hands_back_a_reason_readers_find_curt(lang: str, reason: str) -> None:
    written = _fr(reason.split(" ", 1)[-1]) if lang == "fr" else _en("growth")
    assert curt(reason, lang)
    assert "compléter" in written or "fill in" in written


def test_it_keeps_the_other_piece_of_a_note_when_one_goes_back() -> None:
    written = _en("teaching hospital, growth")
    assert "Working in a teaching hospital particularly appeals to me." in written
    assert "growth" not in written


def test_it_says_a_reason_with_what_about_it_attracts() -> None:
    assert not curt("le sens du service public", "fr")
    assert "c'est le sens du service public." in _fr("le sens du service public")


def test_it_keeps_the_reason_without_the_notes_comment_on_it() -> None:
    from relance.drafts.motivation import motivation

    said = motivation(
        ["l'inclusion des personnes handicapées, ça a du sens pour moi"],
        "fr",
        {"company": "l'Adapt", "company_of": "de l'Adapt"},
    ).sentence
    assert "c'est l'inclusion des personnes handicapées." in said
    assert "sens pour moi" not in said


def test_it_hands_back_a_reason_said_as_a_comparison() -> None:
    from relance.drafts.motive_fit import curt

    assert curt("more engineering", "en")
    assert curt("bigger brands than my freelance clients", "en")
    assert curt("plus de responsabilités", "fr")
    assert not curt("the engineering work", "en")


def test_it_says_the_employers_project_with_the() -> None:
    written = motivation(fragments("projet pédagogique tourné vers la nature", "fr"), "fr", NAMES)
    assert "c'est le projet pédagogique tourné vers la nature." in written.sentence  # Y's y05


def test_it_hands_back_a_comparison_said_with_its_article() -> None:
    assert curt("the bigger jobs than my current firm", "en")  # writer Y's y39


def test_ones_papers_are_no_reason() -> None:
    # writer AB's ab07: « Ce qui m'attire dans ce poste, c'est la résidence permanente … »
    assert unfit("résidence permanente obtenue en août", noun=True)
    assert unfit("got my work permit", noun=False)
    assert "résidence" not in _fr("résidence permanente obtenue en août")


def test_a_wish_typed_as_one_speaks_is_written_as_a_letter_says_it() -> None:
    # writer AB's ab05 and ab07
    assert "Je souhaite m'établir à Québec." in _fr(
        "résidence permanente obtenue en août, je veux me poser à québec"
    )
    assert "Je souhaite occuper un poste à l'année à Lausanne." in _fr(
        "fini les saisons, je veux une place à l'année à lausanne"
    )
    # settling is said of a place only: « m'établir sur une longue mission » is no French
    assert "m'établir" not in _fr("je veux me poser sur une longue mission")
