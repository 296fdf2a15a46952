"""What a recruiter must not read stays out of the catch-up, and the candidate is told why."""

from __future__ import annotations

from datetime import date

import pytest

from relance.drafts import catchup_email, thankyou_email
from relance.drafts.privacy import fold, reason, sift
from tests.drafts.factories import make_ctx


@pytest.mark.parametrize(
    ("note", "lang", "why"),
    [
        ("mon ex patron chez Lidl me faisait bosser gratos", "fr", "employer"),
        ("il m'a dit qu'ils sont en sous effectif depuis l'été", "fr", "site"),
        ("ils démissionnent tous au bout de 3 mois", "fr", "site"),
        ("salaire 1 850 net, je peux négocier", "fr", "salary"),
        ("taux horaire 11,88 €", "fr", "salary"),
        ("j'ai bafouillé sur la question des horaires", "fr", "self"),
        ("je suis enceinte de 3 mois", "fr", "personal"),
        ("j'ai une autre offre chez Leclerc", "fr", "elsewhere"),
        ("elle avait l'air fatiguée", "fr", "recruiter"),
        ("c'est vraiment une boîte de merde", "fr", "insult"),
        ("my old boss was a total micromanager", "en", "employer"),
        ("they are short staffed since two people quit", "en", "site"),
        ("asked for £28k, she said 26", "en", "salary"),
        ("I was bad at the SQL question", "en", "self"),
        ("I stumbled on the last question", "en", "self"),
        ("need childcare sorted for my kids", "en", "personal"),
        ("also interviewing at Monzo", "en", "elsewhere"),
        ("she seemed bored the whole time", "en", "recruiter"),
        ("il m'a confié que le directeur part en mars", "fr", "site"),
        ("off the record, the team lead is leaving", "en", "site"),
        ("elle a aimé que j'aie des enfants en primaire", "fr", "personal"),
        ("rester à Lausanne, mon compagnon travaille au CHUV", "fr", "personal"),
        ("j'ai 3 enfants donc horaires fixes", "fr", "personal"),
        ("back to work now mum's in the home", "en", "personal"),
        ("20 yrs at the counter before i stopped to care for Mum", "en", "personal"),
        ("I have two kids at primary school", "en", "personal"),
        ("I was so nervous, patients are my thing", "en", "self"),
        ("bring up car allowance next time", "en", "salary"),  # writer H: a pay point
        ("she said people here don't stay long with the rota", "en", "site"),
    ],
)
def test_it_finds_what_must_not_be_read(note: str, lang: str, why: str) -> None:
    assert reason(note, lang) == why


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("caces 1 et 3 à jour", "fr"),
        ("prévenir en cas d'absence", "fr"),
        ("préparation en chambre froide", "fr"),
        ("gestion des conflits avec les clients", "fr"),
        ("accompagner des personnes en situation de handicap", "fr"),
        ("150 colis de l'heure", "fr"),
        ("une belle équipe", "fr"),
        ("pick rate of 120 per hour on the cold chain", "en"),
        ("support adults with learning disabilities", "en"),
        ("pretty busy shop on Saturdays", "en"),
        ("patience avec les enfants", "fr"),
        ("nous avons 120 enfants à la cantine", "fr"),
        ("j'ai encadré des enfants en colonie", "fr"),
        ("experience with mums and toddlers groups", "en"),
        ("i have coached kids for 5 yrs", "en"),
        ("someone calm with anxious owners", "en"),  # others' fear, met on the job
        ("reassuring nervous patients before surgery", "en"),
        ("ushers who stay calm with distressed witnesses", "en"),
        ("guests don't stay long in the lobby", "en"),
    ],
)
def test_it_keeps_what_may_be_read(note: str, lang: str) -> None:
    assert reason(note, lang) == ""


