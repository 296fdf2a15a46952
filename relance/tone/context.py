"""What around a match changes its meaning: a negation before it, quotation marks around it,
a context frame in its sentence, a proper name that looks like a word."""

from __future__ import annotations

import re
from functools import lru_cache

from relance.tone.lexing import SENTENCE_ENDS, Token
from relance.tone.patterns import Pattern, match_at

NEGATORS = {
    "fr": frozenset({"ne", "n'", "pas", "jamais", "sans", "aucunement", "nullement", "ni"}),
    "en": frozenset({"not", "n't", "never", "without", "nor", "no"}),
}
CLAUSE_BREAKS = frozenset({",", "mais", "but", "car", "because", "however", "cependant", "(", ")"})
NEGATION_WINDOW = 6
FRAME_ENDS = SENTENCE_ENDS - {":", ";"}  # a frame reaches over a colon or a semicolon
# single quotes too, but not apostrophes: an opening ' after a space, a closing one before
# a non-letter ("'ASAP'", "'you're useless'"). Each branch starts with its quotation mark
# (the opening ' is checked for a letter before it once read: (?<![\w']') after it, not
# (?<![\w']) before it), so the regex engine skips to those marks instead of trying every
# branch at every character (33 -> 5 µs for a 150-word e-mail)
QUOTE_RE = re.compile(
    r"«[^»]*»|“[^”]*”|‘[^’\n]*’|\"[^\"\n]*\"|'(?<![\w']')(?=\S)[^\n]{1,120}?(?<=\S)'(?![\w'])"
)
# words after which a capitalised word is a name ("Monsieur Coucou", "chez Cool Roof")
NAME_CUES = frozenset(
    {"m", "mme", "mlle", "mr", "mrs", "ms", "miss", "dr", "madame", "monsieur", "mademoiselle"}
    | {"sister", "chez", "docteur", "maître", "professor", "prof", "sir", "lady"}
)
# capitalised words that are never a name of someone's: the pronoun, and an idiom's saint
# (« jusqu'à la Saint-Glinglin », writer AH)
NOT_NAMES = frozenset({"i", "i'm", "i'd", "i'll", "i've", "saint", "glinglin"})
# capitalised inside a sentence yet words a rule may need: English days, months, languages,
# and the networks a threat names
CAPITALISED_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "english", "french", "spanish"}
    | {"german", "italian", "teams", "linkedin", "glassdoor", "indeed", "reddit", "twitter"}
    | {"facebook", "instagram", "google", "netflix", "asap", "latin", "martian"}
)
# offices written with capitals ("your Managing Director", "the Chair of Governors", « votre
# Directeur général »): a rule naming the office must still see them (third_party_escalation)
TITLE_WORDS = frozenset(
    {"managing", "director", "directors", "chief", "executive", "chair", "chairman", "ceo"}
    | {"chairwoman", "governors", "board", "president", "head", "hr", "md", "officer"}
    | {"directeur", "directrice", "président", "présidente", "pdg", "drh", "général", "générale"}
)
# bodies a threat names with capitals ("the Employment Equity Commission", "the Fair Work
# Ombudsman", « le Défenseur des droits »): the whole capitalised run is the body, not a name
# that makes the rule's word someone's (is_name_span)
INSTITUTIONS = frozenset(
    {"commission", "tribunal", "tribunals", "court", "ombudsman", "inspectorate", "regulator"}
    | {"authority", "council", "commissioner", "prud'hommes", "défenseur", "inspection"}
)


# "ne" negates only with one of these ("ne ... que" means "only": "ils ne sont que des…")
FR_SECOND_NEGATORS = frozenset(
    {"pas", "jamais", "plus", "rien", "aucun", "aucune", "guère", "point", "nullement"}
    | {"aucunement", "personne", "ni"}
)
# "que" after these compares or restricts: "pas mieux que des rats", "rien d'autre que"
COMPARATIVES = frozenset({"mieux", "plus", "moins", "autre", "pire", "rien", "than"})
# a negated verb of meeting or seeing between the negator and the word makes that word its
# object, and the negation a superlative: "I've never dealt with such a bunch of amateurs",
# « je n'ai jamais vu une bande d'amateurs pareille », "never have I met someone as kind"
MET_OR_SEEN = frozenset(
    {"seen", "saw", "see", "met", "meet", "dealt", "encountered", "known", "come", "across"}
    | {"vu", "vue", "vus", "voir", "rencontré", "rencontrée", "croisé", "croisée", "connu"}
)
# a negation in the question one "wonders" is the insinuation itself, not its denial: « je me
# demande si le poste n'était pas déjà promis en interne », "I wonder whether it wasn't
# decided already" (writer AP)
WONDERING = frozenset(
    {"demande", "demandais", "demandé", "interroge", "interrogeais", "wonder", "wondered"}
    | {"wondering", "ask", "asked", "asking"}
)
WONDERED_IF = frozenset({"si", "s'", "if", "whether"})
RHETORICAL_REACH = 8


