"""Notes typed on a phone, spelled as a careful writer would: shorthand, accents, capitals.

"qqn de dispo a 6h" becomes "quelqu'un de disponible à 6 h"; "5 yrs w/ i" becomes
"5 years with I". Only what is certain is changed: a table of shorthand per language
(templates/<lang>/shorthand.txt), accents from a dictionary (`accents`), and a few rules
for the little words whose accent depends on the next one ("a jour" -> "à jour").
"""

from __future__ import annotations

import re
from functools import cache

from relance.core import names
from relance.drafts import lost_apostrophes
from relance.drafts.accents import restore_accents
from relance.drafts.fr_lexicon import respelled
from relance.drafts.shorthand import shorthand

# "a" is "à" unless a subject comes before it ("il a", "qui a"): notes have few subjects.
FR_HAS_SUBJECTS = frozenset(
    {"il", "elle", "on", "qui", "ça", "ca", "cela", "y", "ce", "tout", "personne", "chacun",
     "équipe", "poste", "entreprise", "magasin", "site", "service", "recruteur", "recruteuse",
     "manager", "directeur", "directrice", "responsable", "rh", "elle-même", "lui"}
)  # fmt: skip
FR_PARTICIPLES = frozenset(
    {"fait", "dit", "pris", "mis", "eu", "été", "vu", "su", "pu", "voulu", "reçu", "connu",
     "fini", "choisi", "compris", "appris", "aimé", "bien", "beaucoup", "déjà", "toujours",
     "paru", "semblé", "trouvé", "apprécié", "noté", "relevé", "souligné", "insisté"}
)  # fmt: skip
# "des" is "dès" before a moment: "dès la 2e semaine", "dès 6 h", "dès que possible".
# ("des questions", "des lettres" stay: a whole word must follow, not its first letters)
# A number is a moment only with its hour, age or month: "des 3 derniers spectacles" stays.
FR_DES_BEFORE = re.compile(
    r"\bdes(?=\s+(?:(?:la|le|que|demain|maintenant|aujourd'hui|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
    r"septembre|octobre|novembre|décembre|decembre|réception|reception|son|sa|mon|ma)\b|l'|qu'|"
    r"\d{1,2}(?:\s?h\b|h\d|\s?heures?\b|:\d|\s+ans\b|\s+(?:janv|f[ée]v|mars|avr|mai|juin|juil|"
    r"ao[uû]t|sept|oct|nov|d[ée]c)\w*)))",
    re.I,
)
# "être la les samedis", "il faut être la": the adverb "là" lost its accent after "être".
FR_THERE = re.compile(
    r"\b((?:être|suis|est|sera|serai|soit|sois)\s+)la\b(?=\s+(?:les|tous|toutes|chaque|à|au|aux|"
    r"dès|pour|quand|le\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir))\b|"
    r"\s*[,.;]|\s*$)",
    re.IGNORECASE,
)
# In "tel que", "tel" is French; alone, "tel" is the phone.
FR_TEL = re.compile(r"\btel\b(?!\s+qu)", re.IGNORECASE)
FR_HOURS = re.compile(r"\b(\d{1,2})\s?h(\d{2})?\b")
FR_SPAN = re.compile(r"(?<!de )\b(\d{1,2} h(?: \d{2})?)\s*[-–]\s*(\d{1,2} h(?: \d{2})?)")
# "CACES 1 3 5": numbers typed in a row after a name are a list, "CACES 1, 3 et 5".
NUMBER_RUN = re.compile(r"(?<=[A-Z] )(\d{1,2}(?: \d{1,2}){1,5})\b(?! ?[\d%h])")
# Words a phone capitalises after a full stop the writer never meant: mid-fragment, they
# are lower case ("et J'ai montré" -> "et j'ai montré").
FR_SMALL_WORDS = (
    "Je|Il|Elle|Ils|Elles|On|Le|La|Les|L'|Un|Une|Des|Du|De|D'|Mon|Ma|Mes|Et|Mais|Puis|"
    "Avec|Pour|Dans|Sur|En|Au|Aux|Que|Qui|Ce|Cette|Très|Bien|Bon|Bonne|Vous|Nous"
)
EN_SMALL_WORDS = "The|A|An|My|We|They|She|He|It|And|But|With|For|In|On|At|To|Of|Very|Some"