def test_it_leaves_private_notes_out_of_the_catchup_and_says_why() -> None:
    ctx = make_ctx(
        strong_points="2 ans en brasserie\nj'ai bafouillé sur l'anglais",
        notes="mon ancien chef était un boulet\nsalaire 1900 brut",
    )
    draft = catchup_email(ctx)
    folded = fold(draft.text)
    for private in ("bafouill", "boulet", "ancien chef", "1900"):
        assert private not in folded
    assert "brasserie" in folded
    reasons = {(left.part, left.reason) for left in draft.left_out}
    assert reasons == {("strong_points", "self"), ("notes", "employer"), ("notes", "salary")}


def test_it_drops_a_private_item_whole() -> None:
    note = "2 ans en brasserie; mon ancien patron était nul, j'ai démissionné"
    ctx = make_ctx(strong_points=note)
    draft = catchup_email(ctx)
    assert "démission" not in draft.text
    assert "patron" not in draft.text


def test_it_uses_facts_from_the_free_notes() -> None:
    draft = catchup_email(make_ctx(notes="début le lundi 2 novembre si tout va bien"))
    assert "début le lundi 2 novembre" in draft.text


def test_it_acknowledges_documents_asked_for() -> None:
    draft = catchup_email(make_ctx(notes="lui renvoyer copie diplome par mail"))
    assert "Comme convenu, je vous transmets la copie de mon diplôme." in draft.text


def test_it_acknowledges_documents_in_english() -> None:
    ctx = make_ctx(lang="en", process="send her 2 references by email")
    draft = catchup_email(ctx)
    assert "As agreed, I will send you my references' contact details." in draft.text


def test_it_names_the_client_and_the_agency_as_intermediary() -> None:
    ctx = make_ctx(
        company="Synergie Ploërmel",
        agency_client="Intermarché – Base logistique",
        position="Préparateur de commandes",
    )
    draft = catchup_email(ctx)
    # the consultant knows her agency: the body names the client, the subject both (session 42)
    assert "au sujet du poste de préparateur de commandes chez Intermarché. " in draft.text
    assert "chez Intermarché, proposé par Synergie Ploërmel" in draft.subject
    assert "rejoindre l'équipe d'Intermarché" in draft.text
    assert "Synergie" not in draft.text


def test_it_redates_next_week_from_the_notes() -> None:
    ctx = make_ctx(process="réponse la semaine prochaine", send_on=date(2026, 10, 20))
    draft = thankyou_email(ctx)
    assert "semaine prochaine" not in draft.text
    assert "la semaine du 19 octobre" in draft.text


def test_a_thankyou_never_presumes_the_outcome() -> None:
    draft = thankyou_email(make_ctx(process="2e entretien avec le chef; puis offre et contrat"))
    assert "par un second entretien ;" in draft.text.replace("\u00a0", " ")
    assert "offre" not in draft.text


def test_it_lists_fragments_kept_as_typed_for_review() -> None:
    ctx = make_ctx(role_understood="rythme 2j école / 3j magasin\nservice du midi")
    draft = catchup_email(ctx)
    assert [(item.part, item.reason) for item in draft.review] == [("role_understood", "rewrite")]
    # kept for the candidate to rewrite, in a marked place: not guessed at, not pasted
    assert [item.text for item in draft.review] == ["rythme 2 jours école et 3 jours magasin"]
    assert "rythme" not in draft.text  # the marked place says what to write, not the note
    assert "[à compléter : une phrase sur ce que vous avez retenu du poste" in draft.text.replace(
        "\u00a0", " "
    )


def test_it_lists_a_sentence_it_cannot_phrase_for_review() -> None:
    ctx = make_ctx(lang="en", expectations="she said ppl here dont do nights w/ the rota lol")
    draft = catchup_email(ctx)
    assert [item.reason for item in draft.review if item.part == "expectations"] == ["rewrite"]


def test_a_thankyou_keeps_the_step_and_leaves_the_presumed_outcome() -> None:
    draft = thankyou_email(make_ctx(lang="en", process="2nd interview with the chef then an offer"))
    assert "would be a second interview;" in draft.text
    assert "offer" not in draft.text


def test_it_keeps_the_clean_clauses_before_a_private_remark() -> None:
    draft = catchup_email(make_ctx(strong_points="caces 1 3 5 a jour, mon ancien chef etait nul"))
    assert "CACES" in draft.text
    assert "ancien chef" not in draft.text
    assert [left.text for left in draft.left_out] == ["mon ancien chef était nul"]


