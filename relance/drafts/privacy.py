"""Keeping out of a draft the notes a recruiter must not read, and saying why.

The debrief is the candidate's own memo: "mon ancien chef était un boulet", "elle m'a dit
qu'ils ont beaucoup de turnover", "j'ai bafouillé sur la question 2", "1800 net négociable",
"j'ai aussi postulé chez Sephora". None of it belongs in a message to the recruiter. Each
note item is read whole; from an item that says such a thing, only the clauses before the
first private one are kept ("caces 1 3 5 à jour, mon ancien chef était nul" keeps the
CACES), and only when each is clean on its own: what follows a private remark often goes on
with it ("…, il me criait dessus"), so it is left out with it. The draft lists what was left
out to the candidate, with the reason.

The lexicons and their matching live in `relance/core/private_words.py` (the tone guard
flags the same things in an e-mail): `core/data/private_<lang>.txt`. Words are matched
lower case and without accents, on the words as typed and on their lemmas (simplemma), so
"ils démissionnent", "bafouillé" or "stumbled" need no entry of their own. What no list holds
("ils tournent trop avec l'interim", "62 and nobody wants to hire me") the learned screen
beside them reads (`relance/core/private_model.py`), with a reason of the same lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from relance.core import private_model, private_words
from relance.core.i18n import N_
from relance.core.private_words import MONEY as MONEY
from relance.core.private_words import PERSON as PERSON
from relance.core.private_words import fold as fold
from relance.core.private_words import tokens as tokens
from relance.drafts.context import DraftContext
from relance.drafts.lacking import LACKING
from relance.drafts.liked import praise_of_mine
from relance.drafts.return_said import unsaid

# Why a note was left out, as the draft page lists it ("a remark about a former employer").
REASONS = {
    "employer": N_("a remark about a former employer"),
    "site": N_("something the recruiter confided about the workplace"),
    "salary": N_("a salary figure or negotiation"),
    "self": N_("a doubt about your own interview"),
    "personal": N_("your private life (health, family, money)"),
    "elsewhere": N_("another application or offer"),
    "recruiter": N_("a remark about the recruiter"),
    "insult": N_("a harsh word"),
    "candidates": N_("other candidates"),
    "record": N_("a conviction or time in prison"),
    "gap": N_("a break in your career (say it yourself if you wish)"),
    "doubt": N_("a question or a doubt of yours, nothing said for sure"),
    "tone": N_("a word the tone guard would flag"),
    "brevity": N_("left out to keep the e-mail short"),
    "illegible": N_("unreadable: no word in it"),
    "title": N_("the job's title, already named in the e-mail"),
    "criterion": N_("a hiring criterion the law forbids (sex, age, origin)"),
    "past": N_("something for a step already over on the sending day"),
    "about_you": N_("written about you by name: say it in your own words"),
    "setting": N_("who interviewed you: no strong point of yours"),
}


@dataclass(frozen=True)
class LeftOut:
    """A note item the draft does not contain, with the debrief part it came from."""

    part: str
    text: str
    reason: str  # a key of REASONS

    @property
    def label(self) -> str:
        return REASONS[self.reason]


@lru_cache(maxsize=8192)
def _lemma(token: str, lang: str) -> str:
    if token.isdigit():
        return token
    import simplemma  # lazily: its dictionary loads on the first draft that needs it

    return fold(simplemma.lemmatize(token, lang=lang))


@lru_cache(maxsize=4096)
def reason(item: str, lang: str) -> str:
    """Why the recruiter must not read this note item, or "" when it may be sent. Cached: the
    documents' reading asks it of a note the composer's privacy screen also asks it of."""
    return private_words.reason(item, lang, _lemma)


# Where the notes a recruiter must not read are typed (the free notes) or the recruiter's own
# confidences (needs, expectations): the learned screen's own threshold. Elsewhere a surer
# reading (`private_model.SURER_THRESHOLD`).
SCREENED_PARTS = frozenset({"notes", "recruiter_needs", "expectations"})


def learned_reason(item: str, lang: str, part: str = "notes") -> str:
    """Why the learned screen would keep this whole note item from the recruiter, once the
    lists found nothing in it, or "". Asked of the items as typed only: its threshold is
    chosen on whole lines, and the pieces and clauses the drafts screen again are shorter."""
    surer = part not in SCREENED_PARTS
    return private_model.reason(item, lang, _lemma, listed="", surer=surer)


# "python --", « anglais -- (à bosser) »: a skill marked weak, never "mon python --"
WEAKNESS_MARK = re.compile(r"(?<=\w)\s+(?:--+|−−)\s*(?:\(|$)")


# A motive told as what one flees: the former work run down, never a reason to write
FLED = {
    "fr": re.compile(
        r"\b(?:plus jamais|jamais plus|marre|ras le bol|fini(?:e|s)? (?:le|la|les)|"
        r"fuir|quitter (?:cet|cette|ce|mon|ma) (?:enfer|galere|boite pourrie))\b"
    ),
    "en": re.compile(
        r"\b(?:never again|no more|sick of|fed up|tired of|get away from|escape from|"
        r"done with)\b"
    ),
}


# A need said plainly, the person sought (writer BX's bx35: "they need someone reliable at
# 5am" was left out as a confidence about the site by the learned screen); a need told with
# why the post is empty stays the screen's to read ("they need someone, the last one quit")
SOUGHT = {
    "fr": re.compile(
        r"^(?:(?:ils?|elles?|on)\s+)?(?:cherchen?t?|recherchen?t?|(?:a|ont)\s+besoin\s+d['’e]\s*)"
        r"\s*(?:quelqu['’]un|une?\s|des\s|personnes?\b)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^(?:(?:they|she|he|we)\s+)?(?:need|needs|want|wants|(?:are|is)\s+looking\s+for)\s+"
        r"(?:someone|somebody|a|an|people|staff)\b",
        re.IGNORECASE,
    ),
}
WHY_EMPTY = re.compile(
    r"\b(?:left|quit|walked|sacked|fired|sick|absent|off|problem|turnover|short[- ]staffed|"
    r"parti|partie|démission|viré|virée|malade|arrêt|problème|turn[- ]?over)\b",
    re.IGNORECASE,
)


def _sought_plainly(item: str, lang: str) -> bool:
    found = SOUGHT.get(lang)
    return bool(found and found.search(item)) and not WHY_EMPTY.search(item)


def sift(
    items: list[str], lang: str, part: str, trade: str = ""
) -> tuple[list[str], list[LeftOut]]:
    """The items that may be sent, and those left out with their reason. `trade`: the job's
    title, whose words are the job's content, never a private word ("paie" for a
    « gestionnaire de paie », "négociation" for a « négociateur immobilier »)."""
    kept: list[str] = []
    left: list[LeftOut] = []
    for item in items:
        if WEAKNESS_MARK.search(item):
            left.append(LeftOut(part=part, text=item, reason="self"))
            continue  # "python -- (je l ai dit honnêtement)" (writer AZ's az17): a weakness
        fled = FLED[lang].search(fold(item)) if part == "motivation" else None
        if fled:  # « j'aime le contact, je veux plus jamais du porte à porte » (writer BX)
            cut = max(item.rfind(",", 0, fled.start()), item.rfind(";", 0, fled.start()))
            if cut > 0:
                kept.append(item[:cut].strip())
            left.append(LeftOut(part=part, text=item[cut + 1 :].strip(), reason="employer"))
            continue
        if part in SOUGHT_PARTS and FORBIDDEN_CRITERION[lang].search(item):
            left.append(LeftOut(part=part, text=item, reason="criterion"))
            continue  # "besoin d'un homme dans l'équipe" (writer Y's y14): never in writing
        read = without_trade(item, trade)
        listed = reason(read, lang)
        # "she didnt say when i hear back" is what the e-mail's question on next steps is
        # for, not the candidate's private life (the learned screen read it as such)
        innocent = unsaid(item, lang) or praise_of_mine(item, lang)
        innocent = innocent or (part == "recruiter_needs" and _sought_plainly(item, lang))
        why = listed or ("" if innocent else learned_reason(read, lang, part))
        if not why or (why == "elsewhere" and part == "process" and _own_offer(item)):
            kept.append(item)
            continue
        head, tail = _clean_head(item, lang, reason if listed else _either)
        if head and LACKING.search(tail):  # "…, I was honest I have not done it" (ac29)
            head, tail = "", item
        if head:
            kept.append(head)
        left.append(LeftOut(part=part, text=tail, reason=why))
    return kept, left


TRADE_WORD = re.compile(r"[^\W\d_]{4,}")


def trade_of(ctx: DraftContext) -> str:
    return trade(ctx.position, ctx.lang, ctx.candidate_gender)


def reason_in(item: str, ctx: DraftContext) -> str:
    """The lists' reason for a note of this debrief, the job's title read as its trade."""
    return reason(without_trade(item, trade_of(ctx)), ctx.lang)


@lru_cache(maxsize=256)
def trade(position: str, lang: str, gender: str = "") -> str:
    """The job's title as the e-mail names it ("Security Officer"), without what a job board
    pastes after it ("(SIA … licence) – Canary Wharf"), whose words are no trade of the job."""
    from relance.drafts.grammar import clean_position  # lazily: grammar reads the lists

    return clean_position(position, lang, gender)


def without_trade(item: str, trade: str) -> str:
    """The item with the words of the job's title (and their endings: « négociat-ions ») put
    as one neutral word, as the privacy lists read it (writer AL's al18, a payroll officer's
    « test technique paie » left out as salary talk)."""
    stems = _trade_stems(trade)
    if not stems:
        return item

    def neutral(word: re.Match[str]) -> str:
        return "métier" if fold(word[0]).startswith(stems) else word[0]

    return TRADE_WORD.sub(neutral, item)  # the other words as typed: "de Vire" stays a name


@lru_cache(maxsize=256)
def _trade_stems(trade: str) -> tuple[str, ...]:
    """The stems of the title's trade words, read once per title (every note asks)."""
    words = [fold(word) for word in TRADE_WORD.findall(trade)]
    stems = {word[: max(4, len(word) - 4)] for word in words if not word.startswith(RANKS)}
    return tuple(sorted(stems - TITLE_FILLERS))


