"""The role as understood and what is expected, each piece in the frame of its kind.

`phrasing` rephrases the recruiter's needs and the free notes; this module the two fields
that list duties: actions said after "le poste consiste à" / "the role is to", things with
their article ("the food hall"), qualities after "quelqu'un de", facts of the job as clauses
(two in one sentence, never the frame twice in a row), requirements typed with a word of need
said as clauses ("a class 2 licence is preferred"); a member of staff named is who the
candidate works beside, never a duty.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from relance.drafts import clause_fit, en_required, morph, morph_en, sense
from relance.drafts.context import (
    EXPECTATIONS,
    RECRUITER_NEEDS,
    ROLE_UNDERSTOOD,
)
from relance.drafts.determiners import fr_article, fr_noun_head
from relance.drafts.en_counts import en_counted
from relance.drafts.en_determiners import (
    en_article,
    en_even_articles,
    en_expected,
    en_the_public,
)
from relance.drafts.gate_fr_requirements import fr_person, fr_requirement
from relance.drafts.job_facts import fr_provided, is_fact
from relance.drafts.morph import ADJECTIVE, CLAUSE, INFINITIVE, MINE, NOUN, YOURS, Shape
from relance.drafts.morph_words import EN_FUNCTION
from relance.drafts.note_pieces import rejoined, whole_notes
from relance.drafts.own_qualities import fr_said_of_a_person
from relance.drafts.own_words import fr_bare_object
from relance.drafts.phrased import Phrased
from relance.drafts.phrased import done as _done
from relance.drafts.phrasing import (
    MAX_UNITS,
    fits_frame,
    fr_someone_of,
    joined_actions,
    no_duty_thing,
)
from relance.drafts.quality import (
    en_bare_object,
    en_someone,
    en_someone_quality,
    fr_language,
    fr_quality,
    lone_quality,
)
from relance.drafts.reading import join, read, sought
from relance.drafts.shift_hours import fr_time_clause, fr_times
from relance.drafts.slots import fr_bare_after_toward, np_fits
from relance.drafts.templates import phrase
from relance.drafts.vouch import handed_back, vouched
from relance.drafts.working_times import en_working_time, fr_working_time


def _staff(shape: Shape, lang: str) -> bool:
    """A role's note whose head names a member of staff (« surveillant de nuit »)."""
    words = shape.text.lower().split()
    head = words[1] if len(words) > 1 and words[0] in ("le", "la", "les", "un", "une") else words[0]
    # « le binôme les 6 premiers mois », « technicien d'intervention en binôme » (writer AO's
    # ao14, ao26): who the candidate works beside, never what the post comprises
    return lang == "fr" and (
        head in sense.FR_STAFF
        or head in sense.FR_ROLE_PEOPLE
        or head in FR_PARTNERS
        or (shape.kind == NOUN and fr_person(head, head.endswith(("ien", "iens"))))
    )


# What a role's note names beside its duties but is none: a place, a time off, a perk (« le
# poste comprend la zone 94/91/77 », « le repos variable », « la discipline sur les horaires »:
# blind readers of writers BZ and BX, session 52); a group or a team counted is whom one
# works with (« le plateau de 25 », « les groupes de 15 »), « les groupes froids » a duty.
FR_NO_DUTY_HEADS = frozenset(
    {
        *("zone", "zones", "secteur", "secteurs", "périmètre", "région", "département"),
        *("repos", "salaire", "rémunération", "prime", "primes", "contrat", "mutuelle"),
        *("véhicule", "camion", "voiture", "badge", "discipline", "documents", "congés"),
    }
)
FR_COUNTED_PEOPLE = re.compile(r"^(?:le|la|les)\s+(?:groupes?|plateau|équipes?)\s+de\s+\d")
# « les horaires décalés de 4 h à 12 h » is how one works, said so: « le travail en horaires
# décalés de 4 h à 12 h »; other hours (« les horaires du matin ») are no duty.
FR_HOURS = re.compile(
    r"^les\s+horaires\s+(décalés|tournants|coupés|variables|flexibles|atypiques|fractionnés)\b(.*)$"
)


def fr_no_duty(thing: str) -> bool:
    """Is this noun phrase, with its article, no duty the role comprises?"""
    if FR_COUNTED_PEOPLE.match(thing.lower()):
        return True
    words = thing.lower().split()
    if words and words[0] in ("le", "la", "les", "un", "une", "des", "du"):
        words = words[1:]
    head = words[0].split("'")[-1] if words else ""
    return head in FR_NO_DUTY_HEADS or (head == "horaires" and not FR_HOURS.match(thing))


