"""Register checks that a lemma pattern cannot express: tutoiement, emojis, shouting."""

from __future__ import annotations

import re
from collections.abc import Iterator

from relance.tone import model
from relance.tone.lemmas import known
from relance.tone.lexing import Token

Hit = tuple[str, int, int]  # builtin rule id, start, end

TU_PRONOUNS = frozenset({"tu", "te", "t'", "toi", "ta", "tes", "ton"})
# "ton" after these is the noun (the tone of a letter), not "your"
TON_NOUN_BEFORE = frozenset(
    {"le", "un", "du", "au", "ce", "même", "de", "d'", "sur", "quel", "bon", "mauvais", "mon"}
)
VOUS_IMPERATIVES = frozenset({"dites", "faites"})
EMOJI_CHARS = "\U0001f300-\U0001faff\U0001f000-\U0001f2ff\u2600-\u27bf\u2b50\u2b55\u2764\u263a"
# An emoji, or a face typed in ASCII (":-)", ";P", "xD", "^^", "<3") standing alone: not
# after a letter or a slash, nor before one. Written to start with one character class, the
# first character of every match, so that the regex engine skips to those characters: the
# plain alternation, `[emojis]|(?<![\w/])(?:[:;=]…|[xX]D+|\^[_.]?\^|<3)(?![\w/])`, tried
# both branches at every character of the text (68 -> 15 µs for a 150-word e-mail). Once
# the first character is read, (?<=…) tells which kind it was, and (?<![\w/].) looks at the
# character before it.
EMOJI_RE = re.compile(
    f"[{EMOJI_CHARS}:;=xX^<]"
    f"(?:(?<=[{EMOJI_CHARS}])"
    r"|(?<![\w/].)(?:(?<=[:;=])[-']?[)(DPp3/\]\[|]+|(?<=[xX])D+|(?<=\^)[_.]?\^|(?<=<)3)(?![\w/]))"
)
SHOUT_PUNCT_RE = re.compile(r"[!?¡¿]{2,}|[!?]\s+[!?](?:\s*[!?])*")
OBJECT_PRONOUNS = frozenset({"le", "la", "les", "en", "y"})
TITLE_WORDS = frozenset({"madame", "monsieur", "mme", "mlle", "m", "mr", "mrs", "ms", "dr"})


# « tu m'avais proposé qu'on se tutoie » (writer AD, session 43): the recruiter asked for it,
# and the message says so; « tu » is then the register agreed, not a familiarity.
TUTOIEMENT_AGREED = re.compile(r"^(?:tutoi|tutoy)")


# Clipped words of spoken French that the « tu » agreed with the recruiter makes natural
# (« je te confirme mes dispos pour juillet-août », writer AF); texting shorthand (« qqn »,
# « bcp ») stays familiar in any register.
CLIPPED_WORDS = frozenset({"dispo", "dispos", "appart", "resto", "infos", "perso", "ok"})


def agreed_register(
    hits: list[model.Hit], text: str, tokens: list[Token], lang: str
) -> list[model.Hit]:
    """`hits` without the clipped words of a message whose « tu » was agreed."""
    if lang != "fr" or not tutoiement_agreed(tokens):
        return hits
    return [
        hit
        for hit in hits
        if not (
            hit.rule_id == "fr.familiarity.abreviations"
            and text[hit.start : hit.end].lower() in CLIPPED_WORDS
        )
    ]


# « je me permets de te tutoyer » (writer AR, session 51): the candidate's own initiative,
# not a register the recruiter offered
TAKEN_LIBERTY = frozenset({"permets", "permettre", "permettrai", "ose", "oserai"})
LIBERTY_REACH = 4


# « je me permets le tutoiement puisque tu me l'as proposé »: the liberty offered after all
OFFERED = re.compile(r"^(?:propos|convenu|invit|demand)")


# Writing to an agency's consultant about a mission at its client's (writer AU, session 51):
# the « tu » the consultant started is the agency's register, « Comme tu m'as dit, le
# client… », « Je te confirme le renouvellement de ma mission »
INTERMEDIARY_WORDS = frozenset({"mission", "missions", "intérim", "interim", "intérimaire"})
INTERMEDIARY_WORDS |= {"renouvellement"}
CLIENT_DETERMINERS = frozenset({"le", "du", "au", "ton", "ce", "chaque"})


def _to_an_intermediary(tokens: list[Token]) -> bool:
    return any(
        token.text in INTERMEDIARY_WORDS
        or (token.text == "client" and index and tokens[index - 1].text in CLIENT_DETERMINERS)
        for index, token in enumerate(tokens)
    )


# « tu m'avais dit qu'on se tutoierait si je suis embauché, alors je prends de l'avance »
# (writer AW, session 53): the « tu » promised for later, taken now
IF_HIRED = re.compile(r"^(?:embauch|recrut|retenu|pris$|engag)")
CONDITION_REACH = 6


def _promised_for_later(tokens: list[Token], mention: int) -> bool:
    after = tokens[mention + 1 : mention + 1 + CONDITION_REACH]
    return any(t.text == "si" for t in after) and any(IF_HIRED.match(t.text) for t in after)


# Internal mobility (writer AX, session 53): writing to a colleague of the same house, for
# whom « tu » is the house's register: « Comme on travaille dans la même maison depuis six
# ans », « dans le cadre de la mobilité interne », « comme évoqué à la machine à café »
# (never « en interne » alone: « les formations en interne » is the employer's, said to anyone)
COLLEAGUE_MARKS = (
    ("mobilité", "interne"),
    ("même", "maison"),
    ("même", "entreprise"),
    ("même", "société"),
    ("même", "boîte"),
    ("machine", "à", "café"),
    ("réunion", "de", "service"),
)