@cache
def _shorthand_pattern(lang: str) -> re.Pattern[str]:
    words = sorted(shorthand(lang), key=len, reverse=True)  # "w/o" before "w/"
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)
    # never inside a decimal number: "TRIR went from 4.1 to 1.2" holds no "1 to 1" (al36)
    return re.compile(
        rf"(?<![\w/])(?<!\d[.,])(?:{alternatives})(?![\w'’/])(?![.,]\d)", re.IGNORECASE
    )


EN_ORDINAL = re.compile(r"[123](?:st|nd|rd)", re.IGNORECASE)
# what an ordinal counts when it is no day: "2nd interview", "1st round", "3rd stage"
EN_ORDINAL_NOUN = re.compile(
    r"\s+(?!(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"(?!(?:at|by|before|after|or|and|then|to|for|in|on)\b)[a-z]",
    re.IGNORECASE,
)


def _written(match: re.Match[str], lang: str) -> str:
    typed = match.group(0)
    written = shorthand(lang)[re.sub(r"\s+", " ", typed.lower())]
    if lang == "en" and typed == "I":
        return typed
    if (
        lang == "en"
        and EN_ORDINAL.fullmatch(typed)
        and not EN_ORDINAL_NOUN.match(match.string, match.end())
    ):
        return typed  # "answer by the 2nd", "fri 2nd": a day; "2nd interview" is the second
    if len(typed) == 2 and typed.isupper() and typed not in ("RH", "WE"):
        return typed  # two capitals are an acronym: "HR" (never "hour"), "CA", "PR"
    if lang == "fr" and typed.lower() == "ca":
        before = match.string[: match.start()].split()[-1:]
        if before and before[0].lower() in ("le", "du", "un", "de", "mon", "son", "notre", "votre"):
            return typed  # "le CA": the turnover, not "ça"
    keeps_capital = typed[:1].isupper() and written[:1].islower() and not typed.isupper()
    return written[:1].upper() + written[1:] if keeps_capital else written


# "possibilité responsable de site" (writer O's o20), "perspective chef d'équipe": the role
# the post may lead to, its verb left out ("de devenir responsable" reads as a claim to the
# tone guard; "d'évoluer vers un poste de" passes, as the catch-ups say it).
FR_PROSPECT = re.compile(
    r"\b(possibilités?|perspectives?)\s+(?:de\s+)?(?=(?:responsable|chef|manager|directeur|"
    r"directrice|adjoint|adjointe|superviseur|superviseuse|encadrant|encadrante|gérant|gérante|"
    r"team\s+leader)\b)",
    re.IGNORECASE,
)


# « je veux évoluer responsable de magasin » (writer AB's ab16): toward the post, not as it.
FR_EVOLVE = re.compile(
    r"\b[ée]voluer\s+(?=(?:responsable|chef|manager|directeur|directrice|adjoint|adjointe|"
    r"superviseur|superviseuse|encadrant|encadrante|gérant|gérante)\b)",
    re.IGNORECASE,
)


# « poser une perf » in care (a nurse's, a vet's assistant's notes, writer AL's al14): a
# « perfusion », not the « performance » the table says elsewhere (« perf des API »).
FR_CARE = re.compile(
    r"\b(?:pos\w+|soins?|infirmi\w+|patients?|bloc|seringues?|cath[ée]t[ée]r\w*|v[ée]t[ée]rinaire|"
    r"v[ée]to|animaux|chiens?|chats?|transmissions|pansements?|prises?\s+de\s+sang|IDE|ASV)\b",
    re.IGNORECASE,
)
FR_PERF = re.compile(r"\b([Pp])erf(s?)\b(?!\w)")


# "i know the food hygiene level 2 cert" (writer BV's bv28): a paper is held, never known
EN_KNOW_PAPER = re.compile(
    r"\b([Ii])\s+know(?=\s+(?:the\s+|my\s+)?[\w\s-]{0,40}?\b(?:cert|certs|certificate|"
    r"licen[cs]e|card|qualification|ticket)\b)"
)
# "my growth numbers at last startup" (writer BW's bw38): « at my last startup »
EN_LAST_PLACE = re.compile(r"\b(at|in|from) (last|previous|former|old) (?=[a-z])")
EN_LEVEL_NUMBER = re.compile(r"\b([Aa])-level(?=\s+\d)")


