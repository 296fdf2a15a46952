"""Whether a reason typed among the motivation notes may be said to the recruiter as one.

Writer S's blind reader quoted "c'est un besoin de travailler vite", "c'est l'Opera j'en
rêve depuis toujours", "What attracts me to the role is the ivy's a proper brand.", "I would
like to get paid to learn.": a reason to want the job is a noun phrase or a wish that names
what the job offers, never money, the candidate's own need, or a noun phrase that runs on
into a clause of its own. Such a note goes back to the candidate.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts import morph
from relance.drafts.accents import fold

# Pay given as the reason: a recruiter reads it as the only one ("être payée pendant mes
# études"). "une formation payée" is a fact of the job, said with the role, not here.
MONEY = re.compile(
    r"\b(?:paid|pay|pays|salary|salaries|wage|wages|money|payee?s?|paye|salaires?|"
    r"argent|remunere\w*|remuneration|fric|thune)\b"
    # « gagner plus qu'avec 2 mi-temps » (writer BF's bf14, read as a leak): earning, said
    r"|\b(?:gagner|earn|earning)\s+(?:plus|mieux|davantage|more|better)\b"
)
# The candidate's own need, not the job's appeal: "un besoin de travailler vite".
NEED = re.compile(r"\b(?:besoin|besoins|need|needs|needed)\b")
# A perk given as the reason reads mercenary as pay does ("What attracts me to the role is
# the transport provided at night", writer Z): the role sentence says perks as perks.
PERK = re.compile(r"\b(?:provided|free(?=\s+\w)|discounts?|perks?|bonus(?:es)?|tips)\b")
# The candidate's own situation given as what attracts them to the role (writer H: "What
# attracts me to the role is the first job.", "… is more hours."): income by another name, or
# where they stand, not what the job offers.
OWN_SITUATION = re.compile(
    r"\b(?:more|extra)\s+(?:hours|hrs|shifts|overtime)\b|"
    r"\bfirst\s+(?:job|jobs|role|position|paid\s+job|proper\s+job)\b"
)
# The candidate's papers given as the reason (« résidence permanente obtenue en août », writer
# AB's ab07: « Ce qui m'attire dans ce poste, c'est la résidence permanente »): their status,
# nothing the job offers.
PAPERS = re.compile(
    r"\b(?:residence\s+permanente|titre\s+de\s+sejour|permis\s+de\s+travail|visa|"
    r"naturalisation|permanent\s+residen\w*|settled\s+status|work\s+permit|green\s+card)\b"
)
# The candidate's household given as the reason (writer BG, read as leaks: « un CDI pour
# acheter une maison », "work from home with kids"): their private life, not what the job offers.
HOUSEHOLD = re.compile(
    r"\b(?:acheter|achat\s+d'une?|rembourser|payer)\s+(?:une?\s+|ma\s+|mon\s+|le\s+|la\s+)?"
    r"(?:maison|appart\w*|logement|credit|pret|dettes?|loyer)\b|"
    r"\b(?:buy|buying|afford)\s+(?:a|my|our)\s+(?:house|home|flat|car)\b|"
    # one's own children, never the job's ("travailler avec les enfants", "work with kids")
    r"\b(?:with|around|for)\s+(?:my|our)\s+(?:kids|children|baby|family)\b|"
    r"\bfrom\s+home\s+with\s+(?:the\s+)?(?:kids|children)\b|"
    r"\b(?:avec|pour|de)\s+mes\s+(?:enfants|gosses|petits)\b"
)
# A school the candidate means to leave for (writer BI's bi31: "law school in 2 years" said as
# what appeals in a paralegal job): a plan to go, never a reason to join.
LEAVING_FOR_SCHOOL = re.compile(
    r"\b(?:law|medical|business|grad(?:uate)?|nursing)\s+school\b|"
    r"\breprendre\s+(?:mes|les)\s+etudes\b|\b(?:ecole|fac)\s+de\s+(?:droit|medecine)\b"  # folded
)
# The candidate's own diploma given as the reason (writer AG: « Diplôme obtenu en juillet »,
# "art history degree, dream job": « Ce qui m'attire dans ce poste, c'est un diplôme obtenu en
# juillet »): what they bring, not what the job offers. Noun phrases only: « passer mon BTS
# en alternance » is a wish the job answers.
OWN_DIPLOMA = re.compile(
    # the diploma heads the phrase: "tuition assistance for my degree", « des gens sans
    # diplôme » are reasons of the job
    r"^(?:(?!(?:for|towards|to|with|without|sans|pour|vers|avec|de|des|d)\b)[\w'-]+\s+){0,3}"
    r"(?:diplome|degree)\b|\b(?:obtenue?s?|obtained|graduated)\b"
)
# A word of the notes that is no reason on its own: "dream job" (« What attracts me to the role
# is the dream job »).
EN_CURT_NOUNS = re.compile(r"\bdream\s+(?:job|role|company)\b")
# A noun phrase that runs on into a clause: "l'Opera j'en rêve", "the ivy's a proper brand",
# "une commune où j'ai grandi" (the candidate's life, not the job).
RUN_ON = re.compile(
    r"\b(?:j'|je|i|i'm|i've|il|elle|ils|on|he|she|they|it's|c'est)\b|"
    r"\w's\s+(?:a|an|the|very|so|really|proper)\b|\b(?:est|sont|is|are|was|were)\b"
)


# What the candidate leaves behind, given as the reason: "fini l'administratif et les impayés"
# (writer L's reader: « c'est un fini l'administratif … », broken and negative), "no more
# night shifts". Why one quits is no reason to join, and a complaint read by a recruiter.
ESCAPE = re.compile(
    r"^(?:(?:c'est\s+)?(?:fini|finie|finis|finies|termine|terminee|stop|marre|ras[ -]le[ -]bol|"
    r"fuir|quitter|plus\s+jamais)\b|"
    r"(?:no\s+more|done\s+with|sick\s+of|tired\s+of|fed\s+up|away\s+from|escape|"
    # "less agency" (session 19): what one leaves behind, two words, no comparison after
    r"get\s+out\s+of|(?:less|fewer)\s+\w+$)\b)"
)


# The job named as its own reason, by its stability (writer BE's be11: « poste stable »,
# "stable post with benefits"): "what attracts me to the role is a stable role" says nothing;
# « le poste de sous-chef », "the union job" name a job of their own.
STEADY = r"(?:stable|fixe|permanent|perenne|durable|sur|secure|steady|long[- ]term)"
THE_JOB_ITSELF = re.compile(
    rf"^(?:(?:un|le|ce|a|the|this)\s+)?(?:{STEADY}\s+(?:\w+\s+)?(?:poste|emploi|job|role|post|position)|"
    rf"(?:poste|emploi|job|role|post|position)\s+{STEADY})\b"
)


# A noun typed with an adverb of time is the candidate's state ("frontalière déjà", "local
# already"), never "c'est une frontalière déjà".
STATE_ADVERB = re.compile(r"\s(?:deja|aussi|encore|already|too|still)\s*$")


def unfit(text: str, noun: bool, lang: str = "") -> bool:
    """The reason may not be written: money, one's own need, what one leaves behind, or (a
    noun phrase) a clause; in English, a perk or a plural alone; in French, a wish for a thing
    ("envie d'adultes")."""
    folded = fold(text).lower().replace("’", "'")
    if MONEY.search(folded) or NEED.search(folded) or ESCAPE.match(folded.strip()):
        return True
    if PAPERS.search(folded) or HOUSEHOLD.search(folded) or LEAVING_FOR_SCHOOL.search(folded):
        return True
    if noun and (OWN_DIPLOMA.search(folded) or EN_CURT_NOUNS.search(folded)):
        return True
    if lang == "fr" and noun and fr_wish_of_thing(text):
        return True
    if lang == "en" and (PERK.search(folded) or OWN_SITUATION.search(folded)):
        return True
    if noun and THE_JOB_ITSELF.match(folded.strip()):
        return True  # never « Ce qui m'attire dans ce poste, c'est un poste stable »
    if noun and STATE_ADVERB.search(folded):
        return True  # « frontalière déjà » (writer BM's bm12): a state of mine, no reason
    # "books!!": a plural alone is a word, not a reason ("What attracts me to the role is
    # books." reads curt); "teamwork", "the outdoors", "Lagos" are no plurals
    word = text.strip().lower()
    alone = lang == "en" and noun and " " not in word and morph.en_plural(word)
    return alone or (noun and bool(RUN_ON.search(folded)))


# What the job does to the candidate, said of it: "le secteur des télécoms me passionne",
# "the mission appeals to me". Only such a clause is a reason of its own; "c'est stable" or
# "HDFC is top private bank" is a fact pasted, not why the candidate wants the job.
MOVES_ME = re.compile(
    r"^(?!c'est\b|ca\b|it's\b|it\b)\w[\w' -]*\s(?:me|m')\s?(?:passionne\w*|attire\w*|plai\w*|"
    r"motive\w*|interesse\w*|parle\w*|tient a coeur|tiennent a coeur)\b|"
    # « le projet de la crèche correspond à mes valeurs » (writer AG's ag07)
    r"^(?!c'est\b|ca\b)\w[\w' -]*\s(?:correspond\w*|rejoin\w*)\s(?:a|à)\s(?:mes|mon|ma)\s"
    r"(?:valeurs|projet|attentes|aspirations)\b|"
    r"^(?!it\b|it's\b)\w[\w' -]*\s(?:matches|fits|reflects)\s(?:my)\s(?:values|goals)\b|"
    r"^(?!it\b|it's\b)\w[\w' -]*\s(?:appeals? to me|excites? me|interests? me|motivates? me)\b"
)


# Verbs of feeling or of leaving, said of the past: "miss the engineering chat" (writer I,
# i39) is why the candidate looks for work, never a wish ("I would like to miss…").
EN_NO_WISH = re.compile(r"^(?:miss|hate|regret|dislike|leave|quit|lose|escape)\b", re.I)


def en_no_wish(action: str) -> bool:
    return bool(EN_NO_WISH.match(action.strip()))


# A wish no « Je souhaite … » / "I would like to …" can hold (writer AP's ap02, ap05, ap11;
# AO's ao18): a span already lived (« habiter à Lille depuis 2 ans »), a clause inside
# (« la maison ou je voulais être », « c'est le rêve »), an aside (« et pas que la guitare
# comme à Lyon »), or a note too long to be one wish.
UNWISHABLE = {
    "fr": re.compile(
        r"\bdepuis\b|\bou\s+(?:je|j')|\bc'?\s?est\b|\bpas\s+que\b|\bet\s+pas\b"
        r"|\bcomme\s+(?:à|au|chez)\b"
        # a liking is no wish (writer CA's ca17: « Je souhaite aimer les petits »)
        r"|^\s*(?:aimer|adorer|apprécier|kiffer)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(r"\bsince\b|\bit'?s\b|\bnot\s+just\b|\blike\s+(?:at|in)\b", re.IGNORECASE),
}
MAX_WISH_WORDS = 14
# One's own past given as the reason (writer AP's ap04, ap12: « c'est la reconversion civile
# après l'armée », « c'est le train depuis tout petit»): a story to tell in one's own words.
LIVED = {
    "fr": re.compile(
        r"\bdepuis\s+(?:tout\s+petit|toute\s+petite|(?:mes|l'âge\s+de)\s+\d+\s+ans|l'enfance|"
        r"toujours|petit|petite|gamin|gamine)\b|\breconversion\b|\bapr[eè]s\s+l'armée\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\bsince\s+(?:I\s+was|childhood|school|a\s+kid|forever)\b|\bcareer\s+change\b",
        re.IGNORECASE,
    ),
}


def lived(text: str, lang: str) -> bool:
    return bool(LIVED[lang].search(text))


# A verb that wants its object, typed alone (writer AQ's aq25 « Je souhaite rendre. », AO's
# ao22 « Je souhaite transmettre. »): a wish cut short.
FR_WANTS_OBJECT = frozenset(
    {"rendre", "donner", "faire", "mettre", "prendre", "apporter", "transmettre", "trouver"}
)
EN_WANTS_OBJECT = frozenset({"give", "make", "take", "bring", "get", "put", "find", "do"})


def unwishable(action: str, lang: str) -> bool:
    """Is the action no wish a sentence of its own can say?"""
    alone = action.strip().lower()
    cut_short = alone in (FR_WANTS_OBJECT if lang == "fr" else EN_WANTS_OBJECT)
    too_long = len(action.split()) > MAX_WISH_WORDS
    return bool(UNWISHABLE[lang].search(action)) or too_long or cut_short


def moves_me(clause: str) -> bool:
    """A clause saying what the job does to the candidate, with its subject named."""
    return bool(MOVES_ME.match(fold(clause).lower().replace("’", "'")))


# A perk or the setting given as the reason (writer Z: "c'est le logement de fonction", "c'est
# la vallée"): the recruiter reads it as the only one, mercenary or beside the job. French
# notes only; the candidate writes the reason, or keeps the perk for the negotiation.
FR_BESIDE_THE_JOB = re.compile(
    r"\b(?:logement|loge|logee|appartement|studio|voiture|vehicule|navette|transports?|"
    r"tickets?[ -]resto|cantine|repas|primes?|mutuelle|13e mois|parking|de fonction|"
    r"vallee|montagne|mer|plage|soleil|region|campagne|ile|lac|climat)\b"
)


def fr_beside_the_job(text: str) -> bool:
    """A perk or the place's setting, given as the reason to want the job: its head noun
    ("le logement de fonction", "la vallée"; never "un restaurant sur la plage")."""
    words = fold(text).lower().replace("’", "'").replace("'", "' ").split()
    head = next((word for word in words if word.strip("'") not in FR_BEFORE_HEAD), "")
    return bool(FR_BESIDE_THE_JOB.match(head)) or "de fonction" in " ".join(words)


FR_BEFORE_HEAD = frozenset({"le", "la", "les", "l", "un", "une", "des", "mon", "ma", "mes", "du"})


# "envie d'adultes motivés", "envie de chirurgie": a wish whose object is a thing, not an
# action. "c'est mon envie d'adultes motivés" (writer I's reader) says nothing French; the
# wish of an action ("envie d'évoluer") reads as one.
FR_WISH_OF = re.compile(r"^(?:mon\s+|une?\s+)?envie\s+d(?:e\s+|')(\S+)", re.IGNORECASE)


def fr_wish_of_thing(text: str) -> bool:
    """ "envie d'adultes motivés": "envie de" followed by no infinitive, by the lexicon."""
    from relance.drafts import proofread  # the lexicon, loaded once the wish is typed

    match = FR_WISH_OF.match(text.replace("’", "'"))
    if not match or not proofread.available():
        return False
    return not any(":Y" in reading for reading in proofread.readings(match.group(1).lower()))


# Readers reject a reason said in one noun ("c'est le sens", "c'est la proximité", "the
# growth": curt or odd whatever the noun) and, in French, a plural one ("ce sont les enfants",
# "ce sont des horaires du matin": 10 of 26 quoted, `bench/catchup_frame_rejects.py`).
FR_PLURAL = ("des ", "les ", "mes ")


# A reason said as a comparison with the job one has: "more engineering, less triage".
COMPARED = {
    "fr": re.compile(r"^(?:plus|moins)\s+(?:de\s+|d['’])", re.IGNORECASE),
    # "bigger brands than my freelance clients" (v32): compared with what the reader never saw
    # ("the bigger jobs than my current firm", writer Y's y39: with its article)
    "en": re.compile(
        r"^(?:the\s+|a\s+)?(?:(?:more|less|fewer)\s+(?!than\b)\w|\w+er\s+(?:\w+\s+){0,2}than\b)",
        re.I,
    ),
}


def fr_plural_reason(reason: str) -> str:
    """A French plural reason of two words or more, said with its definite article ("les
    horaires de jour"), for the frame « Ce poste m'attire … pour … » readers do not reject as
    they reject « ce sont des horaires de jour »; "" when it is not one (« mes collègues »
    is the candidate's own, one noun alone too curt in any frame)."""
    if not reason.startswith(("des ", "les ")) or COMPARED["fr"].match(reason.strip()):
        return ""
    words = re.findall(r"[\w’'-]+", reason.strip())[1:]
    if len(words) < 2 or not words[0][:1].islower() or FR_NOT_A_REASON.search(reason):
        return ""
    if perk(reason, "fr"):
        return ""
    return "les " + reason.split(" ", 1)[1]


# What a plural reason cannot hold in « m'attire pour les … »: a time said of the candidate
# (« les animaux depuis toute petite »), an adjective wanting its complement (« les horaires
# compatibles »); the job's perks are `perk`'s.
FR_NOT_A_REASON = re.compile(
    r"\b(?:depuis|toujours|quand|enfin|avant|après)\b|"
    r"\b(?:compatibles|adaptés|adaptées|proches|arrangeants|arrangeantes)$",
    re.IGNORECASE,
)


# The job's perks, which a motivation never names to the recruiter (writer AO's ao28, ao34,
# ao38: "tuition reimbursement for my MLS", "career Choice tuition", "the company van").
EN_PERKS = re.compile(
    r"\b(?:company\s+(?:van|car|vehicle|phone|laptop|truck)|tuition|reimbursement|discount|"
    r"bonus(?:es)?|benefits|pension|401k|overtime|salary|money|perks?|health\s+insurance|"
    r"dental\s+(?:plan|cover|insurance)|pto|(?:good|better|higher)\s+pay)\b",
    re.IGNORECASE,
)


def perk(text: str, lang: str) -> bool:
    """A reason that names the job's perks: never said to the recruiter."""
    return bool((EN_PERKS if lang == "en" else FR_PERKS).search(text))


FR_PERKS = re.compile(
    r"\b(?:avantages|assurances|mutuelles?|primes|tickets|chèques|rtt|congés|salaires?|"
    r"commissions|pourboires|heures\s+sup\w*|voiture\s+de\s+fonction|véhicule\s+de\s+service)\b",
    re.IGNORECASE,
)


def curt(reason: str, lang: str) -> bool:
    """Is this reason, with its article, one readers reject as it stands?"""
    from relance.drafts.slots import EN_DETERMINERS, FR_DETERMINERS

    if lang == "fr" and reason.startswith(FR_PLURAL):
        return True
    if COMPARED[lang].match(reason.strip()):
        return True  # "more engineering" (writer V's v37): more than what, the note knows
    words = re.findall(r"[\w’'-]+", reason.strip())
    if words and re.match(r"^[ld]['’]", words[0], re.IGNORECASE):
        words[0] = words[0][2:]
    determiners = FR_DETERMINERS if lang == "fr" else EN_DETERMINERS
    rest = [word for word in words if word and word.lower() not in determiners]
    return len(rest) == 1 and rest[0][:1].islower()
