"""The confidence gate: a sentence from notes is written only when it is certainly right."""

from __future__ import annotations

import pytest

from relance.drafts import gate, proofread
from relance.drafts.templates import phrase

needs_grammalecte = pytest.mark.skipif(not proofread.available(), reason="no Grammalecte")


def refused(lang: str, key: str, **values: str) -> bool:
    return bool(gate.faults(phrase(lang, key, **values), lang))


@pytest.mark.parametrize(
    "items",
    [
        "my board of 3",
        "my video call with BSL interpreter",
        "my group interview with 4 other people",
        "my why I chose page objects",
        "my drove a school bus",
    ],
)
def test_it_refuses_an_event_or_a_clause_as_an_english_strong_point(items: str) -> None:
    assert refused("en", "strong_points", items=items)


@pytest.mark.parametrize(
    "items", ["my experience in retail", "my 2 years at the yard", "my calm with customers"]
)
def test_it_writes_an_english_strength(items: str) -> None:
    assert not refused("en", "strong_points", items=items)


@needs_grammalecte
@pytest.mark.parametrize(
    "items",
    [
        "mon M. Dufour-Perrin chef de secteur",
        "ma visite de l'unité protégée",
        "mes 30 minutes à pied dans les rangs",
    ],
)
def test_it_refuses_an_event_or_a_person_as_a_french_strong_point(items: str) -> None:
    assert refused("fr", "strong_points", items=items)


@needs_grammalecte
@pytest.mark.parametrize(
    "items", ["mon expérience en cuisine traditionnelle", "mes 5 ans à l'accueil", "mon CAP"]
)
def test_it_writes_a_french_strength(items: str) -> None:
    assert not refused("fr", "strong_points", items=items)


@pytest.mark.parametrize(
    ("key", "values"),
    [
        ("motivation_reasons", {"items": "pensionable"}),
        ("motivation_reasons", {"items": "the go full time after 1 year"}),
        ("motivation_join", {"place": "a hospital work matters"}),
        ("motivation_wish", {"action": "need a job"}),
        ("motivation_wish", {"action": "home every night"}),
    ],
)
def test_it_refuses_an_english_motivation_of_the_wrong_shape(
    key: str, values: dict[str, str]
) -> None:
    assert refused("en", key, **values)


@pytest.mark.parametrize(
    ("key", "values"),
    [
        ("motivation_reasons", {"items": "helping people"}),
        ("motivation_reasons", {"items": "the small team"}),
        ("motivation_reasons", {"items": "a kitchen that trains its people"}),
        ("motivation_join", {"place": "a hotel near my flat"}),
        ("motivation_wish", {"action": "stay in nursing"}),
        ("motivation_wish", {"action": "learn propagation properly"}),
    ],
)
def test_it_writes_an_english_motivation_of_the_right_shape(
    key: str, values: dict[str, str]
) -> None:
    assert not refused("en", key, **values)


@needs_grammalecte
def test_it_refuses_french_nouns_side_by_side() -> None:
    assert refused("fr", "motivation_reasons", items="une cuisine du marché produits frais")
    assert refused("fr", "role_things_also", items="les couloirs service de chirurgie")
    assert not refused("fr", "role_things_also", items="la vente et la caisse")
    assert not refused("fr", "role_items", items="la mise en place et le poste chaud")
    assert not refused("fr", "motivation_reasons", items="la mission à fort enjeu")
    assert not refused("fr", "strong_points", items="ma bonne aisance au téléphone")


@needs_grammalecte
def test_it_refuses_people_or_an_infinitive_as_what_the_role_covers() -> None:
    assert refused("fr", "role_items", items="l'équipe de 5 développeurs")
    assert not refused("fr", "role_items", items="les patrouilles en équipe de 3")
    assert refused("fr", "role_items", items="le vivre à la maison")
    assert not refused("fr", "role_items", items="la prise d'appels")
    assert refused("en", "role_things", items="the team of 5")
    assert not refused("en", "role_things", items="the reception")


@pytest.mark.parametrize(
    ("key", "actions"),
    [
        ("role_actions", "spot checks, audit forms, order supplies and report to contract manager"),
        ("role_actions", "clean rooms"),
        ("expectations_actions", "learn the new software in first month"),
        ("expectations_actions", "report to contract manager"),
    ],
)
def test_it_refuses_an_english_action_of_the_wrong_shape(key: str, actions: str) -> None:
    assert refused("en", key, actions=actions)


@pytest.mark.parametrize(
    ("key", "actions"),
    [
        ("role_actions", "restock the shelves and serve customers"),
        ("role_actions", "lead campaigns and manage agencies"),
        ("expectations_actions", "train the commis chefs"),
        ("expectations_actions", "turn up on time every day"),
        ("expectations_actions", "learn the new software in the first month"),
        ("expectations_actions", "report to the contract manager"),
    ],
)
def test_it_writes_an_english_action_of_the_right_shape(key: str, actions: str) -> None:
    assert not refused("en", key, actions=actions)


