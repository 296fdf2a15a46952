"""Whether a note's pieces are said apart or the note goes back to the candidate whole.

`vouch` says whether one piece can be said in its slot; a note is often several pieces
("tested me on colour codes + basic ohms law"). This module decides for the note: in English
its pieces are said all or none (unless it only lists things, each failing on its own words);
in French the pieces that stand on their own are said and only the others go back; a piece
too slight to stand for its note goes back with it; a reaction typed after a point ("il a
testé, ça allait") is no part of it; a note none of whose pieces was written is given back
as typed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts import morph
from relance.drafts.fr_complements import ACTION_NOUNS
from relance.drafts.lacking import LACKING
from relance.drafts.morph import CLAUSE, NOUN, Shape
from relance.drafts.near_home import fr_near_home
from relance.drafts.shift_hours import fr_time_clause
from relance.drafts.vouch import OWN, refused, slot_of, vouched, word_list


def whole_notes(shapes: list[Shape], lang: str, listed: bool = False) -> list[Shape]:
    """The pieces of a note all vouched for, or none of them: a note split into pieces
    ("tested me on colour codes + basic ohms law") whose one piece cannot be said keeps its
    other pieces beside the text too, as one note, rather than say half of it out of
    context ("my basic ohms law").

    `listed` (session 19: the role's and the expectations' duties, one list of pieces):
    in English, a note that only lists things ("appointments, account openings, credit
    cards, lending referrals") keeps its other pieces said when the refused ones fail on
    their own words (`EN_OWN_WORDS`); French keeps the pieces that stand on their own
    (`_fr_pieces_apart`), in every field."""
    refused_notes = {
        shape.source
        for shape in shapes
        if shape.source and not vouched(shape, lang) and not _reaction(shape)
    }
    # "talked about methadone dispensing, I was honest I have not done it" (writer AC's
    # ac29): a note that says the candidate lacks it is said whole or not at all, never
    # "I told you about methadone dispensing"
    lacking = {shape.source for shape in shapes if shape.source and LACKING.search(shape.text)}
    shapes = [
        replace(shape, clean=False, why="a note of what the candidate lacks")
        if shape.source in lacking
        else shape
        for shape in shapes
    ]
    refused_notes |= lacking
    if lang == "fr":
        return _fr_pieces_apart(shapes, refused_notes, listed)
    listed_apart = lang == "en" and listed
    own_words_only = {n for n in refused_notes if listed_apart and _en_list_apart(shapes, n)}
    return [
        replace(shape, clean=False, why="part of a note that cannot all be said")
        if shape.source in refused_notes
        and shape.clean
        and (_slight(shape.text) if shape.source not in own_words_only else _verb_led(shape))
        else shape
        for shape in shapes
    ]


# What an English piece fails on that is its own business: a word unknown, a symbol, an
# acronym too short to read ("lending referrals", "h&s", "QBRs"), never a verb, a clause or
# a preposition that may govern the pieces typed after it.
EN_OWN_WORDS = re.compile(r"^(?:unknown word|symbol|illegible|no noun phrase first|a one-letter)")


def _en_list_apart(shapes: list[Shape], note: str) -> bool:
    """Are the note's pieces a list of things (no verb, no clause), of three pieces or more,
    its first said, whose refused pieces all fail on their own words?"""
    mine = [shape for shape in shapes if shape.source == note]
    if len(mine) < MIN_LISTED or any(shape.kind != NOUN for shape in mine):
        return False
    if not vouched(mine[0], "en") and len(word_list(mine[0].text)) > SLIGHT_WORDS - 1:
        return False  # "6-8 weeks paid training incl PCV theory, practical, CPC": it governs
    refusals = [
        shape.why if not shape.clean else refused(shape, slot_of(shape), "en")
        for shape in mine
        if not vouched(shape, "en")
    ]
    # the last piece governs nothing after it: whatever it fails on, the things typed before
    # it are said ("personal cares, hoist transfers, meals, activities, notes in the
    # electronic system", writer BP's bp28, was handed back whole)
    governing = [
        shape.why if not shape.clean else refused(shape, slot_of(shape), "en")
        for shape in mine[:-1]
        if not vouched(shape, "en")
    ]
    return all(EN_OWN_WORDS.match(why) for why in governing) and len(refusals) < len(mine) / 2


MIN_LISTED = 3


def _verb_led(shape: Shape) -> bool:
    """'book engineer visits', 'line tests': a piece that may open on a verb, which the list
    around it no longer tells apart from a thing once a piece is gone."""
    first = shape.text.split(" ", 1)[0]
    if " " not in shape.text or not first.islower() or first.endswith("ing"):
        return False
    return morph.en_can_be_verb(first) and not morph.en_mostly_noun(first)


def _fr_pieces_apart(shapes: list[Shape], refused_notes: set[str], listed: bool) -> list[Shape]:
    """French (session 19): a note one piece of which cannot be said keeps the pieces that
    stand on their own in the e-mail ("quelqu'un de terrain, pas derrière un écran":
    "quelqu'un de terrain"), and only the others go back to the candidate
    (`Shape.piece_back`; `rejoined` gives the whole note back when no piece of it was
    written). A slight piece ("carte conducteur", "grandMA3 maîtrise") stands for nothing
    out of its note: it goes back with the piece refused, as in English; among the duties
    of the role ("vente, encaissement, mise en place vitrine") a word in lower case is one
    duty of the list, unless its note is a heading, a doubt or an aside ("périmètre :
    finance", "siecle? je sais plus")."""
    count: dict[str, int] = {}
    for shape in shapes:
        count[shape.source] = count.get(shape.source, 0) + 1
    said = {
        shape.source for shape in shapes if shape.source in refused_notes and _stands(shape, listed)
    }
    written = []
    for shape in shapes:
        if shape.source in refused_notes and shape.source not in said:
            whole = shape.clean and _slight(shape.text)
            why = "part of a note that cannot all be said"
            written.append(replace(shape, clean=False, why=why) if whole else shape)
        elif shape.source in said and not _stands(shape, listed):
            written.append(replace(shape, clean=False, piece_back=True))
        else:
            written.append(replace(shape, piece_back=count[shape.source] > 1))
    return written


# A person sought stands alone, however short: "quelqu'un de terrain".
FR_PERSON = re.compile(r"^(?:quelqu'un|une personne)\b", re.IGNORECASE)


def _stands(shape: Shape, listed: bool) -> bool:
    """Can this piece of a note be said without the note's other pieces?"""
    if _fr_sayable(shape.text):
        return True
    if shape.kind == CLAUSE:
        return False  # a clause refers to the rest of its note: "…, le jury l'a vu"
    if FR_BARE_AFTER.search(shape.text):
        return False  # "lien avec traiteurs", "Nextflow sur cluster SLURM": telegraphic
    slight = _slight(shape.text) and not FR_PERSON.match(shape.text)
    duty = listed and shape.text.islower() and not FR_NOT_A_LIST.search(shape.source)
    if duty and " " not in shape.text.strip():  # one word: an activity ("encaissement"),
        word = shape.text.strip().lower()  # never "le juge"
        duty = word.rstrip("s").endswith(FR_ACTIVITY) or word in FR_DUTIES
    # a strong point's noun is said after "mon": the slot the builder gives it (`OWN`)
    return (vouched(shape, "fr") or vouched(shape, "fr", OWN)) and (not slight or duty)


# A noun typed bare after a preposition, where French wants its article.
FR_BARE_AFTER = re.compile(
    r"\b(?:avec|sur|dans|pour)\s+(?!(?:le|la|les|l'|un|une|des|du|de|d'|mon|ma|mes|son|sa|ses|"
    r"leur|leurs|ce|cet|cette|ces|chaque|tout|tous|toute|toutes|place|site|mesure)\b)[a-zà-ÿ]",
    re.IGNORECASE,
)
# The endings of a noun of activity, a duty said in one word: "nettoyage", "encaissement".
FR_ACTIVITY = ("age", "tion", "sion", "ment")
# Duties said in one word with no such ending (« conseil, vente, gestion stock », writer AS's
# as13): the tasks `fr_complements` knows, and the posts of a shop or a kitchen.
FR_DUTIES = ACTION_NOUNS | {
    "conseil", "caisse", "plonge", "service", "cuisine", "secrétariat", "comptabilité", "paie",
    "découpe", "vente", "stérilisation", "ménage", "standard",
}  # fmt: skip
# A note that is no list of duties: a heading, a doubt, an aside, someone speaking
# ("maîtriser le logiciel elles ont dit un nom, siecle?": "siècle" is no duty).
FR_NOT_A_LIST = re.compile(r"[:?()]|\b(?:je|j'|vous|il|elle|ils|elles|on)\b", re.IGNORECASE)


def _fr_sayable(text: str) -> bool:
    """A piece the gate refuses that a builder says in a frame of its own: a shift's hours
    (`shift_hours`), the job near home (`near_home`)."""
    return bool(fr_time_clause(text) or fr_near_home(text))


def rejoined(rewrite: list[str], shapes: list[Shape]) -> list[str]:
    """The pieces to rewrite, each note none of whose pieces was written given back whole,
    as typed, at the place of its first piece (`_fr_pieces_apart`)."""
    pieces: dict[str, list[str]] = {}
    for shape in shapes:
        if shape.piece_back:
            pieces.setdefault(shape.source, []).append(shape.text)
    back = list(rewrite)
    for note, texts in pieces.items():
        if all(text in back for text in texts):
            first = min(back.index(text) for text in texts)
            back = [text for text in back if text not in texts]
            back.insert(first, note)
    return back


SLIGHT_WORDS = 3
# A reaction typed after a point: "il a testé", "ça allait", "she smiled".
REACTION_START = frozenset({"vous", "ça", "c'était", "you", "it", "that"})


def _reaction(shape: Shape) -> bool:
    """How the recruiter took the note's point ("anglais courant, il a testé, ça allait"):
    no part of the point, so its refusal leaves the point's other pieces free to be said
    (the reaction itself goes back with the note)."""
    words = word_list(shape.text.lower())
    return shape.kind != NOUN and 0 < len(words) <= SLIGHT_WORDS and words[0] in REACTION_START


def _slight(text: str) -> bool:
    """A piece too short to stand for its note on its own: "refill pack", "basic ohms law"
    (a piece with years, a diploma or a number stands: "10 years van driving for Yodel")."""
    from relance.drafts.headline import weight

    return len(word_list(text)) <= SLIGHT_WORDS and weight(text) <= 0
