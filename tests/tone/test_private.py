"""Private content typed into an e-mail is flagged (issue 11), with the drafts' word lists."""

from __future__ import annotations

import pytest

from relance.tone import check


def _private(text: str, lang: str) -> list[str]:
    return [f.rule_id for f in check(text, lang).findings if f.category == "private"]


@pytest.mark.parametrize(
    ("text", "lang", "rule_id"),
    [
        ("Mon ancien chef était nul, c'est pour ça que je suis parti.", "fr", "private.employer"),
        ("Elle m'a confié qu'ils ont beaucoup de turnover.", "fr", "private.site"),
        ("Pour le salaire, 1 850 net, c'est négociable.", "fr", "private.salary"),
        ("J'ai complètement bafouillé sur la question des horaires.", "fr", "private.self"),
        ("I could match their counter offer if you can.", "en", "private.salary"),
        ("They are short staffed since two people quit.", "en", "private.site"),
        ("Entre nous, ils ont perdu trois salariés ce mois-ci.", "fr", "private.site"),
        ("The shop has had lots of complaints since the refit.", "en", "private.site"),
        ("I was bad at the SQL question.", "en", "private.self"),
        ("She seemed tired and kept checking her phone.", "en", "private.recruiter"),
        ("They are covering shifts every week since two people quit.", "en", "private.site"),
        # session 45: a confidence stays one when it is said back to the recruiter
        (
            "Comme vous me l'avez confié, l'équipe a beaucoup de turnover en ce moment.",
            "fr",
            "private.site",
        ),
        (
            "As you told me in confidence, the team has lots of turnover right now.",
            "en",
            "private.site",
        ),
        ("Between us, your team has lost three people this month.", "en", "private.site"),
    ],
)
def test_it_flags_what_a_recruiter_must_not_read(text: str, lang: str, rule_id: str) -> None:
    assert _private(text, lang) == [rule_id]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pourriez-vous m'indiquer les prochaines étapes ?", "fr"),  # not "pourri"
        ("Mes prétentions sont de 38 000 euros bruts annuels.", "fr"),  # asked, answered
        ("Le cas pratique de négociation fournisseur m'a beaucoup plu.", "fr"),
        ("My old manager always said 'ASAP', which I've learned to question.", "en"),
        ("Sorry I couldn't answer your question on the spot; it was SAP Business One.", "en"),
        ("A customer once told me 'you people are useless', and I stayed calm.", "en"),
        ("Please pass my regards to Mr Grant Lazy, who led the technical interview.", "en"),
        # writer Z (session 38): complaints, turnover and exhaustion as the job's matter
        ("You asked how I would handle a tenant complaint about the heating.", "en"),
        ("I had a look at the complaints data you shared.", "en"),
        ("I reduced stock losses from 2.3% to 0.9% of turnover in two years.", "en"),
        ("Je transmets le dossier au service judiciaire quand la voie amiable est épuisée.", "fr"),
        # writer M (session 40): one's own leave shared, a customer's debt, a name in a signature
        ("Je suis en arrêt pour une fracture du poignet jusqu'au 10 mai.", "fr"),
        ("Helping someone who has fallen behind on their energy bill is worthwhile.", "en"),
        ("I would hand over anything involving a dispute or a complaint.", "en"),
        ("Respectfully,\nAndre Morales\nPhoenix", "en"),
        # writer J (session 41): an agreement between the two, the job's own complaints
        ("Comme convenu entre nous, je vous rappellerai vendredi en fin d'après-midi.", "fr"),
        ("The post-holder is the first point of contact for complaints and concerns.", "en"),
        # writer AA: complaints as the job's matter, shifts to cover, a lapse owned and mended
        ("You need someone who can deal with complaints about waiting times.", "en"),
        ("I have experience in covering short-staffed shifts.", "en"),
        (
            "I got nervous when you asked about the gap in my CV, so to clarify: I was a carer.",
            "en",
        ),
        # writer AB (session 42): the job's stakes said back, one's own cover, an impression
        ("J'ai bien compris que vos deux enjeux sont la démarque et le turnover.", "fr"),
        ("Vous avez été honnête sur les difficultés du poste : équipe en sous-effectif.", "fr"),
        ("Is the quarterly bonus tied to sales only, or does it include staff turnover?", "en"),
        ("I was covering a colleague's shifts at the hotel all week.", "en"),
        ("He seemed particularly interested in how I rebuilt my candidate pipeline.", "en"),
        # writer J (session 42): the site's need said back with the person sought
        ("I noted the branch is short-staffed on Saturdays and you'd like someone for it.", "en"),
        # writer AC: a department's realities said back, one's own absence, nerves owned lightly
        (
            "Vous avez été franc sur la réalité du département : débordement en fin de semaine.",
            "fr",
        ),
        ("Comme nous en avions parlé, je serai absente le 15 septembre pour mon examen.", "fr"),
        ("It was my first interview in English, so I was a bit nervous, but I enjoyed it.", "en"),
        # writer AF (session 44): the candidate's own notice, not the site's staff leaving
        ("As discussed, I will resign from my current post this week and start in May.", "en"),
        # writer AG: a decision told when withdrawing, an operating room's pace, feedback asked
        ("I have decided to accept a counter-offer from my current employer.", "en"),
        # writers AI and AJ (session 47): the counter-offer told as the reason to stay
        (
            "My employer made me a counter-offer that meets my reasons; I have decided to stay.",
            "en",
        ),
        (
            "I received a counter-offer with a lead role, and I have decided to accept it.",
            "en",
        ),
        ("I appreciated the candid discussion about OR turnover times.", "en"),
        ("I would be grateful to know which part of my written test was weakest.", "en"),
        # session 45 (bench/data/tone_email_census): the site's matter said to the recruiter's face
        ("I liked your honesty about the store's problems: high staff turnover, shrinkage.", "en"),
        ("Your team has lost three people this month, so I see why you need someone stable.", "en"),
        (
            "Vous avez été franc : l'équipe a perdu trois salariés, vous cherchez quelqu'un "
            "de stable.",
            "fr",
        ),
    ],
)
def test_it_leaves_innocent_sentences_alone(text: str, lang: str) -> None:
    assert _private(text, lang) == []


def test_it_explains_in_french_and_english_and_spans_the_sentence() -> None:
    text = "Bonjour Madame,\n\nElle m'a confié qu'ils ont beaucoup de turnover.\n\nPaul"
    (finding,) = [f for f in check(text, "fr").findings if f.category == "private"]
    assert text[finding.start : finding.end] == "Elle m'a confié qu'ils ont beaucoup de turnover."
    assert finding.severity == "warning"
    assert finding.message == "This is private: a recruiter should not read it."
    assert "confié" in finding.explanation("fr")
    assert "confided" in finding.explanation("en")


def test_the_model_alone_never_judges_privacy() -> None:
    assert _private("Mon ancien chef était nul.", "fr")
    text = "Mon ancien chef était nul."
    assert not [f for f in check(text, "fr", engine="model").findings if f.category == "private"]
