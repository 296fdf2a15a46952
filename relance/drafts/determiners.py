"""The determiner a noun phrase takes in the catch-up's sentences.

"caisse et accueil" is "la caisse et l'accueil" after "le poste comprend"; a strong point is
the candidate's own ("mon année en caisse", "mes CACES 3 et 5 à jour"); a reason to join
takes the indefinite article ("une équipe stable") unless it is abstract ("l'utilité
sociale du poste") or the candidate's own ("ma passion pour la mécanique"). The head's
gender comes from `gender` (endings and a trades list) before the model's guess. English:
"my" before a strong point, "the" before a bare singular noun the role covers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from relance.drafts import gender, morph
from relance.drafts.accents import brands
from relance.drafts.en_activities import as_experience as en_as_experience
from relance.drafts.fr_activities import as_experience
from relance.drafts.grammar import elides
from relance.drafts.morph import NOUN, Shape
from relance.drafts.morph_words import EN_FUNCTION
from relance.drafts.reading import join


def _fr_gender(shape: Shape) -> str:
    """The head noun's gender: the ending or the list (`gender`) before the model's guess."""
    return gender.phrase_gender(shape.text) or shape.gender


def fr_each(shape: Shape, determine: Callable[[Shape], str]) -> str:
    """'caisse et accueil' -> 'la caisse et l'accueil': each noun of a list with its own
    determiner, when each is a bare noun ("CACES 3 et 5" stays one)."""
    parts = re.split(r" et |, ", shape.text)
    bare = all(part[:1].isalpha() and part[:1].islower() for part in parts)
    # "CAP et BP menuisier": two diplomas, each "mon" ("permis B et C", "CACES 3 et 5": one)
    bare = bare or all(ACRONYM_FIRST.match(part) for part in parts)
    # « BP + 4 ans officine »: a diploma and years, each its own (« mon BP et mes 4 ans… »)
    bare = bare or all(ACRONYM_FIRST.match(part) or YEARS_FIRST.match(part) for part in parts)
    if len(parts) > 1 and bare and "(" not in shape.text:
        words = [morph.shape(part, "fr") for part in parts]
        if all(
            word.kind == NOUN
            and (not word.determined or YEARS_FIRST.match(word.text))
            and fr_noun_head(word)
            for word in words
        ):
            return join([determine(word) for word in words], "fr")
    return determine(shape)


ACRONYM_FIRST = re.compile(r"^[A-Z]{2,}\b")
YEARS_FIRST = re.compile(r"^\d+\s+ans\b")
# Adjectives and adverbs a noun phrase may start with: "bonne gestion", "très bonne tenue".
FR_BEFORE_HEAD = frozenset(
    {"très", "bon", "bonne", "bons", "bonnes", "grand", "grande", "petit", "petite", "beau",
     "belle", "nouveau", "nouvelle", "vrai", "vraie", "forte", "fort", "excellent",
     "excellente", "première", "premier", "long", "longue"}
)  # fmt: skip
# A person's trade as the head ("skieur confirmé", "caissière 10 ans"): no "mon" before it.
FR_AGENT = ("eur", "euse", "ier", "ière", "iste", "rice")


def fr_noun_head(shape: Shape, mine: bool = False) -> bool:
    """Does the phrase start with a noun an article can go before ("caisse", "bonne
    gestion du stress")? "habituée au froid", "autonome avec les machines" do not; with
    `mine` (a strong point said as "mon …"), nor does a trade ("skieur confirmé")."""
    text = shape.text
    if shape.determined or not text[:1].isalpha() or not text[:1].islower():
        return True
    if FR_ONE_YEAR.match(text) or FR_ALREADY.match(text):
        return True
    if text.split(" ", 1)[0].lower() in FR_QUANTITY:
        return True  # "environ 40 recrutements par mois"
    words = [word.lower() for word in text.split()]
    while len(words) > 1 and words[0] in FR_BEFORE_HEAD:
        words.pop(0)
    head = words[0].split("'")[-1]
    if mine and head.endswith(FR_AGENT):
        return False
    # "autonome avec les machines": an adjective and its complement, not a noun phrase.
    if len(words) > 1 and words[1] in FR_AFTER_ADJECTIVE and morph.fr_is_adjective(head):
        return False
    return morph.fr_is_noun(head)


FR_AFTER_ADJECTIVE = frozenset({"avec", "à", "au", "aux", "sur", "en", "envers"})


# Nouns spelled the same in the singular ("le sens", "le temps"): the model calls them plural.
FR_INVARIABLE = frozenset(
    """sens temps cours corps repas bras dos poids prix choix mois fois pays succès accès
    procès progrès concours discours secours parcours recours""".split()  # noqa: SIM905
)


def _plural(shape: Shape) -> bool:
    head = shape.text.split(" ", 1)[0].lower()
    if head in FR_INVARIABLE:
        return False
    # the tagger may call a lone plural singular ("week-ends"): the dictionary lists its singular
    table = gender.dictionary()
    listed = head.endswith(("s", "x")) and head not in table and head[:-1] in table
    return shape.number == "Plur" or listed


def fr_article(shape: Shape) -> str:
    """A bare noun phrase with the definite article its head asks for."""
    return fr_each(shape, _fr_definite)


# A quantity first ("environ 40 recrutements", "plus de rigueur") takes no article.
FR_QUANTITY = frozenset({"environ", "près", "plus", "moins", "jusqu'à", "beaucoup", "peu", "zéro"})


def _fr_definite(shape: Shape) -> str:
    text = shape.text
    first = text.split(" ", 1)[0].lower()
    acronym = gender.acronym_article(text.split(" ", 1)[0])
    if acronym and not shape.determined:
        return acronym + text  # "la DPAE", "l'EHPAD"
    if shape.determined or text[:1].isupper() or first in FR_QUANTITY:
        return text
    if _plural(shape):
        return "les " + text
    if elides(text):
        return "l'" + text
    return ("la " if _fr_gender(shape) == "Fem" else "le ") + text


def fr_mine(shape: Shape) -> str:
    """A strong point as the candidate's own: 'mes 3 ans en banque', 'ma maîtrise de Taleo'."""
    text = shape.text
    if shape.determined and not text[:1].isdigit():
        return text
    if text[:1].isdigit():
        return text if text.startswith("1 ") else "mes " + text
    if _plural(shape):
        return "mes " + text
    if text[:2].isupper():  # "mon BTS", "mon CAP": a diploma's acronym; "ma FIMO"
        return (gender.acronym_article(text.split(" ", 1)[0], "ma ", "mon ") or "mon ") + text
    if _fr_gender(shape) == "Fem" and not elides(text):
        return "ma " + text
    return "mon " + text


ABSTRACT = ("té", "tion", "sion", "isme", "ance", "ence")
# A noun its complement makes definite: "le secteur de la santé", "l'univers du jouet", never
# "c'est un secteur de la santé" (writer I's reader: "c'est un service public" for "le").
FR_OF_THE = re.compile(r"^\S+(?:\s+\S+)?\s+(?:du|de la|de l'|des)\s", re.IGNORECASE)
# A noun with "public" names the sector, one of its kind: "le service public", "la santé
# publique", "la lecture publique".
FR_PUBLIC = re.compile(r"^\S+\s+publi(?:c|que)\b", re.IGNORECASE)
# A reason that is the candidate's own, not the job's: "ma passion pour la mécanique".
FR_OWN_REASONS = frozenset({"passion", "envie", "goût", "intérêt", "rêve", "projet", "souhait"})
# The employer's project, never the candidate's: "projet pédagogique", "projet d'établissement".
FR_THEIR_PROJECT = re.compile(
    r"^projet\s+(?:pédagogique|pedagogique|éducatif|educatif|d'établissement|d'entreprise|"
    r"associatif|de\s+service|de\s+site|d'usine|d'agence|social|de\s+soins|de\s+croissance|"
    r"de\s+développement|"
    r"de\s+restructuration|de\s+transformation|d'expansion|de\s+rachat|"
    # "projet long terme" (writer AI's ai13): the client's, said of the job
    r"(?:à\s+|a\s+)?long(?:\s+terme)?|au\s+long\s+cours|d'envergure|ambitieux|innovant|"
    r"de\s+refonte|de\s+migration)\b",
    re.IGNORECASE,
)


def fr_indefinite(shape: Shape) -> str:
    """A reason to join, with the article its head asks for: "une équipe stable", "l'utilité
    sociale du poste" (what is abstract is definite); what is the candidate's own ("passion
    pour la mécanique") takes the possessive."""
    text = shape.text
    if shape.determined or text[:1].isupper():
        return text
    head = text.split(" ", 1)[0].lower()
    if head in FR_OWN_REASONS and not FR_THEIR_PROJECT.match(text):
        return fr_mine(shape)
    if FR_THEIR_PROJECT.match(text):  # "projet pédagogique tourné vers la nature" (Y's y05)
        return _fr_definite(shape)
    if head.endswith(ABSTRACT) or head == "sens" or " " not in text:  # "le ski", "le sens…"
        return _fr_definite(shape)
    if not _plural(shape) and (FR_OF_THE.match(text) or FR_PUBLIC.match(text)):
        return _fr_definite(shape)
    if _plural(shape):
        return "des " + text
    return ("une " if _fr_gender(shape) == "Fem" else "un ") + text


FR_ONE_YEAR = re.compile(r"^(?:déjà\s+)?(?:1|un)\s+an\b\s*", re.IGNORECASE)
FR_ALREADY = re.compile(r"^déjà\s+(?=\d)", re.IGNORECASE)
FR_ACRONYM_LIST = re.compile(r"^[A-Z]{2,}\s+\d+(?:\s*(?:,|et)\s*\d+)+")
# Years typed with their place ("2 ans en EHPAD", "5 ans chez Geodis") are years of work:
# "mes 2 ans d'expérience en EHPAD", never the clipped "mes 2 ans en EHPAD". Years "de"
# something ("8 ans de nuit", "3 ans d'exp") already say what they were.
# "8 ans à mon compte" is a set phrase (self-employed): as typed.
FR_YEARS_AT = re.compile(r"^(\d{1,2})\s+ans\s+(?=(?:en|chez|dans|au|aux|à)\s)(?!à\s+mon\s+compte)")


# A noun whose object follows with "de", typed with a name right after it ("maitrise cegid").
# A tool named by its kind and its name (writer AU's au12: « mettre en avant mon logiciel
# LGPI »): what the candidate has is the command of it.
FR_SOFTWARE = re.compile(r"^(logiciel|progiciel|outil|ERP|CRM|WMS|TMS|SIRH)\s+[A-Z][\w-]*$")
FR_OF_NAME = re.compile(
    r"^((?:bonne\s+|très\s+bonne\s+)?(?:maîtrise|connaissance|pratique|utilisation))\s+(?=[A-Z])"
)


# A system named by its brand and its kind (writer BH's bh22: « mon Opera PMS »): a tool.
SYSTEM = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:PMS|CRM|ERP|WMS|TMS|SIRH|GMAO|SIEM)$")
# Software typed by its own spelling (writer BH's bh35: "DHIS2 and KoboToolbox"): a digit in
# its letters, or a capital inside it.
SOFTWARE_SPELLING = re.compile(r"^(?:[A-Z][A-Za-z]*\d+[A-Za-z\d]*|[A-Z][a-z]+[A-Z][A-Za-z]*)$")


