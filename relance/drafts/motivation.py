"""The motivation paragraph: the frame sentence, then at most two reasons, each in a
sentence that fits its shape; the candidate's own clauses go through `own_words` (a wish,
a liking) or back to the candidate, never pasted as typed."""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts import morph, morph_fr, motive_fit
from relance.drafts.context import MOTIVATION
from relance.drafts.determiners import fr_each, fr_indefinite, fr_noun_head
from relance.drafts.en_determiners import en_article, en_indefinite
from relance.drafts.en_near import en_near
from relance.drafts.morph import ADJECTIVE, EN_DETERMINERS, INFINITIVE, MINE, NOUN, Shape
from relance.drafts.morph_words import EN_FUNCTION
from relance.drafts.near_home import fr_near_home
from relance.drafts.note_pieces import rejoined, whole_notes
from relance.drafts.own_words import fr_bare_object, fr_wished, own
from relance.drafts.phrased import Phrased, done, marked, sentence, unique
from relance.drafts.quality import lone_quality
from relance.drafts.reading import join, read
from relance.drafts.slots import en_superlative_first, np_fits
from relance.drafts.templates import phrase
from relance.drafts.vouch import en_gerund_led, handed_back, vouched
from relance.drafts.workplaces import is_workplace, joined, worked_in

MAX_REASONS = 2  # reasons a motivation may carry, as many as strong points


# A motivation typed without its subject: "love the food" is "I love the food".
EN_SUBJECTLESS_MINE = re.compile(
    r"^(?:really\s+)?(?:like|liked|love|loved|enjoy|enjoyed|want|would\s+like|am|have|believe)\b",
    re.IGNORECASE,
)


# "medical work matters", "the mission counts": a clause whose verb the lexicon reads as a
# plural noun ("matters"), never "What attracts me to the role is medical work matters".
EN_MATTERS = re.compile(r"^(?:[a-z]+\s+){1,3}(?:matters|counts)$")


# "m'occuper des gens", "me former au métier": an infinitive with its pronoun, which the
# shape reads as a noun (writer N's n24, once its dictated "virgule" was a comma).
FR_REFLEXIVE_INFINITIVE = re.compile(r"(?:m['’]|me\s+)[a-zàâçéèêëîïôûù]+(?:er|ir|re)\b", re.I)


# A comment typed after the reason, which the frame already says ("Ce qui m'attire…").
FR_COMMENT = re.compile(
    r"\s*,\s*(?:ça|ca|c'est|cela)\s+(?:a\s+(?:du|vraiment\s+du)\s+sens|me\s+parle|"
    r"me\s+pla[iî]t|compte|m'importe|(?:très\s+|super\s+)?important)(?:\s+pour\s+moi)?\s*$",
    re.IGNORECASE,
)