def fr_hours_worked(thing: str) -> str:
    """« le travail en horaires décalés » for « les horaires décalés », else ""."""
    found = FR_HOURS.match(thing)
    return f"le travail en horaires {found.group(1)}{found.group(2)}" if found else ""


# « le binôme les 6 premiers mois »: refused here, piece by piece; in `sense.FR_ROLE_PEOPLE`
# it would take the short duties typed beside it back too (« soins, surveillance, binôme »).
FR_PARTNERS = frozenset({"binôme", "binome"})


def _listed(
    items: list[str],
    lang: str,
    part: str,
    keys: dict[str, str],
    skip: Callable[[Shape, str], bool] | None = None,
) -> Phrased:
    """Role and expectations: actions, things, qualities and clauses, each in its frame."""
    actions: list[str] = []
    things: list[str] = []
    qualities: list[Shape] = []
    clauses: list[str] = []
    if lang == "en" and part == EXPECTATIONS:  # "Class 2 licence preferred" (writer V's v40)
        clauses, items = _requirements_apart(items)
    times: list[str] = []  # French: a shift's hours and rota (`shift_hours`)
    rewrite: list[str] = []
    shapes = read(items, lang, part)
    # the facts said with the role, left out before a fact could read as an action (k33's
    # "progress notes in the app": never "to progress notes")
    facts = [skip is not None and skip(shape, lang) for shape in shapes]
    shapes = [shape for shape, fact in zip(shapes, facts, strict=True) if not fact]
    if lang == "en" and (
        any(shape.kind == INFINITIVE for shape in shapes) or _en_verb_object_list(shapes)
    ):
        # "run the pass, order stock": in a list of actions, a verb-or-noun is an action.
        shapes = [_en_action(shape) for shape in shapes]
    if lang == "fr":  # "passer CISSP dans l'année", "réussir Noël": read as nouns before a name
        shapes = [_fr_action(shape) for shape in shapes]
    if lang == "en" and "quality" in keys:  # "someone calm, reliable": one list of qualities
        shapes = [en_someone_quality(shape) for shape in shapes]
    shapes = whole_notes(shapes, lang, listed=True)
    for shape in shapes:
        counted = en_counted(shape.text) if lang == "en" and part == ROLE_UNDERSTOOD else ""
        if counted and vouched(shape, lang):
            things.append(counted)  # "10-hour shifts", "a 4-year apprenticeship"
        elif lang == "fr" and fr_time_clause(shape.text) and not handed_back(shape.source):
            times.append(shape.text)  # "de 7 h 30 à 16 h 30", "1 samedi sur 2": one clause
        elif shape.text[:1].isdigit() or shape.kind == MINE or not vouched(shape, lang):
            rewrite.append(shape.note)
        elif not fits_frame(shape, lang):
            rewrite.append(shape.note)  # "quelqu'un d'objectifs commerciaux": no frame fits
        elif sought(shape.text, lang) or (part == ROLE_UNDERSTOOD and _staff(shape, lang)):
            rewrite.append(shape.note)  # a person sought: never "le poste comprend quelqu'un"
        elif shape.kind == INFINITIVE and lang == "en" and en_bare_object(shape.text):
            rewrite.append(shape.note)  # "help dentist": never "the role is to help dentist"
        elif (
            shape.kind == INFINITIVE
            and lang == "fr"
            and (fr_bare_object(shape.text) or fr_bare_after_toward(shape.text))
        ):
            rewrite.append(shape.note)  # "rédiger actes", « travailler avec enseignant »
        elif shape.kind == INFINITIVE:
            actions.append(en_the_public(shape.text) if lang == "en" else shape.text)
        elif lang == "fr" and shape.kind == NOUN and not fr_noun_head(shape):
            rewrite.append(shape.note)  # "habituée au froid": no article fits before it
        elif shape.kind == NOUN and lone_quality(shape.text, lang):
            if "quality" in keys and len(shape.text.split()) == 1:  # "Vous recherchez quelqu'un
                qualities.append(replace(shape, kind=ADJECTIVE))  # de polyvalent"
            else:
                rewrite.append(shape.note)  # never "le polyvalent", "the role covers hybrid"
        elif lang == "en" and part == ROLE_UNDERSTOOD and no_duty_thing(shape):
            rewrite.append(shape.note)  # "the role covers the license active by start"
        elif shape.kind == NOUN:
            thing = fr_article(shape) if lang == "fr" else _en_thing(shape, part)
            if lang == "fr" and part == ROLE_UNDERSTOOD:  # never « comprend les samedis »
                thing = fr_working_time(thing) or fr_hours_worked(thing) or thing
            if lang == "fr" and part == EXPECTATIONS:  # "l'importance d'une tenue impeccable"
                thing = fr_requirement(thing) or thing
            provided = fr_provided(thing) if lang == "fr" and part != RECRUITER_NEEDS else ""
            if provided:  # "la moto fournie" is no duty: "Si j'ai bien compris, la moto est…"
                clauses.append(provided)
            elif lang == "fr" and part == ROLE_UNDERSTOOD and fr_no_duty(thing):
                rewrite.append(shape.note)  # never « le poste comprend la zone 94/91/77 »
            elif np_fits(thing, lang):
                things.append(thing)
            else:
                rewrite.append(shape.note)  # "mercredis centre de loisirs", "safety vest"
        elif shape.kind == ADJECTIVE and "quality" in keys and lang == "fr" and fr_language(shape):
            things.append("un " + shape.text)  # "anglais fonctionnel": a level, not a person
        elif (
            shape.kind == ADJECTIVE
            and "quality" in keys
            and lang == "fr"
            and not fr_quality(shape.text)
        ):
            rewrite.append(shape.note)  # never "quelqu'un d'anglais…" (writer I's reader)
        elif shape.kind == ADJECTIVE and "quality" in keys:
            qualities.append(shape)
        elif shape.kind in (CLAUSE, YOURS) and part == EXPECTATIONS:
            if clause_fit.need_clause(shape.text, lang):  # never "les clients c'est…"
                clauses.append(shape.text)
            else:
                rewrite.append(shape.note)
        elif shape.kind in (CLAUSE, YOURS):
            clauses.append(shape.text)
        else:
            rewrite.append(shape.note)
    sentences: list[str] = []
    if actions:
        preposition = "à" if part == ROLE_UNDERSTOOD else ""
        listed = joined_actions(actions, lang, preposition)
        if lang == "fr" and part == EXPECTATIONS:  # "la personne recrutée pour être …"
            listed = fr_said_of_a_person(listed)
        sentences.append(phrase(lang, keys["actions"], actions=listed))
    if things:
        key = keys["things_also"] if actions else keys["things"]
        if lang == "en" and part == ROLE_UNDERSTOOD:
            things = en_even_articles(things)
        sentences.append(phrase(lang, key, items=join(things, lang)))
    if qualities:
        words = fr_someone_of(qualities) if lang == "fr" else en_someone(qualities)
        sentences.append(phrase(lang, keys["quality"], items=words))
    if times:
        clauses.append(fr_times(times))
    sentences.extend(_clause_sentences(clauses, lang, keys["clause"]))
    rewrite = rejoined(rewrite, shapes)
    return _done(lang, part, sentences[:MAX_UNITS], rewrite, [], keys["items"])