def expand_shorthand(text: str, lang: str) -> str:
    if lang == "fr" and FR_CARE.search(text):
        text = FR_PERF.sub(lambda found: f"{found[1]}erfusion{found[2]}", text)
    text = _shorthand_pattern(lang).sub(lambda match: _written(match, lang), text)
    if lang == "en":  # "they need a level 3" is a Level 3 qualification, not an A-level
        # the article, not the exam: "looking for a Level 3" (bq40), never "for A Level 3"
        text = EN_LEVEL_NUMBER.sub("a Level", text)
        text = EN_KNOW_PAPER.sub(r"\1 hold", text)
        text = EN_LAST_PLACE.sub(r"\1 my \2 ", text)
    if lang == "fr":
        text = FR_TEL.sub("téléphone", text)
        text = FR_PROSPECT.sub(r"\1 d'évoluer vers un poste de ", text)
        text = FR_EVOLVE.sub("évoluer vers un poste de ", text)
        text = FR_TERM.sub(r"à \1 terme", text)
    return text


# « projets long terme » (writer BW's bw12): the locution with its « à », never « longs terme »
FR_TERM = re.compile(r"(?<=[a-zà-ÿ] )(?<!à )(?<!de )(?<!le )\b(long|court|moyen)\s+terme\b")


# "il a aime mon expérience wok": after a subject and its auxiliary, a verb's form in "-e"
# whose "-é" is a participle the dictionary knows was typed without its accent.
FR_AUX_PARTICIPLE = re.compile(
    r"\b((?:j'ai|il a|elle a|on a|ils ont|elles ont|vous avez|nous avons|tu as)\s+"
    r"(?:(?:bien|beaucoup|vraiment|tout de suite)\s+)?)([a-zà-ÿ]{3,})e\b",
    re.IGNORECASE,
)


# « avoir besoin, envie, peur… de »: after a subject, "a" is the verb, never « à besoin »,
# and the noun keeps its form (« elle a envie de », never « a envié »).
FR_AVOIR_IDIOMS = frozenset(
    {"besoin", "envie", "peur", "hâte", "hate", "marre", "raison", "tort", "lieu", "faim",
     "honte", "horreur", "confiance", "conscience", "l'air", "l'habitude", "affaire"}
)  # fmt: skip


def _fr_participles(text: str) -> str:
    from relance.drafts.accents import is_french_word

    def accented(match: re.Match[str]) -> str:
        participle = match.group(2) + "é"
        if (match.group(2) + "e").lower() in FR_AVOIR_IDIOMS:
            return match.group(0)
        return match.group(1) + participle if is_french_word(participle) else match.group(0)

    return FR_AUX_PARTICIPLE.sub(accented, text)


# "de A a Z", "de a à z": from beginning to end, two letters, not the preposition "à".
FR_LETTER_RANGE = re.compile(r"\bde ([a-z]) (?:a|à) ([a-z])\b", re.IGNORECASE)


def _letter_range(match: re.Match[str]) -> str:
    return f"de {match.group(1).upper()} à {match.group(2).upper()}"


def _fr_little_accents(text: str) -> str:
    """'a jour' -> 'à jour', 'des la 2e semaine' -> 'dès la 2e semaine'."""
    words = FR_LETTER_RANGE.sub(_letter_range, text).split(" ")
    for index, typed in enumerate(words):
        # « (a verifier) » (writer BW's bw03): the preposition opening a bracket
        bracket, word = ("(", typed[1:]) if typed.startswith("(") else ("", typed)
        if word.lower() != "a" or index + 1 == len(words):
            continue
        if (
            index
            and words[index - 1] == "de"
            and FR_LETTER_RANGE.match(" ".join(words[index - 1 :]))
        ):
            continue  # "de A à Z": the letter, not the preposition
        before = words[index - 1].lower().strip(",;:") if index else ""
        after = words[index + 1].lower()
        if not after[:1].isalnum():  # "a / b": a letter of a list, not a preposition
            continue
        participle = after.endswith(("é", "ée", "és", "ées")) or after in FR_PARTICIPLES
        idiom = after in FR_AVOIR_IDIOMS and bool(before)  # "le client a besoin de renfort"
        if before in FR_HAS_SUBJECTS or before.endswith("'") or (participle and before) or idiom:
            continue
        words[index] = bracket + ("À" if word == "A" and not index else "à")
    return FR_THERE.sub(r"\1là", FR_DES_BEFORE.sub(_des, " ".join(words)))