# Words of a title that are no trade: little words, and the ranks a remark about a boss
# names ("mon ancien chef était nul" for a « chef de rang » is about a person).
TITLE_FILLERS = frozenset({"pour", "avec", "dans", "sans", "chez", "with", "from"})
RANKS = (
    "chef", "respons", "direct", "manag", "geran", "patron", "superv", "superi", "encadr",
    "head", "lead", "boss", "adjoint", "assist", "team", "equipe", "owner", "coordin",
)  # fmt: skip


# Who is sought by sex or age: a criterion of hiring the law forbids, which the recruiter may
# have said but the candidate's e-mail never repeats.
SOUGHT_PARTS = frozenset({"recruiter_needs", "expectations"})
FORBIDDEN_CRITERION = {
    "fr": re.compile(
        # ("une femme de chambre", "un homme de ménage" are trades, not a sex sought)
        r"\b(?:un|une|des|d'un|d'une)\s*(?:homme|femme|hommes|femmes|fille|filles|"
        r"garçon|garçons|mec|mecs|nana|nanas)\b(?!\s+(?:de|d')\s*(?:chambre|ménage|menage|"
        r"service|salle|étage))|\b(?:moins|plus)\s+de\s+\d{2}\s+ans\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:a|an|some|more)\s+(?:man|woman|men|women|girls?|guys?|lads?|young\s+(?:person|"
        r"people|ones?))\b|\b(?:under|over)\s+\d{2}s?\b(?=[^,;]*\b(?:age|old|years?)\b)",
        re.IGNORECASE,
    ),
}
# In the next steps, the promise or offer is this employer's: "il m'envoie la promesse
# d'embauche cette semaine". Another's is named: "promesse d'embauche chez Leclerc", "ailleurs".
OWN_OFFER = re.compile(
    r"\b(?:promesse\s+d'embauche|offre|offer|lettre\s+d'offre|offer\s+letter)\b", re.I
)
OTHER_EMPLOYER = re.compile(
    r"\b(?:chez|ailleurs|autres?|postul\w*|candidat\w*|elsewhere|another|other|from|"
    # "offer at Tesco" names another employer; "verbal offer at the end" (writer U's u30) does not
    r"at(?!\s+(?:the\s+)?(?:end|close|start|beginning|interview|meeting|last|once|least)\b)|"
    r"applied|plan\s+b)\b",
    re.I,
)