def _clause_sentences(clauses: list[str], lang: str, key: str) -> list[str]:
    """Each clause in its frame, but two facts of the role in one ("Si j'ai bien compris, le
    truck est fourni et les horaires sont de 7 h à 15 h 30"): the frame said twice in a row
    reads as a form filled in (writer U's u12)."""
    if key != "role_clause":
        return [phrase(lang, key, clause=clause) for clause in clauses]
    conjunction = " et " if lang == "fr" else " and "
    pairs = [clauses[at : at + 2] for at in range(0, len(clauses), 2)]
    return [phrase(lang, key, clause=conjunction.join(pair)) for pair in pairs]


def _requirements_apart(items: list[str]) -> tuple[list[str], list[str]]:
    """The requirements typed as a noun and a word of need, said as clauses ("a class 2
    licence is preferred"), never read as an action ("to class 2 licence preferred"); and the
    notes left to read."""
    said: list[str] = []
    kept: list[str] = []
    for typed in items:
        clauses, rest = ([], typed) if handed_back(typed) else en_required.said_apart(typed)
        said.extend(clauses)
        kept.extend([rest] if rest else [])
    return said, kept


def _en_thing(shape: Shape, part: str) -> str:
    """What the role covers takes its article ("the food hall"); what is expected is often
    a quality, which reads without one ("great customer service")."""
    if part == ROLE_UNDERSTOOD:
        return en_working_time(shape.text) or en_article(shape)
    return en_expected(shape)


def _fr_action(shape: Shape) -> Shape:
    first = shape.text.split(" ", 1)[0].lower()
    if (
        shape.kind == NOUN
        and first.endswith(("er", "ir", "re"))
        and not morph.fr_noun_only(first)  # "foyer de 12 adolescents" is no action
        and morph.fr_fits_frame(shape.text, INFINITIVE)
    ):
        return replace(shape, kind=INFINITIVE)
    return shape


