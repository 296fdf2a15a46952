"""Writer CA's reader (session 53): events, banks, building sites and schools. A season's start
is no job given, a signing already past is not noted, « y » elides what stands before it, a
liking is no wish, and the articles a careful writer gives. Each test failed before."""

from __future__ import annotations

from datetime import date

from relance.drafts.grammar import fr_elision
from relance.drafts.messages import catchup_email
from relance.drafts.settled import part_preview
from tests.drafts.factories import make_ctx


def _text(**fields: object) -> str:
    return catchup_email(make_ctx(**fields)).text.replace("\xa0", " ")


def test_it_elides_before_the_pronoun_y() -> None:
    assert fr_elision("Je y vais, il faut que je y aille, je ne y crois pas.") == (
        "J'y vais, il faut que j'y aille, je n'y crois pas."
    )
    assert fr_elision("des tartes de yaourt") == "des tartes de yaourt"


def test_it_notes_a_season_s_start_without_thanking_for_an_offer() -> None:
    text = _text(process="elle m'appelle jeudi\ndébut saison le 19 octobre")
    assert "mon arrivée" not in text
    assert "confiance" not in text
    assert "que la saison commence le lundi 19 octobre" in text


def test_it_does_not_note_a_signing_already_past() -> None:
    text = _text(
        send_on=date(2026, 10, 19),
        process="début lundi 19 octobre 7h sur le chantier\n"
        "passer à l'agence vendredi 16 avant 12h signer le contrat",
    )
    assert "signature du contrat" not in text


def test_it_never_wishes_a_liking() -> None:
    preview = part_preview(make_ctx(motivation="aimer les petits"), "motivation")
    assert "souhaite aimer" not in preview.sentence
    assert "aimer les petits" in preview.to_rewrite


def test_it_gives_a_way_of_working_its_definite_article() -> None:
    assert "c'est le travail d'équipe" in _text(motivation="travail d'equipe")
    assert "c'est l'envergure du projet" in _text(motivation="projet enorme")


def test_it_reads_an_acronym_plural_from_its_adjective() -> None:
    assert "les EPI complets" in _text(expectations="EPI complets")


def test_it_gives_english_articles_where_a_careful_writer_does() -> None:
    assert "the career path to PM" in _text(lang="en", motivation="career path to PM")
    assert "you mentioned a fitness test" in _text(lang="en", expectations="fitness test")
    text = _text(lang="en", role_understood="breakfast, games, homework club, pick ups")
    assert "the homework club and the pick-ups" in text
    assert "to pick ups" not in text


def test_it_reads_a_trade_compound_before_its_paper_as_a_noun() -> None:
    text = _text(lang="en", expectations="work at height certs")
    assert "work-at-height certificates" in text
    assert "to work at height" not in text


def test_it_never_names_a_label_left_alone() -> None:
    text = _text(lang="en", recruiter_needs="dates")
    assert "You mentioned dates." not in text


def test_it_gives_the_call_that_sets_a_stage_its_day_not_the_stage() -> None:
    text = _text(
        process="2e entretien avec le directeur d'agence après le pont, elle me rappelle "
        "mercredi 14 pour fixer"
    )
    assert "organisé le second entretien" not in text
    assert "afin d'organiser un second entretien" in text


def test_it_reads_a_level_and_its_number_as_no_adjective() -> None:
    text = _text(lang="en", strong_points="5 yrs youth work, food hygiene level 2")
    assert "my 5 years of youth work experience and my food hygiene level 2" in text