# "au bout des 5 ans", "à la fin des 2 mois", "pendant des 3 semaines": "de" + "les" after a
# word that takes "de" or a preposition, never "dès".
FR_DES_AFTER = frozenset(
    {"bout", "fin", "début", "cours", "durée", "terme", "issue", "lors", "pendant", "durant",
     "après", "avant", "sur", "parmi", "pour", "de", "à"}
)  # fmt: skip


def _des(match: re.Match[str]) -> str:
    before = match.string[: match.start()].split()
    return match.group(0) if before and before[-1].lower() in FR_DES_AFTER else "dès"


def _lower_small_words(text: str, lang: str) -> str:
    small = FR_SMALL_WORDS if lang == "fr" else EN_SMALL_WORDS
    elided = "(?:J|L|D|C|Qu)['’]" if lang == "fr" else "(?!)"
    pattern = rf"(?<=[\w,] )(?:{elided}|(?:{small})(?=\s|$))"
    return re.sub(pattern, lambda match: _lowered(match, text), text)


def _lowered(match: re.Match[str], text: str) -> str:
    """The small word in small letters, but the article of a name: « rester à La Défense »
    (writer BW's bw19), « chez Le Bon Marché »."""
    word = match.group(0)
    if word in ("Le", "La", "Les") and NAME_AFTER.match(text, match.end()):
        return word
    return word.lower()


NAME_AFTER = re.compile(r"\s+[A-ZÀ-Ý][a-zà-ÿ]")


