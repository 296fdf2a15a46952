"""How the candidate greets the recruiter and signs off, in each language."""

from __future__ import annotations

import re

from relance.drafts.accents import fold
from relance.drafts.context import DraftContext
from relance.drafts.templates import phrase
from relance.drafts.text import count_words, one_line, person_name, strip_controls

MADAME = frozenset({"madame", "mme", "mme.", "mrs", "mrs.", "ms", "ms.", "miss", "mlle"})
MONSIEUR = frozenset({"monsieur", "m", "m.", "mr", "mr."})
# A doctor is greeted as one: "Dear Dr Okonkwo-Fraser", never by the full name.
DOCTOR = frozenset({"dr", "dr.", "docteur", "doctor", "doctoresse"})
# A notary, a lawyer, a bailiff: « Bonjour Maître, » (writer AS's as17 greeted a notary by his
# full name). No name follows in French; English has no such title and greets by the name.
MAITRE = frozenset({"maître", "maitre", "me", "me."})
# The English title a woman typed for herself is kept ("Mrs Price", writer O's o29): "Ms" is
# only the title used when the candidate picked "madame" or typed "Ms".
EN_TITLES = {"mrs": "madame_mrs", "mrs.": "madame_mrs", "miss": "madame_miss"}
MAX_SIGNATURE_LINES = 6
MAX_SIGNATURE_WORDS = 30


def civility(ctx: DraftContext) -> str:
    """'madame', 'monsieur', 'docteur', 'maitre' (French) or '' from whatever the candidate
    picked or typed; the notes' own title for the contact when they name them with the other
    one."""
    value = one_line(ctx.contact_civility, 20).lower()
    picked = ""
    if value in MADAME:
        picked = "madame"
    elif value in MONSIEUR:
        picked = "monsieur"
    elif value in DOCTOR:
        return "docteur"
    elif value in MAITRE:
        return "maitre" if ctx.lang == "fr" else ""
    if ctx.lang == "fr" and _maitre_in_notes(ctx):
        return "maitre"  # « Maître Bernard a apprécié… » (writer BD's bd08: a notary)
    if not value and ctx.lang == "fr" and person_name(ctx.contact_last_name):
        # no title ticked, the notes speak of the contact as « elle » only (bd07: « Bonjour
        # Anne Kirchner-Oberlé, » read as no French greeting)
        return titled_in_notes(ctx) or _spoken_of(ctx)
    return titled_in_notes(ctx) or picked


def _maitre_in_notes(ctx: DraftContext) -> bool:
    surname = person_name(ctx.contact_last_name).split()
    if not surname:
        return False
    return any(
        fold(word) == fold(surname[0])
        for part in NOTE_PARTS
        for word in NOTE_MAITRE.findall(ctx.note(part))
    )


NOTE_MAITRE = re.compile(r"\b(?:Maître|Maitre|Me)\.?\s+([^\W\d_][\w'’-]*)")


# "entretien avec M. Deschamps" while "madame" was picked for Pascal Deschamps (writer AC's
# ac21): the candidate typed the title on the spot, the form's choice may be a slip or a
# default left as it was. A title the notes give the contact's surname wins.
NOTE_TITLE = re.compile(r"\b(M|Mr|Monsieur|Mme|Mrs|Ms|Madame)\b\.?\s+([^\W\d_][\w'’-]*)")
NOTE_PARTS = ("strong_points", "recruiter_needs", "role_understood", "expectations", "notes")


def titled_in_notes(ctx: DraftContext) -> str:
    """'madame' or 'monsieur' when the notes call the contact so, always the same way."""
    surname = person_name(ctx.contact_last_name).split()
    if not surname:
        return ""
    found = set()
    for part in NOTE_PARTS:
        for title, word in NOTE_TITLE.findall(ctx.note(part)):
            if fold(word) == fold(surname[0]):
                found.add("madame" if title.lower() in MADAME else "monsieur")
    if len(found) != 1:
        return ""
    titled = found.pop()
    # "tuilage avec Mme Dupuis" while "il a apprécié…" (writer I's i15): the boss's wife named,
    # the contact himself spoken of as "il". The notes' title wins only when their pronouns
    # say the same ("entretien avec M. Deschamps : il a aimé…", ac21).
    return titled if _spoken_of(ctx) == titled else ""


PRONOUNS = re.compile(r"\b(il|elle|he|she)\b", re.IGNORECASE)


def _spoken_of(ctx: DraftContext) -> str:
    """'monsieur' or 'madame' when the notes speak of someone as one more than the other."""
    said = [found.lower() for part in NOTE_PARTS for found in PRONOUNS.findall(ctx.note(part))]
    men = sum(word in ("il", "he") for word in said)
    women = len(said) - men
    return "monsieur" if men > women else "madame" if women > men else ""


ROLE_TYPED = re.compile(
    r"^(?i:la|le|l['’]|the|une?|an?)\s*(?:v[ée]t[ée]rinaire|directeur|directrice|responsable|"
    r"manager|g[ée]rante?|chef|cheffe|pharmacienne?|titulaire|recruteur|recruteuse|m[ée]decin|"
    r"proviseure?|principale?|cadre|patronne?|drh|rh|practice|store|shift|hiring|office|head|"
    r"owner|supervisor|boss|coordinat\w+|charg[ée]e?|infirmi[èe]re)\b"
)