def _tool(name: str, tools: set[str]) -> bool:
    return name in tools or bool(SYSTEM.match(name) or SOFTWARE_SPELLING.match(name))


def en_tools(text: str) -> str:
    """ "DHIS2 and KoboToolbox" as a strong point is "my experience with DHIS2 and
    KoboToolbox", never the names bare after "highlight"; "" when not only tools."""
    names = re.split(r"\s*,\s*|\s+and\s+", text)
    tools = set(brands().values())
    return "my experience with " + text if all(_tool(name, tools) for name in names) else ""


def fr_tools(text: str) -> str:
    """« Excel et SAP » as a strong point is « ma maîtrise d'Excel et de SAP », never « mon
    Excel »; "" when the text is not only the names of tools."""
    names = re.split(r"\s*,\s*|\s+et\s+", text)
    tools = set(brands().values())
    if not all(_tool(name, tools) for name in names):
        return ""
    return "ma maîtrise " + join([("d'" if elides(name) else "de ") + name for name in names], "fr")


def fr_strong(shape: Shape) -> str:
    """A strong point as the candidate's own, in a sentence: "déjà 1 an en caisse" is "mon
    année en caisse", "CACES 3 et 5 à jour" is "mes CACES 3 et 5 à jour"."""
    text = shape.text
    tools = fr_tools(text)
    if tools:
        return tools
    experience = as_experience(text)  # never « ma stérilisation », « mon repassage »
    if experience:
        return experience
    software = FR_SOFTWARE.match(text)  # « logiciel LGPI »: never « mon logiciel LGPI »
    if software:
        article = "de l'" if elides(software.group(1)) else "du "
        return f"ma maîtrise {article}{text}"
    if FR_ONE_YEAR.match(text):
        return "mon année " + FR_ONE_YEAR.sub("", text)
    text = FR_ALREADY.sub("", text)
    of = FR_OF_NAME.match(text)  # "maîtrise Cegid": "ma maîtrise de Cegid"
    if of:
        name = text[of.end() :]
        text = of.group(1) + (" d'" if elides(name) else " de ") + name
    if FR_ACRONYM_LIST.match(text):
        return "mes " + text
    years = FR_YEARS_AT.match(text)
    if years and int(years.group(1)) > 1:
        return f"mes {years.group(1)} ans d'expérience " + text[years.end() :]
    return fr_mine(replace(shape, text=text))