# A unit typed short after a number: "2 sem", "8 wks", "3 mths" (never a date: `dates`).
# A French month cut as typed, and written out.
FR_MONTH_CUTS = (
    ("janv", "janvier"), ("févr?|fevr?", "février"), ("avr", "avril"), ("juil", "juillet"),
    ("sept", "septembre"), ("oct", "octobre"), ("nov", "novembre"), ("déc|dec", "décembre"),
)  # fmt: skip
# "la mer 3 fois", "le jeu 2 fois": a noun after its article, no day
NO_ARTICLE = r"(?<!\bla\s)(?<!\ble\s)(?<!\bun\s)(?<!\bune\s)(?<!\bdu\s)(?<!\bde\s)(?<!\ben\s)"
FR_DAY_CUTS = (
    ("lun", "lundi"), ("mar", "mardi"), ("mer", "mercredi"), ("jeu", "jeudi"),
    ("ven", "vendredi"), ("sam", "samedi"), ("dim", "dimanche"),
)  # fmt: skip
# A count and what it counts, then the slash: "6 mandats/mois", "2 j/sem" ("colis/h", with no
# count, names a measure, and stays as typed for the gate to weigh)
RATE = r"(\d[\d.,k-]*(?:\s?[^\W\d_]+)?)\s*/\s*(?:{cut})\b\.?(?![\w/])"
FR_RATES = (
    ("jour|j", "jour"),
    ("semaine|sem|sm", "semaine"),
    ("mois", "mois"),
    ("an", "an"),
    ("heure|h", "heure"),
)
EN_RATES = (("day", "a day"), ("week|wk", "a week"), ("month", "a month"), ("year|yr", "a year"))
EN_MONTHS = "|".join(names.EN_MONTHS)
UNITS = {
    "fr": (
        (re.compile(r"\b1\s?(?:sem|sm)\b\.?", re.I), "1 semaine"),
        (re.compile(r"\b(\d{1,3})\s?(?:sem|sems|sm)\b\.?", re.I), r"\1 semaines"),
        # "6 mandats/mois", "2 j/sem", "150 colis/h": a rate, which a careful writer says
        # with "par" (a slash is a symbol the gate refuses)
        *((re.compile(RATE.format(cut=cut), re.I), rf"\1 par {unit}") for cut, unit in FR_RATES),
        # "essai ven 27 6h30": a weekday cut short before its date (writer Y's y08)
        *(
            (
                re.compile(
                    rf"{NO_ARTICLE}\b{cut}\.?(?=\s+\d{{1,2}}(?:er)?\b(?!\s*(?:h|€|%|ans?\b)))", re.I
                ),
                day,
            )
            for cut, day in FR_DAY_CUTS
        ),
        # "travailler les dimanche": a weekday after « les » is plural (writer Y's y09)
        (
            re.compile(
                r"\b(les\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\b(?!s)", re.I
            ),
            r"\1s",
        ),
        # "réponse sous 15j": days after a number ("6j/7", six days a week, is left)
        (re.compile(r"\b1\s?(?:j|jr)\b\.?(?![\w/])", re.I), "1 jour"),
        (re.compile(r"\b(\d{1,3})\s?(?:j|jrs?)\b\.?(?![\w/])", re.I), r"\1 jours"),
        # "min" is minutes after a number only: "scooter min", "5 ans min", "2150 min" are a
        # minimum (writer L's l01 read "scooter minutes" when the table said "min" alone)
        (re.compile(r"\b1\s?min\b\.?(?![\w/])", re.I), "1 minute"),
        (re.compile(r"\b(\d{1,3})\s?min\b\.?(?![\w/])", re.I), r"\1 minutes"),
        # "vers le 15 sept": a month cut after its day's number is written out
        *(
            (re.compile(rf"\b(\d{{1,2}}(?:er)?)\s+(?:{cut})\b\.?", re.I), rf"\1 {month}")
            for cut, month in FR_MONTH_CUTS
        ),
        # "à 4h du mat": the morning, never a matte finish ("peinture mat" stays)
        (re.compile(r"\bdu\s+mat\b\.?", re.I), "du matin"),
    ),
    "en": (
        # "10-14 stops/day", "3 shifts/week": a rate, said "a day", "a week"
        *((re.compile(RATE.format(cut=cut), re.I), rf"\1 {unit}") for cut, unit in EN_RATES),
        (re.compile(r"\b1\s?wk\b\.?", re.I), "1 week"),
        (re.compile(r"\b1\s?(?:mth|mo)\b\.?", re.I), "1 month"),  # "1 mth" was "1 week"
        (re.compile(r"\b(\d{1,3})\s?(?:wks|wk)\b\.?", re.I), r"\1 weeks"),
        (re.compile(r"\b(\d{1,3})\s?(?:mths|mth|mos)\b\.?", re.I), r"\1 months"),
        # "start 7th December" (writer Y's y38): a date's day without its suffix, and "on"
        # after a verb of starting
        (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)\s+(?={EN_MONTHS}\b)", re.I), r"\1 "),
        (
            re.compile(rf"\b(start|starts|begin|begins)\s+(?=\d{{1,2}}\s+(?:{EN_MONTHS})\b)", re.I),
            r"\1 on ",
        ),
        # "shifts incl nights": "including" only before what it includes ("shifts incl" ends)
        (re.compile(r"\bincl\b\.?(?=\s+\w)", re.I), "including"),
    ),
}


# "cap" typed small is the diploma when a trade or the next diploma follows it ("passer le cap
# boulanger", "cap cuisine ok", "mon cap puis le BP"); alone it is the idiom ("c'est un cap"),
# and a capital typed is a place ("Cap-Haïtien").
FR_CAP = re.compile(
    r"\b(?-i:cap)\b(?=\s+(?:boulang|p[aâ]tiss|cuisin|coiff|esth[ée]ti|aepe\b|petite enfance|"
    r"ma[çc]on|menuis|[ée]lectric|plomb|bouch|charcut|fleur|carrel|peint|m[ée]cani|(?:puis|et|\+)\s*"
    r"(?:le\s+)?bp\b))",
    re.IGNORECASE,
)


