"""The strong points of the interview, said as a careful writer recalls them: what the
recruiter liked first ("J'ai été heureuse que vous appréciiez …"), the candidate's assets as
noun phrases ("mettre en avant mon CACES 3"), qualities as "je suis …" (`own_qualities`),
clauses the candidate said as sentences of their own; a piece none of these frames holds is
handed back (`phrasing`'s module note says how)."""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts import en_years
from relance.drafts.availability import availability
from relance.drafts.availability import said as availability_said
from relance.drafts.context import (
    STRONG_POINTS,
)
from relance.drafts.determiners import fr_each, fr_mine, fr_noun_head, fr_strong, fr_tools
from relance.drafts.en_determiners import en_mine
from relance.drafts.en_told import en_told
from relance.drafts.fr_activities import activity_list
from relance.drafts.fr_liked import fr_liked_what
from relance.drafts.fr_years import with_experience
from relance.drafts.headline import weight
from relance.drafts.interviewer import as_pronoun
from relance.drafts.lacking import LACKING
from relance.drafts.languages import spoken
from relance.drafts.liked import FR_LIKED_WHEN_OTHER, fr_liked_when, fr_noticed, liked_first
from relance.drafts.morph import ADJECTIVE, CLAUSE, INFINITIVE, MINE, NOUN, YOURS, Shape
from relance.drafts.morph import shape as read_shape
from relance.drafts.not_shown import not_shown
from relance.drafts.note_pieces import rejoined, whole_notes
from relance.drafts.own_qualities import fr_lone_adjective, own_quality
from relance.drafts.own_words import fr_mood, fr_no_object, fr_strong_clause
from relance.drafts.phrased import Phrased
from relance.drafts.phrased import done as _done
from relance.drafts.quality import (
    lone_quality,
)
from relance.drafts.reading import about_interview, join, read, who_was_there
from relance.drafts.rephrase import (
    en_past_mine,
)
from relance.drafts.slots import np_fits
from relance.drafts.templates import phrase
from relance.drafts.third_party import third_party
from relance.drafts.vouch import (
    OWN,
    QUALITY,
    handed_back,
    refused,
    vouched,
)

MAX_STRONG_POINTS = 2

# What the candidate claims of the things listed before it, typed after a colon or a comma.
CLAIM_AFTER = {
    "fr": re.compile(
        r"[:,]\s*(?:je\s+(?:les?\s+|la\s+)?(?:maîtrise|maitrise|connais|gère|sais\s+faire)|"
        r"maîtrisée?s?|maitrisée?s?|ok|validée?s?)\s*$|"
        # « Opera PMS maîtrisé » (writer BB's bb09): never « mon Opera PMS maîtrisé »
        r"^[^:,]+\s(?:maîtrisée?s?|maitrisée?s?)\s*$|"
        # « travail en hauteur aucun souci », « zinc à joint debout c mon truc » (writer BM)
        r"\s(?:aucun|pas\s+de)\s+(?:souci|soucis|problème)\s*$|\sc(?:'est|\s)\s*mon\s+truc\s*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"[:,]\s*(?:I\s+(?:know|master|can\s+do)\s+(?:it|them|those)|ok)\s*$|"
        r"\s(?:no\s+(?:problem|problems|issue|issues|worries))\s*$",
        re.I,
    ),
}
# "he liked I have hazmat + tanker endorsements" (writer BM's bm31): the plus inside what the
# candidate holds joins its objects; read apart, "hazmat" was liked and the rest a second
# claim. Only there: elsewhere the pieces are read one by one ("my CAP + 2 ans chez Monceau").
LIKED_PLUS = re.compile(
    r"\b(?:liked|loved|appreciated)\s+(?:that\s+)?I\s+(?:have|hold|had|got)\s+"
    r"[\w -]+\s\+\s[a-z][\w -]*$"
)

# "I showed …", "I talked about …": the interview recalled with its "I" (`en_told`)
EN_I = re.compile(r"^I\s+(?=(?:talked|spoke|told|walked|showed|mentioned)\b)")
EN_TOLD_TYPED = re.compile(r"^I\s+(?:talked|spoke|told|walked|showed)\b")


