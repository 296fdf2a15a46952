"""Documents the recruiter asked for, acknowledged in the message.

"lui renvoyer copie caces par mail" or "she wants 2 references" is not a note to list: it is
a promise to keep. Such an item leaves the lists and becomes one sentence: "Comme convenu, je
vous transmets la copie de mes CACES." / "As agreed, I will send you my references' contact
details." The documents and how the sentence names them are in
`templates/<lang>/documents.txt`.
"""

from __future__ import annotations

import re
from functools import cache

from relance.drafts.privacy import fold
from relance.drafts.templates import read

# A document named without a request is a fact ("caces 1 et 3 à jour"), not a promise.
ASKED = {
    "fr": re.compile(
        r"\b(?:envoy|renvoy|transmet|transmis\b|fourni[rs]?\b|apport|amen|demand|veu[tx]\b|voul|"
        r"besoin|faire parvenir|faut|scan|joindre|copie|par mail|mailer|ramen|donner|redonner)",
    ),
    "en": re.compile(
        r"\b(?:send|resend|sent|email|e-mail|forward|provide|bring|ask|want|need|upload|"
        r"share|copy|copies|get .* to (?:her|him|them))",
    ),
}


@cache
def _documents(lang: str) -> tuple[tuple[str, str], ...]:
    table = []
    for line in read(f"{lang}/documents.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            words, _, phrase = line.partition(" = ")
            table.append((words.strip(), phrase.strip()))
    # The longest names first: "certificat de travail" before "certificat".
    return tuple(sorted(table, key=lambda entry: -len(entry[0])))


def named(item: str, lang: str) -> list[str]:
    """What the item asks the candidate to send, as the sentence names it, or []."""
    text = " " + re.sub(r"[^\w]+", " ", fold(item)) + " "
    if lang not in ASKED or not ASKED[lang].search(fold(item)):
        return []
    found: list[str] = []
    for words, phrase in _documents(lang):
        if f" {words} " in text:
            text = text.replace(f" {words} ", " ")
            if phrase not in found:
                found.append(phrase)
    return found


def split(items: list[str], lang: str) -> tuple[list[str], list[str]]:
    """The items that are notes, and the documents the others ask for."""
    notes: list[str] = []
    documents: list[str] = []
    for item in items:
        asked = named(item, lang)
        if asked:
            documents.extend(phrase for phrase in asked if phrase not in documents)
        else:
            notes.append(item)
    return notes, documents
