"""A job title as a sentence needs it, from a job board's heading.

"Préparateur de commandes Réf. LOG-2611" -> "préparateur de commandes";
"Facteur / Factrice" -> "factrice" for a woman, "facteur" otherwise; "Alternant(e) BTS MCO" ->
"alternante BTS MCO" or "alternant BTS MCO"; "Développeur·se web" -> "développeuse web".
What a title says about the contract, the reference or the gender is the ad's business,
not the sentence's. When the candidate's gender is unknown, the first form is kept: it is
the one the ad put first.
"""

from __future__ import annotations

import re

from relance.drafts import proofread
from relance.drafts.accents import is_french_word, restore_accents
from relance.drafts.elision import elides
from relance.drafts.title_feminine import feminine_title, last_of_the_person
from relance.drafts.title_runs import head_run

FEMININE = "f"
# (H/F), F/H, (m/f/d), (w/m/d), (M/F/X): the ad's notice that the job is open to all.
GENDER_NOTICE = re.compile(
    r"\(?\b[HFhfMmWwDdXx]\s*/\s*[HFhfMmWwDdXx](?:\s*/\s*[HFhfMmWwDdXx])?\b\)?"
)
# "Réf. LOG-2611", "Ref:PH-22", "(Ref: WH-2209)", "#4471", "n° 2024-118".
REFERENCE = re.compile(
    r"[\s(/,-]*(?:\b(?:r[ée]f(?:[ée]rence)?|ref|n°|job\s+id|id)\b\.?\s*[:#]?\s*|#)"
    r"[\w-]*\d[\w-]*\)?",
    re.IGNORECASE,
)
# The contract and working time after the title: "CDI 35h", "CDD 6 mois", "Part Time".
CONTRACT = re.compile(
    r"[\s,(-]+\b(?:CDI|CDDU|CDDI|CDD|intérim|interim|temps\s+(?:plein|partiel)|part[\s-]time|"
    r"full[\s-]time|freelance|\d+\s?h\b|\d+\s?mois)\b.*$",
    re.IGNORECASE,
)
# A parenthesis typed apart at the end says where or when, not what: "(Remote)", "(Nights)".
TRAILING_ASIDE = re.compile(r"\s+\([^()]*\)\s*$")
# A parenthesis the cut at " - " left open: "Régisseur·se lumière (CDDU".
UNCLOSED = re.compile(r"\s*\([^()]*$")
# The board's tag before the title: "[Mobilité interne] Conseiller bancaire", "[URGENT] Cook".
LEADING_TAG = re.compile(r"^\s*\[[^\[\]]{1,40}\]\s*")
# Inclusive endings written after a masculine word: "(e)", "·se", ".rice", "(ne)".
# A hyphen too, before a feminine ending only ("Technicien-ne", writer BB's bb18), never a
# compound's second word ("Aide-soignant", "post-doctoral").
INCLUSIVE = re.compile(
    r"(?<=\w)(?:\(([a-zèé]{1,5})\)|[·.•]([a-zèé]{1,5})\b|"
    r"-(ne|e|ère|euse|se|rice|trice|ve|fe|le)\b)"
)


def feminine_of(word: str, ending: str) -> str:
    """'développeur' + 'se' -> 'développeuse'; 'chargé' + 'e' -> 'chargée'."""
    if ending in ("se", "euse") and word.endswith("eur"):
        return word[:-3] + "euse"
    if ending in ("rice", "trice") and word.endswith("teur"):
        # "Testeur·rice" (writer AO's ao17): « testeuse », the word French has
        trice, euse = word[:-4] + "trice", word[:-3] + "euse"
        return euse if not is_french_word(trice) and is_french_word(euse) else trice
    if ending in ("ère", "ere") and word.endswith("er"):
        return word[:-2] + "ère"
    if ending == "ve" and word.endswith("f"):
        return word[:-1] + "ve"
    if ending == "e" and word.endswith("e"):
        return word
    if ending == "e" and word.endswith("er"):
        return word[:-2] + "ère"  # "Infirmier(e)", "Boucher(e)": never "infirmiere"
    if ending == "e" and word.endswith(("ien", "on")):
        return word + "ne"  # "Technicien(e)", "Patron(e)": never "techniciene"
    return word + ending


# A head noun the ad typed masculine alone, before a qualifier marked inclusive ("Agent
# d'accueil polyvalent·e", writer O's o07): its feminine, so that the two agree.
HEAD_FEMININE = {
    "agent": "agente", "professeur": "professeure", "ingénieur": "ingénieure",
    "technicien": "technicienne", "employé": "employée", "assistant": "assistante",
    "adjoint": "adjointe", "chargé": "chargée", "conseiller": "conseillère",
    "vendeur": "vendeuse", "serveur": "serveuse", "opérateur": "opératrice",
}  # fmt: skip


