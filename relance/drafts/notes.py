"""The candidate's notes, typed on a phone, turned into clean fragments and trimmed.

"- quelqu'un d'autonome\n- Gérer le rush du midi !!" becomes
["quelqu'un d'autonome", "gérer le rush du midi"]: bullets, numbering, shouting,
exclamation and question marks go (a recap asks no question and does not exclaim).
"""

from __future__ import annotations

import re
from functools import cache

from relance.drafts import fr_slips
from relance.drafts.en_notes import written_out
from relance.drafts.fr_measures import measured
from relance.drafts.fr_years import joined_years
from relance.drafts.grammar import KEEP_CAPITALISED, dangling
from relance.drafts.phone import spelled, undictated
from relance.drafts.templates import read
from relance.drafts.text import (
    calm_capitals,
    count_words,
    drop_dangling,
    lower_first,
    strip_controls,
)

# A number's bullet ("2. ", "3)") but not a decimal ("2.5 yrs": never "5 years").
# (« M. Le Goff a paru sensible … » opens on a civility, no bullet: writer AC's ac04)
# "1- permis C", "2/ 12 ans" (writer AY's ay21), never a range ("3-5 ans", "3 - 5 ans").
BULLET = re.compile(
    r"^\s*(?:[-*•·–—+>~]+|\(?\d{1,2}(?:[)°]|\.(?!\d)|[-–/](?=\s))|(?!M\.\s+[A-Z])\(?[a-zA-Z][.)](?=\s))\s*"
)
# "SQL ++ / power bi ++" (writer AZ's az17): a mark of strength, no word ("C++" is one)
# (at a piece's end only: « ++ de demandes » is « plus de demandes »)
STRENGTH_MARK = re.compile(r"(?<=\S)\s+\+{2,3}(?=\s*(?:/|,|;|\)|$))")
# A full stop ends a fragment, except after an abbreviation ("M. Durand", "etc. ").
SENTENCE_END = re.compile(r"(?<!\bM)(?<!\bMme)(?<!\betc)(?<!\bex)(?<!\bcf)(?<!\benv)[.…]+\s+")
MAX_FRAGMENTS = 12
# The field's own name typed as a label: "• needs : agent confirmé pour site tertiaire"
# (writer Y's y02, bullets with colons): the note is what follows it.
LABEL = re.compile(
    r"^(?:needs?|besoins?|attentes?|expectations?|motivations?|r[ôo]le|strengths?|"
    r"points?\s+forts?|pts\s+forts|next\s+steps?|la\s+suite|"
    # a memo's own headings (writer AO's "PROS:", AP's "practical: did a cocker spaniel"),
    # never read as a quality ("I am practical")
    r"pros|cons|positives?|negatives?|practical|pratique|bilan|summary|r[ée]sum[ée]|"
    r"points?\s+positifs?|[àa]\s+retenir)\s*:\s*",
    re.IGNORECASE,
)