def test_it_leaves_out_what_follows_a_private_remark() -> None:
    note = "mon ancien chef etait nul, il me criait dessus, 3 ans en entrepôt"
    draft = catchup_email(make_ctx(strong_points=note))
    assert "criait" not in draft.text
    assert "entrepôt" not in draft.text


@pytest.mark.parametrize(
    ("part", "note", "private"),
    [
        ("motivation", "ma boite actuelle va fermer, redressement judiciaire", "fermer"),
        ("motivation", "mon employeur actuel coule", "coule"),
        ("motivation", "besoin d'un cdi pour le crédit de la maison", "crédit"),
        ("motivation", "proche de chez moi, mon dos ne supporte plus la manutention", "dos"),
        ("notes", "formation de 2 semaines au début, j'ai mal au dos en ce moment", "dos"),
        ("notes", "planning en roulement, j'ai des dettes à rembourser", "dettes"),
        ("notes", "contrat cdi, ma société est en liquidation", "liquidation"),
    ],
)
def test_it_keeps_money_health_and_a_failing_employer_out(
    part: str, note: str, private: str
) -> None:
    draft = catchup_email(make_ctx(**{part: note}))
    assert private not in draft.text
    assert [left.part for left in draft.left_out if private in left.text] == [part]


def test_it_keeps_a_failing_employer_out_in_english() -> None:
    draft = catchup_email(make_ctx(lang="en", motivation="my current company is going bust"))
    assert "bust" not in draft.text
    assert [left.reason for left in draft.left_out] == ["employer"]


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("test paie sur Excel jeudi 26 à 10h", "fr"),
        ("logiciel de paie Silae", "fr"),
        ("verbal offer at the end of the interview", "en"),
    ],
)
def test_it_keeps_the_trade_of_payroll_and_the_employers_own_offer(note: str, lang: str) -> None:
    from relance.drafts.privacy import sift

    kept, _ = sift([note], lang, "process")
    assert kept == [note]


def test_it_still_keeps_another_employers_offer_out_of_the_steps() -> None:
    from relance.drafts.privacy import sift

    assert sift(["offer at Tesco too"], "en", "process")[0] == []
    assert reason("la paie est basse ici", "fr") == "salary"


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("they asked lots about supplier negotiations", "en"),
        ("ranging, pricing, supplier negotiations, promotions calendar", "en"),
        ("negotiating prices with growers", "en"),
        ("négociation fournisseurs et suivi des marges", "fr"),
        ("négocier les tarifs avec les transporteurs", "fr"),
    ],
)
def test_it_keeps_a_buyers_negotiations_with_suppliers(note: str, lang: str) -> None:
    # writer AL's al32: a fresh-produce buyer's trade was left out as salary talk
    assert reason(note, lang) == ""


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("will negotiate the salary up to 45k", "en"),
        ("salary negotiation next week", "en"),
        ("négocier mon salaire à 32k", "fr"),
        ("on négociera le salaire à l'embauche", "fr"),
    ],
)
def test_it_still_leaves_out_a_salary_negotiation(note: str, lang: str) -> None:
    assert reason(note, lang) == "salary"


def test_it_never_writes_a_sex_sought_the_law_forbids() -> None:
    # writer Y's y14: "vous recherchez un homme" was written to the recruiter
    ctx = make_ctx(recruiter_needs="besoin d'un homme dans l'équipe\nquelqu'un de stable")
    draft = catchup_email(ctx)
    assert "homme" not in draft.text
    assert [(item.text, item.reason) for item in draft.left_out] == [
        ("besoin d'un homme dans l'équipe", "criterion")
    ]


def test_it_leaves_out_a_whole_note_that_says_the_candidate_lacks_it() -> None:
    # writer AC's ac29: "In our conversation, I told you about methadone dispensing"
    note = "talked about methadone dispensing, I was honest I have not done it"
    kept, left = sift([note], "en", "strong_points")
    assert kept == []
    assert [out.text for out in left] == [note]
