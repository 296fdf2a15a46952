"""Rephrasing a debrief field's notes into the few sentences a careful writer would send.

Each note item is split into its list pieces, the recruiter becomes "vous"/"you", and each
piece is read by `morph` (noun phrase, adjective, infinitive, finite clause). A field's
sentences join only like with like, each kind in a frame that fits it: infinitives after
"le poste consiste à", adjectives after "quelqu'un de", noun phrases with the article their
gender asks for, clauses as sentences of their own. A piece that cannot become a correct
sentence as typed is not pasted: it is shown in a marked place, "[à compléter : …]", for the
candidate to rewrite, and listed so that approval asks for a look. Fewer, correct sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts import clause_fit, en_required, gender, morph, voice
from relance.drafts.adjective_first import fr_as_someone
from relance.drafts.context import (
    RECRUITER_NEEDS,
)
from relance.drafts.determiners import FR_AGENT, fr_article, fr_noun_head
from relance.drafts.en_determiners import (
    en_after_for,
    en_indefinite,
)
from relance.drafts.en_needs import en_need_thing, en_things_only
from relance.drafts.fr_pipeline import fr_finite_clause
from relance.drafts.fr_sought_mood import subjunctive
from relance.drafts.gate_en import (
    names_people,
    no_duty,
    one_sought,
    people_sought,
    skill_sought,
)
from relance.drafts.grammar import fr_de, fr_de_each
from relance.drafts.job_facts import fr_provided
from relance.drafts.morph import ADJECTIVE, CLAUSE, INFINITIVE, MINE, NOUN, YOURS, Shape
from relance.drafts.note_pieces import rejoined, whole_notes
from relance.drafts.own_qualities import fr_feminine, fr_said_of_a_person
from relance.drafts.own_words import fr_bare_object
from relance.drafts.phrased import Phrased
from relance.drafts.phrased import done as _done
from relance.drafts.phrased import unique as _unique
from relance.drafts.quality import (
    SOMEONE_QUALITY,
    en_bare_object,
    en_someone,
    fr_quality,
    fr_someone,
)
from relance.drafts.reading import as_yours, join, named, read
from relance.drafts.rephrase import (
    EN_SUBJECTLESS,
    FR_NEED,
    FR_SUBJECTLESS,
    someone,
    strip_lead_in,
)
from relance.drafts.slots import fr_bare_after_toward, np_fits
from relance.drafts.templates import phrase
from relance.drafts.third_party import third_party
from relance.drafts.vouch import handed_back, vouched

# Someone sought, as the note says it: "un commis", "quelqu'un qui parle anglais".
FR_SOUGHT = re.compile(
    r"^(?:un|une|des|plusieurs|quelqu'un|une personne|des gens|des personnes|des profils)\b",
    re.IGNORECASE,
)
EN_SOUGHT = re.compile(r"^(?:a|an|someone|somebody|people|several)\b", re.IGNORECASE)
CANDIDATES_OWN = frozenset({"my", "mon", "ma", "mes"})
FR_PEOPLE_CASUAL = re.compile(r"^des\s+gens\b", re.IGNORECASE)
# Things a note names after « un », « une » where the sought person would go (writer AV's
# av18: « un rayon rando qui a perdu du CA » was « vous recherchez un rayon rando … »).
FR_NOT_SOUGHT = frozenset(
    {"rayon", "magasin", "service", "site", "secteur", "entrepôt", "agence", "poste", "contrat",
     "cdi", "cdd", "planning", "projet", "dossier", "chantier", "marché", "budget", "outil",
     "logiciel", "véhicule", "camion", "boutique", "restaurant", "hôtel", "atelier",
     # « un week-end sur deux » (writer AW's aw24): when, never whom
     "week-end", "samedi", "dimanche", "soir", "jour", "mois", "an"}
)  # fmt: skip


# Someone gone or away is whom the job replaces, never whom it seeks (writer BJ: « un ouvrier
# parti » was « vous recherchez un ouvrier parti », « une préparatrice en congé maternité »).
FR_GONE = re.compile(
    r"\b(?:partie?s?|en\s+cong[ée]|en\s+arr[êe]t|qui\s+(?:part|s'en\s+va|quitte|nous\s+quitte)|"
    r"(?:en|à\s+la)\s+retraite|retraitée?s?|démissionnaire|absente?s?)\b",
    re.IGNORECASE,
)


# "a handler leaving": the person the note names is the one who goes, not "someone to take
# over from a contractor who's leaving"
EN_GONE = re.compile(
    r"^(?:a|an)\s+(?:[\w-]+\s+){1,2}(?:who(?:\s+is|'s|\s+has)?\s+)?"
    r"(?:leaving|retiring|retired|gone|left|on\s+(?:maternity|paternity|sick)\s+leave)\b",
    re.IGNORECASE,
)


def _fr_no_one(text: str) -> bool:
    words = text.lower().split()
    if len(words) > 1 and words[0] in ("un", "une") and FR_GONE.search(text):
        return True
    return len(words) > 1 and words[0] in ("un", "une") and words[1] in FR_NOT_SOUGHT


MAX_UNITS = 3  # sentences' worth of notes a field may carry


def _en_listed_quality(shape: Shape) -> Shape:
    """A word of a note that lists adjectives ("smart, professional", writer H, h39) is a
    quality, though the lexicon makes it a noun too."""
    listed = shape.kind == NOUN and " " not in shape.text and bool(shape.source)
    if listed and morph.en_adjective_list(shape.source):
        return replace(shape, kind=ADJECTIVE)
    return shape


def _en_people(shape: Shape) -> bool:
    """'drivers for the parcel peak', 'grads who stay': people sought, with no article;
    'referrals to home lending' names no one (writer H, h40: never "someone who asks the
    second question, and referrals to…")."""
    words = shape.lemmas
    follows = {"for", "to", "who", "with", "that", "in", "on", "from"}
    plural = len(words) > 1 and morph.en_plural(words[0]) and words[1] in follows
    return plural and names_people(words[0])


def _determined(shape: Shape, lang: str) -> bool:
    """An article or a possessive first ("le chantier", "votre équipe"): not a number."""
    first = shape.text.split(" ", 1)[0].lower()
    if lang == "fr":
        return first in morph.FR_DETERMINERS or first.startswith(("l'", "d'"))
    return first in morph.EN_DETERMINERS


def fits_frame(shape: Shape, lang: str) -> bool:
    """An action or a quality the frame ("capable de", "quelqu'un de") will read as one."""
    return lang != "fr" or morph.fr_fits_frame(shape.text, shape.kind)


def no_duty_thing(shape: Shape) -> bool:
    """A thing the role frame cannot say is a duty: a licence, a perk, a stretch of time."""
    return shape.kind == NOUN and bool(no_duty(shape.text))


def fr_someone_of(shapes: list[Shape]) -> str:
    """'quelqu'un d'autonome et de ponctuel': each adjective in its masculine form; one
    with its own complement takes no "de" ("quelqu'un capable de travailler en binôme")."""
    words = []
    for shape in shapes:
        quality = fr_quality(shape.text) or shape.text  # "rigoureuse" -> "rigoureux"
        words.append(quality if FR_ADJECTIVE_WITH_DE.match(quality) else fr_de(quality))
    return "quelqu'un " + join(words, "fr")


def _fr_person_and(sought: str, shapes: list[Shape]) -> str:
    """'une personne patiente' and 'capable de travailler en binôme': one person, her
    qualities in the feminine « personne » asks ("" when one has no feminine known)."""
    qualities = []
    for shape in shapes:
        first, _, rest = shape.text.partition(" ")
        feminine = fr_feminine(first)
        if feminine is None:
            return ""
        qualities.append(f"{feminine} {rest}".strip())
    return f"{sought} et {join(qualities, 'fr')}" if len(qualities) == 1 else ""


FR_PARTITIVE = re.compile(r"^du\s+monde\b", re.IGNORECASE)  # people, as the idiom says
# An adjective whose complement opens with "de" or "à": "capable de", "apte à", "prêt à".
# « capable de », « prêt à travailler »: no « de » before them; « sobre à bord » (writer BG), a
# place after « à », is « quelqu'un de sobre à bord »
FR_ADJECTIVE_WITH_DE = re.compile(r"^\w+\s+(?:de|d')\s|^\w+\s+à\s+\w+(?:er|ir|re|oir)\b", re.I)
FR_ONE_PERSON = re.compile(r"^une personne\s+(?!qui\b|pour\b)\S+$", re.IGNORECASE)


def _fr_several_things(text: str) -> bool:
    """'plusieurs logiciels en même temps': a count of things, no person sought ("plusieurs
    serveurs", a trade's suffix, is)."""
    words = text.lower().split()
    if len(words) < 2 or words[0] != "plusieurs":
        return False
    return not words[1].rstrip("sx").endswith(FR_AGENT)


def _fr_bare_thing(shape: Shape) -> bool:
    """'formalités post-signature', 'rigueur sur les inventaires': what the recruiter stressed,
    typed without its article, said with it ("Vous m'avez notamment parlé des formalités…").
    Only a short phrase headed by an abstract noun (a quality, an activity: its suffix says
    so), never a thing, a person or a time ("la nuit", "le camion fourni", "la coiffeuse
    polyvalente", "les cueilleurs"), nouns typed in a row ("nuit bureaux tour"), a list or
    a figure."""
    words = shape.text.split()
    if "," in shape.text or len(words) > FR_BARE_WORDS or any(w[:1].isdigit() for w in words):
        return False
    if any(
        word.isupper() and word.lower() in morph.FR_DETERMINERS | {"et", "ou"} for word in words
    ):
        return False  # "l'incendie ET les clients": shouting, not a thing named
    head = words[0].lower()
    abstract = head.rstrip("s").endswith(FR_ABSTRACT) or (
        head.rstrip("s").endswith("eur") and gender.noun_gender(head) == gender.FEM
    )  # "rigueur", never "chauffeur"
    if not abstract or not fr_noun_head(shape):
        return False
    return len(words) == 1 or not morph.fr_noun_only(words[1].lower())


FR_BARE_WORDS = 5
# the recruiter's want typed after a comma (writer BA's ba40: "boutique sales flat, need VIC
# development"): no ability of the person sought
EN_NOT_AN_ABILITY = re.compile(r"^(?:need|needs|want|wants|require|requires|seek|seeks)\b", re.I)
# Nouns of a quality or an activity: "polyvalence", "stabilité", "gestion", "politesse"
# ("-ment", "-ure", "-age" also name things: "logement", "voiture", "garage")
FR_ABSTRACT = ("ité", "ance", "ence", "tion", "sion", "esse")


# A state is no ability: "able to know Python pandas" (writer BO's bo32) is "someone who
# knows Python pandas"
EN_STATE = re.compile(r"^(know|have|understand)\s+\S", re.IGNORECASE)
EN_THIRD_PERSON = {"know": "knows", "have": "has", "understand": "understands"}
# a noun typed where a verb would be ("support for Rhymetime", writer BO's bo35)
EN_NOUN_FOR = re.compile(r"^(?:support|help|care)\s+for\b", re.IGNORECASE)


# « capable de connaître le tiers payant » (writer BO's bo20): a state sought, in the
# subjunctive « vous recherchez quelqu'un qui… » asks
FR_STATE = re.compile(r"^(connaître|connaitre|savoir|avoir)\s+\S", re.IGNORECASE)
FR_SUBJUNCTIVE = {
    "connaître": "connaisse",
    "connaitre": "connaisse",
    "savoir": "sache",
    "avoir": "ait",
}


SOMEONE_WHO = {"fr": "quelqu'un qui ", "en": "someone who "}
SOMEONE_OF = {
    "fr": re.compile(r"^quelqu'un d(?:e |')(?!.*\bqui\b)"),
    "en": re.compile(r"^someone (?!who\b)(?!.*\bwho\b)\w+$"),
}


def _one_someone(sought: list[str], lang: str) -> list[str]:
    """« quelqu'un de patient » and « quelqu'un qui sache communiquer »: one person, « quelqu'un
    de patient et qui sache communiquer » ("someone calm who knows Excel"), never the same
    « quelqu'un » twice in a row."""
    who = [item for item in sought if item.startswith(SOMEONE_WHO[lang])]
    of = [item for item in sought if SOMEONE_OF[lang].match(item)]
    if len(who) != 1 or len(of) != 1:
        return sought
    rest = who[0][len(SOMEONE_WHO[lang]) :]
    merged = f"{of[0]} et qui {rest}" if lang == "fr" else f"{of[0]} who {rest}"
    return [merged if item == of[0] else item for item in sought if item != who[0]]


STATE_FORMS = {"fr": FR_SUBJUNCTIVE, "en": EN_THIRD_PERSON}


def _who(action: str, lang: str) -> str:
    """'know Python' -> 'someone who knows Python'; « avoir le permis » -> « quelqu'un qui ait
    le permis »."""
    verb, rest = action.split(" ", 1)
    return f"{SOMEONE_WHO[lang]}{STATE_FORMS[lang][verb.lower()]} {rest}"


def needs(items: list[str], lang: str) -> Phrased:
    sought: list[str] = []
    adjectives: list[Shape] = []
    actions: list[str] = []
    bare: list[str] = []
    needed: list[str] = []
    clauses: list[str] = []
    said: list[str] = []
    rewrite: list[str] = []
    subjectless = FR_SUBJECTLESS if lang == "fr" else EN_SUBJECTLESS
    stripped: list[str] = []
    typed_as: dict[str, str] = {}  # a note without its lead-in -> the note as typed
    for typed in items:
        item = voice.to_recruiter(voice.without_hedge(typed), lang)
        if lang == "fr" and FR_NEED.match(item):
            rest = FR_NEED.sub("", item)
            shape = morph.shape(named(as_yours(rest, lang), lang), lang)
            if shape.clean and shape.kind == NOUN and not handed_back(typed):
                needed.append(fr_de(shape.text))
            else:
                rewrite.append(typed)
            continue
        if lang == "en" and not handed_back(typed):  # "class 2 licence needed, they reimburse"
            clauses_said, item = en_required.said_apart(item)
            said.extend(clauses_said)  # never "someone able to class 2 licence needed"
            if not item:
                continue
        stripped.append(strip_lead_in(item, lang))
        typed_as.setdefault(stripped[-1], typed)
    shapes = read(stripped, lang, RECRUITER_NEEDS)
    if lang == "en":  # "smart, professional" read word by word: qualities, not nouns
        shapes = [_en_listed_quality(shape) for shape in shapes]
    things_only = en_things_only(shapes, _en_people) if lang == "en" else set()
    shapes = [
        replace(shape, source=typed_as.get(shape.source, shape.source))
        for shape in whole_notes(shapes, lang)
    ]
    for shape in shapes:
        if lang == "fr" and not vouched(shape, lang):  # "autonome dès février"
            shape = fr_as_someone(shape) or shape
        if not fits_frame(shape, lang) or not vouched(shape, lang) or third_party(shape.text, lang):
            rewrite.append(shape.note)  # « le fils veut plutôt quelqu'un de jeune » (aq10)
        elif subjectless.match(shape.text):
            clauses.append(phrase(lang, "needs_clause", clause=shape.text))
        elif lang == "en" and shape.kind in (NOUN, INFINITIVE) and skill_sought(shape.text):
            sought.append("someone with " + shape.text)  # "good handover skills"
        elif shape.kind == ADJECTIVE and lang == "fr" and fr_quality(shape.text) is None:
            rewrite.append(shape.note)  # "anglais obligatoire": no quality after "quelqu'un de"
        elif shape.kind == ADJECTIVE:
            adjectives.append(shape)
        elif shape.kind == INFINITIVE and lang == "en" and en_bare_object(shape.text):
            rewrite.append(shape.note)  # "lead team of 9"
        elif shape.kind == INFINITIVE and lang == "fr" and fr_bare_object(shape.text):
            rewrite.append(shape.note)  # "gérer planning": "gérer le planning" is the candidate's
        elif shape.kind == INFINITIVE and lang == "en" and EN_NOT_AN_ABILITY.match(shape.text):
            rewrite.append(shape.note)  # "need VIC development": never "someone able to need…"
        elif shape.kind == INFINITIVE and lang == "en" and EN_NOUN_FOR.match(shape.text):
            rewrite.append(shape.note)  # "support for Rhymetime": never "able to support for"
        elif shape.kind == INFINITIVE and (FR_STATE if lang == "fr" else EN_STATE).match(
            shape.text
        ):
            sought.append(_who(shape.text, lang))  # "someone who knows Python", « qui ait … »
        elif shape.kind == INFINITIVE:
            actions.append(shape.text)
        elif shape.kind == NOUN and (FR_SOUGHT if lang == "fr" else EN_SOUGHT).match(shape.text):
            if lang == "fr" and _fr_no_one(shape.text):
                rewrite.append(shape.note)  # « un rayon rando qui a perdu du CA » (av18)
            elif lang == "en" and EN_GONE.search(shape.text):
                rewrite.append(shape.note)  # "a handler leaving" (bn32): replaced, not sought
            elif lang == "fr" and fr_someone(someone(shape.text, lang)) is None:
                rewrite.append(shape.note)  # "quelqu'un d'assistante au fauteuil"
            elif lang == "fr" and fr_bare_after_toward(shape.text):
                rewrite.append(shape.note)  # "quelqu'un pour accueil physique et téléphone"
            elif lang == "fr" and _fr_several_things(shape.text):
                rewrite.append(shape.note)  # "plusieurs logiciels en même temps": no one sought
            else:
                # « des gens solides » (writer AW's aw03, aw15: too casual to the recruiter)
                casual = FR_PEOPLE_CASUAL.sub("des personnes", shape.text)
                sought.append(subjunctive(casual))  # « quelqu'un qui tienne les délais »
        elif lang == "en" and shape.kind == NOUN and _en_people(shape):
            sought.append(shape.text)  # "drivers for the parcel peak"
        elif lang == "en" and shape.kind == NOUN and one_sought(shape.text):
            sought.append(en_indefinite(shape.text))  # "a chemistry teacher to take over…"
        elif lang == "en" and shape.kind == NOUN and people_sought(shape.text):
            sought.append(shape.text)  # "reliable people for nights", "safe drivers"
        elif lang == "fr" and shape.kind == NOUN and FR_NEED.match(shape.text):
            needed.append(fr_de(FR_NEED.sub("", shape.text)))
        elif shape.kind == NOUN and shape.text.split(" ", 1)[0].lower() in CANDIDATES_OWN:
            rewrite.append(shape.note)  # "my two years in a brasserie": no need of the recruiter
        elif shape.kind == NOUN and _determined(shape, lang) and "," not in shape.text:
            of = fr_de_each(shape.text) if lang == "fr" else shape.text
            # "du monde pour la récolte" (writer Y's y22): « parlé de monde » says nothing
            partitive = lang == "fr" and FR_PARTITIVE.match(shape.text)
            # « la clientèle chinoise revient depuis 2023 »: a clause, never « parlé de … »
            told = lang == "fr" and fr_finite_clause(shape.text)
            if of and np_fits(shape.text, lang) and not partitive and not told:
                bare.append(of)
            else:
                rewrite.append(shape.note)  # "toute la saison": no thing the recruiter named
        elif lang == "fr" and shape.kind == NOUN and _fr_bare_thing(shape):
            thing = fr_article(shape)  # "formalités post-signature": "des formalités …"
            (bare if np_fits(thing, lang) else rewrite).append(
                (fr_de_each(thing) or fr_de(thing)) if np_fits(thing, lang) else shape.note
            )
        elif lang == "en" and shape.source in things_only and en_need_thing(shape):
            bare.append(en_need_thing(shape))  # "weekend cover", "the conference season"
        elif shape.kind in (CLAUSE, YOURS) and not clause_fit.need_clause(shape.text, lang):
            rewrite.append(shape.note)  # "beaucoup abandonnent…": no need of the recruiter's
        elif shape.kind in (CLAUSE, YOURS):
            said.append(shape.text)
        else:
            rewrite.append(shape.note)
    sentences: list[str] = []
    able = joined_actions(actions, lang)
    person = (
        _fr_person_and(sought[0], adjectives)
        if lang == "fr" and adjectives and len(sought) == 1 and FR_ONE_PERSON.match(sought[0])
        else ""
    )
    if person:  # "une personne patiente et capable de travailler en binôme"
        sought = [person]
        adjectives = []
    elif lang == "fr" and adjectives and not sought:
        sought = [fr_someone_of(adjectives)]
        adjectives = []
    elif lang == "en" and adjectives and len(sought) == 1 and SOMEONE_QUALITY.fullmatch(sought[0]):
        # "someone calm, reliable and friendly": one person, all the qualities in one list
        sought = [en_someone([*adjectives], first=sought[0].split(" ", 1)[1])]
        adjectives = []
    elif lang == "en" and adjectives and not sought:
        sought = [en_someone(adjectives)]
        adjectives = []
    if lang == "en":  # "screening officers for the new terminal"
        sought = [en_after_for(item) for item in sought]
    sought = [someone(item, lang) for item in sought]  # "quelqu'un disponible": "de"
    if lang == "fr":  # "quelqu'un de rigoureuse" -> "de rigoureux": the frame is masculine
        sought = [fr_someone(item) or item for item in sought]
    sought = _one_someone(sought, lang)
    # "someone reliable and able to…"; "friendly people and able to…" is no English
    alike = lang == "fr" or sought[0].startswith("someone ") if sought else False
    if alike and able and len(sought) == 1 and not re.search(r"\b(?:qui|pour|who|to)\b", sought[0]):
        listed = re.search(r" (?:et|and) ", sought[0])  # "de propre et organisé, capable de"
        key = "needs_search_able_list" if listed else "needs_search_able"
        sentences.append(phrase(lang, key, items=sought[0], actions=able))
    elif sought:
        sentences.append(phrase(lang, "needs_search", items=join(sought, lang)))
        if able:
            sentences.append(phrase(lang, "needs_also", actions=able))
    elif able:  # "une personne capable d'être …"
        able = fr_said_of_a_person(able) if lang == "fr" else able
        sentences.append(phrase(lang, "needs_able", actions=able))
    if adjectives:
        words = fr_someone_of(adjectives) if lang == "fr" else en_someone(adjectives)
        sentences.append(phrase(lang, "needs_quality", items=words))
    for index, need in enumerate(needed):
        key = "needs_need_also" if sentences or index else "needs_need"
        sentences.append(phrase(lang, key, of=need))
    if bare:
        # "You mentioned the conference season": "also" only after another sentence; the
        # first one names the needs, or the catch-up reads as rephrasing none
        key = "needs_stress" if sentences else "needs_stress_first"
        sentences.append(phrase(lang, key, items=join(bare, lang)))  # "de X et de Y"
    sentences.extend(clauses)
    for clause in said:  # "You mentioned that…" first; "You also mentioned…" after a sentence
        key = "needs_said" if sentences else "needs_said_first"
        if not sentences and re.search(r"\bbesoin", clause):  # never « besoins … besoin »
            key = "needs_said_named"
        sentences.append(phrase(lang, key, clause=clause))
    rewrite = rejoined(rewrite, shapes)
    return _done(lang, RECRUITER_NEEDS, sentences[:MAX_UNITS], rewrite, [], "needs_profile")


def joined_actions(actions: list[str], lang: str, preposition: str = "de") -> str:
    if not actions:
        return ""
    if lang == "fr" and preposition == "de":
        return join([fr_de(action) for action in actions], lang)
    if lang == "fr" and preposition:
        return join([f"{preposition} {action}" for action in actions], lang)
    return join(actions, lang)


def notes(items: list[str], lang: str) -> Phrased:
    things: list[str] = []
    clauses: list[str] = []
    rewrite: list[str] = []
    for shape in read(items, lang, "notes"):
        no_head = lang == "fr" and shape.kind == NOUN and not fr_noun_head(shape)
        # "wear steel caps to induction": a verb's base form first is a reminder, not a fact
        first = shape.text.split(" ", 1)[0]
        reminder = (
            lang == "en" and shape.kind == NOUN and first.islower() and first in shape.lemmas[:1]
        )
        reminder = reminder and morph.en_can_be_verb(first)
        # "tenue: il a remarqué mon boubou": a word alone is a heading of the memo, not a fact
        bare = shape.kind == NOUN and len(shape.text.split()) == 1
        # "2 days at the Burrard St office" (writer U's u34): a count with no article reads
        # as the memo pasted, "I also noted 2 days at …"
        counted = lang == "en" and shape.kind == NOUN and shape.text[:1].isdigit()
        # "nice office" (writer BE's be33): an adjective first and no article reads as the
        # memo pasted, "I also noted nice office"
        unarticled = lang == "en" and shape.kind == NOUN and not shape.determined
        unarticled = unarticled and (
            not np_fits(shape.text, lang) or morph.en_adjective_only(first)
        )
        unsaid = shape.kind in (MINE, ADJECTIVE, INFINITIVE, YOURS) or no_head or reminder
        unsaid = unsaid or bare or counted or unarticled
        if unsaid or not vouched(shape, lang):
            rewrite.append(shape.note)
        elif shape.kind == NOUN and lang == "fr" and fr_provided(fr_article(shape)):
            # "tenue fournie": "J'ai également noté que la tenue est fournie."
            clauses.append(phrase(lang, "notes_clause", clause=fr_provided(fr_article(shape))))
        elif shape.kind == NOUN:
            things.append(fr_article(shape) if lang == "fr" else shape.text)
        else:
            clauses.append(phrase(lang, "notes_clause", clause=shape.text))
    # The free notes are a memo: what cannot be phrased is listed to the candidate, never
    # written in a marked place (a memo may hold what the recruiter must not read).
    sentences = [phrase(lang, "notes_items", items=join(things, lang))] if things else []
    text = " ".join([*sentences, *clauses][:MAX_UNITS])
    return Phrased(text, _unique(rewrite), ())
