"""Context frames for the six false-alarm patterns of issue 12: a trigger word in a sentence
that reports the recruiter's date, apologises with a cause, asks leave under a condition,
describes the job, follows an agreed plan or names someone is not the writer's fault; the
same words without the frame still are."""

import pytest

from tests.tone.faults import faults


@pytest.mark.parametrize(
    ("lang", "clean", "faulty"),
    [
        # the recruiter's own dates, reported back
        (
            "fr",
            "Vous m'aviez indiqué une décision d'ici vendredi.",
            "Je veux une décision d'ici vendredi.",
        ),
        (
            "en",
            "You mentioned a decision by the end of the month.",
            "I need a decision by the end of the month.",
        ),
        # an apology with its cause
        (
            "fr",
            "Je m'excuse pour mon retard, dû à la grève du RER.",
            "Je m'excuse pour ce message.",
        ),
        # the cause told after a colon, in the writer's own circumstance
        (
            "fr",
            "Veuillez m'excuser pour ce retour tardif : j'étais en mission sans accès à mes mails.",
            "Veuillez m'excuser : je tenais à vous écrire.",
        ),
        (
            "en",
            "Apologies for only replying now; I was on a course without access to email.",
            "Apologies for this; I wanted to write to you.",
        ),
        (
            "en",
            "I apologise for being late; my train was cancelled.",
            "I apologise for this email.",
        ),
        # a conditional permission question
        (
            "fr",
            "Si je n'ai pas de nouvelles, puis-je vous rappeler dans quinze jours ?",
            "Sans réponse lundi, je considérerai que c'est non.",
        ),
        (
            "en",
            "If I haven't heard by then, may I call you?",
            "If I don't hear back by Friday, I'll withdraw my application.",
        ),
        # a conditional question asks leave; the same condition with a statement does not
        (
            "fr",
            "Si rien n'est décidé vendredi, préférez-vous que je vous rappelle lundi ?",
            "Si rien n'est décidé vendredi, je retire ma candidature ?",
        ),
        (
            "en",
            "If nothing is decided by Friday, would you prefer me to call you next week?",
            "If nothing is decided by Friday, I will withdraw my application?",
        ),
        # an apology with its cause excuses the lapse it names
        (
            "fr",
            "Pardon de vous répondre seulement aujourd'hui, j'étais en formation sans accès "
            "à mes mails.",
            "Répondez-moi aujourd'hui.",
        ),
        (
            "en",
            "Sorry for only replying today; I was on an audit without access to my email.",
            "I need your reply today.",
        ),
        # a duty of the job or of a team
        (
            "fr",
            "La cellule de crise doit réagir immédiatement lors des incidents.",
            "Réagissez immédiatement.",
        ),
        ("en", "The night team must react immediately to breakdowns.", "Please react immediately."),
        # job content
        ("fr", "Je traitais les commandes urgentes des pharmacies.", "C'est urgent."),
        (
            "en",
            "In my current role I handle urgent requests immediately.",
            "I need to hear from you right away.",
        ),
        # an agreed second contact
        ("fr", "Comme convenu, je vous appellerai jeudi.", "Je vous appellerai jeudi à 10 h."),
        ("en", "As agreed, I'll call you on Thursday.", "I'll call you tomorrow at 10."),
        # writer R (tenth pass): agreed plans, conditional leave and the recruiter's words
        (
            "fr",
            "Je passerai à l'agence lundi, ainsi que nous l'avions prévu.",
            "Je passerai à l'agence lundi.",
        ),
        (
            "fr",
            "Si rien n'est décidé le 20, vous dérangerait-il que je vous téléphone ?",
            "Si rien n'est décidé le 20, je vous téléphone à 9 h.",
        ),
        (
            "fr",
            "Si vous n'avez pas décidé le 20, seriez-vous d'accord pour que je vous appelle ?",
            "Si vous n'avez pas décidé le 20, je vous appellerai à 9 h.",
        ),
        ("fr", "Vous parliez d'un retour avant le 15.", "Je veux un retour avant le 15."),
        (
            "en",
            "I'll be at the restaurant on Saturday at 11 for the trial shift you offered.",
            "I'll be at the restaurant on Saturday at 11 to see you.",
        ),
        (
            "en",
            "As we decided, I'll come in on Thursday at 10.",
            "I'll come in on Thursday at 10.",
        ),
        # session 14: the fear of the people the job serves is no distress of the writer's
        (
            "en",
            "You told me you were looking for someone calm with anxious owners.",
            "I am so anxious about this role.",
        ),
        (
            "en",
            "I have reassured nervous patients before surgery for six years.",
            "I was nervous and terrified before the interview.",
        ),
    ],
)
def test_it_reads_the_frame_not_the_trigger_word(lang: str, clean: str, faulty: str) -> None:
    assert not faults(clean, lang), clean
    assert faults(faulty, lang), faulty


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Je remercie Tu Anh Nguyen pour notre échange de mardi."),
        ("fr", "Bonjour Monsieur Coucou, merci pour l'entretien."),
        ("en", "It was a pleasure meeting Yo Yamamoto from the data team."),
        ("en", "I spent two years at ASAP Couriers, a delivery firm."),
        ("en", "Speaking with Mr. Thi U reassured me about the role."),
        ("en", "Please pass my thanks to Lol, the head chef."),
    ],
)
def test_it_reads_a_capitalised_name_as_a_name(lang: str, text: str) -> None:
    assert not faults(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Salut Marc, ça va ?"), ("en", "Hey Sarah, thanks!"), ("en", "Please reply ASAP.")],
)
def test_it_still_flags_the_word_at_the_start_or_alone(lang: str, text: str) -> None:
    assert faults(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I will contact your Managing Director."),
        ("en", "Your Chair of Governors would be interested in how applicants are treated."),
        ("fr", "Votre Directeur Général serait intéressé par la façon dont je suis traité."),
    ],
)
def test_it_reads_a_capitalised_office_as_a_word_not_a_name(lang: str, text: str) -> None:
    assert faults(text, lang)


