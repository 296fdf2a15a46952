"""The little grammar a draft needs: elision, contraction, lists, titles and companies.

"de" + "Orange" is "d'Orange", "de" + "Le Bristol" is "du Bristol", never "de le".
"""

from __future__ import annotations

import re

from relance.drafts import company_spellings
from relance.drafts.accents import brands, english_phrase, is_french_word, restored
from relance.drafts.shorthand import shorthand
from relance.drafts.text import cap_words, lower_first, one_line
from relance.drafts.titles import STAR_RATING, for_a_woman, plain_title

FR_VOWELS = "aàâäeéèêëiîïoôöuùûüyœæ"
# Words beginning with a mute h take the elision ("l'hôtel", "d'hôte"); most names and
# words with an aspirated h do not ("de Hachette", "le héros"), so the list is of prefixes.
FR_MUTE_H = (
    "hab", "harm", "hébe", "heur", "herb", "herm", "hist", "hiv", "hom", "hon", "hôp", "hor",
    "hôt", "hui", "hum", "hyd", "hyg", "hyp",
)  # fmt: skip
FR_ASPIRATED_H = ("hors", "homard", "hongr", "honte", "huit")
FR_DANGLING = frozenset(
    {"de", "d'", "du", "des", "le", "la", "les", "l'", "un", "une", "et", "ou", "à", "au", "aux",
     "en", "pour", "par", "avec", "sur", "sous", "dans", "chez", "mon", "ma", "mes", "son", "sa",
     "ses", "que", "qui", "ce", "cette", "ces", "leur", "leurs", "notre", "votre", "très", "plus"}
)  # fmt: skip
EN_DANGLING = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "for", "with", "in", "on", "at", "by", "my",
     "your", "their", "our", "his", "her", "its", "that", "which", "who", "very", "more"}
)  # fmt: skip
# Proper nouns a candidate may start a note line with: their capital stays.
KEEP_CAPITALISED = frozenset(
    {"Paris", "Lyon", "Marseille", "Lille", "Bordeaux", "Toulouse", "Nantes", "Nice", "London",
     "Excel", "Word", "Python", "Java", "Photoshop", "Google", "Instagram", "Facebook", "I",
     "Ruby", "Rails", "PHP", "Symfony", "Django", "React", "Salesforce", "SAP", "Sage"}
)  # fmt: skip

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


def elides(word: str) -> bool:
    """Does a French word take the elision before it (d'Orange, l'hôtel)?"""
    low = word.lower().lstrip("«\"' ")
    if not low:
        return False
    if low[0] in FR_VOWELS:
        return True
    return low.startswith(FR_MUTE_H) and not low.startswith(FR_ASPIRATED_H)


# The little words that lose their vowel before a vowel or a mute h ("que il" -> "qu'il"),
# and take it back before anything else ("qu'vous" -> "que vous"). "si" only before "il(s)".
FR_ELIDING = re.compile(
    r"(?<![\w'’-])(lorsque|puisque|que|de|le|la|je|me|te|se|ne|si)\s+(?=([^\W\d_][\w-]*))",
    re.IGNORECASE,
)
FR_ELIDED = re.compile(
    r"(?<![\w'’-])(lorsqu|puisqu|qu|d|j|m|t|n)['’](?=([^\W\d_][\w-]*))", re.IGNORECASE
)
# Words that start with a vowel yet keep the word before them whole ("le onze", "de yaourts").
FR_NO_ELISION = ("onz", "oui", "ouat", "y", "uhlan")
FR_NEVER_AFTER_ELISION = frozenset({"ou", "où", "et", "y"})
FR_NEVER_AFTER_ARTICLE = frozenset({"à", "au", "aux", "en"})
FR_FULL_FORM = {"lorsqu": "lorsque", "puisqu": "puisque", "qu": "que", "d": "de", "j": "je"}


def _elides_in_text(word: str) -> bool:
    low = word.lower()
    return elides(word) and not low.startswith(FR_NO_ELISION)


def fr_elision(text: str) -> str:
    """The elisions of a filled French frame made right: "que il" -> "qu'il", "de un" ->
    "d'un", "je ai" -> "j'ai", "si il" -> "s'il", and "qu'vous" -> "que vous"."""

    def elide(match: re.Match[str]) -> str:
        word, following = match.group(1), match.group(2)
        if word.isupper() and len(word) > 1:
            return match.group(0)  # "aide-soignante DE à l'EHPAD": an acronym, no article
        if word.lower() == "si":
            return "s'" if following.lower() in ("il", "ils") else match.group(0)
        if not _elides_in_text(following) or following.lower() in FR_NEVER_AFTER_ELISION:
            return match.group(0)  # "le ou la responsable", "de ou vers"
        if word.lower() in ("le", "la") and following.lower() in FR_NEVER_AFTER_ARTICLE:
            return match.group(0)
        if word.lower() in ("de", "le", "la") and following[:1].isupper():
            return match.group(0)  # a name: "de Oliveira", "Brasserie Le Anvers" as typed
        return word[:-1] + "'"

    def restore(match: re.Match[str]) -> str:
        short, following = match.group(1), match.group(2)
        if _elides_in_text(following) or following.lower().startswith("h"):
            return match.group(0)
        if not following[:1].islower():
            return match.group(0)  # a name: "Aminata N'Diaye", "D'Souza"
        full = FR_FULL_FORM.get(short.lower(), short.lower() + "e")
        return (full[0].upper() + full[1:] if short[0].isupper() else full) + " "

    return FR_ELIDED.sub(restore, FR_ELIDING.sub(elide, text))