# "vous avez apprécié ma réponse" -> "vous appréciiez ma réponse", after "heureuse que".
FR_LIKED = re.compile(r"^vous avez (?:bien |beaucoup )?(?:apprécié|aimé|adoré)\s+", re.I)
EN_LIKED = re.compile(r"^you (?:really )?(?:liked|loved|enjoyed|appreciated)\s+", re.I)
EN_LIKED_CLAUSE = re.compile(
    r"^(you (?:really )?(?:liked|loved|enjoyed|appreciated))\s+(?=(?:I|I'm|I've|I'd|we)\b)"
)


# The interview itself as the subject (writer AG's ag17, « L'entretien a duré presque deux
# heures, ce qui est bon signe »): how it went is the candidate's guess, no strong point.
INTERVIEW_SUBJECT = {
    "fr": re.compile(
        r"^(?:l'|le\s+|un\s+)?(?:entretien|jury|échange)\s+(?:a|était|s'est|fut)\b", re.I
    ),
    "en": re.compile(
        r"^(?:the\s+|my\s+)?(?:interview|panel|chat|call)\s+(?:was|went|lasted|took|ran|felt)\b",
        re.I,
    ),
}


# The interview's own setting typed first among the strong points (writer AN's an14, an25:
# « journée de sélection en groupe », « rdv au café de la place, ambiance détendue »): how it
# went, never a strength to put forward.
INTERVIEW_SETTING = {
    "fr": re.compile(
        r"^(?:(?:le|la|l'|un|une|mon|ma|mes)\s*)?(?:(?:1er|premier|vrai|court|long)\s+)*"
        r"(?:rdv|rendez-vous|entretien|interview|visio\w*|appel(?!\s+d'offres)|call|t[ée]l[ée]phone|t[ée]l\b|"
        r"ambiance|journée\s+de\s+(?:sélection|recrutement|recrutement)|session\s+de\s+"
        r"recrutement|job\s*dating|forum|salon)\b",
        re.I,
    ),
    "en": re.compile(
        r"^(?:(?:the|a|an|my)\s+)?(?:interview|video\s+call|phone\s+call|call(?!\s+cent)|chat|meeting|"
        r"assessment\s+day|group\s+assessment|job\s+fair|careers?\s+fair|open\s+day|"
        r"site\s+visit|atmosphere|vibe)\b",
        re.I,
    ),
}


# Someone named said it: "Dr Fitzgerald said my 10 yrs in the Army reserve showed I'm
# reliable" is the recruiter's word, which "I also felt that …" would make a guess of mine.
# Or a person named with a title as the subject: « M. Le Goff a paru sensible à … » (ac04).
SOMEONE_SAID = re.compile(
    r"^[A-Z][\w'-]+\s+(?:said|says|told|thinks|thought|reckons|a\s+dit|m'a\s+dit|dit|trouve|"
    r"pense)\b|^(?:Dr|Mr|Mrs|Ms|Miss|Prof|M|Mme|Madame|Monsieur|Docteur)\.?\s+[A-Z]"
)


def liked(shape: Shape, lang: str) -> bool:
    """Something the recruiter said they liked: "vous avez apprécié …", "you liked …"."""
    return shape.kind == YOURS and bool((FR_LIKED if lang == "fr" else EN_LIKED).match(shape.text))


# What the recruiter liked, then a clause of the candidate typed after it: "vous avez aimé
# mon aisance avec les clients et j'ai montré mes ventes du mois".
CANDIDATES_CLAUSE_AFTER = {
    "fr": re.compile(r",?\s+(?:et|puis)\s+(?:j'|je\s)", re.IGNORECASE),
    "en": re.compile(r",?\s+(?:and|then)\s+I\s"),
}


def _liked_alone(text: str, lang: str) -> tuple[str, bool]:
    """What the recruiter liked without a clause of the candidate coordinated after it
    (which no "heureuse que vous appréciiez" can hold), and whether one was cut."""
    found = CANDIDATES_CLAUSE_AFTER[lang].search(text)
    return (text[: found.start()], True) if found else (text, False)