@cache
def register(lang: str) -> dict[str, str]:
    """templates/<lang>/register.txt: casual note words and their neutral equivalent."""
    table = {}
    for line in read(f"{lang}/register.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            word, _, neutral = line.partition(" = ")
            table[word.strip()] = neutral.strip()
    return table


# "dispo" is an adjective after a person ("qqn de dispo": "disponible") and a noun after a
# determiner or another noun ("mes dispos", "planning de dispo": "disponibilités").
PERSONS = frozenset({"qqn", "qq1", "qqun", "un", "personne", "rien", "quelqu'un"})


def _availability(match: re.Match[str]) -> str:
    before = match.group(1) or ""
    if before.lower() in PERSONS or before.lower().endswith(("qqn", "quelqu'un")):
        return match.group(0)
    return f"{before} {match.group(2)} disponibilités".lstrip()


def lift_register(text: str, lang: str) -> str:
    """'équipe sympa' -> 'équipe agréable': the note's meaning in a recruiter's register."""
    table = register(lang)
    if lang == "fr":
        text = re.sub(
            r"(?:\b([\w']+)\s+)?\b(de|mes|ses|vos|nos|les|des)\s+dispos?\b",
            _availability,
            text,
            flags=re.IGNORECASE,
        )
        # « stabilité cdi » (writer BO's bo06): the stability a permanent contract gives
        text = re.sub(
            r"\bstabilit[ée]\s+(?:du\s+|d'un\s+)?cdi\b",
            "stabilité d'un CDI",
            text,
            flags=re.IGNORECASE,
        )
        # « rester speed en rush » (writer BO's bo03): the kitchen's slang, in plain French
        text = re.sub(r"\bspeed\b(?![\s-]*dating)", "rapide", text, flags=re.IGNORECASE)
        text = re.sub(r"\ben\s+rush\b", "pendant les coups de feu", text, flags=re.IGNORECASE)
        # « elle a aimé ma dispo » (writer U's u11): one's availability, never « ma disponible »
        text = re.sub(
            r"\b(ma|sa|ta|la|une|votre|notre|leur|cette)\s+dispo\b",
            r"\1 disponibilité",
            text,
            flags=re.IGNORECASE,
        )
    if lang == "en":  # "proof of hep b jabs" (writer BO's bo38)
        text = re.sub(r"\bhep\.?\s*b\b", "hepatitis B", text, flags=re.IGNORECASE)
    return re.sub(
        r"[^\W\d_]+", lambda match: table.get(match.group(0).lower(), match.group(0)), text
    )


# A line that only says what to do with the thing on the line above, and when: "test reçu ce
# soir" then "à renvoyer pour lundi 30 midi" (writer Y's y04, y20) is one step, one note.
CONTINUED = {
    "fr": re.compile(
        r"\n\s*(?:[-*•]\s*)?(?=(?:à|a)\s+(?:renvoyer|rendre|retourner|envoyer|remettre)\b)",
        re.I,
    ),
    "en": re.compile(r"\n\s*(?:[-*•]\s*)?(?=(?:to\s+(?:send|be\s+sent)\s+back|due)\b)", re.I),
}


# « prospection, estimation, visites, jusqu'au compromis » (writer BU's bu22): how far the
# item before goes, no item of its own (« les visites et le jusqu'au compromis »)
UP_TO = re.compile(r",\s+(?=jusqu['’]\s?(?:à|au|aux|a)\b)", re.IGNORECASE)


def fragments(note: str, lang: str = "fr") -> list[str]:
    """Split a note into the fragments a sentence can list."""
    note = CONTINUED["en" if lang == "en" else "fr"].sub(", ", note)
    note = UP_TO.sub(" ", note)
    text = lift_register(undictated(strip_controls(note, keep_newlines=True), lang), lang)
    text = text.replace("’", "'")
    text = re.sub(r"[!?¡¿]+", ".", text)  # after each exclamation a new fragment starts
    pieces: list[str] = []
    lines = [part for line in text.split("\n") for part in _inline_numbered(line)]
    for line in lines:
        line = STRENGTH_MARK.sub("", LABEL.sub("", BULLET.sub("", line)))
        for piece in re.split(r"\s*;\s*", line):
            pieces.extend(SENTENCE_END.split(piece + " "))
    cleaned = [_clean(piece, lang) for piece in pieces]
    return [piece for piece in cleaned if piece][:MAX_FRAGMENTS]


# « 3 points forts : 1) mes 4 langues 2) Opera PMS maîtrisé 3) l'audit de nuit » (writer BB's
# bb09): a list numbered inside one line, under its heading
INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(\d)\)\s+")