def _en_verb_object_list(shapes: list[Shape]) -> bool:
    """ "call buyers, book viewings, chase offers, progress sales" (writer AQ's aq34): a list
    of verbs and their plural objects, read as actions, never "the call buyers"."""
    pairs = [shape.text.lower().split() for shape in shapes if shape.kind == NOUN]
    verb_objects = [
        words
        for words in pairs
        if len(words) == 2 and morph.en_can_be_verb(words[0]) and morph.en_plural(words[1])
    ]
    return len(verb_objects) >= VERB_OBJECT_LIST


VERB_OBJECT_LIST = 2


def _en_action(shape: Shape) -> Shape:
    words = shape.text.lower().split()
    first = shape.text.split(" ", 1)[0].lower()
    if first in EN_STATE_NOUNS and len(words) > 1 and words[1] in ("with", "around", "in", "on"):
        return replace(shape, kind=NOUN)  # "comfort with nights", never "to comfort with…"
    verb = shape.kind == NOUN and first in shape.lemmas[:1] and morph.en_can_be_verb(first)
    # "floor safety", "market models" beside "run demos": a compound of nouns whose first is
    # mostly a noun stays a noun; "document fixes in the KB" reads as a verb phrase (its
    # object, then a preposition), and stays an action.
    small = EN_FUNCTION | morph.EN_DETERMINERS
    compound = not any(word in small for word in shape.lemmas[1:])
    tool = morph.en_tool_named(shape.text.split(" ", 1)[0])  # "Excel for reporting"
    pair = compound and len(shape.lemmas) == 2 and morph.en_plural(shape.text.split()[-1])
    if verb and not tool and not (compound and morph_en.en_mostly_noun(first, pair=pair)):
        if compound and _en_event_compound(shape.text):
            return shape
        return replace(shape, kind=INFINITIVE)
    return shape


# What one has, not what one does, though a verb is spelt alike (writer BZ's reader, session 52)
EN_STATE_NOUNS = frozenset({"comfort", "confidence", "experience", "ease", "calm", "knowledge"})


# A noun of doing: "shift handover", "code review", "stock rotation" name a task, not a verb
# and its object (writer AG: "the role is to lead 25 operatives and shift handover").
EN_EVENT_NOUN = re.compile(r"(?:ment|tion|sion|over|views?|ance|ence|ing|ups?|outs?)s?$")
# Nouns such a compound starts with; "pass induction", "lead reviews" stay actions.
EN_COMPOUND_HEADS = frozenset(
    re.findall(
        r"\w+",
        "shift code stock risk data quality change release account case incident stakeholder "
        "client customer budget site safety cash order file document project team staff care "
        "patient record sprint sales vendor supplier asset fleet route",
    )
)


def _en_event_compound(text: str) -> bool:
    words = text.lower().split()
    if len(words) != 2:
        return False
    if words[0] in EN_COMPOUND_HEADS and EN_EVENT_NOUN.search(words[1]):
        return True
    # "report writing", "bid writing", "note taking": a noun before a gerund names a task
    # (writer BZ's reader, session 52: "You expect the person you hire to report writing"),
    # but for a verb that takes one ("enjoy working", "keep learning")
    return words[1].endswith("ing") and words[0] not in EN_GERUND_VERBS


EN_GERUND_VERBS = frozenset(
    {"enjoy", "keep", "start", "stop", "avoid", "finish", "consider", "practise", "practice"}
    | {"mind", "love", "like", "begin", "continue", "try", "risk", "imagine", "suggest"}
)


def role(items: list[str], lang: str, facts: tuple[str, ...] = ()) -> Phrased:
    keys = {"actions": "role_actions", "things": "role_things", "things_also": "role_things_also",
            "clause": "role_clause", "items": "role_items"}  # fmt: skip
    return _listed([*items, *facts], lang, ROLE_UNDERSTOOD, keys)


def expectations(items: list[str], lang: str, facts_to_role: bool = False) -> Phrased:
    """What is expected: duties and targets; with `facts_to_role`, the facts of the job
    typed here are left to the role sentence (`job_facts`)."""
    keys = {"actions": "expectations_actions", "things": "expectations_things",
            "things_also": "expectations_things", "clause": "expectations_clause",
            "quality": "expectations_quality", "items": "expectations_items"}  # fmt: skip
    skip = is_fact if facts_to_role else None
    return _listed(items, lang, EXPECTATIONS, keys, skip)