def _glad(text: str, lang: str, gender: str) -> str:
    """ "J'ai été heureuse que vous appréciiez ma réponse", "I was glad you liked my answer"."""
    if lang == "en":  # "you liked I've got my own van": a clause after "liked" takes "that"
        return phrase(lang, "strong_glad", clause=EN_LIKED_CLAUSE.sub(r"\1 that ", text))
    what = fr_liked_when(FR_LIKED.sub("", text))
    if what.startswith(("que ", "qu'")):  # "que vous appréciiez le fait que je sois…"
        what = fr_liked_what("le fait " + what)
    elif what[:1].islower():
        # « il a aimé gestion de groupe » (writer BU's bu13): the skill liked is mine
        bare = read_shape(what, lang)
        what = fr_mine(bare) if bare.kind == NOUN and not bare.determined else what
    key = {"f": "strong_glad_f", "m": "strong_glad_m"}.get(gender, "strong_glad")
    return phrase(lang, key, what=what)


# What was done together at the interview, an event and no impression (writer AW's aw30,
# once "I also felt that we did a small quiz on safety and I got all correct").
SHARED_EVENT = {
    "en": re.compile(
        r"^we\s+(?:did|had|went|ran|looked|walked|covered|played|made|visited)\b", re.I
    ),
    "fr": re.compile(r"^(?:on|nous)\s+(?:a|avons)\s+(?:fait|eu|vu|visité|passé|joué)\b", re.I),
}


