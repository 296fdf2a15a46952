"""French spellings a note leaves in doubt: an accent the phone may have lost, a feminine
article before a masculine form. The composer cannot tell which word was meant, so a piece
holding one is handed back rather than written (`vouch.refused`).
"""

from __future__ import annotations

import re

from relance.drafts import fr_lexicon, gender


def accent_lost(text: str) -> str:
    """A word typed without an accent that it may need ("pere", "pieces", "hotel"): both
    forms are words, so the phone's spelling was left alone; the composer cannot tell which
    was meant. A final "é" ("porte", "marque") is the participle, not a lost accent. A word
    far commoner as typed than accented ("tenue"/"ténue", "matin"/"mâtin") is no doubt: a
    reader takes it as typed, and so may the composer."""
    from relance.drafts.accents import known_and_accented
    from relance.drafts.fr_lexicon import fr_word_frequency

    typed_ee = re.search(r"\b[a-z]{3,}ees?\b", text)  # "passee", "journee": "-ée"
    if typed_ee:
        return f"an accent it lost: {typed_ee.group(0)}"
    lost = _accent_lost_after_article(text)
    if lost:
        return lost
    for word in re.findall(r"[a-z]{4,}", text):
        if word in ("votre", "notre"):  # "vôtre" is a pronoun, never in a note
            continue
        known, forms = known_and_accented(word)
        if not known:
            continue
        for form in forms:
            moved = [i for i, (a, b) in enumerate(zip(word, form, strict=False)) if a != b]
            if not (len(form) == len(word) and moved and moved[0] < len(word) - 2):
                continue
            if fr_word_frequency(word) < COMMONER * fr_word_frequency(form):
                return f"an accent it may have lost: {word} ({form}?)"
    return ""


# How much commoner the form typed must be than its accented look-alike to be read as typed.
COMMONER = fr_lexicon.COMMONER

FR_ARTICLE_BEFORE = r"\b(?:le|la|les|l'|un|une|du|des|au|aux|mon|ma|mes|ce|cet|cette)\s*"


def _accent_lost_after_article(text: str) -> str:
    """'le coté concret': after an article a noun is read, and "coté" is a participle whose
    noun ("côté") carries one accent more; the phone kept the easy one, the composer cannot
    write the word as typed."""
    from relance.drafts.accents import fold, known_and_accented

    for match in re.finditer(FR_ARTICLE_BEFORE + r"([^\W\d_]{3,}(?:é|ée|és|ées))\b", text):
        word = match.group(1).lower()
        stem = word.rstrip("s").removesuffix("e").removesuffix("é")
        if not stem.isascii():
            continue  # "le procédé": the accents were typed
        _, forms = known_and_accented(fold(word))
        more = [
            form
            for form in forms
            if len(form) == len(word) and form != word and form.endswith(word[len(stem) :])
        ]
        if more:
            return f"an accent it may have lost: {word} ({more[0]}?)"
    return ""


# Masculine forms of people whose feminine adds an "e": résident(e), étudiant(e), client(e).
FR_PERSON_ENDINGS = ("ent", "ant", "ien", "ain", "and", "ier", "ais", "ois")


def feminine_article(text: str) -> str:
    """'la résident': a feminine article before a masculine form whose feminine is a word
    ("résidente"): the phone lost the "e", and the composer cannot tell which was meant."""
    from relance.drafts.accents import is_french_word

    for match in re.finditer(r"\b(?:la|une|cette|ma)\s+([^\W\d_]{4,})\b", text.lower()):
        word = match.group(1)
        if not word.endswith(FR_PERSON_ENDINGS) or gender.noun_gender(word) != gender.MASC:
            continue  # "la mort", "la cour": nouns of their own, not a person's masculine
        if not is_french_word(word + "e"):
            continue
        return f"a feminine article before a masculine form: {match.group(0)}"
    return ""
