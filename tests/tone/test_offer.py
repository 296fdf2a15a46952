"""An offer in hand: its logistics presume nothing (relance/tone/offer.py)."""

from __future__ import annotations

from relance.tone import check

PRESUMING = {"en.demand.presumptive", "en.demand.already_hired", "fr.demand.poste_acquis"}


def rules(text: str, lang: str) -> set[str]:
    return {finding.rule_id for finding in check(text, lang).findings}


def test_it_reads_logistics_after_an_accepted_offer_as_settled() -> None:
    text = (
        "Dear Ms Hart,\n\nI am delighted to accept the offer for the Planner role. "
        "Could you send the staff handbook ahead of my start?\n\nBest regards,\nJosh"
    )
    assert rules(text, "en") & PRESUMING == set()


def test_it_still_reads_logistics_without_an_offer_as_presuming() -> None:
    text = (
        "Dear Ms Hart,\n\nThank you for the interview for the Planner role. "
        "Could you send the staff handbook ahead of my start?\n\nBest regards,\nJosh"
    )
    assert rules(text, "en") & PRESUMING


def test_it_reads_a_french_offer_accepted() -> None:
    start = " Ma prise de poste le 6 janvier me convient."
    accepted = "Bonjour,\n\nJ'accepte votre proposition avec plaisir." + start
    hoped = "Bonjour,\n\nJ'attends votre proposition avec plaisir." + start
    assert "fr.demand.poste_acquis" not in rules(accepted, "fr")
    assert "fr.demand.poste_acquis" in rules(hoped, "fr")


def test_it_never_reads_an_offer_merely_hoped_for() -> None:
    text = "I'd be glad to receive your offer. Who do I see to collect my site pass?"
    assert rules(text, "en") & PRESUMING


def test_it_reads_an_offer_accepted_after_its_name() -> None:
    text = (
        "Bonjour,\n\nMerci pour votre proposition, que j'accepte avec plaisir. "
        "Je vous confirme mon arrivée le 1er avril au poste de cheffe de projet."
    )
    assert "fr.demand.arrivee_acquise" not in rules(text, "fr")


def test_it_reads_a_french_post_accepted_and_its_first_day() -> None:
    first_day = " Pourriez-vous me dire quels documents je dois apporter le premier jour ?"
    accepted = (
        "Madame,\n\nJ'accepte le poste avec plaisir, prise de poste le 6 janvier." + first_day
    )
    hoped = "Madame,\n\nJ'espère obtenir le poste." + first_day
    assert not rules(accepted, "fr") & {
        "fr.demand.poste_acquis",
        "fr.demand.poste_tenu_pour_acquis",
    }
    assert "fr.demand.poste_tenu_pour_acquis" in rules(hoped, "fr")


def test_it_reads_a_bare_acceptance_after_the_offer_is_named() -> None:
    offer = "Je vous remercie pour la confiance que vous me faites avec cette offre de poste."
    first_day = (
        " J'aimerais savoir si je dois vous envoyer d'autres documents avant mon premier jour."
    )
    accepted = f"Bonjour,\n\n{offer} J'accepte avec plaisir.{first_day}"
    invitation = f"Bonjour,\n\nJ'accepte avec plaisir votre invitation.{first_day}"
    assert "fr.demand.poste_acquis" not in rules(accepted, "fr")
    assert "fr.demand.poste_acquis" in rules(invitation, "fr")


def test_it_reads_the_proposed_start_date_accepted_as_an_offer_in_hand() -> None:
    question = " Faut-il que je signe le contrat à l'agence, ou cela se fait-il sur place ?"
    accepted = "Bonjour,\n\nLa date de démarrage du 6 mai me convient." + question
    hoped = "Bonjour,\n\nJe suis toujours intéressé par la mission." + question
    assert "fr.demand.poste_acquis" not in rules(accepted, "fr")
    assert "fr.demand.poste_acquis" in rules(hoped, "fr")
    assert (
        not rules(
            "The proposed start date of 6 May suits me. " + "When I start, where should I park?",
            "en",
        )
        & PRESUMING
    )


def test_it_reads_an_offer_accepted_with_its_pronoun() -> None:
    offer = "Merci pour votre appel de ce matin et pour la proposition de poste de soudeur."
    rib = " J'apporterai mes chaussures de sécurité et mon RIB."
    assert "fr.demand.poste_acquis" not in rules(f"{offer} Je l'accepte avec plaisir.{rib}", "fr")
    assert "fr.demand.poste_acquis" in rules(f"{offer} Je la lirai avec plaisir.{rib}", "fr")


def test_it_reads_a_visit_announced_after_accepting_as_paperwork() -> None:
    visit = "Je passerai samedi matin déposer ma copie du BPJEPS."
    accepted = f"Merci pour la bonne nouvelle. J'accepte avec grand plaisir le poste. {visit}"
    assert "fr.demand.appel_annonce" not in rules(accepted, "fr")
    assert "fr.demand.appel_annonce" in rules(f"Merci pour l'entretien. {visit}", "fr")


def test_it_reads_an_offer_sent_over_as_in_hand() -> None:
    fr = (
        "Bonjour Madame Boyer,\n\nVous m'avez transmis hier l'offre du cabinet et je vous en "
        "remercie. Avant de l'accepter, une question : la date de prise de poste pourrait-elle "
        "être le 16 septembre ?\n\nBien à vous,\nHélène Guérin"
    )
    en = (
        "Hi Lisa,\n\nThanks for sending the offer over. Could you confirm my first day and "
        "where I should report?\n\nRegards,\nNeil"
    )
    assert rules(fr, "fr") & PRESUMING == set()
    assert rules(en, "en") & PRESUMING == set()


def test_it_reads_paperwork_the_recruiter_asked_for_as_sent_not_presumed() -> None:
    asked = (
        "Bonjour,\n\nComme demandé lors de l'entretien de jeudi, vous trouverez ci-joint :\n"
        "- mon bulletin de notes ;\n- mon RIB pour le service paie.\n\nCordialement,\nMathis Girard"
    )
    assert rules(asked, "fr") & PRESUMING == set()


def test_it_still_reads_paperwork_sent_unasked_or_a_start_asked_as_presuming() -> None:
    unasked = "Bonjour,\n\nVous trouverez ci-joint mon RIB.\n\nCordialement,\nMathis Girard"
    start = (
        "Dear Ms Hart,\n\nAs requested, please find my certificates attached. "
        "When do I start?\n\nBest regards,\nJosh"
    )
    assert rules(unasked, "fr") & PRESUMING
    assert "demand" in check(start, "en").categories