def strong_points(items: list[str], lang: str, gender: str = "") -> Phrased:
    items = [item for item in items if not who_was_there(item, lang)]  # "panel: MD, HR…"
    # "talked about X", "walked her through X": the interview recalled, "I also told you about X"
    recalled = [(item, en_told(EN_I.sub("", item))) for item in items] if lang == "en" else []
    recalled = [
        (item, said)
        for item, said in recalled
        if said and not handed_back(item) and not LACKING.search(item)  # "… not done it"
    ]
    items = [item for item in items if item not in dict(recalled)]
    starts = {item: when for item in items if (when := availability(item, lang))}  # "dispo…"
    items = [item for item in items if item not in starts]
    # « teinte à l'eau et cabine de peinture : je maîtrise » (writer AQ's aq10): the note is
    # one claim, never « ma teinte à l'eau » with its verb handed back alone
    claimed = [item for item in items if CLAIM_AFTER[lang].search(item)]
    items = [item for item in items if item not in claimed]
    typed_as: dict[str, str] = {}  # the note as read -> the note as typed, shown if handed back
    noticed: list[tuple[str, str]] = []  # "Comme vous l'avez relevé, je …": (clause, note)
    for typed in items:
        item = liked_first(as_pronoun(typed, lang), lang)  # « dr X a apprécié » -> « il a … »
        if lang == "en" and LIKED_PLUS.search(item):
            item = item.replace(" + ", " and ")
        clause = fr_noticed(item) if lang == "fr" else None
        if clause is not None:
            noticed.append((clause, typed))
            continue
        if lang == "en":  # "i did nights at Wincanton 4 years": "for 4 years"
            item = en_years.with_for(item)
        if lang == "en" and en_past_mine(item):  # "led the TUPE transfer": its "I" left out
            item = "I " + item
        elif lang == "en":  # "2 years call centre at Sky": "2 years of call centre experience…"
            parts = [en_years.state_first(part) for part in item.split(", ")]
            item = ", ".join(en_years.years_of(part) or part for part in parts)
        typed_as.setdefault(item, typed)
    shapes = [
        replace(shape, source=typed_as.get(shape.source, shape.source))
        for shape in whole_notes(read(list(typed_as), lang, STRONG_POINTS), lang)
    ]
    # What the recruiter said they liked comes first: the e-mail recalls it before the rest.
    # Then the weightiest (years, a diploma) before a remark that a test went well.
    shapes = sorted(shapes, key=lambda shape: (not liked(shape, lang), -weight(shape.text)))
    # « Excel », « SAP » typed on lines of their own: one « ma maîtrise d'Excel et de SAP »
    tools = [
        shape for shape in shapes if lang == "fr" and shape.kind == NOUN and fr_tools(shape.text)
    ]
    shapes = [shape for shape in shapes if shape not in tools]
    nouns: list[str] = []
    sentences: list[str] = []
    rewrite: list[str] = []
    dropped: list[str] = []
    glad: list[str] = []  # "J'ai été heureuse que vous appréciiez …"
    told: list[tuple[int, str, str]] = []  # (place, key, clause) of "I also told you that …"
    units = 0
    qualities: list[str] = []  # "je suis ponctuelle et à l'aise au téléphone"
    for shape in shapes:
        languages = spoken(shape.text, lang) if shape.kind in (NOUN, ADJECTIVE) else ""
        if languages and units < MAX_STRONG_POINTS:  # « bambara »: never « je suis bambara »
            units += 1
            nouns.append(languages)
            continue
        bare_quantity = shape.text[:1].isdigit() and len(shape.text.split()) <= 2
        no_head = lang == "fr" and shape.kind == NOUN and not fr_noun_head(shape, mine=True)
        no_head = no_head or (shape.kind == NOUN and lone_quality(shape.text, lang))  # "my good at"
        quality = _own_quality(shape, lang, gender, no_head)
        if quality and units < MAX_STRONG_POINTS:
            units += 1
            qualities.append(quality)
            continue
        if not quality and lang == "fr" and fr_lone_adjective(shape.text):
            rewrite.append(shape.note)  # "patient" typed by a woman: no "mon patient"
            continue
        if shape.kind in (INFINITIVE, ADJECTIVE) or bare_quantity or no_head:
            rewrite.append(shape.note)
            continue
        if shape.kind == NOUN and about_interview(shape.text, lang):
            rewrite.append(shape.note)  # "panel of 2": the interview, not what the candidate showed
            continue
        if (
            lang == "fr"
            and shape.kind == YOURS
            and (fr_no_object(shape.text) or fr_mood(shape.text))
        ):
            rewrite.append(shape.note)  # "vous avez testé en italien": tested what?
            continue
        if lang == "fr" and liked(shape, lang) and FR_LIKED_WHEN_OTHER.match(shape.text):
            rewrite.append(shape.note)  # "vous avez aimé quand j'ai proposé…": spoken
            continue
        if shape.kind == CLAUSE and INTERVIEW_SUBJECT[lang].match(shape.text):
            rewrite.append(shape.note)  # "L'entretien a duré deux heures": no strength of mine
            continue
        if shape.kind == NOUN and INTERVIEW_SETTING[lang].match(shape.text):
            rewrite.append(shape.note)  # never "mettre en avant mon rendez-vous au café" (an25)
            continue
        if shape.kind == NOUN and not_shown(shape.text, lang):
            rewrite.append(shape.note)  # "ma ferrure … en 1 h 10", "my good chat with Trent"
            continue
        if third_party(shape.text, lang):
            rewrite.append(shape.note)  # « le père a adoré mes photos » (writer AQ's aq10)
            continue
        if SOMEONE_SAID.match(shape.text):
            rewrite.append(shape.note)  # never "I also felt that Dr Fitzgerald said…" (ae40)
            continue
        if lang == "fr" and shape.kind == CLAUSE and not fr_strong_clause(shape.text):
            rewrite.append(shape.note)  # "on a fait 10 minutes en néerlandais", "BP coiffure"
            continue
        if not vouched(shape, lang, OWN if shape.kind == NOUN else ""):
            rewrite.append(shape.note)
            continue
        if lang == "en" and shape.kind == MINE and EN_TOLD_TYPED.match(shape.text):
            rewrite.append(shape.note)  # never "I also told you that I showed the app I use…"
            continue
        noun = ""
        if shape.kind == NOUN:
            if lang == "fr" and activity_list(shape.text):
                rewrite.append(shape.note)  # never « mon orthopédie et mon matériel médical »
                continue
            noun = with_experience(fr_each(shape, fr_strong)) if lang == "fr" else en_mine(shape)
            if not np_fits(noun, lang):
                rewrite.append(shape.note)  # "mon anglais courant et italien", "mon ici"
                continue
        if units >= MAX_STRONG_POINTS and not liked(shape, lang):
            dropped.append(shape.text)
            continue
        units += 1
        if shape.kind == NOUN:
            nouns.append(noun)
        elif liked(shape, lang):
            what, told_too = _liked_alone(shape.text, lang)
            glad.append(_glad(what, lang, gender))
            if told_too:  # "… et j'ai montré mes ventes du mois": the candidate's to write
                rewrite.append(shape.note)
        elif shape.kind == YOURS:
            sentences.append(phrase(lang, "strong_liked", clause=shape.text))
        else:
            key = "strong_mine" if shape.kind == MINE else "strong_clause"
            if key == "strong_clause" and SHARED_EVENT[lang].match(shape.text):
                rewrite.append(shape.note)  # never "I also felt that we did a small quiz…"
                continue
            sentences.append(phrase(lang, key, clause=shape.text))
            told.append((len(sentences) - 1, key, shape.text))
    for clause, typed in noticed:  # what the recruiter noticed of the candidate's own words
        if handed_back(typed):
            rewrite.append(typed)
        elif units >= MAX_STRONG_POINTS:
            dropped.append(typed)
        else:
            units += 1
            sentences.append(phrase(lang, "strong_noticed", clause=clause))
    if not nouns and not glad and told and told[0][0] == 0:
        # Nothing said before it ("Je vous ai aussi précisé…" first): without "aussi".
        sentences[0] = phrase(lang, told[0][1] + "_first", clause=told[0][2])
    for item, said in recalled:
        if units >= MAX_STRONG_POINTS:
            dropped.append(item)
            continue
        units += 1
        key = "strong_told" if nouns or glad or sentences else "strong_told_first"
        sentences.append(phrase(lang, key, told=said))
    if starts:
        first_said = not (nouns or glad or sentences or qualities)
        (_, when), *others = starts.items()
        sentences.append(availability_said(when, lang, first_said))
        dropped.extend(item for item, _ in others)
    if tools and units < MAX_STRONG_POINTS:
        units += 1
        nouns.append(fr_tools(" et ".join(shape.text for shape in tools)))
    elif tools:
        dropped.extend(shape.text for shape in tools)
    nouns.sort(key=en_years.ends_with_place)  # "Malay and my 2 years … at a hotel in Sentosa"
    first = [phrase(lang, "strong_points", items=join(nouns, lang))] if nouns else []
    if qualities:
        key = "strong_quality" if nouns or glad else "strong_quality_first"
        first.append(phrase(lang, key, items=join(qualities, lang)))
    # What the recruiter liked is the first thing the e-mail recalls.
    rewrite = rejoined(rewrite, shapes) + claimed
    return _done(lang, STRONG_POINTS, glad + first + sentences, rewrite, dropped, "strong_points")