def test_it_leaves_words_in_single_quotes_to_their_author() -> None:
    text = "My old manager always said 'ASAP', which I learned to take calmly."
    assert not faults(text, "en")


def test_it_leaves_a_quoted_title_to_its_author() -> None:
    # the model reads "why are we still waiting" as impatience, but it is a book's title
    text = "The book I mentioned, 'Why Are We Still Waiting?', is about lean processes."
    assert not faults(text, "en")


@pytest.mark.parametrize(
    ("lang", "clean", "faulty"),
    [
        # session 15: the trade's nouns and the people it serves, not the writer's fault
        (
            "en",
            "I work in debt recovery, so firm reminder letters are part of my daily work.",
            "I'm in debt and this job is my last hope.",
        ),
        (
            "en",
            "As a union rep I negotiated through several strike ballots.",
            "My union rep will hear about this.",
        ),
        (
            "en",
            "In A&E reception, I've dealt with anxious and sometimes aggressive relatives.",
            "I'm so anxious I can't sleep.",
        ),
        (
            "en",
            "Negotiating with tenants facing eviction notices is a key part of my current role.",
            "I'm facing eviction if I don't get this job.",
        ),
        (
            "fr",
            "Au guichet de la CAF, je recevais chaque jour des allocataires désespérés.",
            "Je suis désespéré, j'ai besoin de ce poste.",
        ),
    ],
)
def test_it_reads_the_trade_as_job_content(lang: str, clean: str, faulty: str) -> None:
    assert not faults(clean, lang)
    assert faults(faulty, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Je reste à votre disposition.\n\nBien respectueusement,\n\nMariama Bah"),
        ("en", "Thank you for your time.\n\nKind regards,\nSophie Marshall, RN"),
    ],
)
def test_it_reads_the_signature_line_as_a_name(lang: str, text: str) -> None:
    assert not faults(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Merci pour tout.\nBisous Marie"),
        ("en", "Any update RN"),
        ("en", "Thanks for the chat.\nCheers Mate"),
    ],
)
def test_it_still_reads_the_first_word_of_a_signature_line(lang: str, text: str) -> None:
    assert faults(text, lang)
