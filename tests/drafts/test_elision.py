"""Elision made on the filled frame: 'que' + 'il' is "qu'il", a note's "qu'vous" is 'que vous'."""

from dataclasses import replace

from relance.drafts import catchup_email
from relance.drafts.grammar import fr_elision
from relance.drafts.templates import phrase
from tests.drafts.factories import make_ctx


def test_it_elides_que_before_a_vowel_only() -> None:
    assert fr_elision("Il me semble aussi que il a aimé") == "Il me semble aussi qu'il a aimé"
    assert fr_elision("que vous cherchez") == "que vous cherchez"
    assert fr_elision("lorsque elle part") == "lorsqu'elle part"


def test_it_gives_que_its_vowel_back_before_a_consonant() -> None:
    assert fr_elision("J'ai noté qu'vous cherchez") == "J'ai noté que vous cherchez"
    assert fr_elision("qu’vous") == "que vous"


def test_it_elides_de_before_a_vowel_or_a_mute_h() -> None:
    assert fr_elision("deux ans de expérience") == "deux ans d'expérience"
    assert fr_elision("chef de hôtel") == "chef d'hôtel"
    assert fr_elision("le sens de humour") == "le sens d'humour"
    assert (
        fr_elision("de onze heures, de yaourts, de héros") == "de onze heures, de yaourts, de héros"
    )
    assert fr_elision("d'vous") == "de vous"


def test_it_elides_le_and_la() -> None:
    assert fr_elision("le accueil et la organisation") == "l'accueil et l'organisation"
    assert fr_elision("le hôtel, le homard") == "l'hôtel, le homard"


def test_it_keeps_a_name_after_de_le_or_la_as_typed() -> None:
    assert fr_elision("Madame de Oliveira") == "Madame de Oliveira"
    assert fr_elision("la Brasserie Le Anvers") == "la Brasserie Le Anvers"


def test_it_elides_je_and_ne() -> None:
    assert fr_elision("je ai aimé") == "j'ai aimé"
    assert fr_elision("Je ai aimé") == "J'ai aimé"
    assert fr_elision("ce ne est pas") == "ce n'est pas"
    assert (
        fr_elision("j'vous remercie, n'vous inquiétez pas")
        == "je vous remercie, ne vous inquiétez pas"
    )


def test_it_elides_si_before_il_only() -> None:
    assert fr_elision("si il le faut, si ils veulent") == "s'il le faut, s'ils veulent"
    assert fr_elision("si elle le souhaite") == "si elle le souhaite"


def test_it_elides_the_filled_frame() -> None:
    assert phrase("fr", "strong_clause", clause="il a aimé") == "Il me semble aussi qu'il a aimé."


def test_it_never_leaves_qu_before_a_consonant_in_the_email() -> None:
    ctx = make_ctx(strong_points="elle a aimé que je sois ponctuelle\nqu'elle a apprécié mon calme")
    text = catchup_email(ctx).text
    assert "qu'vous" not in text
    assert "qu'elle a apprécié mon calme" in [item.text for item in catchup_email(ctx).review]


def test_it_leaves_english_alone() -> None:
    ctx = replace(make_ctx(), lang="en", strong_points="I said que il was fine")
    draft = catchup_email(ctx)
    assert "que il" in " ".join([draft.text, *(item.text for item in draft.review)])
    assert phrase("en", "strong_clause", clause="le accueil").endswith("le accueil.")


def test_it_never_elides_before_a_little_word_that_refuses_it() -> None:
    assert (
        fr_elision("le ou la responsable, de ou vers Lyon")
        == "le ou la responsable, de ou vers Lyon"
    )
    assert fr_elision("que à la fin, je en ai") == "qu'à la fin, j'en ai"


def test_it_never_elides_an_acronym_typed_in_capitals() -> None:
    from relance.drafts.grammar import fr_elision

    assert fr_elision("le poste d'aide-soignante DE à l'EHPAD") == (
        "le poste d'aide-soignante DE à l'EHPAD"
    )
    assert fr_elision("le poste de aide") == "le poste d'aide"