def fr_de(phrase: str) -> str:
    """'de' before a phrase, with elision and contraction: d'Orange, du Bristol, des Halles."""
    first, _, rest = phrase.partition(" ")
    low = first.lower()
    if low == "le" and rest:
        return f"du {rest}"
    if low == "les" and rest:
        return f"des {rest}"
    if phrase in company_spellings.ARTICLE_IN_NAME or (
        phrase.startswith(("L'", "L’")) and phrase in company_spellings.WRITTEN
    ):
        return f"de {phrase}"  # "de La Poste", "de L'Oréal" (writer AO's ao25)
    if low == "la" and rest:
        return f"de la {rest}"
    if low.startswith(("l'", "l’")):
        return f"de l'{phrase[2:]}"
    # A partitive after "de" leaves only "de": "parlé de du monde" is "parlé de monde".
    partitive = re.match(r"(?:du|des|de la)\s+|de l['’]", phrase)  # typed in lower case
    if partitive and phrase[partitive.end() :]:
        rest = phrase[partitive.end() :]
        return f"d'{rest}" if elides(rest) else f"de {rest}"
    return f"d'{phrase}" if elides(phrase) else f"de {phrase}"


# A list inside one note ("la bienveillance et le respect des PDSB"): each member after
# "et" or a comma opens with its own article.
FR_MEMBERS = re.compile(
    r",\s+(?:et\s+)?(?=(?:le|la|les)\s|l['’])|\s+et\s+(?=(?:le|la|les)\s|l['’])"
)
# A partitive with its relative clause ("du monde qui reste"): after "parlé de", the article
# goes and "de monde qui reste" is no French; the note is the candidate's to say.
FR_PARTITIVE_RELATIVE = re.compile(r"^(?:du|des|de la|de l['’])\s*\S.*\b(?:qui|que|qu['’])", re.I)


def fr_de_each(phrase: str) -> str | None:
    """'de' before each member of a list typed in one note: "la bienveillance et le respect"
    -> "de la bienveillance et du respect" (never "de la bienveillance et le respect");
    `None` for a partitive with its relative clause, which "de" cannot take."""
    if FR_PARTITIVE_RELATIVE.match(phrase):
        return None
    members = FR_MEMBERS.split(phrase)
    if len(members) == 1:
        return fr_de(phrase)
    joins = [m.group(0) for m in FR_MEMBERS.finditer(phrase)]
    written = fr_de(members[0])
    for joined, member in zip(joins, members[1:], strict=True):
        written += joined + fr_de(member)
    return written


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


LINKING_WORDS = frozenset({"et", "puis", "ensuite", "enfin", "ou", "and", "then", "or", "finally"})