def is_negated(tokens: list[Token], index: int, lang: str) -> bool:
    """A negation shortly before tokens[index], in the same clause, that bears on it."""
    negators = NEGATORS.get(lang, NEGATORS["fr"])
    for back in range(index - 1, max(-1, index - 1 - NEGATION_WINDOW), -1):
        token = tokens[back]
        if token.is_boundary or token.text in CLAUSE_BREAKS:
            return False
        previous = tokens[back - 1].text if back else ""
        if token.text in ("que", "qu'", "than") and previous in COMPARATIVES:
            return False
        if token.text == "sauf" and previous == "tout":  # "tout sauf stupides"
            return True
        if token.text in negators:
            if any(between.text in MET_OR_SEEN for between in tokens[back + 1 : index]):
                return False
            if _wondered(tokens, back):
                return False
            if token.text in ("ne", "n'"):
                return _second_negator(tokens, back, index)
            return True
    return False


def _wondered(tokens: list[Token], negator_index: int) -> bool:
    """The negation sits in the question after "I wonder if", within a few words."""
    start = max(0, negator_index - RHETORICAL_REACH)
    for back in range(negator_index - 1, start - 1, -1):
        token = tokens[back]
        if token.is_boundary:
            return False
        if token.text in WONDERED_IF and back:
            before = (tokens[back - 1].text, tokens[back - 2].text if back > 1 else "")
            return any(word in WONDERING for word in before)
    return False