def en_mine(shape: Shape) -> str:
    """A strong point as the candidate's own: "my 5 years in retail", "my forklift licence";
    a name or an acronym stands alone ("Python and SQL")."""
    text = shape.text
    if shape.determined and not text[:1].isdigit():
        return text
    experience = en_as_experience(text) or en_tools(text)  # never "my inspection and testing"
    if experience:
        return experience
    if acronym_before_count_noun(text, owned=True):
        return "my " + text  # "my CSCS card", "my HR licence", never "CSCS card" bare
    if EN_LEVELLED.match(text):
        return "my " + text  # "my RHS level 2", never "I was able to highlight RHS level 2"
    if text[:1].isupper() and not _en_name_before_noun(text):
        return text
    return "my " + text


# A qualification named by its body and its level: "RHS level 2", "NVQ Level 3", "QQI level 6"
# (writer O's o39), the candidate's own as a licence is.
EN_LEVELLED = re.compile(r"^[A-Z]{2,6}\s+(?:level|grade|stage)\s+\d\b", re.IGNORECASE)


def _en_name_before_noun(text: str) -> bool:
    """'Christmas availability', 'Excel skills', 'Spanish fluency': a name (one capital, then
    small letters) used before a common noun, which is the candidate's like any other ("my
    Christmas availability"); "Python and SQL", "Level 3 PT" stay bare."""
    words = text.split()
    first, head = words[0], words[-1]
    if len(words) < 2 or not first.isalpha() or not first[1:].islower() or not head.isalpha():
        return False
    if not head.islower() or any(word.lower() in ("and", "or") for word in words):
        return False
    return head in morph.lemminflect_parts(head).get("NOUN", ())