def _inline_numbered(line: str) -> list[str]:
    """The items of a list numbered 1), 2)… inside one line, its heading left out; the line
    as it is when it holds no such list."""
    marks = list(INLINE_NUMBER.finditer(line))
    numbers = [int(mark[1]) for mark in marks]
    if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)):
        return [line]
    heading = line[: marks[0].start()].strip()
    if heading and not heading.endswith(":"):
        return [line]  # "2) ..." inside a sentence, no list
    ends = [mark.start() for mark in marks[1:]] + [len(line)]
    return [line[mark.end() : end].strip() for mark, end in zip(marks, ends, strict=True)]


def questioned(note: str, lang: str = "fr") -> frozenset[str]:
    """The fragments a question mark follows: "astreintes ? non", "class 2 licence?? dont
    have", "logiciel Mélodie? (pas sûre du nom)". The candidate's question or doubt, never a
    fact to recall (`fragments` reads "?" as a full stop)."""
    found: set[str] = set()
    for line in note.split("\n"):
        for mark in re.finditer(r"\?+", line):
            before = fragments(line[: mark.start()], lang)
            if before:
                found.add(before[-1])
    return frozenset(found)


def balanced(piece: str) -> str:
    """The piece without the brackets it does not close: "(sauf lundi" -> "sauf lundi"."""
    unmatched: list[int] = []
    opened: list[int] = []
    for index, char in enumerate(piece):
        if char == "(":
            opened.append(index)
        elif char == ")":
            if opened:
                opened.pop()
            else:
                unmatched.append(index)
    drop = set(unmatched + opened)
    return _paired_quotes("".join(char for index, char in enumerate(piece) if index not in drop))


def _paired_quotes(piece: str) -> str:
    """The piece without its quotation marks when one is left unclosed: a note that opened
    with the ad's words in quotes loses its first mark with the fragment's edges, and
    « le fonds de commerce" sur les pros » was pasted with the other (writer U's u08, u14)."""
    if piece.count('"') % 2:
        piece = piece.replace('"', "")
    for opening, closing in (("«", "»"), ("“", "”")):
        if piece.count(opening) != piece.count(closing):
            piece = piece.replace(opening, "").replace(closing, "")
    return re.sub(r"\s{2,}", " ", piece)


TOOLS_LABEL = re.compile(r"^(outils|logiciels)\s*:\s*(?=\w)", re.IGNORECASE)
# A laugh typed at the end of a note, for the candidate alone.
# "déjà" closing a note says the candidate has it already: a recap states it, plainly.
ALREADY = re.compile(r"(?<=\w)\s+(?:déjà|deja|already)\s*$", re.IGNORECASE)
LAUGHTER = re.compile(r"\s+(?:lol|mdr|ptdr|haha+|hihi|xd|lmao)\s*$", re.IGNORECASE)
# A word of the speaker's typed before the note, with its comma (writer BG: "grand, the panel
# liked my QQI level 5", "aye went well", « wallah elle m'a testé direct », « bon alors en
# fait ça a commencé en retard »): the candidate's voice, never the e-mail's.
OPENING_WORD = re.compile(
    r"^(?:(?:bon|bah|ben|alors|bref|wallah|wesh|ouais|ok|okay|so|well|yeah|yep|aye|grand|"
    r"right|honestly|basically|en fait)(?:\s*,\s*|\s+(?=alors\b|en fait\b)|(?<=en fait)\s+))+",
    re.IGNORECASE,
)