def motivation(items: list[str], lang: str, names: dict[str, str]) -> Phrased:
    """The frame sentence, then at most two reasons, each in a sentence that fits it."""
    # The company as the frame names it; `catchup` gives "votre équipe" when unsure.
    names = {"team": phrase(lang, "team_of", **names), **names}
    # The note as typed stays the shape's source: the gate hands back "want to do…", the
    # note, never "I want to do…", which no list of refused notes holds.
    typed: dict[str, str] = {}
    if lang == "en":
        typed = {"I " + item: item for item in items if EN_SUBJECTLESS_MINE.match(item)}
        items = ["I " + item if EN_SUBJECTLESS_MINE.match(item) else item for item in items]
    else:  # "l'inclusion, ça a du sens pour moi": the reason, without the note's comment on it
        typed = {
            fr_wished(FR_COMMENT.sub("", item)): item
            for item in items
            if FR_COMMENT.search(item) or fr_wished(item) != item
        }
        items = [fr_wished(FR_COMMENT.sub("", item)) for item in items]  # « me poser à … »
    sentences: list[str] = []
    reasons: list[str] = []
    rewrite: list[str] = []
    dropped: list[str] = []
    liked_reasons: list[tuple[str, str]] = []  # "J'aime le public": ("le public", note)
    attractions: list[str] = []  # « les horaires de jour »: « m'attire pour les … »
    units = joins = wish_at = 0
    wishes: list[str] = []  # what the candidate wishes to do, said in one sentence
    near_first = ""  # "près de chez moi" said before any other sentence of the field
    nearby: list[tuple[str, str]] = []  # ("It is also close to home.", the note's piece)
    shapes = whole_notes(read(items, lang, MOTIVATION), lang)
    for shape in shapes:
        if shape.source in typed:
            shape = replace(shape, source=typed[shape.source])
        if lang == "fr" and shape.kind == NOUN and FR_REFLEXIVE_INFINITIVE.match(shape.text):
            shape = replace(shape, kind=INFINITIVE)  # never "c'est le m'occuper des gens"
        if lang == "en" and shape.kind == NOUN and EN_SUBJECTLESS_MINE.match(shape.text):
            # "want to know residents"
            shape = replace(morph.shape("I " + shape.text, lang), source=shape.source)
        near = en_near(shape.text) if lang == "en" else ""
        if near:  # "closer to home": a sentence of its own, after the reasons of the job
            nearby.append((near, shape.text))
            continue
        near = fr_near_home(shape.text) if lang == "fr" and not handed_back(shape.source) else ""
        if near and units < MAX_REASONS:  # "10 minutes de chez moi": where the job is
            units += 1
            near_first = near_first or ("" if sentences else near)
            sentences.append(phrase(lang, "motivation_near", where=near))
            continue
        usable = vouched(shape, lang) and not shape.text[:1].isdigit() and shape.kind != ADJECTIVE
        usable = usable and not (lang == "fr" and shape.kind == NOUN and not fr_noun_head(shape))
        usable = usable and not (shape.kind == NOUN and lone_quality(shape.text, lang))
        usable = usable and not (
            lang == "fr" and shape.kind == INFINITIVE and fr_bare_object(shape.text)
        )
        usable = usable and not motive_fit.unfit(shape.text, shape.kind == NOUN, lang)
        usable = usable and not (lang == "en" and shape.kind == NOUN and en_gerund_led(shape.text))
        usable = usable and not motive_fit.perk(shape.text, lang)
        usable = usable and not motive_fit.lived(shape.text, lang)
        usable = usable and not (
            lang == "fr" and shape.kind == NOUN and motive_fit.fr_beside_the_job(shape.text)
        )  # "c'est le logement de fonction", "c'est la vallée"
        framed = own(shape.text, lang) if shape.kind == MINE else None
        if not usable or (shape.kind == MINE and framed is None):  # "Je veux mon cap puis le BP"
            rewrite.append(shape.note)
            continue
        if units >= MAX_REASONS:
            dropped.append(shape.text)
            continue
        units += 1
        if lang == "en" and shape.kind == NOUN and EN_MATTERS.match(shape.text):
            reasons.append("that " + shape.text)  # "medical work matters": a clause, o35
        elif shape.kind == NOUN:
            reason = fr_each(shape, fr_indefinite) if lang == "fr" else en_reason(shape)
            # "Lille"; the parser only for what the cheaper checks let through
            unfit = not np_fits(reason, lang) or _unparsed(reason, shape, lang)
            superlative = lang == "en" and en_superlative_first(reason)  # "largest telco in GH"
            unfit = unfit or (superlative and not is_workplace(reason, lang))
            attraction = motive_fit.fr_plural_reason(reason) if lang == "fr" and not unfit else ""
            if attraction and not reason[:1].isupper():  # « Ce poste m'attire pour les … »
                attractions.append(attraction)
            elif (
                reason[:1].isupper()
                or unfit
                or motive_fit.curt(reason, lang)
                or (
                    lang == "en" and EN_POINTING.match(reason)  # "this practice modern" (aq35)
                )
            ):
                units -= 1
                rewrite.append(shape.note)
            elif is_workplace(reason, lang) and joins:  # one "L'idée de travailler pour…" a mail
                units -= 1
                dropped.append(shape.text)
            elif is_workplace(reason, lang):  # never "c'est une brasserie qui bouge"
                joins += 1
                key = "motivation_join_in" if worked_in(reason, lang) else "motivation_join"
                sentences.append(phrase(lang, key, place=joined(reason, lang)))
            else:
                reasons.append(_with_people(reason) if lang == "en" else reason)
        elif shape.kind == INFINITIVE and lang == "en" and motive_fit.en_no_wish(shape.text):
            units -= 1
            rewrite.append(shape.note)  # "miss the engineering chat": never "I would like to miss"
        elif (shape.kind == INFINITIVE or (framed is not None and framed[0] == "wish")) and (
            motive_fit.unwishable(framed[1] if framed is not None else shape.text, lang)
        ):
            units -= 1
            rewrite.append(shape.note)  # never « Je souhaite habiter à Lille depuis 2 ans »
        elif shape.kind == INFINITIVE or (framed is not None and framed[0] == "wish"):
            # "je veux rester…" -> "Je souhaite…"; two wishes are one sentence, never "Je
            # souhaite rester dans le dentaire. Je souhaite évoluer." (writer AL's al15)
            wishes.append(framed[1] if framed is not None else shape.text)
            if len(wishes) == 1:
                wish_at = len(sentences)
                sentences.append("")
        elif framed is not None and framed[0] == "said":  # "J'ai toujours voulu enseigner."
            sentences.append(sentence(framed[1]))
        elif framed is not None:  # "J'aime le public" -> "…, c'est le public"
            liked_reasons.append((framed[1], shape.note))
        elif motive_fit.moves_me(shape.text):  # "Le secteur des télécoms me passionne."
            sentences.append(sentence(shape.text))
        else:  # "C'est stable.", "HDFC is top private bank.": a clause pasted, not a reason
            units -= 1
            rewrite.append(shape.note)
    if wishes:
        sentences[wish_at] = phrase(lang, "motivation_wish", action=join(wishes, lang))
    for near, piece in nearby:
        if units >= MAX_REASONS:
            dropped.append(piece)
            continue
        units += 1
        if not (sentences or reasons or liked_reasons):  # no reason before it: no "also"
            near = near.replace(" also ", " ", 1)  # (writer V's v26: "It would also bring…")
        sentences.append(near)
    first = phrase(lang, "motivation_plain" + names.get("variant", ""), **names)
    for reason, note in liked_reasons:  # an action liked ("helping people") is a reason alone
        action = reason.startswith(("de ", "d'")) or reason.split(" ", 1)[0].endswith("ing")
        if action and (reasons or len(liked_reasons) > 1):
            rewrite.append(note)
        else:
            reasons.append(reason)
    if reasons and lang == "en":
        reasons = [_en_the_plural(reason) for reason in reasons]
    if reasons:
        plural = reasons[0].startswith(("des ", "les ", "mes "))
        key = "motivation_reasons_plural" if plural else "motivation_reasons"
        sentences.insert(0, phrase(lang, key, items=join(reasons, lang)))
    if near_first and not reasons:
        # the first reason said: "J'apprécie que…", never "également" after nothing (r03)
        sentences[0] = phrase(lang, "motivation_near_first", where=near_first)
    if attractions:  # after the reasons, before the rest (the place near home keeps its "also")
        key = "motivation_attracts_also" if reasons else "motivation_attracts"
        at = 1 if reasons else 0
        if near_first and not reasons:
            at, key = 1, "motivation_attracts_after"  # never « Il » for the workplace
        sentences.insert(at, phrase(lang, key, items=join(attractions, lang)))
    rewrite = rejoined(rewrite, shapes)
    if not sentences and rewrite:  # "Ce qui m'attire dans ce poste, c'est [à compléter : …]"
        place = marked(lang, MOTIVATION, rewrite, alone=True)
        text = phrase(lang, "motivation_items" + names.get("variant", ""), items=place, **names)
        return Phrased(text, unique(rewrite), tuple(dropped))
    return done(lang, MOTIVATION, [first, *sentences], rewrite, dropped)