def _second_negator(tokens: list[Token], ne_index: int, index: int) -> bool:
    for token in tokens[ne_index + 1 : index + NEGATION_WINDOW]:
        if token.is_boundary:
            return False
        if token.text in FR_SECOND_NEGATORS:
            return True
    return False


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks: the recruiter's words, not the candidate's."""
    return [(match.start(), match.end()) for match in QUOTE_RE.finditer(text)]


def is_quoted(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(span_start < start and end <= span_end for span_start, span_end in spans)


def _ends_frame(token: Token) -> bool:
    """A colon or semicolon does not end a frame's reach: the clause after it often states
    the cause ("je m'excuse pour ce retard : j'étais en déplacement"). Token.is_boundary
    without its colon and semicolon, spelt out: asked of every token of a sentence."""
    text = token.text
    return text in FRAME_ENDS or (not token.is_word and text.startswith(("!", "?")))


def sentence_bounds(tokens: list[Token], index: int) -> tuple[int, int]:
    """The token range of the sentence of tokens[index] (a colon or a semicolon does not
    end it): from its first token to the boundary that ends it (or len(tokens))."""
    start = index
    while start > 0 and not _ends_frame(tokens[start - 1]):
        start -= 1
    end = index
    while end < len(tokens) and not _ends_frame(tokens[end]):
        end += 1
    return start, end


# A turn of the writer's own inside a sentence: "you said the panel would decide by the
# 15th, … though since this is the fourth email I've sent you…" (writer AH): the recruiter's
# words before it frame nothing after it.
TURNS = frozenset({"though", "although", "but", "however", "mais", "pourtant", "cependant"})


def _turn_bounds(tokens: list[Token], index: int, start: int, end: int) -> tuple[int, int]:
    for position in range(index - 1, start - 1, -1):
        if tokens[position].text in TURNS:
            start = position + 1
            break
    for position in range(index + 1, end):
        if tokens[position].text in TURNS:
            return start, position
    return start, end


# frames tuple id -> (the tuple, kept alive so that its id stays its own; first-word key ->
# its patterns): a frame is tried only on the words it may start with, not on every word
FrameIndex = tuple[frozenset[str], dict[str, tuple[Pattern, ...]]]  # (first keys, by key)
_FRAME_INDEXES: dict[int, tuple[tuple[Pattern, ...], FrameIndex]] = {}


def frame_index(frames: tuple[Pattern, ...]) -> FrameIndex:
    """The patterns of `frames` by the keys of their first word. The rule book's and the
    guard's frame tuples live as long as the process; a tuple built per call would be
    indexed each time, so the callers keep theirs (rules.context_frames, Rule.unless)."""
    cached = _FRAME_INDEXES.get(id(frames))
    if cached is not None and cached[0] is frames:
        return cached[1]
    index: dict[str, list[Pattern]] = {}
    for pattern in frames:
        for key in pattern.elements[0].keys:
            index.setdefault(key, []).append(pattern)
    found = (frozenset(index), {key: tuple(patterns) for key, patterns in index.items()})
    if len(_FRAME_INDEXES) > 4096:  # only tuples built per call could fill it
        _FRAME_INDEXES.clear()
    _FRAME_INDEXES[id(frames)] = (frames, found)
    return found


def in_frame(
    frames: tuple[Pattern, ...], tokens: list[Token], index: int, turns: bool = False
) -> bool:
    """Does one of these context frames match anywhere in the sentence of tokens[index]?
    `turns`: only on the same side of a turn ("though", « mais ») as the word (a rule's
    frames; a sentence judged whole, by the model or the privacy lists, keeps them all)."""
    start, end = sentence_bounds(tokens, index)
    if turns:
        start, end = _turn_bounds(tokens, index, start, end)
    firsts, by_key = frame_index(frames)
    for position in range(start, end):
        token = tokens[position]
        if not token.is_word or firsts.isdisjoint(token.keys):
            continue
        for key in token.keys:
            for pattern in by_key.get(key, ()):
                if match_at(pattern, tokens, position) >= 0:
                    return True
    return False


def is_name(text: str, tokens: list[Token], index: int) -> bool:
    """Is tokens[index] a capitalised proper name inside a sentence ("Tu Anh", "Kevin Lol",
    "ASAP Couriers", "Monsieur Coucou"), not a word of the writer's?"""
    token = tokens[index]
    surface = text[token.start : token.end]
    if not token.is_word or not surface[:1].isupper() or token.text in NOT_NAMES:
        return False
    if token.text in TITLE_WORDS:
        return False
    if _on_signature_line(text, token.start):
        return True  # "Mariama Bah", "Sophie Marshall, RN": the last line signs the letter
    if _sentence_initial(tokens, index):
        return False
    previous = tokens[index - 1]
    if previous.text.rstrip(".") in NAME_CUES or _after_title(tokens, index):
        return True
    # a capitalised word after a lower-case word inside a sentence is a name ("pass my
    # thanks to Lol", "au bar Bisou"); after a comma it may open a clause ("Merci, Bisous")
    if (
        previous.is_word
        and surface[1:].islower()
        and text[previous.start].islower()
        and token.text not in CAPITALISED_WORDS
    ):
        return True
    # a word in capitals beside another is shouting ("TRÈS INTÉRESSÉ"), not a name
    caps = len(surface) > 1 and surface.isupper()
    if caps and _slashed_acronym(text, tokens, index):
        return True  # "Fullstack JS/TS", "B2B/B2C": acronyms paired by a slash
    return _capitalised(text, tokens, index - 1, skip_initial=True, caps=caps) or _capitalised(
        text, tokens, index + 1, skip_initial=False, caps=caps
    )


def _names_a_body(text: str, tokens: list[Token], index: int) -> bool:
    """Does the run of capitalised words from tokens[index] end on a body's noun
    ("Employment Equity Commission", "Labour Court")?"""
    for token in tokens[index : index + 5]:
        if not token.is_word or not text[token.start].isupper():
            return False
        if token.text in INSTITUTIONS:
            return True
    return False


def _on_signature_line(text: str, offset: int) -> bool:
    """Is this capitalised word, not the first, on the letter's last line, a line of two to
    five capitalised words only? The surname or the credential of a signature ("Mariama
    Bah", "Tanya Brooks, RN"), not the writer's words; the line's first word stays a word,
    so a familiar sign-off ("Bisous Marie", "Cheers Mate") is still read."""
    line_start = _signature_start(text)
    return line_start >= 0 and offset > line_start


@lru_cache(maxsize=64)
def _signature_start(text: str) -> int:
    """Where the last line starts when it is a signature, else -1: read once per message
    (a string keeps its hash), not once per capitalised word."""
    body = text.rstrip()
    line_start = body.rfind("\n") + 1
    words = _capitalised_words(body[line_start:])
    if 1 <= len(words) <= 3 and "," not in body[line_start:] and line_start > 0:
        # a town or a credential under the name ("Andre Morales\nPhoenix", writer M;
        # "Analyn Reyes, RN\nQuezon City", writer AL)
        above_start = body.rfind("\n", 0, line_start - 1) + 1
        above = _capitalised_words(body[above_start : line_start - 1])
        if 2 <= len(above) <= 5:
            return text.find(above[0], above_start)
    signed = 2 <= len(words) <= 5
    return text.find(words[0], line_start) if signed else -1


