"""Cleaning what the candidate typed: control characters, shouting, names, titles.

Everything typed may reach a mail header or a recruiter's screen, so control characters go
first; then the form of names and titles is made presentable ("DURAND" -> "Durand").
"""

from __future__ import annotations

import re
import unicodedata

# Controls, format characters (zero-width, bidi overrides), private use, unassigned,
# surrogates, and symbols such as emojis (a recruiter's e-mail carries none).
DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cn", "Cs", "So", "Sk"})
# Symbols a careful writer uses: « le fauteuil n°2 », « eau à 11° » (writer AN's an04 lost it)
KEPT_SYMBOLS = frozenset("°№")
PARTICLES = frozenset({"de", "du", "des", "d'", "van", "von", "der", "den", "da", "di", "la", "le"})


def strip_controls(text: str, *, keep_newlines: bool = False) -> str:
    """Drop control and format characters; line breaks become spaces unless kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for char in text:
        if char == "\n" and keep_newlines:
            out.append(char)
        elif char in "\t\n\x0b\x0c\x85\u2028\u2029":
            out.append("\n" if keep_newlines and char in "\x85\u2028\u2029" else " ")
        elif unicodedata.category(char) in DROPPED_CATEGORIES and char not in KEPT_SYMBOLS:
            continue
        else:
            out.append(char)
    return "".join(out)


def one_line(text: str, max_chars: int = 120) -> str:
    """A single clean line: for names, companies, positions, header values."""
    line = re.sub(r"\s+", " ", strip_controls(text)).strip()
    if len(line) > max_chars:
        line = line[:max_chars].rsplit(" ", 1)[0].rstrip(" ,;:-–—")
    return line


# Acronyms of the trades a shouted job title holds (writer AV's av04: "SOUDEUR TIG" was
# « soudeur tig »): kept in capitals when the run around them is calmed.
TRADE_ACRONYMS = frozenset(
    {"TIG", "MIG", "MAG", "CACES", "HACCP", "SSIAP", "SST", "CAP", "BTS", "BEP", "BP", "DUT",
     "CQP", "IDE", "AES", "DEAS", "DEAES", "VL", "PL", "SPL", "RH", "IT", "BTP", "SAV", "GMS",
     "CDI", "CDD", "FIMO", "FCO", "EHPAD", "ASH", "ATSEM", "AESH", "PSE", "BAFA", "CHU", "SNCF",
     "RATP", "CVC", "QHSE", "ADV", "DAF", "DRH", "RRH", "SEO", "UX", "UI", "QA", "CNC", "CMS"}
)  # fmt: skip


def _calmed(found: re.Match[str]) -> str:
    word = found.group(0)
    return word if word in TRADE_ACRONYMS else word.lower()


def _is_shouted(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _capitalise(word: str) -> str:
    # Capitalise after a hyphen or apostrophe too: "lefèvre-éluard", "n'diaye", "o'connor".
    return re.sub(r"(^|[-'’])(\w)", lambda m: m.group(1) + m.group(2).upper(), word.lower())


# Scottish names written with a second capital ("MacDonald"), which a phone loses;
# other "Mac" names ("Mackenzie", "Macron") are left as typed: both spellings exist.
MAC_NAMES = frozenset(
    {"macdonald", "macleod", "macgregor", "macarthur", "macintosh", "macmillan", "macpherson",
     "macneil", "maclaren", "macfarlane", "macdougall", "macinnes", "macaulay", "maclean"}
)  # fmt: skip


# Surnames from Goa, Italy, Ireland whose "D'" keeps its capital (writer Y's y37).
CAPITAL_D_NAMES = frozenset(
    {"souza", "costa", "cruz", "silva", "mello", "sa", "angelo", "amico", "onofrio", "arcy",
     "alessandro", "antonio", "ambrosio", "agostino", "amato", "andrea", "aquino", "urso",
     "lima", "almeida", "abreu", "monte"}
)  # fmt: skip


# Names written both ways, by French and by Irish families: as the candidate typed them
EITHER_D_NAMES = frozenset({"arcy"})


def person_name(text: str) -> str:
    """'DURAND' or 'durand' -> 'Durand'; a name typed with care is kept, save the
    conventions of particles ("de La Fontaine", "d'Aubigné") and of "Mc" ("McKenzie")."""
    name = one_line(text, 60)
    letters = [char for char in name if char.isalpha()]
    if letters and (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        words = name.split(" ")
        name = " ".join(
            word.lower() if index and word.lower() in PARTICLES else _capitalise(word)
            for index, word in enumerate(words)
        )
    return _with_particles(name)


def _with_particles(name: str) -> str:
    words = name.split(" ")
    fixed: list[str] = []
    for index, word in enumerate(words):
        low = word.lower()
        if low in ("de", "du", "des") and index + 1 < len(words):
            word = low  # "De la Fontaine" -> "de La Fontaine"
        elif low in ("la", "le") and index and fixed[-1] == "de":
            word = word.capitalize()  # the article of a French name takes its capital
        elif re.match(r"d['’][A-ZÀ-Ý]", word) and word[2:].lower() in EITHER_D_NAMES:
            pass  # "d'Arcy" typed with care (writer BO's bo15): French as typed, Irish "D'Arcy"
        elif re.match(r"d['’]\w", word, re.IGNORECASE) and len(word) > 3:
            # "D'Aubigné" -> "d'Aubigné"; "D'Souza", "D'Angelo" are no French particle
            head = "D'" if word[2:].lower() in CAPITAL_D_NAMES else "d'"
            word = head + word[2].upper() + word[3:]
        word = re.sub(r"^Mc([a-z])", lambda match: "Mc" + str(match.group(1)).upper(), word)
        if low in MAC_NAMES and word[3:4].islower():
            word = "Mac" + word[3].upper() + word[4:]
        fixed.append(word)
    return " ".join(fixed)


def calm_capitals(text: str) -> str:
    """Lower-case shouted words: runs of capitals with a word of six letters or more, or of
    three words or more.

    Short acronyms (CAP, BTS, HACCP, RH) stay: that is how those words are written.
    """
    words = list(re.finditer(r"[^\W\d_]+", text))
    runs: list[list[re.Match[str]]] = []
    for word in words:
        # a number inside a shouted run is part of it: "J'AI GERE 25 CONSEILLERS" (writer I)
        between = text[runs[-1][-1].end() : word.start()] if runs else ""
        joined = runs and re.fullmatch(r"[\s'’-]+(?:\d+[\s'’-]+)*", between)
        one_capital = len(word.group()) == 1 and word.group().isupper()
        if not _is_shouted(word.group()) and not (one_capital and joined):
            continue  # "LE PATRON A VU": the lone capital of a shouted run is shouted too
        if joined:
            runs[-1].append(word)
        else:
            runs.append([word])
    for run in reversed(runs):  # from the end, so earlier offsets stay valid
        if max(len(word.group()) for word in run) >= 6 or _shouted_sentence(run):
            start, end = run[0].start(), run[-1].end()
            # the elided word before the run is shouted too: "J'AI GERE" is "j'ai géré"
            elided = re.search(r"(?:^|(?<=[\s(]))(?:[JLDCNMST]|QU)['’]$", text[:start])
            start = elided.start() if elided else start
            lowered = re.sub(r"[^\W\d_]+", _calmed, text[start:end])
            text = text[:start] + lowered + text[end:]
    # a little word stressed between words typed small: "instrumentiste ET circulante"
    # (writer U's u02); never an acronym, which these words are not
    return STRESSED_LITTLE_WORD.sub(lambda found: found.group(0).lower(), text)


def _shouted_sentence(run: list[re.Match[str]]) -> bool:
    """Three shouted words, two of them French words of three letters or more: "J AIME LE
    BOIS" (writer AJ's aj03) is a sentence, "BTS MCO EN CDI" a run of acronyms."""
    from relance.drafts.accents import is_french_word  # the lexicon loads when needed

    words = [word.group().lower() for word in run]
    return len(words) >= 3 and sum(len(w) >= 3 and is_french_word(w) for w in words) >= 2