def join(items: list[str], lang: str) -> str:
    """'a, b et c' / 'a, b and c'; items that hold commas themselves are set apart by ';'."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if any("," in item for item in items):
        separator = "; " if lang == "en" else " ; "
        return separator.join(items)
    conjunction = " et " if lang == "fr" else " and "
    first, _, rest = items[-1].partition(" ")
    if first.lower() in ("and", "et") and rest:  # the note's own "and": never ", and" for two
        items = [*items[:-1], rest]
    elif first.lower() in LINKING_WORDS:
        conjunction = ", "  # "un entretien, puis une journée d'essai": no "et puis"
    return ", ".join(items[:-1]) + conjunction + items[-1]


def dangling(lang: str) -> frozenset[str]:
    return FR_DANGLING if lang == "fr" else EN_DANGLING


def _both_forms(masculine: str, feminine: str, lang: str) -> str:
    """'Alternant BTS MCO' and 'Alternante BTS MCO' -> 'Alternant ou alternante BTS MCO'."""
    left, right = masculine.split(" "), feminine.split(" ")
    differ = [i for i, (a, b) in enumerate(zip(left, right, strict=False)) if a != b]
    if len(left) != len(right) or len(differ) != 1:
        return masculine
    index = differ[0]
    conjunction = "ou" if lang == "fr" else "or"
    left[index] = f"{left[index]} {conjunction} {right[index].lower()}"
    return " ".join(left)


def clean_position(text: str, lang: str, gender: str = "") -> str:
    """A job title as a sentence needs it: 'Chef de rang (H/F) - CDI' -> 'chef de rang'.

    When the candidate did not say how titles are written for them, a title with two forms is
    written with both ("facteur ou factrice", "waiter or waitress"): the draft does not guess.
    """
    typed = one_line(text, 120)
    contract = FR_CONTRACT_FIRST.match(typed) if lang == "fr" else None
    if contract:  # "Alternance Assistant(e) RH" (writer V's v16): « assistante RH en alternance »
        typed = typed[contract.end() :]
    title = plain_title(typed, gender, lang)
    if gender == "f":
        title = for_a_woman(typed, title, lang)
    if not gender:
        title = _both_forms(title, plain_title(typed, "f", lang), lang)
    if contract and title:
        title = f"{title} en {contract.group(1).lower()}"
    if lang == "fr":
        title = re.sub(r"^(?:le\s+)?poste\s+(?:de\s+|d['’]\s*)", "", title, flags=re.IGNORECASE)
    else:
        title = re.sub(r"\s+(?:role|position|job)$", "", title, flags=re.IGNORECASE)
    # "IADE - Infirmier(e) anesthésiste" (writer AP's ap06): an acronym alone keeps its
    # capitals; "CARISTE" shouted is « cariste »
    if title.isupper() and not _acronym_alone(title, lang):
        title = title.lower()
    # "SOMMELIER H/F ★ restaurant étoilé" (writer O's o13): a word of the language typed in
    # capitals for the board's eye, not an acronym
    title = " ".join(_shouted(word, lang) for word in title.split(" "))
    words = title.split(" ")
    if lang == "fr" and english_phrase(words):
        return title  # "Executive Assistant": an English title keeps its spelling and capitals
    if lang == "fr":
        # French titles are common nouns: "poste de responsable RH", "de chef de partie".
        # Acronyms and known proper nouns keep their capitals.
        title = " ".join(
            [lower_first(words[0], KEEP_CAPITALISED), *(_fr_title_word(w) for w in words[1:])]
        )
        title = " ".join(_typed_acronym(word) for word in title.split(" "))
    elif not any(word[:1].isupper() for word in words[1:]):
        # English keeps a title typed in capitals ("Product Manager"), not a lone first one.
        title = lower_first(title, KEEP_CAPITALISED)
    return cap_words(title, 10, dangling(lang)) or title


# A title led by its contract, as job boards type it: "Alternance Assistant(e) RH".
FR_CONTRACT_FIRST = re.compile(r"^(alternance|apprentissage)\s*[-–:]?\s+", re.IGNORECASE)


def _acronym_alone(title: str, lang: str) -> bool:
    from relance.drafts.accents import is_french_word

    word = title.strip()
    if " " in word or not word.isalpha() or len(word) > MAX_ACRONYM_TITLE:
        return False
    return not (is_french_word(word.lower()) if lang == "fr" else _en_word(word.lower()))


MAX_ACRONYM_TITLE = 5


def _en_word(word: str) -> bool:
    import lemminflect  # the lexicon itself: `morph_en` reads this module

    return bool(lemminflect.getAllLemmas(word))


def _typed_acronym(word: str) -> str:
    """'aesh' -> 'AESH', 'ide' -> 'IDE' (readers: « poste d'aesh », « poste d'ide »): an
    acronym of the French shorthand table typed in small letters, in its capitals."""
    elided, _, bare = word.rpartition("'")
    written = shorthand("fr").get(bare.lower(), "")
    if written and written == bare.upper():
        return f"{elided}'{written}" if elided else written
    return word


def _shouted(word: str, lang: str) -> str:
    """'SOMMELIER' -> 'sommelier'; 'CACES', 'HACCP' and 'BTS' keep their capitals."""
    if lang != "fr" or len(word) < 5 or not word.isupper() or word in KEEP_CAPITALISED:
        return word
    return word.lower() if is_french_word(word.lower()) else word


def _fr_title_word(word: str) -> str:
    """'Chef' -> 'chef'; 'RH', 'DevOps', 'Ruby' and 'Montreuil' keep their capitals;
    'Français/LSF' -> 'français/LSF'."""
    if "/" in word:
        return "/".join(_fr_title_word(part) if part else part for part in word.split("/"))
    if word in KEEP_CAPITALISED or word[1:] != word[1:].lower():
        return word
    if brands().get(word.lower()) == word:
        return word  # "Dessinateur projeteur Revit" (writer BE's be13): a tool, never « revit »
    return word.lower() if is_french_word(word.lower()) else word


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
    return company_spellings.written(cased)


def without_asides(name: str) -> str:
    """'dairygold coop (mallow)' -> 'dairygold coop'; 'fidal - bureau de bordeaux' ->
    'fidal': what follows a spaced dash or sits in brackets says where, not who; an acronym
    spelt out after the dash is the name ('CD29 - Conseil départemental du Finistère')."""
    kept = re.sub(r"\s*\([^()]*\)", "", name).strip() or name
    kept = STAR_RATING.sub("", kept).strip() or kept  # "camping les mimosas ****" (bb15)
    head, *rest = re.split(r"\s+[-–—]\s+", kept)
    tail = rest[0] if rest else ""
    if re.fullmatch(r"[A-Z]+\d*", head) and tail[:1].isupper() and len(tail.split()) >= 3:
        return tail  # "CD29 - Conseil départemental du Finistère": the name spelt out
    return head.strip() or kept