def _capitalised_words(line: str) -> list[str]:
    """The line's words when every one is capitalised, else none."""
    words = line.replace(",", " ").split()
    return words if all(word[:1].isupper() for word in words) else []


CLOSING_WORDS_MAX = 4
# who a familiar sign-off hails, not a signature ("Cheers Mate", "cheers lads")
HAILED = frozenset({"mate", "mates", "pal", "lad", "lads", "buddy", "love", "hun", "guys", "boss"})


def closes_letter(text: str, tokens: list[Token], index: int) -> bool:
    """Does tokens[index] open the letter's last sentence, with a comma at most and one to
    four words of a name after it ("… any day that week. Cheers, Fergus Mackay", "cheers
    kyle")? Then it signs the letter off, as "Cheers,\nLiam" on lines of their own does, and
    is not "Cheers for the chat" nor "cheers mate, speak soon"."""
    if index > 0 and not tokens[index - 1].is_boundary:
        return False
    if _opens_closing_line(text, tokens, index):
        return True
    rest = [token for token in tokens[index + 1 :] if token.text not in {",", "\n", "."}]
    words = [token for token in rest if token.is_word]
    if any(token.text in HAILED for token in words):
        return False
    return (
        len(rest) == len(words)
        and 1 <= len(words) <= CLOSING_WORDS_MAX
        and all(
            text[token.start].isupper() or text[tokens[index].start].islower() for token in words
        )
    )


def _opens_closing_line(text: str, tokens: list[Token], index: int) -> bool:
    """Does tokens[index] open a line ending in a comma or a full stop with only the
    signature below it ("Cheers and all the best to the crew,\nTama Wire", "Cheers for
    putting me forward.\n\nDean")?"""
    line_end = text.find("\n", tokens[index].start)
    if line_end < 0 or not text[:line_end].rstrip().endswith((",", ".")):
        return False
    if text[tokens[index].start - 1 : tokens[index].start] not in ("", "\n"):
        return False
    return len(text[line_end:].split()) <= CLOSING_WORDS_MAX


def _slashed_acronym(text: str, tokens: list[Token], index: int) -> bool:
    for slash, other in ((index - 1, index - 2), (index + 1, index + 2)):
        if 0 <= other < len(tokens) and tokens[slash].text == "/" and tokens[other].is_word:
            surface = text[tokens[other].start : tokens[other].end]
            if len(surface) > 1 and surface.isupper():
                return True
    return False


def _after_title(tokens: list[Token], index: int) -> bool:
    """ "Mr. U", "Dr. Cheers": the full stop of a title does not end the sentence."""
    return index >= 2 and tokens[index - 1].text == "." and tokens[index - 2].text in NAME_CUES


def _sentence_initial(tokens: list[Token], index: int) -> bool:
    if _after_title(tokens, index):
        return False
    back = index - 1
    while back >= 0 and not tokens[back].is_word and tokens[back].text in "«\"'“(-—":
        back -= 1
    return back < 0 or tokens[back].is_boundary


def _capitalised(
    text: str, tokens: list[Token], index: int, *, skip_initial: bool, caps: bool
) -> bool:
    if index < 0 or index >= len(tokens):
        return False
    token = tokens[index]
    if token.text == "!" and index + 1 < len(tokens):  # "Yo! Sushi"
        token = tokens[index + 1]
    surface = text[token.start : token.end]
    if not token.is_word or not surface[:1].isupper() or token.text in NOT_NAMES:
        return False
    if caps and surface.isupper():
        return False
    return not (skip_initial and _sentence_initial(tokens, index))


def is_name_span(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """Is any token between these offsets a proper name? A body named after the writer's own
    words does not count ("I'll be raising it with the Employment Equity Commission"): the
    threat is in the verb; the body alone ("complaints that go to the Financial Services
    Ombudsman") stays a name."""
    inside = [index for index, token in enumerate(tokens) if start <= token.start < end]
    return any(
        is_name(text, tokens, index)
        and not (index > inside[0] and _names_a_body(text, tokens, index))
        for index in inside
    )