STRESSED_LITTLE_WORD = re.compile(
    r"(?<=[a-zà-ÿ][\s,])(?:ET|OU|PAS|MAIS|TRÈS|TRES|AUSSI|AND|OR|NOT|BUT|VERY|ALSO|BOTH)"
    r"(?=\s+[a-zà-ÿ])"
)


def lower_first(fragment: str, keep: frozenset[str] = frozenset()) -> str:
    """Lower-case the capital a phone keyboard puts at the start of each note line.

    Words with another capital inside (LinkedIn, RH) and known proper nouns are kept.
    """
    match = re.match(r"[^\W\d_]+", fragment)
    if not match:
        return fragment
    word = match.group(0)
    if len(word) < 2 or word != word.capitalize() or word in keep:
        return fragment
    return word.lower() + fragment[len(word) :]


def cap_words(text: str, limit: int, dangling: frozenset[str]) -> str:
    """At most `limit` words, cut at a word boundary without a dangling 'de' or 'and'."""
    words = text.split()
    if len(words) <= limit:
        return text
    return drop_dangling(words[:limit], dangling)


def drop_dangling(words: list[str], dangling: frozenset[str]) -> str:
    """Join words cut from a longer text, without a trailing 'de', 'and' or comma."""
    kept = list(words)
    while kept and (kept[-1].lower().strip(",;:") in dangling or kept[-1].endswith(("'", "’"))):
        kept.pop()
    return " ".join(kept).rstrip(",;:-–—")


def count_words(text: str) -> int:
    """A generous word count: the larger of whitespace words and letter-or-digit runs.

    The tone guard and a recruiter may count "d'Orange" or "06 12 34 56 78" differently;
    staying under the larger count keeps a draft within its limit under either.
    """
    return max(len(text.split()), len(re.findall(r"[^\W_]+", text)))