EN_DETERMINED = re.compile(
    r"^(?:the|a|an|my|your|its|our|their|this|that|these|those|some|working|being|helping)\b",
    re.IGNORECASE,
)
EN_PLURAL_HEAD = re.compile(
    r"^(?:[a-z-]+\s+){0,2}(?:[a-z-]+s|culture|team|atmosphere|environment|mission|brand|"
    r"programme|company|firm|product)(?=\s+(?:around|for|with|in|at|near|of)\b|$)"
)


def _en_the_plural(reason: str) -> str:
    """ "What attracts me to the role is the flexible hours around my college" (writer BV's
    bv36), "… is the strong engineering culture" (writer BW's bw36): a bare plural head, or
    a head that is one of a kind, takes the article a careful writer gives it."""
    if EN_DETERMINED.match(reason) or not EN_PLURAL_HEAD.match(reason):
        return reason
    return "the " + reason


def _unparsed(reason: str, shape: Shape, lang: str) -> bool:
    """The parse, in French, hands back what is no noun phrase once its article is on: "un
    reste à Nantes sud", "des horaires compatibles école" (writer I); "une crèche à Lyon" is a
    workplace, whatever the verb "crécher"."""
    return lang == "fr" and (
        morph_fr.not_one_noun_phrase(reason)
        or (morph_fr.leads_with_verb(shape.text) and not is_workplace(reason, lang))
    )


