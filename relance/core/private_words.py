"""What a recruiter must not read: the word lists and their matching, framework-free.

Shared by the drafts (relance/drafts/privacy.py leaves such note items out of a draft) and
the tone guard (relance/tone flags them when the candidate types them into an e-mail):
judgements of a former employer, what the recruiter confided about the workplace, salary
figures, doubts about one's own interview, private life, other applications, remarks about
the recruiter, harsh words.

The lists are `data/private_<lang>.txt`: one "reason: words" entry a line, matched lower
case and without accents, on the words as typed and on their lemmas ("*" ends a word that
may take any ending; "~" stands for one to three words of any kind). A class of words is
defined once ("@family = famille enfant* mari …") and named in entries ("personal: vie de
@family"): an entry stands for each of its words, so the family a reason is drawn from, or
the number of other candidates, needs no line per word. The caller gives the lemmatiser: the
drafts use simplemma's, the tone guard its own small table.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from relance.core.accents import strip_combining

DATA_DIR = Path(__file__).parent / "data"
REASON_KEYS = (
    "employer",
    "site",
    "salary",
    "self",
    "personal",
    "elsewhere",
    "recruiter",
    "insult",
)
# Reasons the lists alone know: the learned screen (private_model) was trained on the
# reasons above, and names only those.
LISTED_ONLY = ("candidates", "record", "gap")
LIST_REASONS = REASON_KEYS + LISTED_ONLY
# Looks and mood are only a remark about the recruiter when someone is named in the note.
PERSON = {
    "fr": frozenset(
        re.findall(
            r"\w+",
            "elle il recruteur recruteuse rh dame monsieur madame manager responsable gars "
            "mec nana meuf directeur directrice cheffe chef titulaire patron patronne "
            "proviseur proviseure gérant gérante gerant gerante",
        )
    ),
    "en": frozenset(
        re.findall(r"\w+", "she he her his recruiter interviewer manager guy lady woman man hr")
    ),
}
# A sum of money: "1800 net", "28k", "12,50 €/h", "£11.44", "2 000 euros" (not "150 colis/h").
MONEY = re.compile(
    r"[£$€]\s?\d|\d\s?(?:[kK]\b|[kK]€|€|£|\$|euros?\b|eur\b|brut\b|net\b|bruts\b|nets\b|"
    r"p\.?a\.?\b|/\s?(?:mois|month|an|year|yr)\b)",
    re.IGNORECASE,
)
# A site's difficulty named as a task of the job is its content, not a confidence: "gestion
# du turnover", "prévention des accidents du travail", "objectif zéro accident", "reducing
# staff turnover", "reporting accidents". Matched on folded text and blanked before the lists.
JOB_CONTENT = {
    "fr": re.compile(
        r"\b(?:gestion|gerer|reduire|reduction|suivi|suivre|analyse[rz]?|limiter|baisser|"
        r"baisse|prevention|prevenir|eviter|declarer|declaration|registre|taux|indicateurs?|"
        r"zero|sans|aucun|objectif|risques?|lutte contre|lutter contre)"
        r"\s+(?:(?:de la|du|des|de l'|d'|le|la|les|l'|de|d'un|d'une)\s*)?"
        r"(?:turn\s?-?over|accidents?(?:\s+du\s+travail)?|absenteisme|absences?|departs?|"
        r"greves?|abandons?|plaintes?|conflits? sociaux)\b"
        # Payroll is the trade of a "gestionnaire de paie": its test and tools are no salary
        # (writer U's u24, "test paie sur Excel jeudi 26 à 10h").
        r"|\b(?:test|logiciel|gestionnaire|service|cycle|responsable|technicien(?:ne)?|"
        r"assistante?|chargee?|traitement|production|outils?|pole|expertise)\s+"
        r"(?:(?:de la|de|en)\s+)?paie\b|\bpaie\s+(?:sur|excel|silae|sage|adp|cegid|multi)\b"
        # « négociation fournisseurs », « négocier les tarifs transporteurs »: an acheteur's trade
        r"|\bnegoci\w*\s+(?:(?:avec|des|les|de|du)\s+)?(?:(?:les|des|nos)\s+)?"
        r"(?:fournisseurs?|commerciales?|achats?|tarifs?|tarifaires?|contrats?|prix|"
        r"transporteurs?|bailleurs?|producteurs?|conditions)\b"
        # « quand la voie amiable est épuisée » (writer Z, session 38): a procedure's end,
        # no one's exhaustion
        r"|\b(?:voies?|recours|stocks?|possibilites|solutions|forfaits?|quotas?|credits?)\s+"
        r"(?:\w+\s+){0,2}(?:est\s+|sont\s+|etait\s+|etaient\s+)?epuise\w*"
        # « comme convenu entre nous, je vous rappellerai vendredi » (writer J, session 41): an
        # agreement between the two, no confidence
        r"|\b(?:convenu|entendu|decide|dit|vu|reste)\s+entre\s+nous\b"
    ),
    "en": re.compile(
        r"\b(?:manag\w*|reduc\w*|prevent\w*|report\w*|record\w*|track\w*|monitor\w*|"
        r"investigat\w*|avoid\w*|handl\w*|lower\w*|cut\w*|remov\w*|resolv\w*|tackl\w*|"
        r"zero|no|low)"
        r"\s+(?:(?:the|a|an|of|staff|employee|workplace|work|site|student|pupil|patient|"
        r"customer|tenant|client|resident|guest|backlog)\s+){0,3}"
        r"(?:turn\s?-?over|accidents?|absences?|absenteeism|injur\w+|incidents?|strikes?|"
        r"dropouts?|complaints?|shortages?)\b"
        # Others' fear met on the job is no doubt of one's own: "calm with anxious owners",
        # "reassuring nervous patients", "distressed witnesses".
        r"|\b(?:anxious|nervous|stressed|distressed|worried|upset|scared|frightened)\s+"
        r"(?:owners?|patients?|clients?|customers?|parents?|famil(?:y|ies)|children|kids|"
        r"pupils?|students?|residents?|passengers?|callers?|people|animals?|pets?|dogs?|cats?|"
        r"witnesses|relatives|visitors|guests|travell?ers|flyers)\b"
        # a bank's loans in trouble, no one's stress (writer AX, session 53): "the resolution of
        # stressed accounts under the IBC framework"
        r"|\b(?:stressed|distressed)\s+(?:assets?|accounts?|loans?|debts?|portfolios?|"
        r"borrowers?|credits?|exposures?)\b"
        # A buyer's trade is negotiating with suppliers, no salary talk (writer AL's al32,
        # "they asked lots about supplier negotiations")
        r"|\b(?:suppliers?|vendors?|commercial|procurement|purchasing|contracts?|leases?|"
        r"trade|rates?|prices?|carriers?|landlords?)\s+negotiat\w*"
        r"|\bnegotiat\w*\s+(?:with\s+|of\s+)?(?:the\s+|our\s+)?(?:suppliers?|vendors?|"
        r"growers?|farmers?|carriers?|landlords?|contracts?|prices|rates|terms|deals?|leases?)\b"
        # A planner's duty, no confidence about the site: "stay calm when 4 drivers call in
        # sick" (writer R's r27); "the young ones call in sick" is the site's (AY's ay37)
        r"|\b(?:when|if|whenever|cover\w*)\s+(?:\w+\s+){0,3}(?:call|calls|calling|phone|phones|"
        r"ring|rings)\s+in\s+sick\b"
        # Complaints as the job's matter, no confidence (writer Z, session 38): "a tenant
        # complaint", "the complaints data", "most complaints escalate because of silence";
        # turnover as a business's revenue, "0.9% of turnover"
        r"|\b(?:customer|tenant|patient|client|guest|passenger|resident|consumer|member|"
        # ("metier": a word of the job's title, as the drafts put it, `privacy.without_trade`)
        r"student|parent|user|metier)s?\s+complaints?\b"
        r"|\bcomplaints?\s+(?:data|handling|process|procedures?|resolution|team|escalat\w*|"
        r"line|log|register|figures|volumes?|policy|management|queue)\b"
        # shifts to cover, no confidence: "covering short-staffed shifts" (writer AA, session 41)
        r"|\bshort[- ]?staffed\s+(?:shifts?|days|nights|weekends|periods)\b"
        # "the first point of contact for complaints and concerns" (writer J, session 41)
        r"|\b(?:contact|point|desk|line|officer|lead|handler|responsible)\s+for\s+"
        r"(?:\w+\s+)?complaints?\b"
        r"|\b(?:of|annual|yearly|group|company)\s+turnover\b|\bturnover\s+(?:of\s+)?[£$€\d]"
        # Jamaican cooking, no insult (writer AW, session 53): "the trial at the jerk centre"
        r"|\bjerk\s+(?:chicken|pork|fish|goat|centre|center|seasoning|spices?|sauce|marinade|"
        r"rub|shop|stall|joint|restaurant|kitchen|pans?|drums?|grill)\b"
    ),
}
# A word each branch of JOB_CONTENT needs, in the folded text it reads (no IGNORECASE): a
# text with none of them (most) is not searched. A new branch adds its word here.
JOB_CONTENT_WORDS = {
    "fr": (
        *("turn", "accident", "absen", "depart", "greve", "abandon", "plainte", "conflit"),
        *("paie", "negoci", "epuis", "entre"),
    ),
    "en": (
        *("turn", "accident", "absen", "injur", "incident", "strike", "dropout", "complaint"),
        *("shortage", "anxious", "nervous", "stressed", "worried", "upset", "scared"),
        *("frightened", "negotiat", "sick", "staffed", "jerk"),
    ),
}
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
GAP = 3  # "~" in an entry: one to three words of any kind

Lemmatiser = Callable[[str, str], str]  # (folded token, lang) -> folded lemma
Entry = tuple[str, tuple[str, ...]]  # (reason, pattern)


def fold(text: str) -> str:
    return strip_combining(unicodedata.normalize("NFD", text.lower().replace("’", "'")))


def tokens(text: str) -> list[str]:
    return TOKEN.findall(fold(text))


PATTERN_WORD = re.compile(r"~|@\w+|[^\W_]+\*?")


# The line of a list from which its entries are newer than the learned screen's table: the
# screen's near-hit features (private_model) read only the entries above it, the words it
# was trained with, so that a new entry's words ("soir", "home") do not move its scores on
# lines no entry matches. bench/private_train.py retrains on the whole list and the line
# moves to the end.
LEARNED_UNTIL = "# @learned-until-here"


# An entry whose words begin with "=" matches only the words as typed, never their lemmas:
# "site: =a strike" is the employer's strike, while the lemma of "struck me" or "a striking
# portfolio" is "strike" too.
AS_TYPED = "="


@cache
def lexicon(lang: str, learned: bool = False) -> tuple[Entry, ...]:
    """(reason, pattern) per entry of the language's list; a pattern is folded words,
    "word*" prefixes and "~" gaps (a "@class" stands for each of the class's words).
    `learned`: only the entries the learned screen's table was trained with."""
    return _parse(lang, learned)[0]


@cache
def as_typed(lang: str) -> frozenset[int]:
    """The numbers of the entries (in `lexicon(lang)`) matched on the words as typed only."""
    return _parse(lang, False)[1]


@cache
def _parse(lang: str, learned: bool) -> tuple[tuple[Entry, ...], frozenset[int]]:
    entries: list[Entry] = []
    typed_only: set[int] = set()
    classes: dict[str, list[tuple[str, ...]]] = {}
    path = DATA_DIR / f"private_{lang}.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if learned and line.strip() == LEARNED_UNTIL:
            break
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            name, _, members = line.partition("=")
            classes[name.strip()] = [
                tuple(PATTERN_WORD.findall(fold(member)))
                for member in members.split(",")
                if member.strip()
            ]
            continue
        reason, _, words = line.partition(":")
        pattern = tuple(PATTERN_WORD.findall(fold(words.strip())))
        if reason.strip() in LIST_REASONS and pattern:
            expanded = _expand(pattern, classes)
            if words.strip().startswith(AS_TYPED):
                typed_only.update(range(len(entries), len(entries) + len(expanded)))
            entries.extend((reason.strip(), each) for each in expanded)
    return tuple(entries), frozenset(typed_only)


def _expand(
    pattern: tuple[str, ...], classes: dict[str, list[tuple[str, ...]]]
) -> list[tuple[str, ...]]:
    """The patterns an entry stands for, one per member of each class it names."""
    found: list[tuple[str, ...]] = [()]
    for word in pattern:
        members = classes[word] if word.startswith("@") else [(word,)]
        found = [head + member for head in found for member in members]
    return found


def _word_matches(word: str, token: str) -> bool:
    if word.endswith("*"):
        return token.startswith(word[:-1])
    return token == word


def _matches_at(pattern: tuple[str, ...], words: list[str], start: int) -> bool:
    if not pattern:
        return True
    head, rest = pattern[0], pattern[1:]
    if head == "~":
        return any(_matches_at(rest, words, start + gap) for gap in range(1, GAP + 1))
    if start >= len(words) or not _word_matches(head, words[start]):
        return False
    return _matches_at(rest, words, start + 1)


def found(pattern: tuple[str, ...], words: list[str]) -> bool:
    return any(_matches_at(pattern, words, start) for start in range(len(words)))


@dataclass(frozen=True, slots=True)
class _Follows:
    """The entries that start with one first word, by their second: a common first word
    ("mon", "a", "my", "i") starts forty to sixty entries, and trying each at each of its
    occurrences was most of the lists' time on an e-mail."""

    always: tuple[int, ...]  # no second word to check: one word, or a gap next
    exact: dict[str, tuple[int, ...]]  # second word -> entries
    prefixed: tuple[tuple[str, tuple[int, ...]], ...]  # a "word*" second word: its letters


@dataclass(frozen=True, slots=True)
class _Index:
    """The entries of a list by their first word, so that a word is tried only against the
    entries it may start: checking every prefix entry at every word cost the guard a tenth
    of its time."""

    # an exact first word, or a "word*" prefix under its own letters marked "*" -> entries
    heads: dict[str, tuple[int, ...]]
    # the first `key_length` letters of each prefix -> the lengths of the prefixes that
    # start so (a word is cut to each to look its prefixes up; most words start none)
    prefix_lengths: dict[str, tuple[int, ...]]
    key_length: int  # the shortest prefix's
    anywhere: tuple[int, ...]  # the entries that start with a gap
    # each entry's words after its first: a word found under `heads` already matches it
    tails: tuple[tuple[str, ...], ...]
    # a key of `heads` -> its entries by their second word, built the first time the key
    # is met (a key of the list, never a word of the text: bounded by the list; building
    # all at the first check cost a cold start 3 ms)
    by_head: dict[str, _Follows]

    def follows(self, head: str, numbers: tuple[int, ...]) -> _Follows:
        """`numbers` (heads[head]) by their second word."""
        try:
            return self.by_head[head]
        except KeyError:
            found = self.by_head[head] = _follows(numbers, self.tails)
            return found


def _follows(numbers: tuple[int, ...], tails: tuple[tuple[str, ...], ...]) -> _Follows:
    always: list[int] = []
    exact: dict[str, list[int]] = {}
    prefixed: dict[str, list[int]] = {}
    for number in numbers:
        tail = tails[number]
        if not tail or tail[0] == "~":
            always.append(number)
        elif tail[0].endswith("*"):
            prefixed.setdefault(tail[0][:-1], []).append(number)
        else:
            exact.setdefault(tail[0], []).append(number)
    return _Follows(
        tuple(always),
        {word: tuple(found) for word, found in exact.items()},
        tuple((prefix, tuple(found)) for prefix, found in prefixed.items()),
    )


@cache
def _index(lang: str) -> _Index:
    heads: dict[str, list[int]] = {}
    anywhere: list[int] = []
    for number, (_, pattern) in enumerate(lexicon(lang)):
        head = pattern[0]
        if head == "~":
            anywhere.append(number)
        else:
            heads.setdefault(head, []).append(number)
    prefixes = [head[:-1] for head in heads if head.endswith("*")]
    key_length = min(map(len, prefixes), default=1)
    lengths: dict[str, set[int]] = {}
    for prefix in prefixes:
        lengths.setdefault(prefix[:key_length], set()).add(len(prefix))
    return _Index(
        {word: tuple(numbers) for word, numbers in heads.items()},
        {key: tuple(sorted(found)) for key, found in lengths.items()},
        key_length,
        tuple(anywhere),
        tuple(pattern[1:] for _, pattern in lexicon(lang)),
        {},
    )


def _first_match(words: list[str], lang: str, allowed: tuple[bool, ...], best: int) -> int:
    """The number of the first entry (in file order, below `best`) found in `words`. The
    first found in the file, not in the text: the entries are tried in any order."""
    index = _index(lang)
    heads, prefix_lengths, tails = index.heads, index.prefix_lengths, index.tails
    key_length, anywhere = index.key_length, index.anywhere
    entries = lexicon(lang)
    for start, word in enumerate(words):
        starting = [index.follows(word, heads[word])] if word in heads else []
        for length in prefix_lengths.get(word[:key_length], ()):
            prefix = word[:length] + "*"
            if length <= len(word) and prefix in heads:
                starting.append(index.follows(prefix, heads[prefix]))
        following = words[start + 1] if start + 1 < len(words) else None
        for follows in starting:
            numbers = follows.always
            if following is not None:  # else no entry of two words or more fits
                numbers += follows.exact.get(following, ())
                for prefix, more in follows.prefixed:
                    if following.startswith(prefix):
                        numbers += more
            for number in numbers:  # the first word matches: its entry's tail is tried
                if number < best and allowed[number]:
                    tail = tails[number]
                    if not tail or _matches_at(tail, words, start + 1):
                        best = number
        for number in anywhere:
            if number < best and allowed[number] and _matches_at(entries[number][1], words, start):
                best = number
    return best


@lru_cache(maxsize=64)
def _allowed(
    lang: str,
    reasons: frozenset[str],
    accept: Callable[[Entry], bool] | None,
    named: bool,
    lemmas: bool = False,
) -> tuple[bool, ...]:
    """Per entry: may it give the reason? One of the `reasons`, kept by `accept`, and a
    remark about the recruiter only when someone is named (asked once, not per word); on
    the lemmas, not an entry matched as typed only."""
    typed_only = as_typed(lang) if lemmas else frozenset()
    return tuple(
        why in reasons
        and (why != "recruiter" or named)
        and number not in typed_only
        and (accept is None or accept((why, pattern)))
        for number, (why, pattern) in enumerate(lexicon(lang))
    )


def reason(
    item: str,
    lang: str,
    lemma: Lemmatiser,
    reasons: Collection[str] = LIST_REASONS,
    accept: Callable[[Entry], bool] | None = None,
    folded: str | None = None,
) -> str:
    """Why the recruiter must not read `item`, or "" when it may be sent: the reason of the
    first entry of the list found in it. Only the given `reasons` are looked for, and only
    the entries `accept` keeps (all by default). `folded`: `fold(item)`, when the caller
    has it already (the tone guard folds each sentence of an e-mail for its own checks)."""
    if lang not in ("fr", "en"):
        return ""
    if "salary" in reasons and MONEY.search(item):
        return "salary"
    folded = fold(item) if folded is None else folded
    if any(word in folded for word in JOB_CONTENT_WORDS[lang]):
        folded = JOB_CONTENT[lang].sub(" ", folded)
    typed = tokens(folded)
    named = not PERSON[lang].isdisjoint(typed)
    entries = lexicon(lang)
    wanted = frozenset(reasons)
    names = _names(item)
    best = len(entries)
    if names:
        # Health, the site's troubles, a record or an insult typed with a capital ("en
        # Dépression", "pour Burn-out") is still read whole; only a remark about people or
        # employers, which a name may look like, is read without the names.
        best = _matched(typed, lang, lemma, wanted - READ_WITHOUT_NAMES, accept, named, best)
        typed = [NAME if token in names else token for token in typed]
    best = _matched(typed, lang, lemma, wanted, accept, named, best)
    return entries[best][0] if best < len(entries) else ""


# The reasons whose words a name may look like ("de Vire", "Mr Sacks"): read without names.
READ_WITHOUT_NAMES = frozenset({"employer", "recruiter", "elsewhere", "candidates"})


def _matched(
    typed: list[str],
    lang: str,
    lemma: Lemmatiser,
    wanted: frozenset[str],
    accept: Callable[[Entry], bool] | None,
    named: bool,
    best: int,
) -> int:
    """The number of the first entry of `wanted` found in the words or their lemmas."""
    if not wanted:
        return best
    best = _first_match(typed, lang, _allowed(lang, wanted, accept, named), best)
    on_lemmas = _allowed(lang, wanted, accept, named, lemmas=True)
    lemmas = [token if token == NAME else lemma(token, lang) for token in typed]
    return _first_match(lemmas, lang, on_lemmas, best)


# A capitalised word after a preposition or a title, inside a note, is a name: neither it nor
# its lemma is a remark ("au dépôt de Vire" is a town, not « viré »; "Mr Sacks" is no
# dismissal). A verb typed with a capital ("il m'a Viré") follows no such word.
INSIDE_NAME = re.compile(
    r"\b(?:de|d'|du|des|à|au|aux|en|chez|sur|près|vers|par|pour|of|at|in|to|from|near|by|on|"
    r"for|with|mr|mrs|ms|dr|mme|mlle|madame|monsieur|mademoiselle)\s*(?<=['\s])"
    r"([A-ZÀ-Ý][a-zà-ÿ]+)\b",
    re.IGNORECASE,
)
NAME = "\x00"


def _names(item: str) -> frozenset[str]:
    """The folded words `item` writes capitalised after a preposition or a title; none when
    most of its words are capitalised ("Mon Ancien Chef Était Nul Avec Moi")."""
    found = [m[1] for m in INSIDE_NAME.finditer(item) if m[1][0].isupper() and m[1][1:].islower()]
    if not found:
        return frozenset()
    words = TOKEN.findall(item)
    if 2 * sum(word[0].isupper() for word in words) > len(words):
        return frozenset()
    return frozenset(fold(word) for word in found)
