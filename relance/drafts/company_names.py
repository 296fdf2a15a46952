"""Company names as the e-mail writes them: their capitals and accents when typed all in
lower case ("brasserie le florian" -> "Brasserie Le Florian"), less the asides typed with
them ("capgemini (site de Nantes)"), and the article a French sentence gives them ("de la
Brasserie Lipp", "au centre hospitalier", "chez Decathlon"). Kept apart from `grammar`, whose
elision and "de" they use, so that the tables of names can grow without the grammar.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.drafts import company_spellings, morph
from relance.drafts.accents import brands, restored
from relance.drafts.elision import elides
from relance.drafts.grammar import fr_de
from relance.drafts.text import one_line
from relance.drafts.titles import STAR_RATING

# Company names that begin with a common noun take its article: "de la Brasserie Lipp",
# "de l'Hôtel Lutetia", "du Café de Flore". Value: True for feminine.
FR_COMPANY_HEADS = {
    "agence": True, "association": True, "atelier": False, "auberge": True, "banque": True,
    "bistrot": False, "bistro": False, "boucherie": True, "boulangerie": True, "brasserie": True,
    "cabinet": False, "café": False, "caisse": True, "fiduciaire": True, "imprimerie": True,
    "mutuelle": True, "régie": True, "médiathèque": True, "bibliothèque": True,
    "coopérative": True, "menuiserie": True, "fromagerie": True, "jardinerie": True,
    "camping": False, "cave": True,
    "centre": False, "chambre": True, "château": False, "cinéma": False, "clinique": True,
    "club": False, "collège": False, "compagnie": True, "comptoir": False, "crèche": True,
    "crêperie": True, "domaine": False, "école": True, "entreprise": True, "épicerie": True,
    "fédération": True, "ferme": True, "fondation": True, "garage": False, "groupe": False,
    "hôpital": False, "hostellerie": True, "hôtel": False, "institut": False,
    "laboratoire": False, "librairie": True, "lycée": False, "magasin": False, "mairie": True,
    "maison": True, "manoir": False, "moulin": False, "musée": False, "pâtisserie": True,
    "pharmacie": True, "pizzeria": True, "relais": False, "restaurant": False,
    "résidence": True, "salon": False, "société": True, "studio": False, "taverne": True,
    "théâtre": False, "université": True, "ville": True,
    "conseil": False, "région": True, "département": False, "métropole": True,
    "communauté": True, "préfecture": True, "direction": True, "ministère": False,
    "office": False, "foyer": False, "ehpad": False, "ccas": False, "chu": False,
    "ssiad": False, "esat": False, "ime": False, "crous": False, "cpam": True, "caf": True,
    "samu": False, "sdis": False,
    # writer BJ (session 43): « chez Chocolaterie Cazenave » in an agency's subject
    "chocolaterie": True, "confiserie": True, "biscuiterie": True, "charcuterie": True,
    "poissonnerie": True, "parfumerie": True, "droguerie": True, "quincaillerie": True,
    "blanchisserie": True, "distillerie": True, "cidrerie": True, "savonnerie": True,
    "manufacture": True, "fonderie": True, "scierie": True, "rôtisserie": True,
    "verrerie": True, "tannerie": True, "maroquinerie": True, "bijouterie": True,
    "horlogerie": True, "papeterie": True, "mercerie": True, "usine": True,
    "pépinière": True, "conciergerie": True, "guinguette": True, "écurie": True,
}  # fmt: skip
# Public bodies named by their acronym alone take their article (writer AO's ao14: « l'équipe
# de DGFiP »): « de la DGFiP », « de la SNCF », « du SAMU », « de l'URSSAF ».
FR_ACRONYM_HEADS = {
    "sncf": True, "ratp": True, "dgfip": True, "urssaf": True, "cpam": True, "caf": True,
    "msa": True, "apec": True, "ap-hp": True, "samu": False, "sdis": False, "chu": False,
    "crous": False, "cnrs": False, "insee": False, "onf": False, "ccas": False,
    # mutual insurers and a retailer said with their article (writer AV's av25: « l'équipe
    # de Macif »)
    "macif": True, "maif": True, "maaf": True, "matmut": True, "mgen": True, "gmf": True,
    "fnac": True,
}  # fmt: skip
# Plural heads take "des": "des Galeries Lafayette", "des Éditions Gallimard".
FR_PLURAL_HEADS = frozenset(
    {"galeries", "éditions", "établissements", "ateliers", "laboratoires", "transports",
     "magasins", "caves", "vignobles", "jardins", "thermes", "chantiers", "docks"}
)  # fmt: skip


def fr_company_of(company: str) -> str:
    """'de' + a company, with the article its first common noun needs."""
    head = company.split(" ", 1)[0].lower()
    if " " not in company and head in FR_ACRONYM_HEADS:
        if elides(head):
            return f"de l'{company}"
        return f"de la {company}" if FR_ACRONYM_HEADS[head] else f"du {company}"
    if " " in company and head in FR_PLURAL_HEADS:
        return f"des {company}"
    if " " in company and head in FR_COMPANY_HEADS:
        if elides(head):
            return f"de l'{company}"
        return f"de la {company}" if FR_COMPANY_HEADS[head] else f"du {company}"
    return fr_de(company)


# Small words inside a company name typed in lower case stay lower case ("Café de la Paix",
# "Bank of England"); an article right after the head noun begins the name and takes its
# capital ("Brasserie Le Florian", "Hôtel Les Arcades").
NAME_PARTICLES = frozenset(
    {"de", "du", "des", "la", "le", "les", "et", "en", "sur", "sous", "à", "aux", "d", "l",
     "of", "the", "and", "at", "on", "in", "for", "upon"}
)  # fmt: skip
NAME_ARTICLES = frozenset({"la", "le", "les", "l", "the"})
# Acronyms a company name may hold, written as they are: "sncf" -> "SNCF".
NAME_ACRONYMS = frozenset(
    {"sncf", "ratp", "edf", "gdf", "sfr", "bnp", "lcl", "cic", "ikea", "kfc", "fnac", "mma",
     "maaf", "ehpad", "ccas", "chu", "chr", "cpam", "caf", "crous", "esat", "ime", "ssiad",
     "admr", "afpa", "apec", "urssaf", "ups", "dhl", "tnt", "dpd", "gls", "bhv", "ugc", "sas",
     "sarl", "sa", "uk", "nhs", "bbc", "ibm", "hsbc", "rbs", "tsb", "bt", "llc", "llp", "plc",
     "ni", "usa", "us", "nz", "tfl", "hmrc", "dwp", "gp", "cpa", "ey", "kpmg", "pwc"}
)  # fmt: skip


def _name_word(word: str, previous: str, first: bool, lang: str = "") -> str:
    """One word of a company name typed all in lower case, with its capitals (and in
    French its accents, when sure: "proprete" -> "Propreté")."""
    if not first and word in NAME_PARTICLES:
        head = previous.lower() in FR_COMPANY_HEADS or previous.lower() in FR_PLURAL_HEADS
        return word.capitalize() if word in NAME_ARTICLES and head else word
    if word in NAME_ACRONYMS or _unspeakable(word) or HYPHENED_ACRONYM.fullmatch(word):
        return word.upper()  # "sps", "ap-hp" (writer AN's an01: « l'équipe d'Ap-Hp »)
    if word in brands():  # "hubspot" -> "HubSpot"
        return brands()[word]
    if lang == "fr":
        # The first word is the brand ("decathlon" stays), unless it is a trade's head noun
        # ("hotel la villa" -> "Hôtel La Villa").
        accented = restored(word, lang)
        heads = accented in FR_COMPANY_HEADS or accented in FR_PLURAL_HEADS
        word = accented if not first or heads else word
    # "joe's" -> "Joe's", "saint-malo" -> "Saint-Malo", "l'atelier" -> "L'Atelier"
    parts = re.split(r"([-'’])", word)
    out = []
    for number, part in enumerate(parts):
        after_elision = number > 1 and parts[number - 1] in "'’" and len(parts[number - 2]) == 1
        if number and parts[number - 1] in "'’" and not after_elision:
            out.append(part)  # "joe's": the "s" after the apostrophe stays small
        elif not first and number == 0 and part in ("d", "l") and len(parts) > 1:
            out.append(part)  # "café d'angèle": the elided particle stays small
        else:
            out.append(part[:1].upper() + part[1:])
    return "".join(out)


HYPHENED_ACRONYM = re.compile(r"[a-z]{1,2}(?:-[a-z]{1,2})+")


def _unspeakable(word: str) -> bool:
    """A short word with no vowel is an acronym typed in lower case: "sps" is "SPS", never
    "Sps" ("jld", "bnp"; "axa" or "fnac" may be read as words and keep their case)."""
    short = 2 <= len(word) <= ACRONYM_LETTERS and word.isalpha()
    return short and not VOWELS.search(word) and word not in ABBREVIATIONS


ACRONYM_LETTERS = 5
# Abbreviations without a vowel that are no acronyms: "St Etienne", "Seeka Ltd".
ABBREVIATIONS = frozenset(
    {"st", "sts", "mr", "mrs", "dr", "bd", "rd", "pl", "cl", "ch", "ltd", "pty", "gmbh"}
)
VOWELS = re.compile(r"[aeiouyàâäéèêëîïôöùûüÿœæ]", re.IGNORECASE)


def company_capitals(name: str, lang: str = "") -> str:
    """A company name typed all in lower case, with the capitals it is written with:
    "brasserie le florian" -> "Brasserie Le Florian", "café de la paix" -> "Café de la Paix",
    "joe's coffee" -> "Joe's Coffee". Acronyms typed in capitals stay, around two lower-case
    words or more ("BRK civil pty ltd" -> "BRK Civil Pty Ltd"; "deliveroo UK" stays); a name
    typed with any other capital is kept as typed."""
    words = name.split(" ")
    acronyms = {index for index, word in enumerate(words) if _acronym(word)}
    rest = " ".join(word for index, word in enumerate(words) if index not in acronyms)
    if rest != rest.lower() and lang == "fr":
        return _fr_head_typed_small(words)
    if rest != rest.lower() and lang == "en":
        return _en_typed_with_capitals(words)
    if rest != rest.lower() or not any(char.isalpha() for char in rest):
        return name
    if acronyms and len(rest.split()) < 2:
        return name  # "deliveroo UK": a brand may be written in lower case
    if lang == "fr":
        words = _saints_joined(words)
        acronyms = {index for index, word in enumerate(words) if _acronym(word)}
    written: list[str] = []
    for number, word in enumerate(words):
        previous = written[-1] if written else ""
        if number in acronyms:
            written.append(word)
            continue
        written.append(_name_word(word, previous, first=not written, lang=lang) if word else word)
    return " ".join(written)


SAINTS = {"st": "saint", "st.": "saint", "saint": "saint", "ste": "sainte", "sainte": "sainte"}


def _saints_joined(words: list[str]) -> list[str]:
    """« mairie de st denis » -> « mairie de saint-denis »: a saint's name in a place or a
    company is one hyphenated word, never « St Dénis » with an accent guessed for a common
    noun (writer BC's bc22)."""
    joined: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        after = words[index + 1] if index + 1 < len(words) else ""
        # a brand may begin with the word in full (« Saint Algue »): only the abbreviation,
        # or the word after a head noun (« hôpital saint joseph »), is a saint's name
        spelt = word in ("saint", "sainte") and not joined
        if (
            word in SAINTS
            and not spelt
            and after.isalpha()
            and after.islower()
            and after not in NAME_PARTICLES
        ):
            joined.append(f"{SAINTS[word]}-{after}")
            index += 2
            continue
        joined.append(word)
        index += 1
    return joined


def _fr_head_typed_small(words: list[str]) -> str:
    """A name typed with capitals whose first word, a trade's common noun, was typed in lower
    case keeps it as a common noun, with its accents, and the article after it begins the
    name: "hotel le Saint-Yves" -> "hôtel Le Saint-Yves" (then "de l'hôtel Le Saint-Yves"),
    "centre hospitalier de Cornouaille" stays. Any other name is kept as typed."""
    first = words[0]
    if not first.isalpha() or not first.islower():
        return " ".join(words)
    if first in brands():  # "randstad Vire" (writer AJ's aj07): the brand's capital
        return " ".join([brands()[first], *words[1:]])
    head = restored(first, "fr")
    if head not in FR_COMPANY_HEADS and head not in FR_PLURAL_HEADS:
        return " ".join(words)
    rest = [restored(w, "fr") if w.isalpha() and w.islower() else w for w in words[1:]]
    if rest and rest[0] in NAME_ARTICLES and len(rest) > 1:
        rest = [rest[0].capitalize(), *rest[1:]]
    return " ".join([head, *rest])


# Small words a careful English writer leaves in lower case inside a name.
# "Vrede en Lust", "Van der Merwe": the particles of other languages' names stay small too.
EN_NAME_SMALL = frozenset(
    {"of", "and", "the", "for", "in", "on", "at", "a", "an", "de", "du", "des", "la", "le", "en",
     "van", "von", "der", "den", "da", "di", "del", "y", "et"}
)  # fmt: skip


def _en_typed_with_capitals(words: list[str]) -> str:
    """An English name typed with its first capital and the rest small, as a phone types it:
    "Humber polytechnic" -> "Humber Polytechnic", "Mckinsey & co" -> "McKinsey & Co" (writer
    I). Each small word of a proper name takes its capital, save the small words of a name
    ("Bank of Ireland"); "Mc" takes its second capital; a name typed with a capital inside
    a word ("easyJet", "iCloud") or with no capital first is kept as typed."""
    first = words[0]
    if not first[:1].isupper() or any(w[1:] != w[1:].lower() for w in words if not _acronym(w)):
        return " ".join(words)
    written: list[str] = []
    for index, word in enumerate(words):
        if word.islower() and (word in NAME_ACRONYMS or (index and _unspeakable(word))):
            word = word.upper()  # "Deliveroo uk" -> "Deliveroo UK"
        elif word.isalpha() and word.islower() and (not index or word not in EN_NAME_SMALL):
            word = brands().get(word, word[:1].upper() + word[1:])
        word = re.sub(r"^Mc([a-z])", lambda match: "Mc" + match.group(1).upper(), word)
        written.append(word)
    return " ".join(written)


def fr_company_at(company: str) -> str:
    """Where the post is: "au centre hospitalier de Cornouaille", "à la Clinique des Lilas",
    "chez Decathlon" (a brand takes no article: "chez")."""
    of = fr_company_of(company)
    if company in company_spellings.ARTICLE_IN_NAME:
        return "à " + company  # "à La Poste"
    for article, at in (("du ", "au "), ("des ", "aux "), ("de la ", "à la "), ("de l'", "à l'")):
        if of.startswith(article) and of[len(article) :] == company:
            return at + company
    return "chez " + company


def _acronym(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


# A company name is never cut mid-name; one past this length loses only its legal form.
MAX_COMPANY_CHARS = 160
LEGAL_FORM = re.compile(
    r"[\s,]*\(?\b(?:SAS|SASU|SARL|EURL|SA|SNC|SCOP|SCI|SEM|GIE|Ltd|LLC|LLP|Inc|PLC|GmbH)\b\.?\)?$",
    re.IGNORECASE,
)


def clean_company(text: str, lang: str = "") -> str:
    """The company as the e-mail names it: on one line, whole ("… de la Côte d'Azur et de
    Monaco" keeps its end), less the asides typed with it ("capgemini (site de Nantes)",
    "SNCF - Surete Ferroviaire": the site or the department, not the name); a very long
    name loses only a trailing legal form ("SAS"). In French, a word typed in lower case
    gets its accents back when the dictionary is sure ("opera" may be a brand and stays)."""
    name = one_line(text, 10_000)
    if len(name) > MAX_COMPANY_CHARS:
        name = LEGAL_FORM.sub("", name) or name
    # Cased whole first ("unilever UK (kingston)" -> "Unilever UK"), then again without the
    # aside ("capgemini (site de Nantes)", kept as typed for its capital, -> "Capgemini").
    cased = company_capitals(without_asides(company_capitals(name, lang)), lang)
    if lang == "fr":  # « Mairie de St Denis » (writer BO's bo02): a saint's place in full
        cased = SAINT.sub(lambda found: SAINT_WORDS[found[1].lower()] + "-", cased)
        # « clinique veto des flamboyants » (writer BO's bo21): the trade's word in full
        cased = VETO.sub(lambda found: f"{found[1]} vétérinaire", cased)
    if lang == "en":  # "St Marys national school" (writer BO's bo28): the saint's possessive
        cased = SAINT_EN.sub(lambda found: f"{found[1]} {found[2]}'s", cased)
    return owner_apostrophe(company_spellings.written(cased))


# A small business named after its owner, its apostrophe lost on a phone: "Rosies Diner" is
# Rosie's Diner (writer BR's br27) when "Rosies" is no word and "Rosie" is one.
OWNED_PLACE = re.compile(
    r"^([A-Z][a-z]+)s(\s+(?:Diner|Cafe|Café|Kitchen|Bar|Grill|Bakery|Garage|Salon|Pub|Deli|"
    r"Pizza|Pizzeria|Restaurant|Bistro|Tavern|Inn|Place|Shop|Store|Market|Nursery|Pantry|"
    r"Coffee|Barbers|Takeaway|Chippy|Lounge)\b.*)$"
)


def owner_apostrophe(name: str) -> str:
    owned = OWNED_PLACE.match(name)
    if owned and _owner_apostrophe_lost(owned.group(1)):
        return f"{owned.group(1)}'s{owned.group(2)}"
    return name


def _owner_apostrophe_lost(owner: str) -> bool:
    return morph.en_known(owner) and not morph.en_known(owner + "s")


# « Mairie de St Denis » typed with capitals, which `_saints_joined` leaves as typed
SAINT = re.compile(r"\b(St|Ste|st|ste)\.?\s+(?=[A-ZÀ-Ý])")
SAINT_WORDS = {"st": "Saint", "ste": "Sainte"}
VETO = re.compile(r"\b(Clinique|Cabinet|clinique|cabinet)\s+v[ée]to\b", re.IGNORECASE)
SAINT_EN = re.compile(
    r"\b(St\.?)\s+(Mary|John|Paul|Peter|George|Patrick|Andrew|Michael|Luke|Mark|Martin|Joseph|"
    r"Anne|Helen|Catherine|Margaret|Bride|Brigid|Kevin|Columba|Aidan|Bernadette)s\b"
)


# A company described rather than named: "a farm in devon", « une PME du bâtiment »
DESCRIBED = re.compile(r"^\s*(?:a|an|une?)\s", re.IGNORECASE)


def without_asides(name: str) -> str:
    """'dairygold coop (mallow)' -> 'dairygold coop'; 'fidal - bureau de bordeaux' ->
    'fidal': what follows a spaced dash or sits in brackets says where, not who; an acronym
    spelt out after the dash is the name ('CD29 - Conseil départemental du Finistère')."""
    aside = re.search(r"\(([^()]+)\)", name)
    if aside and DESCRIBED.match(name) and aside[1].strip()[:1].isupper():
        return aside[1].strip()  # "a farm in devon (Higher Coombe)" (writer BU): its name
    kept = re.sub(r"\s*\([^()]*\)", "", name).strip() or name
    kept = STAR_RATING.sub("", kept).strip() or kept  # "camping les mimosas ****" (bb15)
    head, *rest = re.split(r"\s+[-–—]\s+", kept)
    tail = rest[0] if rest else ""
    if re.fullmatch(r"[A-Z]+\d*", head) and tail[:1].isupper() and len(tail.split()) >= 3:
        return tail  # "CD29 - Conseil départemental du Finistère": the name spelt out
    return head.strip() or kept