def greeting(ctx: DraftContext, *, spoken: bool = False) -> str:
    """'Bonjour Madame Durand,' / 'Dear Ms Durand,'; 'Bonjour,' when too little is known.

    A first name alone is too familiar in French, a surname alone without civility is rude:
    both fall back to the plain greeting; in English, a first name is how the recruiter was
    introduced and is used when no title was ticked. On the phone, a full name without
    civility sounds odd too.
    """
    lang = ctx.lang
    civ = civility(ctx)
    # a role typed where the name goes (« la vétérinaire en chef », "the practice manager",
    # writer AO's ao04): no name to greet, never « Madame La Veterinaire En Chef »
    role = ROLE_TYPED.match(ctx.contact_last_name.strip())
    last = "" if role else person_name(ctx.contact_last_name)
    first = person_name(ctx.contact_first_name)
    key = "greeting_call" if spoken and lang == "en" else "greeting"
    if civ == "maitre":
        return phrase(lang, key, name=phrase(lang, "maitre"))
    if civ and last:
        last = addressed(first, last)
    if civ and last:
        typed = one_line(ctx.contact_civility, 20).lower()
        title = EN_TITLES.get(typed, civ) if lang == "en" else civ
        return phrase(lang, key, name=f"{phrase(lang, title)} {last}")
    if civ and lang == "fr":
        return phrase(lang, key, name=phrase(lang, civ))
    if first and not last and lang == "en":
        # The recruiter gave only a first name ("ask for Dean", writer H, h27): an English
        # writer greets as introduced ("Dear Dean,"), never with a bare "Hello,"; nor with
        # "Dear Madam," when the civility was ticked too (writer N's n37, "Jess").
        return phrase(lang, key, name=first)
    if civ and not spoken:
        return phrase(lang, key, name=phrase(lang, f"{civ}_alone"))
    if first and lang == "en" and not ctx.contact_civility.strip():
        # No title ticked: "Dear Stuart," as a British or American writer greets a recruiter
        # met by name, never "Dear Stuart McAllister," (writer AV's av31)
        return phrase(lang, key, name=first)
    if first and last and not spoken:
        return phrase(lang, key, name=f"{first} {last}")
    return phrase(lang, "greeting_plain")


# A Malay patronym: "binti Abdul Rahman" says whose daughter she is. Malays are addressed by
# their given name, as "Encik Musa" is "Mr Musa" (Wikipedia, "Malaysian names"): "Dear Ms
# Nurul Aisyah". "a/l", "a/p" are the same for Malaysian Indian names.
PATRONYM = re.compile(r"^(?:bin|binti|binte|bte|bt|a/l|a/p)\b\.?", re.I)
# A Hong Kong name typed family name first, the given name's syllables hyphenated, the second
# in lower case: "Chan Tai-man" -> "Mr Chan". "Dela Cruz-Ng", "Ngo Ndjock-Abanda" are not.
FAMILY_FIRST = re.compile(r"^([A-Z][a-z]{1,5})\s+[A-Z][a-z]{0,5}-[a-z]{1,5}$")


def addressed(first: str, last: str) -> str:
    """The name that follows the civility: the surname, unless it is a patronym (the given
    name then) or a Chinese name written family name first (the family name alone); "" when
    a patronym comes with no given name."""
    if PATRONYM.match(last):
        return first
    family = FAMILY_FIRST.match(last)
    return family.group(1) if family else last


def candidate_name(ctx: DraftContext) -> str:
    return person_name(ctx.candidate_name)


def phone(ctx: DraftContext) -> str:
    """The number as the recruiter dials it: '06 12 34 56 78' in French for a French
    number, the international form otherwise ('+33 6 12 34 56 78')."""
    raw = one_line(ctx.candidate_phone, 40)
    if not raw:
        return ""
    try:
        import phonenumbers

        number = phonenumbers.parse(raw, "FR")
        if phonenumbers.is_valid_number(number):
            national = ctx.lang == "fr" and phonenumbers.region_code_for_number(number) == "FR"
            style = phonenumbers.PhoneNumberFormat
            return phonenumbers.format_number(
                number, style.NATIONAL if national else style.INTERNATIONAL
            )
    except Exception:  # noqa: S110 -- a number we cannot parse is read as typed
        pass
    return raw


def signature(ctx: DraftContext, *, short: bool = False) -> str:
    """The candidate's signature, or their name (and number) when they wrote none.

    Kept to a few lines: a signature must not push a short message over its length limit.
    """
    lines = [
        re.sub(r"\s+", " ", line).strip()
        for line in strip_controls(ctx.signature, keep_newlines=True).split("\n")
    ]
    lines = [line[:120] for line in lines if line and line.strip("-_ ")]
    if short or not lines:
        name = candidate_name(ctx)
        number = phone(ctx)
        if short or not number:
            return name
        return f"{name}\n{number}"
    kept: list[str] = []
    for line in lines[:MAX_SIGNATURE_LINES]:
        if count_words("\n".join([*kept, line])) > MAX_SIGNATURE_WORDS:
            break
        kept.append(line)
    return "\n".join(kept) or candidate_name(ctx)
