"""Each note said once, a person sought among the needs, unreadable notes never phrased,
the company named whole."""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.company_names import clean_company
from relance.drafts.settled import part_preview
from tests.drafts.factories import make_ctx

LONG = "Société Nouvelle des Établissements Hôteliers et Restaurants de la Côte d'Azur et de Monaco"


def test_it_says_an_item_typed_twice_in_a_field_once() -> None:
    ctx = make_ctx(expectations="former les commis\n- Former les commis !\n- former les commîs")
    sentence = part_preview(ctx, "expectations").sentence
    assert sentence == "Vous comptez sur la personne recrutée pour former les commis."


def test_it_says_an_item_typed_in_two_fields_in_the_first_one() -> None:
    ctx = make_ctx(
        recruiter_needs="gérer le rush du midi\n- le chef veut quelqu'un de stable",
        role_understood="prendre les commandes\n- le chef veut quelqu'un de stable",
    )
    text = catchup_email(ctx).text
    assert text.count("le chef veut quelqu'un de stable") == 1
    assert "J'ai retenu que le poste consiste à prendre les commandes." in text


def test_it_says_a_person_sought_among_the_needs() -> None:
    ctx = make_ctx(
        recruiter_needs="gérer le rush du midi",
        role_understood="quelqu'un d'autonome\n- prendre les commandes",
    )
    text = catchup_email(ctx).text
    assert "vous recherchez quelqu'un d'autonome et capable de gérer le rush du midi." in text
    assert "le poste comprend quelqu'un" not in text


def test_it_marks_a_piece_with_no_known_word() -> None:
    ctx = make_ctx(motivation="0/0:B")
    preview = part_preview(ctx, "motivation")
    assert preview.sentence.replace("\xa0", " ").endswith(
        "c'est [à compléter : ce qui vous motive dans ce poste]."
    )
    assert "c'est B" not in preview.sentence
    assert preview.to_rewrite == ("B",)


def test_it_lists_a_piece_without_letters_as_unreadable() -> None:
    preview = part_preview(make_ctx(motivation="0/0:B"), "motivation")
    assert [(left.text, left.reason) for left in preview.left_out] == [("0/0", "illegible")]


def test_it_names_a_long_company_whole() -> None:
    text = catchup_email(make_ctx(company=LONG)).text
    assert "de la Côte d'Azur et de Monaco." in text


def test_it_cuts_a_very_long_company_only_at_its_legal_form() -> None:
    name = LONG + " et des Établissements Balnéaires de la Riviera Française et Italienne SAS"
    assert clean_company(name) == name.removesuffix(" SAS")


def test_it_marks_a_person_sought_when_the_needs_are_removed() -> None:
    ctx = make_ctx(
        role_understood="quelqu'un d'autonome\n- prendre les commandes",
        removed_parts=frozenset({"recruiter_needs"}),
    )
    sentence = part_preview(ctx, "role_understood").sentence
    assert sentence.startswith("J'ai retenu que le poste consiste à prendre les commandes.")
    assert "comprend quelqu'un" not in sentence
    assert sentence.replace("\xa0", " ").endswith(
        "[à compléter : une phrase sur ce que vous avez retenu du poste]"
    )
    assert part_preview(ctx, "role_understood").to_rewrite == ("quelqu'un d'autonome",)
