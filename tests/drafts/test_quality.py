"""A quality in a frame that fits it: masculine after "quelqu'un de", never a lone adjective
where a reason is expected (writer P's blind reading, session 8)."""

from __future__ import annotations

from relance.drafts.motivation import motivation
from relance.drafts.notes import fragments
from relance.drafts.phrasing import needs
from relance.drafts.quality import en_bare_object, fr_someone, lone_quality
from relance.drafts.role_phrasing import role
from relance.drafts.strengths import strong_points

NAMES = {"company": "Acme", "company_of": "d'Acme", "position": "le poste"}


def fr(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_it_writes_the_masculine_after_quelquun_de() -> None:
    written = needs(fragments("qqn de rigoureuse"), "fr")
    assert "quelqu'un de rigoureux." in fr(written.sentence)
    assert "rigoureuse" not in written.sentence


def test_it_writes_each_quality_of_a_list_in_the_masculine() -> None:
    assert fr_someone("quelqu'un d'autonome et de motivée") == "quelqu'un d'autonome et de motivé"


def test_it_hands_back_a_noun_after_quelquun_de() -> None:
    written = needs(fragments("quelqu'un d'assistante au fauteuil"), "fr")
    assert "assistante" not in written.sentence
    assert written.to_rewrite == ("quelqu'un d'assistante au fauteuil",)


def test_it_hands_back_two_words_side_by_side_as_a_quality() -> None:
    written = needs(fragments("anglais obligatoire"), "fr")
    assert "quelqu'un d'anglais" not in written.sentence
    assert written.to_rewrite


def test_it_keeps_a_complement_after_the_quality() -> None:
    assert fr_someone("quelqu'un de fiable avec les chiffres") == (
        "quelqu'un de fiable avec les chiffres"
    )


def test_it_keeps_when_the_quality_is_wanted() -> None:
    assert fr_someone("Quelqu'un de fiable le week-end") == "Quelqu'un de fiable le week-end"
    written = needs(fragments("Quelqu'un de fiable le week-end"), "fr")
    assert "quelqu'un de fiable le week-end." in fr(written.sentence)


def test_it_hands_back_a_lone_adjective_as_a_reason() -> None:
    written = motivation(fragments("hybrid"), "en", NAMES)
    assert "is hybrid" not in written.sentence
    assert written.to_rewrite == ("hybrid",)


def test_it_hands_back_a_list_of_reasons_ending_in_an_adjective() -> None:
    assert lone_quality("the union job and stable", "en")
    assert lone_quality("first full-time role in events and hybrid in Austin", "en")


def test_it_keeps_a_reason_whose_adjective_qualifies_a_noun() -> None:
    assert not lone_quality("the hybrid set-up", "en")
    assert not lone_quality("flexible hours and the union job", "en")
    written = motivation(fragments("the union job"), "en", NAMES)
    assert "the union job" in written.sentence


def test_it_hands_back_an_action_whose_object_lacks_its_article() -> None:
    written = role(fragments("help dentist"), "en")
    assert "help dentist" not in written.sentence
    assert written.to_rewrite == ("help dentist",)
    assert en_bare_object("inspect bus before leaving garage")


def test_it_keeps_an_action_whose_object_needs_no_article() -> None:
    assert not en_bare_object("handle customer complaints")
    assert not en_bare_object("order stock")
    assert not en_bare_object("use Epic daily")
    assert "run the pass" in role(fragments("run the pass"), "en").sentence


def test_it_never_writes_a_quality_as_the_candidates_strong_point() -> None:
    written = strong_points(["good at science GCSEs"], "en")
    assert "my good" not in written.sentence
    assert written.to_rewrite == ("good at science GCSEs",)


def test_it_keeps_an_adverb_after_the_quality() -> None:
    assert fr_someone("quelqu'un d'opérationnelle tout de suite") == (
        "quelqu'un d'opérationnel tout de suite"
    )


def test_it_keeps_an_action_ending_in_an_adjective() -> None:
    assert not en_bare_object("keep job sheets tidy for the invoicing")


def test_it_reads_a_number_as_part_of_the_object() -> None:
    assert not en_bare_object("mentor tier 1 techs")


def test_it_hands_back_what_quelquun_de_cannot_frame() -> None:
    # a nationality for a language, a bare plural after the complement's preposition, hours
    for typed in (
        "quelqu'un d'anglais",
        "quelqu'un d'espagnol",
        "quelqu'un d'autonome sur bilans",
        "quelqu'un de patient avec enfants",
        "quelqu'un d'autonome de 3 h à 11 h",
        "quelqu'un de disponible dès 6 h",
    ):
        assert fr_someone(typed) is None, typed


def test_it_keeps_a_quality_with_its_determined_complement() -> None:
    for typed in (
        "quelqu'un d'autonome sur les bilans",
        "quelqu'un de bilingue",
        "quelqu'un de disponible sur place",
    ):
        assert fr_someone(typed) == typed


def test_it_never_joins_a_purpose_and_an_ability_in_one_person_sought() -> None:
    for typed in (
        "qqn pour industrialiser les pipelines\ntravailler avec la plateforme de calcul",
        "quelqu'un pour la stérilisation\nremplacer une assistante qui part en juin",
    ):
        written = fr(needs(fragments(typed), "fr").sentence)
        assert "et capable" not in written, typed
        assert "Le poste demande aussi de" in written, typed


def test_it_says_a_language_level_expected_as_a_thing() -> None:
    from relance.drafts.role_phrasing import expectations

    for note, said in (
        ("portugais correct", "un portugais correct"),
        ("anglais fonctionnel", "un anglais"),
    ):
        written = expectations([note], "fr").sentence
        assert said in written
        assert "quelqu'un d" not in written


def test_it_reads_two_qualities_joined_by_et_without_a_second_de() -> None:
    # the dev set's "qqn de motivé et curieux", "qqn de propre et organisé"
    assert fr_someone("quelqu'un de motivé et curieux") == "quelqu'un de motivé et curieux"
    assert fr_someone("quelqu'un de propre et organisée") == "quelqu'un de propre et organisé"
    written = needs(fragments("quelqu'un de motivé et curieux"), "fr")
    assert "vous recherchez quelqu'un de motivé et curieux." in fr(written.sentence)
    assert not written.to_rewrite


def test_it_hands_back_et_before_what_is_no_quality() -> None:
    assert fr_someone("quelqu'un de motivé et permis B") is None
    assert fr_someone("quelqu'un de motivé et assistante") is None


def test_it_keeps_the_nouns_french_puts_after_quelquun_de() -> None:
    assert fr_someone("quelqu'un de confiance") == "quelqu'un de confiance"
    assert fr_someone("quelqu'un de terrain") == "quelqu'un de terrain"
    assert fr_someone("quelqu'un de vendeuse") is None


def test_it_says_one_person_sought_with_all_her_qualities() -> None:
    typed = "une personne patiente, capable de travailler en binôme avec les infirmières"
    written = needs(fragments(typed, "fr"), "fr")  # writer V's v02: "quelqu'un de capable de"
    assert fr(written.sentence) == (
        "D'après ce que vous m'avez dit, vous recherchez une personne patiente et capable de "
        "travailler en binôme avec les infirmières."
    )


def test_it_writes_no_de_before_a_quality_with_its_own_complement() -> None:
    written = needs(fragments("ponctuel\ncapable de travailler seul", "fr"), "fr")
    assert "quelqu'un de ponctuel et capable de travailler seul." in fr(written.sentence)
    written = needs(fragments("capable de travailler seul", "fr"), "fr")
    assert "une personne capable de travailler seule." in fr(written.sentence)