# How the interview was held, typed among the strong points: no quality of the candidate's
INTERVIEW_MEDIA = frozenset(
    {"video", "audio", "phone", "online", "virtual", "visio", "téléphone", "telephone", "teams"}
)


def _own_quality(shape: Shape, lang: str, gender: str, no_head: bool) -> str:
    """A quality of the candidate's ("ponctuelle", "calm under pressure"), which no noun
    frame holds, said as "je suis …" (`own_qualities`), or ""."""
    at_ease = shape.kind == NOUN and "aise" in shape.text
    # "organised" alone reads as a verb with no subject; "à l'aise" starts with "à"
    unframed = shape.why in ("no subject", "starts with a little word")
    # "patient" alone: an adjective before a noun ("mon patient" is someone in my care)
    lone = lang == "fr" and shape.kind == NOUN and " " not in shape.text.strip()
    framed = shape.kind == ADJECTIVE or no_head or at_ease or unframed or lone
    if not framed or handed_back(shape.source):
        return ""
    quality = own_quality(shape.text, lang, gender)
    if quality is not None and quality.lower() in INTERVIEW_MEDIA:
        return ""  # "video, 30 min" (writer BS's bs30): how the interview went, never "I am video"
    if quality is not None and unframed:
        shape = replace(shape, clean=True, why="")
    if quality is None or refused(replace(shape, kind=ADJECTIVE, text=quality), QUALITY, lang):
        return ""
    return quality