def en_expected(shape: Shape) -> str:
    """What is expected, said after "you mentioned": a quality reads bare ("great customer
    service"), a name before a noun that may be counted takes "the" as the role's "the CSCS
    card" does ("the DBS check", "the ParaPro test or 60 credit hours": the first of two)."""
    head = shape.text.split(" or ")[0]
    # the name and its noun alone: "STCW basic safety", "SWMS every day" are no one thing
    if not shape.determined and len(head.split()) == 2 and acronym_before_count_noun(head, True):
        return "the " + shape.text
    if not shape.determined and en_one_countable(shape.text):
        return en_indefinite(shape.text)  # "a driving licence", "a team player"
    return shape.text


def en_one_countable(text: str) -> bool:
    """'driving licence', 'team player', 'quarterly revenue target': a bare noun phrase of
    small words whose head is one thing that may be counted, which English never leaves
    without its article ("you mentioned driving assessment", writer O's reader). The head
    is told countable when the lexicon has no mass use of it ("player", "target"), or when a
    gerund before it makes it one kind of thing whose plural is common ("driving licence",
    "a driving assessment"); "great customer service", "good english communication",
    "conversational mandarin" stay bare."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(_en_small_word(word) for word in words):
        return False
    if not words[-1].islower():
        return False
    if any(word in EN_FUNCTION or word in morph.EN_DETERMINERS for word in words):
        return False
    if words[-1] in EN_ONE_DOCUMENT:
        return True  # "a valid licence", "a UAE driving licence", "a clean record" (ac36, ac38)
    if not all(word.islower() for word in words):
        return False
    if _en_rare_noun(text):
        return True  # "a weekend rota"
    if len(words) == 3 and morph.en_can_be_verb(words[0]):
        return False  # "document test strategy", "clear training certification": a duty?
    head = words[-1]
    if head not in morph.lemminflect_parts(head).get("NOUN", ()) or head.endswith("ing"):
        return False
    if any(word in EN_LANGUAGE_WORDS for word in words):
        return False  # "conversational mandarin": a language, never "a"
    if morph.en_count_only(head):
        return True
    gerund = any(word.endswith("ing") for word in words[:-1])
    return gerund and morph.en_countable(head) and not morph.en_mostly_mass(head)


EN_LANGUAGE_WORDS = frozenset(
    [
        "english",
        "welsh",
        "irish",
        "french",
        "spanish",
        "german",
        "italian",
        "polish",
        "portuguese",
        "romanian",
        "urdu",
        "punjabi",
        "arabic",
        "mandarin",
        "cantonese",
        "gaelic",
        "hindi",
        "swahili",
    ]
)


def acronym_before_count_noun(text: str, owned: bool = False) -> bool:
    """'CSCS card', 'RF scanner': an acronym before a singular count noun, which English never
    leaves without a determiner ("NVQ level 3", "Python and SQL" stand alone). `owned`: the
    candidate's own, where "my" fits a noun that may be counted too ("my HR licence", "my
    SQL experience"), as "the" would not ("the HR experience")."""
    words = text.split()
    # a name in capitals or with a capital inside it ("ParaPro test", "PowerBI report")
    named = words[0].isupper() or (words[0].isalpha() and not words[0][1:].islower())
    if len(words) < 2 or not named or not words[-1].isalpha():
        return False
    head = words[-1]
    if owned and head.islower() and head not in EN_FUNCTION:
        nouns = morph.lemminflect_parts(head).get("NOUN", ())
        if head.endswith("s") and head not in nouns and nouns:  # "my ASE certificates"
            return morph.en_countable(nouns[0])
        return head in nouns and morph.en_countable(head)
    return head.islower() and morph.en_count_only(head)


