"""Notes typed as whole sentences, said to the recruiter as the candidate wrote them (issue 11,
writer BP's reader: "handed back though the notes give them" in 20 of 40 drafts).

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email, typed_sentences
from tests.drafts.factories import empty_debrief, handed_back


def _fr(**parts: str) -> tuple[str, list[str]]:
    written = catchup_email(empty_debrief(**parts))
    part = next(iter(parts))
    return written.text, handed_back(written, part)


def _en(**parts: str) -> tuple[str, list[str]]:
    written = catchup_email(
        empty_debrief(lang="en", company="Rosewood Care Home", position="Care Assistant", **parts)
    )
    part = next(iter(parts))
    return written.text, handed_back(written, part)


def test_it_says_a_need_typed_as_a_sentence_to_the_recruiter() -> None:
    typed = (
        "Elle a besoin de quelqu'un de fiable pour l'ouverture à 6h30, trois matins par semaine."
    )
    text, back = _fr(recruiter_needs=typed)
    said = (
        "D'après ce que vous m'avez dit, vous avez besoin de quelqu'un de fiable pour l'ouverture"
    )
    assert said in text
    assert "trois matins par semaine." in text
    assert back == []


def test_it_tells_the_recruiter_what_the_candidate_explained() -> None:
    typed = "J'ai expliqué que j'ai géré un portefeuille de 300 clients pendant trois ans."
    text, back = _fr(strong_points=typed)
    # the sequence of tenses after a past verb of telling
    assert "Je vous ai expliqué que j'avais géré un portefeuille de 300 clients" in text
    assert back == []


def test_it_keeps_the_candidates_motivation_softened() -> None:
    typed = "J'aime le contact avec les habitués et je veux un CDI près de chez moi."
    text, back = _fr(motivation=typed)
    assert "Je vous confirme ma motivation pour rejoindre l'équipe de la Brasserie Lipp." in text
    assert "J'aime le contact avec les habitués et je souhaite un CDI près de chez moi." in text
    assert back == []


def test_it_addresses_the_recruiter_told_in_english() -> None:
    typed = "I told her about my NZQA Level 3 and my four years looking after my grandmother."
    text, back = _en(strong_points=typed)
    assert "I told you about my NZQA Level 3 and my four years" in text
    assert back == []


def test_it_reads_a_plurals_possessive_as_english() -> None:
    typed = "She wants someone who can speak Samoan or Tongan for some residents' families."
    text, back = _en(recruiter_needs=typed)
    assert "someone who can speak Samoan or Tongan for some residents' families." in text
    assert back == []


def test_it_rephrases_a_fragment_typed_on_a_phone() -> None:
    text, _back = _fr(recruiter_needs="elle a besoin de qqn de fiable pour l'ouverture")
    assert "vous recherchez quelqu'un de fiable pour l'ouverture." in text


def test_it_never_sends_a_hedge_or_a_self_rating() -> None:
    typed = "I think I was very convincing on safety, I quoted my years as a forklift driver."
    _text, back = _en(strong_points=typed)
    assert back  # the candidate rewrites it: never "I think I was very convincing"


def test_it_never_sends_a_remark_as_a_need() -> None:
    typed = "Elle a insisté, ici on ne vend pas, on conseille."
    assert typed_sentences.said_as_typed(typed[:-1], typed, "fr", "recruiter_needs") == ("", "")


def test_it_leaves_a_third_person_it_cannot_address() -> None:
    typed = "J'ai expliqué mes horaires, ce qui lui a plu."
    assert typed_sentences.said_as_typed(typed[:-1], typed, "fr", "strong_points") == ("", "")


def test_it_reads_only_what_was_typed_as_a_sentence() -> None:
    assert typed_sentences.typed_whole(
        "je sais tenir une caisse seule", "Je sais tenir une caisse seule."
    )
    assert not typed_sentences.typed_whole(
        "je sais tenir une caisse seule", "je sais tenir une caisse seule."
    )
    assert not typed_sentences.typed_whole("Tenir une caisse", "Tenir une caisse.")


def test_it_writes_out_an_english_contraction() -> None:
    typed = "I'm returning to work and I want to use my admin experience in adult social care."
    text, back = _en(motivation=typed)
    assert "I am returning to work and I want to use my admin experience" in text
    assert back == []


def test_it_hands_back_a_comma_splice() -> None:
    typed = "J'aime le contact avec les habitués, je peux venir à pied."
    assert typed_sentences.said_as_typed(typed[:-1], typed, "fr", "motivation") == ("", "")


def test_it_never_tells_the_recruiter_what_she_thought() -> None:
    typed = "Elle a apprécié que je parle des résidents désorientés avec calme."
    assert typed_sentences.said_as_typed(typed[:-1], typed, "fr", "strong_points") == ("", "")


def test_it_never_names_the_recruiter_to_her_face() -> None:
    typed = "Je suis en reconversion et Claire a trouvé mon parcours courageux."
    _text, back = _fr(strong_points=typed)
    assert back  # make_ctx's contact is Claire Durand


def test_it_says_a_second_need_as_also_mentioned() -> None:
    typed = (
        "Quelqu'un de souriant.\nElle a besoin de quelqu'un de fiable pour l'ouverture à 6h30, "
        "trois matins par semaine."
    )
    text, _back = _fr(recruiter_needs=typed)
    assert "vous recherchez quelqu'un de souriant. Vous m'avez aussi indiqué que vous avez " in text


def test_it_never_sends_a_self_assessment() -> None:
    typed = "I gave a good example of calming down an angry customer."
    assert typed_sentences.said_as_typed(typed[:-1], typed, "en", "strong_points") == ("", "")


def test_it_says_also_once() -> None:
    typed = "Vente au comptoir.\nJe m'occuperai aussi des commandes de gâteaux pour le quartier."
    text, _back = _fr(role_understood=typed)
    assert "Si j'ai bien compris, je m'occuperai aussi des commandes de gâteaux" in text


def test_it_never_tells_the_recruiter_her_reaction() -> None:
    for typed, lang in (
        ("I scored well on the online screening test you said.", "en"),
        ("I answered with concrete examples, and Mr Lindqvist took notes.", "en"),
        ("J'ai pu évoquer mon stage en unité protégée, que vous avez jugé formateur.", "fr"),
    ):
        said = typed_sentences.said_as_typed(typed[:-1], typed, lang, "strong_points")
        assert said == ("", ""), typed


def test_it_drops_also_when_nothing_came_before() -> None:
    typed = "I also spoke about my ASYE year in Bradford and the strengths-based model."
    text, back = _en(strong_points=typed)
    assert "I spoke about my ASYE year in Bradford" in text
    assert back == []


def test_it_hands_back_a_noun_without_its_article_after_a_preposition() -> None:
    typed = "Elle souhaite une personne qui aime parler avec clients."
    said = typed_sentences.said_as_typed(typed[:-1], typed, "fr", "recruiter_needs")
    assert said == ("", "")


def test_it_keeps_a_need_a_frame_phrased_before_one_said_as_typed() -> None:
    # over the length limit, the note said as typed is cut first (writer BN's bn02)
    needs = (
        "Ils recherchent des conducteurs pour la rentrée de septembre, mais la formation "
        "interne commence début juillet.\nIls ont besoin de gens disponibles en horaires "
        "décalés, y compris les week-ends et les jours fériés."
    )
    long_notes = {
        "strong_points": "Elle a apprécié que j'aie déjà le permis D obtenu en 2036.",
        "role_understood": "Conduire les bus, vendre des tickets à bord, veiller à la sécurité.",
        "expectations": "Ponctualité absolue.\nCalme face aux incivilités.",
        "motivation": "Je souhaite un métier utile, au contact du public, près de chez moi.",
        "process": "Visite médicale lundi 19 octobre à 9h.\nJe dois apporter mon permis.",
    }
    written = catchup_email(empty_debrief(recruiter_needs=needs, **long_notes))
    cut = [left.text for left in written.left_out if left.reason == "brevity"]
    assert "vous avez besoin de gens disponibles en horaires décalés" in written.text
    assert cut == [
        "ils recherchent des conducteurs pour la rentrée de septembre, mais la formation "
        "interne commence début juillet"
    ]