# Endings of a noun of a person (« agent », « chauffeur », « technicien »), whose feminine the
# qualifiers after it must agree with.
PERSON_ENDINGS = ("eur", "ier", "ien", "ant", "ent", "iste", "ire", "on", "in", "ot", "and")


def _head(words: list[str], gender: str) -> tuple[list[str], str]:
    """The title's head made to agree with its marked qualifiers for a woman; the gender to
    give the qualifiers (masculine when the head is masculine and its feminine unknown:
    "agent d'accueil polyvalente" agrees with nothing)."""
    head = words[0] if words else ""
    if gender != FEMININE or INCLUSIVE.search(head) or head.lower().endswith("e"):
        return words, gender
    if not any(INCLUSIVE.search(word) for word in words[1:]):
        return words, gender
    feminine = HEAD_FEMININE.get(head.lower())
    if feminine is None and not head.lower().endswith(PERSON_ENDINGS):
        return words, gender  # "Spa Praticien(ne)" (writer AR's ar11): no person first
    if feminine is None:
        return words, ""
    return [feminine.capitalize() if head[:1].isupper() else feminine, *words[1:]], gender


def one_gender(title: str, gender: str) -> str:
    """Inclusive endings resolved: the feminine form for a woman, the masculine otherwise."""
    words, gender = _head(title.split(" "), gender)
    out = []
    for word in words:
        match = INCLUSIVE.search(word)
        if not match:
            out.append(word)
            continue
        stem = word[: match.start()]
        ending = match.group(1) or match.group(2) or match.group(3)
        rest = INCLUSIVE.sub("", word[match.end() :])  # "aide-soignant(e)-chef": rare
        out.append((feminine_of(stem, ending) if gender == FEMININE else stem) + rest)
    if gender == FEMININE and len(out) > 2 and out[0] != words[0]:
        # « Technicien·ne d'Intervention Polyvalent » (writer BU's bu07): the ad marked the
        # head only; what says what the person is agrees with her
        out = [out[0], *last_of_the_person(out[1:])]
    return " ".join(out)


def _shares_stem(first: str, second: str) -> bool:
    """'Facteur' and 'Factrice', 'Hôte' and 'Hôtesse': two forms of one word."""
    a, b = first.lower(), second.lower()
    return len(a) >= 3 and len(b) >= 3 and a[:3] == b[:3]


