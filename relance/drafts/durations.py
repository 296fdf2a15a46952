"""A duration typed bare at the end of the candidate's clause, given its preposition.

"j'ai donné des cours particuliers 4 ans" reads, in a letter, "j'ai donné des cours
particuliers pendant 4 ans"; "I worked nights 3 years" reads "I worked nights for 3 years".
Only the candidate's own clause (a subject and its verb) is completed: a noun phrase
("cours particuliers 4 ans") is a telegraphic note the gate leaves for the candidate to
rewrite, since "pendant" would not make it a sentence.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

NUMBER = (
    r"(?:\d+(?:[.,]\d+)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"one|two|three|four|five|six|seven|eight|nine|ten)"
)
# The words a duration may already follow: "depuis 4 ans", "il y a 2 ans", "for 3 years".
BEFORE = {
    "fr": frozenset(
        {"pendant", "depuis", "durant", "en", "de", "d'", "sur", "dans", "a", "après", "avant",
         "plus", "moins", "environ", "les", "des", "mes", "mon", "ma", "ses"}
    ),
    "en": frozenset(
        {"for", "in", "over", "of", "after", "before", "within", "about", "around", "nearly",
         "almost", "the", "my", "than"}
    ),
}  # fmt: skip
CLAUSE = {
    "fr": re.compile(r"^(?:j'ai|j'|je|nous|vous avez)\b", re.IGNORECASE),
    "en": re.compile(r"^(?:i|i've|i have|i'd|we)\b", re.IGNORECASE),
}
UNITS = {
    "fr": r"ans?|années?|mois|semaines?|saisons?",
    "en": r"years?|months?|weeks?|seasons?|summers?",
}
PREPOSITION = {"fr": "pendant", "en": "for"}


def spanned(text: str, lang: str) -> str:
    """The clause with "pendant"/"for" before a bare duration ending it, else as typed."""
    if not CLAUSE[lang].match(text.strip()):
        return text
    # "… 2 seasons in Kent": a place after the duration still ends the clause.
    place = r"(?:\s+(?:à|en|au|chez|in|at)\s+[A-Z][\w'-]*)?"
    end = re.search(rf"(\S+)\s+({NUMBER}\s+(?:{UNITS[lang]})){place}\s*$", text, re.IGNORECASE)
    if end is None or end.group(1).lower() in BEFORE[lang]:
        return text
    if len(text[: end.start()].split()) + 1 < 3 or _verb(end.group(1), lang):
        return text  # "j'ai 4 ans", "j'ai fait 2 ans", "I have done 3 years": its object
    return f"{text[: end.end(1)]} {PREPOSITION[lang]} {text[end.start(2) :].strip()}"


def _verb(word: str, lang: str) -> bool:
    """Is the word before the duration a verb, whose object the duration is?"""
    low = word.lower()
    if lang == "fr":
        return low.endswith(("é", "ée", "és", "ées", "i", "is", "it", "u", "us", "ert", "ait"))
    import lemminflect

    parts = lemminflect.getAllLemmas(low)
    return "VERB" in parts and "NOUN" not in parts


# Languages and tools a duration counts: "6 years Go" is "6 years of Go" ("5 years Tesco" is
# no skill: "at" or "with" would be its word, and it is left as typed).
TOOLS = (
    *("Go", "Rust", "Swift", "Excel", "Python", "Java", "JavaScript", "TypeScript", "Kotlin"),
    *("SQL", "Kubernetes", "Terraform", "Postgres", "PostgreSQL", "Kafka", "AWS", "Azure"),
)

# "my 3 years teller at Wells", "my 2 years drainage work": in English, a duration before a
# bare noun takes "as a" before a person's job, "of" before the rest ("my 2 years of
# drainage work"); a gerund ("10 years driving") reads as typed. French is left to the gate.
EN_BARE = re.compile(
    r"^((?:my\s+)?\d+\s+(?:years?|months?|seasons?))\s+(?!(?:of|in|at|as|with|for|on|and|or|"
    r"experience|ago|old)\b)([a-z][\w-]*|(?:" + "|".join(TOOLS) + r")\b)",
)
# Plurals that name a field of work: "5 years of sales"; any other plural names things
# ("8 years trucks"), whose years the note does not say how they were spent.
EN_FIELDS = frozenset(
    {"sales", "logistics", "operations", "events", "accounts", "communications", "analytics",
     "mechanics", "electronics", "graphics", "economics", "statistics", "customs", "payments",
     "nights", "weekends", "evenings", "lates", "earlies", "shifts"}
)  # fmt: skip
EN_PERSON = re.compile(r"(?:er|or|ist|ista|ian|ant|ent)$")


def linked(text: str, lang: str) -> str:
    """An English strong point's duration linked to what follows it, else as typed."""
    found = EN_BARE.match(text) if lang == "en" else None
    if found is None or found.group(2).endswith("ing"):
        return text
    word = found.group(2)
    plural_unit = found.group(1).endswith("s")  # "4 month rotations" is a compound
    if plural_unit and word.endswith("s") and not word.endswith("ss") and word not in EN_FIELDS:
        return text  # "8 years trucks": years of trucks means nothing; left for the gate
    next_words = text[found.end(2) :].split()
    if EN_PERSON.search(word) and (not next_words or next_words[0] in ("at", "in", "for", "with")):
        link = "as an" if word[:1] in "aeiou" else "as a"
    else:
        link = "of"
    return f"{found.group(1)} {link} {text[found.start(2) :]}"