def _between_colleagues(tokens: list[Token]) -> bool:
    words = [token.text for token in tokens]
    return any(
        tuple(words[i : i + len(mark)]) == mark
        for mark in COLLEAGUE_MARKS
        for i, word in enumerate(words)
        if word == mark[0]
    )


def tutoiement_agreed(tokens: list[Token]) -> bool:
    if _to_an_intermediary(tokens) or _between_colleagues(tokens):
        return True
    mentioned = [
        i
        for i, token in enumerate(tokens)
        if TUTOIEMENT_AGREED.match(token.text) and not _promised_for_later(tokens, i)
    ]
    if not mentioned:
        return False
    offered = any(OFFERED.match(token.text) for token in tokens)
    return offered or any(
        TAKEN_LIBERTY.isdisjoint(t.text for t in tokens[max(0, i - LIBERTY_REACH) : i])
        for i in mentioned
    )


def tutoiement(tokens: list[Token]) -> Iterator[Hit]:
    if tutoiement_agreed(tokens):
        return
    for index, token in enumerate(tokens):
        word = token.text
        previous = tokens[index - 1].text if index else ""
        if word in TU_PRONOUNS:
            if word == "ton" and previous in TON_NOUN_BEFORE:
                continue
            yield ("fr.familiarity.tutoiement", token.start, token.end)
        elif word == "moi" and token.hyphen_before and index:
            verb = index - 1
            # « dites-le-moi »: the verb stands before an object pronoun
            if verb and previous in OBJECT_PRONOUNS and tokens[verb].hyphen_before:
                verb -= 1
                previous = tokens[verb].text
            if (
                previous.endswith("ez")
                or previous in VOUS_IMPERATIVES
                or not tokens[index - 1].is_word
            ):
                continue
            yield ("fr.familiarity.tutoiement", tokens[verb].start, token.end)


def emojis(text: str) -> Iterator[Hit]:
    for match in EMOJI_RE.finditer(text):
        yield ("familiarity.emoji", match.start(), match.end())


def shouting(text: str, tokens: list[Token], lang: str) -> Iterator[Hit]:
    for match in SHOUT_PUNCT_RE.finditer(text):
        yield ("shouting.punctuation", match.start(), match.end())
    yield from _capitals(text, tokens, lang)


def _is_caps_word(text: str, token: Token) -> bool:
    if not token.is_word or token.end - token.start < 2:
        return False
    surface = text[token.start : token.end]
    # letters and digits in one word name a product or a code (S/4HANA, B2B, 4G), not a shout
    if any(ch.isdigit() for ch in surface):
        return False
    return surface.isupper() and sum(ch.isalpha() for ch in surface) >= 2


# simplemma does not list French adverbs and function words, the usual shouted ones
CAPS_COMMON = frozenset(
    [
        "très",
        "toujours",
        "jamais",
        "rien",
        "plus",
        "encore",
        "tout",
        "vite",
        "merci",
        "déjà",
        "aussi",
        "bien",
        "oui",
        "non",
        "svp",
    ]
)


def _known(word: str, lang: str) -> bool:
    if word in CAPS_COMMON or (len(word) > 6 and word.endswith("ment")):
        return True
    return known(word, lang)


def _capitals(text: str, tokens: list[Token], lang: str) -> Iterator[Hit]:
    """Words in capitals, but not acronyms (CDI, HACCP) nor surnames (Jean DUPONT)."""
    index = 0
    while index < len(tokens):
        if not _is_caps_word(text, tokens[index]):
            index += 1
            continue
        end = index
        while end < len(tokens) and (
            _is_caps_word(text, tokens[end]) or tokens[end].text in {"'", ","}
        ):
            end += 1
        run = [token for token in tokens[index:end] if token.is_word]
        known = [token for token in run if len(token.text) >= 3 and _known(token.text, lang)]
        if (
            _beside_name(text, tokens, index, end)
            or _own_line(text, tokens, index, end)
            or _acronyms_in_prose(text, tokens, index, end)
        ):
            index = end
            continue
        if len(known) >= 2 or (len(run) == 1 and len(run[0].text) >= 5 and known):
            yield ("shouting.capitals", tokens[index].start, tokens[end - 1].end)
        index = end


def _acronyms_in_prose(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """One or two short words in capitals between words in small letters name bodies or
    programmes ("through the ACCA CPD programme", writer AQ), not a shout."""
    run = [token for token in tokens[start:end] if token.is_word]
    if len(run) > 2 or any(len(token.text) > 4 for token in run):
        return False
    before = tokens[start - 1] if start else None
    after = tokens[end] if end < len(tokens) else None
    return all(
        neighbour is not None
        and neighbour.is_word
        and text[neighbour.start : neighbour.end].islower()
        for neighbour in (before, after)
    )


def _own_line(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """A signature or a heading in capitals (PAUL GIRARD) is not shouting."""
    line_start = text.rfind("\n", 0, tokens[start].start) + 1
    line_end = text.find("\n", tokens[end - 1].end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return end - start <= 3 and line.strip() == text[tokens[start].start : tokens[end - 1].end]


def _beside_name(text: str, tokens: list[Token], start: int, end: int) -> bool:
    before = tokens[start - 1] if start else None
    after = tokens[end] if end < len(tokens) else None
    for neighbour in (before, after):
        if neighbour is None or not neighbour.is_word:
            continue
        surface = text[neighbour.start : neighbour.end]
        if neighbour.text in TITLE_WORDS or (len(surface) > 1 and surface.istitle()):
            return True
    return False