FR_OBTAINED = re.compile(
    r"\b(obtenue?s?|validée?s?|passée?s?|terminée?s?|fini|finie|eue?)\s+"
    rf"((?:{'|'.join(names.FR_MONTHS)})\s+\d{{4}})\b",
    re.IGNORECASE,
)
FR_THERE_AT = re.compile(r"\bêtre\s+la\s+(?=\d{1,2}\s?h\b)", re.IGNORECASE)


# The Filipino "po", a courtesy after a phrase ("by Friday 5pm po", "nervous po but ok"); a
# purchase order is typed "PO", and "a po", "the po" stay.
EN_HONORIFIC_PO = re.compile(
    r"(?<!\ba)(?<!\bthe)(?<!\bmy)(?<!\byour)(?<!\bper)\s+(?-i:po)\b(?=\s*(?:$|[,.;:!?)]|"
    r"\s+(?:but|and|ma'am|sir|maam)\b))",
    re.IGNORECASE,
)


def spelled(text: str, lang: str) -> str:
    """A note fragment as a careful writer spells it, in the note's own words."""
    for pattern, written in UNITS[lang]:
        text = pattern.sub(written, text)
    text = expand_shorthand(text, lang)
    text = _lower_small_words(text, lang)
    if lang == "en":  # "i've done nights": the pronoun is always a capital
        text = re.sub(r"(?<![\w'’])i(?=$|[\s,.;:!?)]|['’](?:m|ve|d|ll)\b)", "I", text)
        text = EN_HONORIFIC_PO.sub("", text)  # "my case study po" (writer AO's ao31)
    if lang == "fr":
        text = FR_CAP.sub("CAP", lost_apostrophes.restored(text))  # « j ai », « l equipe »
        text = _fr_little_accents(_fr_participles(restore_accents(text, lang)))
        text = respelled(text)  # "evaluative", "europe": spelled as the lexicon does
        text = FR_HOURS.sub(_fr_hour, text)
        text = FR_SPAN.sub(r"de \1 à \2", text)
        text = FR_OBTAINED.sub(r"\1 en \2", text)  # "CAP obtenu juin 2026"
        text = FR_THERE_AT.sub("être là à ", text)  # "être la 9h30": "là à 9 h 30"
    return NUMBER_RUN.sub(lambda match: _number_list(match.group(1), lang), text)


def _fr_hour(match: re.Match[str]) -> str:
    """'6h30' -> '6 h 30', as French typography writes hours."""
    minutes = f" {match.group(2)}" if match.group(2) else ""
    return f"{match.group(1)} h{minutes}"


def _number_list(run: str, lang: str) -> str:
    numbers = run.split(" ")
    conjunction = " et " if lang == "fr" else " and "
    return ", ".join(numbers[:-1]) + conjunction + numbers[-1]


def with_names(text: str, names: list[str]) -> str:
    """The company or a person named in a note, written as the candidate wrote it in the
    form ("chez id logistics" -> "chez ID Logistics")."""
    for name in names:
        if len(name) > 2:
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", name, text, flags=re.IGNORECASE)
    return text