def test_it_refuses_shorthand_symbols_and_unknown_words() -> None:
    assert refused("en", "role_things", items="the till + stock")
    assert refused("en", "role_things", items="the rota w/ ppl")
    assert refused("en", "role_things", items="checks -> audits")
    assert not refused("en", "role_things", items="the till and the stock")


def test_it_takes_names_from_the_debrief_as_known() -> None:
    sentence = phrase("en", "role_things", items="the zorbo line")
    assert gate.faults(sentence, "en")
    assert not gate.faults(sentence, "en", frozenset({"zorbo"}))


def test_it_refuses_the_third_person_in_a_note_not_in_a_frame() -> None:
    assert refused("en", "notes_clause", clause="he said the hours are flexible")
    assert not refused("en", "notes_clause", clause="the hours are flexible")


@needs_grammalecte
def test_it_reads_the_french_third_person_in_notes_only() -> None:
    assert refused("fr", "notes_clause", clause="elle a dit que les horaires changent")
    assert not refused("fr", "role_things_also", items="la caisse")  # "Il comprend aussi"
    assert not refused("fr", "notes_clause", clause="il faut un permis B")


def test_it_refuses_a_sentence_from_notes_over_the_length_bound() -> None:
    long = ", ".join(["the stock"] * 14)
    assert refused("en", "role_things", items=long)
    assert not refused("en", "role_things", items="the stock and the till")


@pytest.mark.parametrize(
    ("name", "typed", "lang", "of"),
    [
        ("SDIS 35", "SDIS 35", "fr", "de SDIS 35"),
        ("CRC Bretagne Nord", "CRC bretagne nord (comité régional)", "fr", "de CRC Bretagne Nord"),
        ("Teleperf", "teleperf (teleperformance france)", "fr", "de Teleperf"),
        (
            "Dept of Rural & Community Development",
            "dept of rural & community development",
            "en",
            "",
        ),
        ("North East Harbours Trust", "North East Harbours Trust", "en", ""),
    ],
)
def test_it_does_not_name_a_company_whose_article_is_unsure(
    name: str, typed: str, lang: str, of: str
) -> None:
    assert not gate.company_certain(name, typed, lang, of)


@pytest.mark.parametrize(
    ("name", "typed", "lang", "of"),
    [
        ("Nexity", "Nexity", "fr", "de Nexity"),
        ("Brasserie Le Comptoir", "brasserie le comptoir", "fr", "de la Brasserie Le Comptoir"),
        ("Galeries Lafayette", "Galeries Lafayette", "fr", "des Galeries Lafayette"),
        ("Kier Construction", "Kier Construction", "en", ""),
        ("Decathlon", "decathlon", "en", ""),
        ("Capgemini", "capgemini (site de Nantes)", "fr", "de Capgemini"),
        ("Marks & Spencer", "Marks & Spencer", "en", ""),
    ],
)
def test_it_names_a_company_whose_article_is_sure(
    name: str, typed: str, lang: str, of: str
) -> None:
    assert gate.company_certain(name, typed, lang, of)


def test_it_hands_back_the_notes_of_a_sentence_that_fails() -> None:
    from relance.drafts.phrased import Phrased

    items = ["my board of 3", "my experience in retail"]

    def build() -> Phrased:
        from relance.drafts import strengths

        return strengths.strong_points(items, "en", "")

    written, refused_notes = gate.gated(build, items, "en")
    assert "board" not in written.sentence
    assert "experience in retail" in written.sentence
    assert refused_notes == ["my board of 3"]


@needs_grammalecte
def test_it_reads_a_second_object_as_the_first_action_s() -> None:
    assert not refused(
        "fr", "role_actions", actions="à répondre aux adhérents par téléphone et mail"
    )
    assert not refused(
        "fr", "expectations_actions", actions="accepter les horaires et les week-ends"
    )


@needs_grammalecte
def test_it_reads_french_adverbs_nouns_alone_and_amounts_as_french() -> None:
    assert not refused("fr", "motivation_reasons", items="un travail dehors")
    assert not refused("fr", "expectations_things", items="des classes plus petites")
    assert not refused("fr", "expectations_things", items="la rapidité et le sourire")
    assert not refused("fr", "expectations_things", items="environ 40 recrutements par mois")


@needs_grammalecte
def test_it_refuses_a_french_determiner_without_its_noun() -> None:
    assert refused("fr", "needs_search", items="quelqu'un qui fait une d'ici le vendredi")
    assert not refused("fr", "needs_search", items="quelqu'un qui fait une tournée le vendredi")