# People met in the job, named in the plural: "kids", "families", besides the nouns of a
# person by their ending ("learners", "patients").
PEOPLE = frozenset({"people", "children", "kids", "families", "adults", "teenagers", "youth"})


def _with_people(reason: str) -> str:
    """'adult learners' -> 'working with adult learners' (writer I, i31: never "What attracts
    me to the role is adult learners"): people alone are no reason; working with them is."""
    from relance.drafts.en_notes import is_person
    from relance.drafts.morph_en import en_plural

    words = reason.lower().split()
    last = words[-1] if words else ""
    if words[0] in EN_DETERMINERS or not en_plural(last):
        return reason
    if any(word in EN_FUNCTION for word in words):
        return reason  # "respect for families": the people are not the head
    singular = last[:-1] if last.endswith("s") else last
    return f"working with {reason}" if last in PEOPLE or is_person(singular) else reason


# A way up the job offers, one of its kind: "career path to PM", "progression route"
EN_PATH_HEADS = frozenset({"path", "pathway", "route", "ladder"})
# Nouns that name one whole of its kind, whatever the adjective: "the public sector".
EN_ONE_OF_A_KIND = frozenset({"sector", "industry", "market", "economy", "field"})


def en_reason(shape: Shape) -> str:
    """A reason to join, as the French « une équipe stable »: a quality before one countable
    thing takes "a" ("a good team", "a stable job"), never "the good team" (writer AC's ac40),
    which points at a team the recruiter never named."""
    reason = en_article(shape)
    words = shape.text.split()
    if reason == shape.text and EN_PATH_HEADS.intersection(w.lower() for w in words[:2]):
        return "the " + reason  # "the career path to PM" (writer CA's ca25)
    two_words = len(words) == 2  # "the green energy mission" is the firm's own
    one_of_a_kind = words[-1].lower() in EN_ONE_OF_A_KIND  # "the public sector"
    if reason.startswith("the ") and two_words and not one_of_a_kind and _en_quality(words[0]):
        return en_indefinite(shape.text)
    field = words[0].lower() in EN_FIELDS  # "public service": a field of work, no article
    if (
        reason == shape.text
        and two_words
        and not field
        and _en_quality(words[0])
        and _en_count(words[1])
    ):
        return en_indefinite(shape.text)  # "real challenge" (writer AP's ap33): "a real challenge"
    return reason


EN_POINTING = re.compile(r"^(?:this|that|these|those)\s", re.IGNORECASE)
EN_FIELDS = frozenset({"public", "social", "civil", "customer", "health", "medical", "legal"})


def _en_count(word: str) -> bool:
    return word.lower() in EN_A_REASON


# What a reason names with "a" after a quality ("a real challenge", "a good union"); "work",
# "government", "teamwork" are said bare ("stable work", never "a stable work").
EN_A_REASON = frozenset(
    """challenge team job role company employer union place environment culture atmosphere
    opportunity position project mission step workplace crew community organisation
    organization firm group brand network routine schedule rota contract package start
    contractor lender business bank insurer dealer dealership farm career charity""".split()  # noqa: SIM905
)


def _en_quality(word: str) -> bool:
    if word.endswith("est") or word in ("best", "most", "only", "first", "main", "same"):
        return False  # "the biggest hotel in SG": one of its kind keeps "the"
    return "ADJ" in morph.lemminflect_parts(word)  # "good" is a noun too ("goods"), "great" as well