# Notes dictated to a phone: speech-to-text writes the punctuation it hears as words
# ("France Allemagne point affecter les sous-traitants", writer N's n19). A word is
# punctuation only where it can be nothing else: after a content word (never "le point",
# "au point", "un bon point", "zéro point"), before none of the words that make it a noun
# ("point fort", "point de vue", "point sur", "point P", "point de vente").
FR_POINT_NOUN_BEFORE = (
    r"le|la|un|une|au|à|a|ce|cet|mon|ton|son|notre|votre|leur|du|de|d'|quel|chaque|bon|"
    r"mauvais|gros|petit|seul|dernier|premier|autre|même|vrai|zéro|zero|\d+|point|et|ou|"
    r"hebdo|hebdomadaire|faire|fait|mettre|mis|mise|sur|en|puis|ensuite|nouveau|prochain"
)
FR_POINT_NOUN_AFTER = (
    r"de|d'|du|des|sur|fort|forts|faible|faibles|commun|communs|clé|clés|clef|final|mort|"
    r"culminant|noir|noirs|chaud|chauds|relais|presse|p|positif|positifs|négatif|"
    r"important|importants|essentiel|bloquant|hebdo|hebdomadaire|mensuel|d'étape|avec|"
    r"téléphonique|tel|visio|rapide|"
    r"à\s+(?!la\s+ligne)"
)
FR_DICTATED = (
    # "2 virgule 5" is a number: "2,5"
    (re.compile(r"\b(\d+)\s+virgule\s+(\d+)\b", re.I), r"\1,\2"),
    (re.compile(r"\s*\bpoint\s+(?:à|a)\s+la\s+ligne\b\s*", re.I), "\n"),
    (re.compile(r"(?<=\w)\s+(?:à|a)\s+la\s+ligne\b(?!\s+(?:de|d'|du|des|\d))\s*", re.I), "\n"),
    # "la virgule", "une virgule": the sign named, not dictated
    (re.compile(r"(?<=\w)(?<!\bla)(?<!\bune)\s+virgule\b(?!\s+\d)", re.I), ","),
)
# "deux points" is a colon unless it counts: "les deux points forts", "sur deux points".
FR_COLON = re.compile(
    r"\s+deux\s+points\b(?!\s+(?:forts?|faibles?|de|d'|à|sur|importants?|communs?|clés?)\b)", re.I
)
FR_COLON_NOUN_BEFORE = frozenset(
    {"les", "ces", "mes", "sur", "des", "aux", "en", "ses", "nos", "vos", "leurs"}
)
EN_DICTATED = (
    (re.compile(r"\b(\d+)\s+point\s+(\d+)\b", re.I), r"\1.\2"),
    (re.compile(r"\s*\b(?:full\s+stop\s+)?new\s+(?:line|paragraph)\b\s*", re.I), "\n"),
    (re.compile(r"(?<=\w)\s+full\s+stop\b", re.I), "."),
    (re.compile(r"(?<=\w)\s+comma\b(?!\s+\d)", re.I), ","),
)


def _fr_point(match: re.Match[str]) -> str:
    before = match.string[: match.start()].split()
    word = before[-1].lower() if before else ""
    if not word[-1:].isalpha() or re.fullmatch(FR_POINT_NOUN_BEFORE, word):
        return match.group(0)  # "- point numéro 1": a bullet's item, not a full stop
    return "." + (match.group(1) or "")


def _fr_colon(match: re.Match[str]) -> str:
    before = match.string[: match.start()].split()
    word = before[-1].lower() if before else ""
    return match.group(0) if not word or word in FR_COLON_NOUN_BEFORE else ":"


FR_POINT = re.compile(rf"\s+point\b(?!\s*(?:{FR_POINT_NOUN_AFTER})\b)(\s+|$)", re.I)


# « il a dit sait rare », « si sait bon » (writer BU's dictated notes): the phone heard
# « c'est » where no subject can know anything
FR_HEARD_SAIT = re.compile(
    r"(?:^|(?<=\bdit )|(?<=\bsi )|(?<=\bque )|(?<=\bcar )|(?<=\bdonc )|(?<=, ))sait\s+(\w+)",
    re.I | re.M,
)
# what « sait » may be followed by as a verb: « sait pas », « sait que », « sait tout »
KNOWN_AFTER_SAIT = frozenset({"pas", "plus", "que", "tout", "rien", "le", "la", "les", "se"})


def _heard_sait(found: re.Match[str]) -> str:
    after = found[1]
    if after.lower() in KNOWN_AFTER_SAIT:
        return found[0]
    from relance.drafts import proofread  # an infinitive after it: « sait tailler »

    if any(":Y" in reading for reading in proofread.readings_if_available(after.lower())):
        return found[0]
    return f"c'est {after}"


def undictated(text: str, lang: str) -> str:
    """The note with the punctuation it dictated written as punctuation."""
    for pattern, written in FR_DICTATED if lang == "fr" else EN_DICTATED:
        text = pattern.sub(written, text)
    if lang == "fr":
        text = FR_HEARD_SAIT.sub(_heard_sait, text)
        text = FR_COLON.sub(_fr_colon, text)
        text = "\n".join(FR_POINT.sub(_fr_point, line) for line in text.split("\n"))
    return text