def _clean(piece: str, lang: str) -> str:
    piece = BULLET.sub("", piece)
    # « outils : figma, jira »: the tools named after their label, never a list's first item
    piece = TOOLS_LABEL.sub(r"\1 ", piece)
    # A colon belongs to the sentence frame, not here; "1:1" and "8:30" keep theirs.
    piece = re.sub(r"\s+:\s*|:\s+|(?<!\d):|:(?!\d)", ", ", piece)
    piece = balanced(re.sub(r"\s+", " ", piece).strip(' .,;:-–—…*_"«»[]{}'))
    piece = re.sub(r"\(\s*\)", "", piece).strip(" .,;:-–—…*_")
    # "contact humain > livrer des palettes seul": a comparison, never two pieces run together
    # ("un contact humain livrer des palettes"): a dash between spaces, which no frame takes
    piece = re.sub(r"\s[<>]\s", " - ", piece)
    piece = re.sub(r"[<>\[\]{}|\\^`$#]", "", piece)  # no markup, no template syntax
    piece = LAUGHTER.sub("", piece)  # "pas fait tomber un verre lol": the laugh is the note's
    piece = OPENING_WORD.sub("", piece)
    piece = ALREADY.sub("", piece)  # "2 ans chez Intelcia déjà" (ac14): what the note has is had
    piece = re.sub(r"\s+", " ", piece).strip()
    if not any(char.isalnum() for char in piece):
        return ""
    piece = calm_capitals(piece)
    piece = spelled(lower_first(piece, KEEP_CAPITALISED), lang)
    if lang == "en":
        return written_out(piece)
    return joined_years(measured(fr_slips.mended(piece)), _fr_noun)


def _fr_noun(word: str) -> bool:
    """A noun for the lexicon, never an adjective: « tertiaire » is one, « minimum » not."""
    from relance.drafts.fr_pipeline import french  # lazily
    from relance.drafts.fr_word_classes import fr_is_adjective, fr_noun_only

    if word in french().Defaults.stop_words:
        return False  # "22 ans dans le go": "dans" is in the lexicon's noun table
    return fr_noun_only(word) and not fr_is_adjective(word)


def trim(items: list[str], budget: int, lang: str) -> list[str]:
    """Keep whole fragments within `budget` words; cut the next one at a comma if it helps.

    A fragment is never cut mid-word, and a cut never leaves a dangling "de" or "and".
    """
    kept: list[str] = []
    used = 0
    for item in items:
        size = count_words(item)
        if used + size <= budget:
            kept.append(item)
            used += size
            continue
        part = _cut_at_comma(item, budget - used)
        if part:
            kept.append(part)
        elif not kept and budget >= 3:
            kept.append(_cut_at_word(item, budget, lang))
        break
    return [item for item in kept if item]


def _cut_at_comma(item: str, budget: int) -> str:
    best = ""
    for match in re.finditer(r",", item):
        head = item[: match.start()].strip()
        if count_words(head) <= budget and count_words(head) >= 2:
            best = head
    return best


def _cut_at_word(item: str, budget: int, lang: str) -> str:
    # Before a coordination first ("… la toilette évaluative et du respect du rythme des
    # résidents"): what is left is whole, where a cut between words leaves "du rythme".
    conjunction = " et " if lang == "fr" else " and "
    heads = [item[: m.start()] for m in re.finditer(re.escape(conjunction), item)]
    fitting = [head for head in heads if 3 <= count_words(head) <= budget]
    if fitting:
        return fitting[-1].strip()
    # Then before a new piece or a complement ("gérer le rush du midi | avec une équipe de
    # six"), never between any two words: that left "des nuits de temps" of "de temps en
    # temps" (d04). A note that cannot be cut so is left out whole.
    words = item.split()
    cuts = [
        index
        for index in range(3, len(words))
        if (words[index].lower() in CUT_BEFORE[lang] or words[index] in PIECE_MARKS)
        and count_words(" ".join(words[:index])) <= budget
    ]
    if not cuts:
        return ""
    return drop_dangling(words[: cuts[-1]], dangling(lang))


# The marks that open a new piece of a note ("remplacer un départ + quelqu'un qui…").
PIECE_MARKS = frozenset({"+", "/", "&", "->", "→", "=>", "-", "–"})
# The prepositions a complement opens with: a note cut before one keeps a whole phrase.
CUT_BEFORE = {
    "fr": frozenset({"avec", "pour", "dans", "chez", "sur", "sans", "auprès", "depuis", "pendant"}),
    "en": frozenset({"with", "for", "in", "at", "on", "during", "since", "across", "from"}),
}