def test_it_reads_an_english_adjective_with_its_own_phrase() -> None:
    assert not refused("en", "motivation_reasons", items="steady work close to home")
    assert not refused("en", "strong_points", items="my 1 season in Val d'Isère")


def test_it_hands_back_the_note_a_fault_is_about_even_written_shorter() -> None:
    notes = ["mes DEAS 2019 et 5 ans en SSR", "visite de l'unité protégée (elle m'a fait visiter)"]
    sentence = "Notre échange m'a permis de mettre en avant ma visite de l'unité protégée."
    assert gate.at_fault(sentence, "ma visite de l'unité protégée", notes) == [notes[1]]


@needs_grammalecte
def test_it_leaves_a_french_name_typed_small_to_the_proofreader() -> None:
    assert not refused("fr", "needs_said", clause="l'équipe travaille au portugal")
    assert refused("fr", "needs_said", clause="l'équipe fait de la visio")


@pytest.mark.parametrize(
    ("lang", "team"), [("fr", "l'équipe de votre client"), ("en", "your client's team")]
)
def test_it_gives_an_agencys_consultant_the_clients_team_when_unsure(lang: str, team: str) -> None:
    from relance.drafts import catchup_email
    from tests.drafts.factories import make_ctx

    ctx = make_ctx(lang=lang, company="randstad colmar", agency_client="GAEC du Haut Jura")
    text = catchup_email(ctx).text
    assert team in text
    assert "votre équipe" not in text and "your team" not in text


def test_it_still_says_your_team_to_an_employer_whose_name_is_unsure() -> None:
    from relance.drafts import catchup_email
    from tests.drafts.factories import make_ctx

    text = catchup_email(make_ctx(company="SDIS 35")).text
    assert "rejoindre votre équipe" in text


# Session 15 (writer H's reading): fragments pasted where only a note could stand.
@needs_grammalecte
@pytest.mark.parametrize(
    ("key", "values"),
    [
        (
            "motivation_items",
            {"team": "votre équipe", "items": "la mission longue possible embauche"},
        ),
        (
            "motivation_items",
            {"team": "votre équipe", "items": "un contrat stable possible titularisation"},
        ),
        ("strong_points", {"items": "ma maîtrise Cegid"}),
        ("strong_points", {"items": "ma connaissance SAP"}),
        ("strong_glad_m", {"what": "mon carnet d'adresses artisans sur le 27"}),
        ("motivation_items", {"team": "votre équipe", "items": "le mentorat me rassure"}),
        ("motivation_items", {"team": "votre équipe", "items": "l'ambiance me plaît"}),
        ("expectations_things", {"items": "la formation au logiciel en 1 semaine puis autonome"}),
        ("role_items", {"items": "les chaussures fournies par moi"}),
        ("role_items", {"items": "la prise de rendez-vous titres"}),
    ],
)
def test_it_refuses_a_noun_phrase_a_note_was_pasted_into(key: str, values: dict[str, str]) -> None:
    assert faulty_last(key, values)


def faulty_last(key: str, values: dict[str, str]) -> bool:
    """The frame's last sentence read alone ("Je vous confirme…. Ce qui m'attire…")."""
    return bool(gate.faults(gate.sentences(phrase("fr", key, **values))[-1], "fr"))


@needs_grammalecte
@pytest.mark.parametrize(
    ("key", "values"),
    [
        ("motivation_items", {"team": "votre équipe", "items": "la mission longue"}),
        ("strong_points", {"items": "ma maîtrise de SAP"}),
        ("strong_points", {"items": "le logiciel Cegid"}),
        ("motivation_items", {"team": "votre équipe", "items": "l'ambiance qui me plaît"}),
        ("strong_glad_f", {"what": "le fait que je connaisse le stockage grande hauteur"}),
        ("strong_glad_f", {"what": "ma réponse sur l'enfant qui fait pipi en classe"}),
        ("role_items", {"items": "la tenue, la révision et les liasses"}),
        ("role_items", {"items": "le service du midi et du soir, et un rang de six tables"}),
        ("notes_items", {"items": "le début le lundi 2 novembre si tout va bien"}),
    ],
)
def test_it_lets_a_written_noun_phrase_through(key: str, values: dict[str, str]) -> None:
    assert not faulty_last(key, values)


@needs_grammalecte
@pytest.mark.parametrize(
    ("key", "clause"),
    [
        ("strong_mine", "je l'ai close en 5 minutes"),
        ("strong_mine", "je la connais depuis 2019"),
        ("needs_said", "le patron veut lever le pied"),
        ("needs_said", "la gérante part à la retraite en juin"),
        ("strong_liked", "vous avez parlé de mon stage de 3e"),
        ("strong_liked", "vous avez pris des notes"),
        ("strong_liked", "vous avez noté quand j'ai parlé des allergies"),
        ("strong_liked", "vous avez bien accroché sur mes plaies chroniques"),
    ],
)
def test_it_refuses_a_clause_that_cannot_stand_in_its_frame(key: str, clause: str) -> None:
    assert refused("fr", key, clause=clause)