# Words after which a noun phrase's head is behind: "brand I love", "pay during training".
EN_AFTER_HEAD = frozenset(
    {"i", "we", "you", "that", "which", "who", "to", "of", "for", "with", "in", "on", "at",
     "near", "during", "from", "and", "or"}
)  # fmt: skip


def _en_count_head(text: str) -> bool:
    """Is the head of this bare noun phrase (its last word before a preposition or a
    relative clause) a singular count noun?"""
    words = text.split()
    cut = next((i for i, word in enumerate(words) if word.lower() in EN_AFTER_HEAD), len(words))
    head = words[cut - 1] if cut > 1 else ""
    return head.isalpha() and head.islower() and morph.en_count_only(head)


EN_FOR = re.compile(r"\bfor\s+((?:[A-Za-z]+\s+){0,2}[a-z]+)$")


def en_after_for(text: str) -> str:
    """'screening officers for new terminal', 'a team leader for night pick' (writer O's
    o36): the singular count noun after "for" at the end of the people sought takes "the"
    ("for the new terminal"); "for nights", "for weekend work", "for Tesco" stay."""
    found = EN_FOR.search(text)
    if not found or " with " in text:
        return text  # "people with clean record for airport permit": the gate reads it whole
    words = found.group(1).split()
    head = words[-1]
    if words[0].lower() in morph.EN_DETERMINERS or words[0].lower() in EN_FUNCTION:
        return text
    if head not in morph.lemminflect_parts(head).get("NOUN", ()) or head.endswith("ing"):
        return text
    if not morph.en_count_only(head) or morph.en_mostly_mass(head):
        return text  # "weekend work", "weekend cover": a mass use too, which needs none
    return text[: found.start(1)] + "the " + found.group(1)


# "the public" is one of the nouns English never leaves bare: "greet public" (writer O's o30)
# is "greet the public", "deal with general public" "deal with the general public".
EN_PUBLIC = re.compile(r"^([a-z]+(?:\s+(?:with|to|for))?)\s+((?:general\s+)?public)\b(?!\s+[a-z])")


def en_the_public(action: str) -> str:
    return EN_PUBLIC.sub(r"\1 the \2", action)


def _en_rare_noun(text: str) -> bool:
    """'weekend rota': a word the part-of-speech lexicon does not know ("rota"), but the
    word list does, after a noun: the head of a compound, which takes "the" (writer O's
    o34, "the role covers weekend rota")."""
    words = text.lower().split()
    if len(words) < 2 or morph.lemminflect_parts(words[-1]):
        return False
    return morph.en_known(words[-1]) and morph.en_noun_only(words[-2])


def _en_activity(word: str) -> bool:
    """'feeding', 'shelving': a gerund whose plural is rare, an activity rather than a thing
    ("building", "meeting", "opening" are counted, and take their article)."""
    parts = morph.lemminflect_parts(word)
    return "VERB" in parts and (not morph.en_countable(word) or morph.en_mostly_mass(word))