def _acronym(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _qualifier_pair(left_words: list[str], right_words: list[str], tight: bool, lang: str) -> bool:
    """'Interprète Français / LSF', 'bilingue Français/Arabe', 'Java/Spring Boot', 'TIG/MIG':
    two languages or skills of one title, not two titles ('Commis de cuisine / Plongeur',
    'Line Cook / Chef de Partie', 'Team Member / Barista')."""
    if len(left_words) < 2:
        return False  # "Barista/All-rounder": two titles
    if tight:
        return True  # "Java/Spring", "N1/N2": typed as one word
    before, after = left_words[-1], right_words[0]
    if any(word[:1].isupper() for word in right_words[1:]):
        return False  # "Chef de projet IT / Product Owner": a second title
    # A French title writes its common words small: a capital inside names a language or a
    # tool ("Interprète Français / LSF", "Développeur Python / Django"); English capitalises all.
    named = lang == "fr" and before[:1].isupper()
    return _acronym(after) or _acronym(before) or named


def pick_form(title: str, gender: str, lang: str = "fr") -> str:
    """'Facteur / Factrice' -> one of them; 'Team Member / Barista' -> 'Team Member';
    'Interprète Français / LSF' and 'Soudeur TIG/MIG' keep their pair."""
    # "Formateur/trice", "Préparateur/trice en pharmacie": an inclusive ending after a slash.
    title = re.sub(r"(?<=[a-zé])/(trice|rice|euse|se|ère|ere|e|ne|ve)\b", r"(\1)", title)
    if "/" not in title:
        return title
    found = re.search(r"(\s*)/(\s*)", title)
    assert found is not None
    left, right = title[: found.start()].strip(), title[found.end() :].strip()
    left_words, right_words = left.split(), right.split()
    if not left_words or not right_words:
        return left or right
    if _shares_stem(left_words[0], right_words[0]) and (
        len(left_words) == 1 or len(left_words) == len(right_words)
    ):
        # "Conseiller / Conseillère clientèle": the words after the pair belong to both;
        # "Conducteur receveur / Conductrice receveuse": each form whole.
        if len(left_words) > 1:
            return right if gender == FEMININE else left
        chosen = right_words[0] if gender == FEMININE else left_words[0]
        return " ".join([chosen, *right_words[1:]])
    tight = not (found.group(1) or found.group(2))
    if tight and _acronym(left_words[-1]) and _acronym(right_words[0]):
        pair = f"{left_words[-1]}/{right_words[0]}"  # "UX/UI Designer" (ac17), never "UX"
        return " ".join([*left_words[:-1], pair, *right_words[1:]])
    if _same_head(left_words, right_words):
        return left  # "Assistant(e) RH / Assistant·e ressources humaines" (ac03): one title
    if len(left_words) == 1 and _acronym(left_words[0]) and len(right_words) > 1:
        return pick_form(right, gender, lang)  # "IBODE / Infirmier(e) de bloc": spelt out
    if len(left_words) == 1 and len(right_words) > 2 and right_words[1].lower() in ("de", "du"):
        # "Femme/Valet de chambre": two heads of two genders, one tail; the head of the
        # candidate's gender. "Serveur / Chef de rang" (ac07) is two titles: the first.
        if _gendered_pair(left_words[0], right_words[0]):
            return " ".join([_head_of(left_words[0], right_words[0], gender), *right_words[1:]])
        return left
    if lang == "en" and len(left_words) == 1 and len(right_words) > 1:
        grades = {left_words[0].lower(), right_words[0].lower()}
        if grades <= EN_GRADES:  # "Qualified / Trainee Dental Nurse" (writer BK's bk38)
            return " ".join(right_words[1:])
    if lang == "fr" and not tight and _fr_agent(right_words[0]):
        return left  # "Planificateur Transport / Logisticien" (ac05): a second title
    if _qualifier_pair(left_words, right_words, tight, lang):
        pair = f"{left_words[-1]}/{right_words[0]}"
        rest = pick_form(" ".join(right_words[1:]), gender, lang).split()
        return " ".join([*left_words[:-1], pair, *rest])
    return left


# Grades of one English title typed as its pair ("Qualified / Trainee Dental Nurse"): the title
# is the noun they share, the ad open to both.
EN_GRADES = frozenset(
    {"qualified", "unqualified", "trainee", "senior", "junior", "graduate", "experienced",
     "apprentice", "registered", "newly", "lead", "principal", "assistant"}
)  # fmt: skip


def _same_head(left_words: list[str], right_words: list[str]) -> bool:
    """Both sides open with one word, whatever its inclusive ending: one title spelt twice."""
    if len(left_words) < 2 or len(right_words) < 2:
        return False

    def stem(word: str) -> str:
        return re.sub(r"[(·.•].*$", "", word).lower()

    return stem(left_words[0]) == stem(right_words[0])


def _gendered_pair(first: str, second: str) -> bool:
    from relance.drafts.gender import noun_gender

    genders = {noun_gender(first.lower()), noun_gender(second.lower())}
    return len(genders) == 2 and "" not in genders


# A French person's noun: a trade named by its ending ("Logisticien", "Conducteur").
FR_AGENT = re.compile(r"(?:eur|euse|ier|ière|ien|ienne|iste|rice)(?:\(\w+\)|·\w+)?$")


def _fr_agent(word: str) -> bool:
    return word[:1].isupper() and len(word) > 4 and bool(FR_AGENT.search(word.lower()))


def _head_of(first: str, second: str, gender: str) -> str:
    """Of two heads typed as a pair, the one of the candidate's gender, else the first."""
    from relance.drafts.gender import FEM, MASC, noun_gender

    wanted = {FEMININE: FEM, "m": MASC}.get(gender, "")
    return second if wanted and noun_gender(second.lower()) == wanted else first


# The ad's praise of the person sought, after the trade: "Vendeur·se Sport Passionné·e" is a
# job board's slogan (writer AC's ac08), and « poste de vendeuse sport passionnée » reads so.
SLOGAN = re.compile(
    r"\s+(?:passionn[ée]e?|motiv[ée]e?|enthousiaste|dynamique|souriant)(?:\(e\)|[·.•]e|e)?"
    r"(?=\s*(?:$|[-–—|(/]))",
    re.IGNORECASE,
)


# a hotel's or a campsite's stars, typed after its name or a title: "****", "4*", "4 étoiles"
STAR_RATING = re.compile(r"\s+(?:\*{1,5}|\d\s?\*|\d\s+(?:étoiles|stars?))(?=\s|$)", re.I)


INNER_ACRONYM = re.compile(r"\s+\([A-Z]{2,6}\)(?=\s)")
GRADE = re.compile(r"\s+(?:échelon|echelon|coefficient|coef\.?)\s+\d+\s*$", re.I)


def without_noise(title: str) -> str:
    """The title less the ad's reference, gender notice, contract, slogan, trailing asides."""
    title = SLOGAN.sub("", LEADING_TAG.sub("", REFERENCE.sub("", title)))
    notice = GENDER_NOTICE.search(title)
    before = title[: notice.start()].split() if notice else []
    if notice and len(before) >= 2 and title[notice.end() :].strip()[:1].isupper():
        # « Conducteur receveur bus H/F Marseille permis D » (writer BD's bd16): after the
        # notice, a capital starts the place or the requirements, never the title
        title = title[: notice.start()]
    title = GENDER_NOTICE.sub(" ", title)
    title = re.split(r"\s+[-–—|]\s+", title)[0]
    title = UNCLOSED.sub("", title)
    # "(CDDI 26h)" cut at its hours (writer BJ's bj12) is no parenthesis left open
    title = UNCLOSED.sub("", CONTRACT.sub("", title))
    title = STAR_RATING.sub("", title)  # "Réceptionniste de nuit (H/F) 4*" (writer BB's bb09)
    # « Auxiliaire Spécialisé(e) Vétérinaire (ASV) échelon 4 » (writer BU's bu16): the
    # title's acronym in brackets and the pay grade after it are the ad's
    title = GRADE.sub("", INNER_ACRONYM.sub("", title))
    previous = None
    while previous != title:
        previous = title
        title = TRAILING_ASIDE.sub("", title)
    return re.sub(r"\s+", " ", title).strip(" ,;:-–—/")


def plain_title(text: str, gender: str = "", lang: str = "fr") -> str:
    """The title's words alone, in the candidate's gender: casing is left to the caller."""
    plain = without_noise(text)
    plain = head_run(plain) if lang == "en" else plain
    title = one_gender(pick_form(plain, gender, lang), gender)
    return with_de(title) if lang == "fr" else title


# A trade's head and the plural noun of what it handles, typed without « de » on a job board
# ("Cueilleur abricots H/F", « vendeur(se) glaces », writer BN): « cueilleur d'abricots »,
# « vendeuse de glaces ». Only two words, the second a plural noun and nothing else
# (« conseiller clientèle », « agent sécurité » are left as typed).
AGENT_HEAD = re.compile(r"^\w+(?:eur|euse|rice|iste|ier|ière|ien|ienne|ant|ante)$", re.I)


def with_de(title: str) -> str:
    words = title.split()
    if len(words) != 2 or not AGENT_HEAD.match(words[0]) or not words[1].islower():
        return title
    if words[0].lower().startswith(("technicien", "conseill")):
        return title  # « technicien pneus », « conseiller clientèle »: the trade's own names
    # every reading but a verb's is a plural noun ("glaces": la glace, glacer), and one is
    nouns = [r for r in proofread.readings_if_available(words[1]) if "/:V" not in r]
    if not nouns or not all(":N" in r and ":p" in r for r in nouns):
        return title
    de = "d'" if elides(words[1]) else "de "
    return f"{words[0]} {de}{words[1]}"


def _the_ads_heading(title: str, heading: str) -> bool:
    """The title is the ad's heading, or its first title before a second one after a slash
    ("Auditeur financier senior / Assistant Manager H/F", writer BW's bw16), never the
    masculine form before its feminine one ("Vendeur / Vendeuse")."""
    if title == heading:
        return True
    if not heading.startswith(title + " /"):
        return False
    second = heading[len(title) + 2 :].split()
    return bool(second) and second[0][:3].lower() != title[:3].lower()


def for_a_woman(text: str, title: str, lang: str) -> str:
    """The title a woman writes when the ad typed it masculine beside its gender notice
    ("Négociateur immobilier H/F" -> « négociatrice immobilière »); any other title as is
    (a candidate whose gender is unknown keeps the ad's form: the notice is no second form)."""
    notice = GENDER_NOTICE.search(text) and not INCLUSIVE.search(text) and "/" not in title
    if lang == "fr" and notice and _the_ads_heading(title, without_noise(text)):
        if title.isupper() and " " in title:  # "AGENT ANIMALIER" (ay06): every word agrees
            title = title.lower()
        # "Educateur spécialisé (F/H)" (writer BA's ba08): « éducatrice » is found once the
        # head has its accent back
        feminine = feminine_title(title)
        if feminine == title:
            accented = restore_accents(title[:1].lower() + title[1:])
            feminine = feminine_title(accented[:1].upper() + accented[1:])
        return feminine
    return title