def _own_offer(item: str) -> bool:
    return bool(OWN_OFFER.search(item)) and not OTHER_EMPLOYER.search(item)


CLAUSE_END = re.compile(r"\s*[,;]\s+")
ASIDE = re.compile(r"\s*\(([^()]+)\)")


def _either(item: str, lang: str) -> str:
    return reason(item, lang) or learned_reason(item, lang)


def _clean_head(item: str, lang: str, screen: Callable[[str, str], str]) -> tuple[str, str]:
    """The clauses before the first one `screen` finds private, and the rest (the whole item
    when none)."""
    aside = ASIDE.search(item)
    if aside and screen(aside[1], lang):
        # "journée d'essai samedi 19/12 de 9 h à 19 h (rémunérée)": the aside is the remark
        rest = (item[: aside.start()] + item[aside.end() :]).strip()
        if rest and not screen(rest, lang):
            return rest, aside[1]
    clauses = CLAUSE_END.split(item)
    for count, clause in enumerate(clauses):
        if screen(clause, lang):
            if count == 0:
                break
            head = ", ".join(clauses[:count])
            if screen(head, lang):
                break
            return head, _tail(item, count)
    return "", item


def _tail(item: str, count: int) -> str:
    """The item from its `count`-th clause on, as typed."""
    matches = list(CLAUSE_END.finditer(item))
    return item[matches[count - 1].end() :]


def names_candidate(item: str, candidate_name: str) -> bool:
    """Does the note speak of the candidate by their first name ("he liked Rhys did work
    experience", typed by a parent; « Awa a bien répondu »)? Such a note is someone else's
    account, and "I was glad you liked Rhys did…" is no sentence of the candidate's. A first
    name that is also a word ("Will", "Grace") opening the note is read as the word."""
    first = candidate_name.split()[0] if candidate_name.split() else ""
    if len(first) < 3:
        return False
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(first)}(?![\w'’-])", item):
        if found.start() == 0 and _a_word(first.lower()):
            continue
        return True
    return False


def _a_word(word: str) -> bool:
    from relance.drafts.morph import en_known, fr_known

    return en_known(word) or fr_known(word)