@needs_grammalecte
@pytest.mark.parametrize(
    ("key", "clause"),
    [
        ("strong_clause", "la mise en situation s'est bien passée"),
        ("needs_said", "la personne recrutée remplacera un départ"),
    ],
)
def test_it_lets_a_clause_in_its_frame_through(key: str, clause: str) -> None:
    assert not refused("fr", key, clause=clause)


@pytest.mark.parametrize(
    ("lang", "key", "clause"),
    [
        ("fr", "strong_liked", "vous avez souligné mon expérience en EHPAD"),
        ("fr", "strong_clause_first", "la partie portfolio s'est bien passée"),
        ("en", "strong_liked", "you liked my dish"),
    ],
)
def test_it_refuses_the_frames_readers_reject_whatever_the_clause(
    lang: str, key: str, clause: str
) -> None:
    assert refused(lang, key, clause=clause)


@pytest.mark.parametrize(
    ("lang", "said", "not_a_strength"),
    [
        ("fr", "je connais le logiciel", "j'ai pu parler concret"),
        ("fr", "je parle néerlandais", "j'ai parlé des activités du matin"),
        ("fr", "j'ai géré 25 conseillers", "j'ai bien géré la simulation d'appel"),
        ("en", "I know the software", "I made a flat white"),
        ("en", "I managed a team of 6", "I proposed an upgrade and you smiled"),
    ],
)
def test_it_reports_a_clause_as_said_only_when_it_states_a_strength(
    lang: str, said: str, not_a_strength: str
) -> None:
    assert not refused(lang, "strong_mine_first", clause=said)
    assert refused(lang, "strong_mine_first", clause=not_a_strength)


def test_it_refuses_whom_the_recruiter_loses_said_in_the_third_person() -> None:
    # writer R's r01: never « une personne capable de remplacer son tourier »
    assert refused("fr", "needs_able", actions="de remplacer son tourier qui part en retraite")
    assert not refused("fr", "needs_able", actions="de gérer son stress en plein rush")


def test_it_refuses_a_target_typed_as_the_action_expected() -> None:
    # writer U's u29: never "You expect the person you hire to zero incidents."
    assert refused("en", "expectations_actions", actions="zero incidents")
    assert not refused("en", "expectations_actions", actions="keep the site safe")


def test_it_refuses_a_word_cut_short_by_an_apostrophe_but_not_an_elision() -> None:
    cut = phrase("fr", "needs_profile", items="une AP en congé mat' à remplacer")
    assert gate.faults(cut, "fr")
    elided = phrase("fr", "needs_profile", items="quelqu'un d'autonome jusqu'à l'été")
    assert not gate.faults(elided, "fr")


def test_it_sends_back_only_the_note_two_findings_are_about() -> None:
    from relance.drafts import catchup_email
    from tests.drafts.factories import make_ctx

    notes = (
        "my Brightspace course shells portfolio\n"
        "good laugh about 'surviving grade 9 in pandemic'"  # an unknown word and a symbol
    )
    text = catchup_email(make_ctx(lang="en", strong_points=notes)).text
    assert "my Brightspace course shells portfolio" in text
    assert "surviving" not in text


def test_it_reads_a_participle_agreeing_with_its_noun_as_no_second_noun() -> None:
    kept = "Ce qui m'attire dans ce poste, c'est l'inclusion des personnes handicapées."
    assert not gate.faults(kept, "fr")
    assert gate.faults(phrase("fr", "role_items", items="la gestion stocks"), "fr")


def test_it_refuses_a_third_person_turned_into_vous() -> None:
    # writer Y's y09: « la gouvernante elle a bien aimé … » spoke of someone else
    sentence = "Il me semble aussi que la gouvernante vous avez apprécié mon expérience."
    assert "third person" in gate.faults(sentence, "fr")
    assert not gate.faults("Il me semble aussi que vous avez apprécié mon expérience.", "fr")


def test_it_refuses_the_candidates_own_words_in_a_frame_about_the_person_hired() -> None:
    # writer AE's ae27: "You expect the person you hire to need my 35 hours."
    assert gate.faults("You expect the person you hire to need my 35 hours.", "en")
    assert gate.faults(
        "Vous comptez sur la personne recrutée pour mettre à jour mes papiers.", "fr"
    )
    assert not gate.faults("You expect the person you hire to check the trailers.", "en")
    assert not gate.faults("Vous comptez sur la personne recrutée pour tenir les délais.", "fr")
