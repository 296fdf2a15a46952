"""A language typed alone as a strong point is the candidate's command of it: "bambara" is
« ma pratique du bambara », never « je suis bambara » (writer BE's be23: the language read as
an adjective of origin); "wolof et anglais" is « ma pratique du wolof et de l'anglais";
English "my Bambara and French"."""

from __future__ import annotations

import re

from relance.drafts.elision import elides
from relance.drafts.grammar import join

LANGUAGES = frozenset(
    {"anglais", "espagnol", "allemand", "italien", "portugais", "arabe", "chinois", "mandarin",
     "cantonais", "japonais", "coréen", "russe", "polonais", "roumain", "turc", "néerlandais",
     "grec", "hébreu", "hindi", "ourdou", "bengali", "tamoul", "persan", "farsi", "swahili",
     "wolof", "bambara", "peul", "pulaar", "soninké", "lingala", "kikongo", "malgache",
     "créole", "haoussa", "yoruba", "igbo", "amharique", "tigrinya", "berbère", "kabyle",
     "tamazight", "vietnamien", "thaï", "khmer", "tagalog", "ukrainien", "serbe", "croate",
     "albanais", "bulgare", "hongrois", "tchèque", "slovaque", "suédois", "norvégien",
     "danois", "finnois", "breton", "basque", "catalan", "occitan", "corse", "fon", "ewe",
     "dioula", "sango", "kinyarwanda", "kirundi", "somali", "twi", "shona", "zoulou"}
)  # fmt: skip
EN_LANGUAGES = frozenset(
    {"english", "french", "spanish", "german", "italian", "portuguese", "arabic", "chinese",
     "mandarin", "cantonese", "japanese", "korean", "russian", "polish", "romanian", "turkish",
     "dutch", "greek", "hebrew", "hindi", "urdu", "bengali", "punjabi", "gujarati", "tamil",
     "telugu", "farsi", "persian", "swahili", "wolof", "bambara", "lingala", "yoruba", "igbo",
     "hausa", "twi", "amharic", "somali", "tagalog", "vietnamese", "thai", "ukrainian",
     "welsh", "irish", "gaelic", "bsl", "zulu", "xhosa", "afrikaans", "shona", "kinyarwanda"}
)  # fmt: skip
JOIN = {"fr": re.compile(r"\s*,\s*|\s+et\s+"), "en": re.compile(r"\s*,\s*|\s+and\s+")}
# "polish english russian all fluent" (writer BM's bm36): the command said once, before them
FLUENT = {
    "fr": re.compile(r"\s*,?\s*\b(?:tous\s+|toutes\s+)?(?:courants?|couramment)\b\s*", re.I),
    "en": re.compile(r"\s*,?\s*\b(?:all\s+|both\s+)?fluent(?:ly)?\b\s*", re.I),
}


def spoken(text: str, lang: str) -> str:
    """The languages of `text` as the candidate's own, or "" when it is not only languages."""
    bare = FLUENT[lang].sub(" ", text).strip()
    fluent = bare != text.strip()
    names = [name.strip() for name in JOIN[lang].split(bare) if name.strip()]
    known = LANGUAGES if lang == "fr" else EN_LANGUAGES
    if len(names) == 1 and all(word.lower() in known for word in names[0].split()):
        names = names[0].split()  # "polish english russian": one name a word
    if not names or not all(name.lower() in known for name in names):
        return ""
    if fluent and lang == "fr" and len(names) == 1:
        return ""  # « anglais courant » reads as typed: « mon anglais courant »
    if lang == "en":
        said = [name.upper() if name.lower() == "bsl" else name.capitalize() for name in names]
        return ("my fluent " if fluent else "my ") + join(said, lang)
    pieces = [("de l'" if elides(name) else "du ") + name.lower() for name in names]
    return ("ma pratique courante " if fluent else "ma pratique ") + join(pieces, lang)
