"""The determiner a noun phrase takes in the catch-up's sentences.

"caisse et accueil" is "la caisse et l'accueil" after "le poste comprend"; a strong point is
the candidate's own ("mon année en caisse", "mes CACES 3 et 5 à jour"); a reason to join
takes the indefinite article ("une équipe stable") unless it is abstract ("l'utilité
sociale du poste") or the candidate's own ("ma passion pour la mécanique"). The head's
gender comes from `gender` (endings and a trades list) before the model's guess. English's
determiners are `en_determiners`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from relance.drafts import gender, morph
from relance.drafts.accents import brands
from relance.drafts.elision import elides
from relance.drafts.fr_activities import as_experience
from relance.drafts.morph import NOUN, Shape
from relance.drafts.reading import join


def _fr_gender(shape: Shape) -> str:
    """The head noun's gender: the ending or the list (`gender`) before the model's guess."""
    return gender.phrase_gender(shape.text) or shape.gender


def fr_each(shape: Shape, determine: Callable[[Shape], str]) -> str:
    """'caisse et accueil' -> 'la caisse et l'accueil': each noun of a list with its own
    determiner, when each is a bare noun ("CACES 3 et 5" stays one)."""
    shared = COMPLEMENT_AND.match(shape.text)
    if shared and morph.shape(shared["other"], "fr").number == "Plur":
        # « gestion des retards et passagers mécontents » (writer BU's bu12): « et » joins
        # two complements of one noun, never « la gestion des retards et les passagers »
        return determine(replace(shape, text=f"{shared['head']} et des {shared['other']}"))
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


# a noun, its plural complement with « des », « et », a second plural noun bare
COMPLEMENT_AND = re.compile(
    r"^(?P<head>[a-zéèêà]+ des [\w'-]+(?: [a-zéèêà]+)?) et (?P<other>[a-zéèêà]+s(?: [a-zéèêà]+)?)$"
)
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


# An acronym, invariable, whose adjective tells it plural: « EPI complets », « CACES valides »
FR_PLURAL_AFTER_ACRONYM = re.compile(
    r"^[A-Z]{2,}\s+(?:complets|complètes|obligatoires|valides|fournis|fournies|adaptés|"
    r"adaptées|requis|nécessaires)$"
)


def _fr_definite(shape: Shape) -> str:
    text = shape.text
    first = text.split(" ", 1)[0].lower()
    acronym = gender.acronym_article(text.split(" ", 1)[0])
    if acronym and not shape.determined:
        if FR_PLURAL_AFTER_ACRONYM.match(text):
            return "les " + text  # "les EPI complets" (writer CA's ca03: "l'EPI complets")
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
    r"de\s+refonte|de\s+migration|"
    # the site's size (writer CA's ca04: « c'est mon projet énorme »)
    r"énorme|enorme|immense|gigantesque|phare|emblématique|emblematique|hors\s+norme)\b",
    re.IGNORECASE,
)
FR_HUGE = re.compile(
    r"^(?:projet|chantier)\s+(?:énorme|enorme|immense|gigantesque|hors\s+norme)$", re.IGNORECASE
)
# A way of working or living the job offers, one of its kind: « le travail d'équipe », « la vie
# de village », « l'ancrage local » (writer CA's reader: « c'est un travail d'équipe »)
FR_ONE_OF_A_KIND = frozenset({"vie", "ancrage", "esprit", "contact", "rythme"})
# « le travail d'équipe », « le travail en extérieur »; « un travail stable », « un travail qui
# a du sens » keep theirs
FR_WORK_OF = re.compile(r"^travail\s+(?:d'|de\s|des\s|du\s|dehors\b)", re.IGNORECASE)


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
    if FR_HUGE.match(text):  # « projet énorme »: « l'envergure du projet »
        return "l'envergure du " + text.split(" ", 1)[0].lower()
    if FR_THEIR_PROJECT.match(text):  # "projet pédagogique tourné vers la nature" (Y's y05)
        return _fr_definite(shape)
    one_of_a_kind = head in FR_ONE_OF_A_KIND or FR_WORK_OF.match(text)
    if head.endswith(ABSTRACT) or one_of_a_kind or head == "sens" or " " not in text:
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


# A name in capitals and its edition ("OPERA cloud", writer BY's by35), never "CACES 3"
SOFTWARE_EDITION = re.compile(
    r"^[A-Z]{2,}(?:\s+[A-Z]{2,})?\s+(?:cloud|suite|online|web|mobile)$", re.IGNORECASE
)


def _tool(name: str, tools: set[str]) -> bool:
    edition = SOFTWARE_EDITION.match(name) and name.split()[0].isupper()
    return name in tools or bool(SYSTEM.match(name) or SOFTWARE_SPELLING.match(name) or edition)


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