# The letters whose name starts with a vowel sound: "an HGV licence", "an MBA", "a UAE visa".
EN_VOWEL_LETTER_NAMES = frozenset("AEFHILMNORSX")


def en_indefinite(words: str) -> str:
    """`words` after "a" or "an", chosen by the first letter (the drafts' stages and workplaces);
    an acronym by its first letter's name."""
    first = words.split(" ", 1)[0]
    if len(first) > 1 and first.isupper() and first.isalpha():
        return ("an " if first[0] in EN_VOWEL_LETTER_NAMES else "a ") + words
    return ("an " if words[:1].lower() in "aeiou" else "a ") + words


# Heads that name one document or one record, always counted: "a valid licence".
EN_ONE_DOCUMENT = frozenset(
    {
        "licence",
        "license",
        "permit",
        "passport",
        "visa",
        "certificate",
        "diploma",
        "record",
        "card",
        "check",
    }
)


def _en_small_word(word: str) -> bool:
    """A lower-case word, or an acronym of a few letters ("UAE", "HGV") before the head."""
    return word.isalpha() and (word.islower() or (word.isupper() and len(word) <= 5))


EN_PARTICLES = frozenset({"to", "with", "for", "on", "up", "out", "into", "across"})
# "everything from seedbeds to sales floor" (writer BA's ba37): a pronoun or a quantifier
# first is its own determiner, never "the everything"
EN_QUANTIFIERS = frozenset(
    {"everything", "anything", "something", "nothing", "everyone", "anyone", "all", "each",
     "both", "most", "much", "many", "several", "some", "any", "every", "either", "neither"}
)  # fmt: skip


def en_article(shape: Shape) -> str:
    """A bare singular noun first ("food hall", "mission") takes "the"; a plural, a name or
    an adjective first ("early shifts", "great team") reads without one."""
    text = shape.text
    first = text.split(" ", 1)[0]
    if not shape.determined and acronym_before_count_noun(text):
        return "the " + text  # "the CSCS card"
    if shape.determined or not first.isalpha() or not first.islower():
        return text
    if first in EN_QUANTIFIERS:
        return text
    rest = text.split(" ")[1:2]
    if first.endswith("ing") and "VERB" in morph.lemminflect_parts(first) and rest:
        return text  # "helping local people": a gerund and its object take no article
    if first.endswith("ing") and not rest and _en_activity(first):
        return text  # "feeding", "grading": an activity, never "the feeding"
    if not morph.en_plural(first) and not morph.en_noun_only(first):
        # "green energy mission", "big change agenda": an adjective or a noun used as one
        # before a singular count noun, which never stands without a determiner.
        parts = morph.lemminflect_parts(first)
        compound = "VERB" in parts and "NOUN" not in parts  # "open source", never "the …"
        return "the " + text if _en_count_head(text) and not compound else text
    if morph.en_plural(first):
        return text
    last = text.split(" ")[-1].lower()
    if last.isalpha() and "NOUN" not in morph.lemminflect_parts(last) and not _en_rare_noun(text):
        return text  # "term time only": no noun phrase to take "the"
    second = text.split(" ")[1:2]
    if second and second[0] in EN_PARTICLES and morph.en_can_be_verb(first):
        return text  # "report to the director": a verb and its preposition
    if _en_activity_head(text):
        return text  # "student supervision", "calf rearing": never "the calf rearing"
    return "the " + text


RARE_PLURAL = 0.03  # plural to singular use below which a head is an activity, uncounted


def _en_activity_head(text: str) -> bool:
    """'student supervision', 'shelf filling': a compound whose head is an activity, a
    gerund or a noun the word list rarely counts, which reads without "the"."""
    words = text.split()
    cut = next((i for i, word in enumerate(words) if word.lower() in EN_AFTER_HEAD), len(words))
    head = words[cut - 1] if cut > 1 else ""
    if not head.isalpha() or not head.islower() or morph.en_plural(head):
        return False  # "the toolbox talks": a plural keeps the article the role gave it
    if head.endswith("ing") and "VERB" in morph.lemminflect_parts(head):
        return True
    if "NOUN" not in morph.lemminflect_parts(head) or morph.en_count_only(head):
        return False
    import lemminflect

    from relance.drafts.morph_en import en_word_frequency

    plurals = [form for form in lemminflect.getInflection(head, "NNS") if form != head]
    counted = sum(en_word_frequency(form) for form in plurals)
    return counted < RARE_PLURAL * max(en_word_frequency(head), 1)
