"""The little grammar a draft needs: elision, contraction, lists and titles.

"de" + "Orange" is "d'Orange", "de" + "Le Bristol" is "du Bristol", never "de le". Company
names, their capitals and their article, are `company_names`.
"""

from __future__ import annotations

import re

from relance.drafts import company_spellings
from relance.drafts.accents import brands, english_phrase, is_french_word
from relance.drafts.elision import elides
from relance.drafts.shorthand import shorthand
from relance.drafts.text import cap_words, lower_first, one_line
from relance.drafts.titles import for_a_woman, plain_title

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
FR_NEVER_AFTER_ELISION = frozenset({"ou", "où", "et"})
FR_NEVER_AFTER_ARTICLE = frozenset({"à", "au", "aux", "en", "y"})
FR_FULL_FORM = {"lorsqu": "lorsque", "puisqu": "puisque", "qu": "que", "d": "de", "j": "je"}


def _elides_in_text(word: str) -> bool:
    low = word.lower()
    # the pronoun « y » elides what stands before it (« j'y vais », « n'y »), unlike the
    # words it starts (« de yaourts »): writer CA's « Je y vais depuis mes 16 ans »
    return low == "y" or (elides(word) and not low.startswith(FR_NO_ELISION))


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
        first = lower_first(words[0], KEEP_CAPITALISED)
        first = _fr_compound(first) if "-" in first.strip("-") else first
        title = " ".join([first, *(_fr_title_word(w) for w in words[1:])])
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
    return word.lower() if _fr_title_known(word.lower()) else word


def _fr_title_known(word: str) -> bool:
    """A French word, invariable nouns included: simplemma knows a word by its inflections,
    and « corps », « temps », « choix » have none (« tous Corps d'État », writer BU's bu04)."""
    if is_french_word(word):
        return True
    from relance.drafts import proofread

    readings = proofread.readings_if_available(word)
    return word[-1:] in ("s", "x", "z") and any(":i" in reading for reading in readings)


def _fr_compound(word: str) -> str:
    """« Conductrice-Receveuse » -> « conductrice-receveuse »; « Saint-Maclou » and
    « Île-de-France » (a name in some part) as typed."""
    parts = word.split("-")
    if not all(part and _fr_title_known(part.lower()) for part in parts):
        return word
    if any(part in KEEP_CAPITALISED or part[1:] != part[1:].lower() for part in parts):
        return word
    return word.lower()


def _fr_title_word(word: str) -> str:
    """'Chef' -> 'chef'; 'RH', 'DevOps', 'Ruby' and 'Montreuil' keep their capitals;
    'Français/LSF' -> 'français/LSF'."""
    if "/" in word:
        return "/".join(_fr_title_word(part) if part else part for part in word.split("/"))
    # « Conductrice-Receveuse », « d'Intervention » (writer BU): each part a word of its own
    elided, apostrophe, bare = word.partition("'")
    if apostrophe and len(elided) <= 2 and bare:
        # « diplômée d'État »: the State keeps its capital
        kept = bare if bare.lower() in ("état", "etat") else _fr_title_word(bare)
        return f"{elided}'{kept}"
    if "-" in word.strip("-"):
        return _fr_compound(word)
    if word in KEEP_CAPITALISED or word[1:] != word[1:].lower():
        return word
    if brands().get(word.lower()) == word:
        return word  # "Dessinateur projeteur Revit" (writer BE's be13): a tool, never « revit »
    return word.lower() if _fr_title_known(word.lower()) else word
