"""A French note's slips, written as a careful writer would: a learner's « en un restaurant »,
a dictated « sa c'est bien passé », a quality run on with « c'est » (« le travail de nuit c'est
calme »). Applied to each piece of a note (`notes._clean`); anything else is left as typed.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re

from relance.core.names import FR_DAYS

# « 5 ans en un restaurant » (a learner's slip, writer AA's aa06): a place takes « dans »;
# « en un an », « en une semaine », « en un mot » say a time or a manner and stay.
FR_IN_A = re.compile(
    r"\ben\s+(un|une)\s+(?!(?:an|mois|jour|semaine|heure|minute|mot|seul|seule|instant|"
    r"temps|coup|tour|clic|éclair|rien|week-end|trimestre|semestre|saison)\b)",
    re.IGNORECASE,
)
# « le travail de nuit c'est calme » (writer AA's aa01): a quality said of the noun before,
# run on with « c'est »; written « le travail de nuit, qui est calme ».
FR_THAT_IS = re.compile(
    r"^(?P<what>(?:le|la|les|l['’]|mon|ma|mes|un|une)\s*[^,;]*\w)\s+c['’]est\s+"
    r"(?P<degree>(?:très|super|plus|assez)\s+)?(?P<quality>[a-zà-ÿ-]+)$",
    re.IGNORECASE,
)
# « sa c'est bien passé » (dictated, writer AB's ab01): « sa » before a verb is « ça ».
FR_THAT = re.compile(r"\bsa\s+(?=(?:c['’]est|s['’]est|va\b|me\b|m['’]|fait\b|ne\b|n['’]))")
FR_THAT_WENT = re.compile(r"\bça\s+c['’]est\s+((?:très\s+)?(?:bien|mal)\s+)?(passée?|déroulée?)\b")


# « prés du lycée » (writer AQ's aq09): « près », the adverb; « les prés » (meadows) take
# an article before them and stay.
FR_NEAR = re.compile(r"(?<!\bles\s)(?<!\bdes\s)\bprés\s+(?=(?:de|du|des|d['’])\b)", re.IGNORECASE)


# A dictated « c'est » or « s'est » written « sait » (writer BG, session 42: « mon CFC avec
# mention sait un plus », « sait bien passé sur la partie conseil », « la mise en situation sait
# bien passée », « travailler à l'hôpital sait mon rêve »). « sait » stays after its subject
# (« il sait », « qui sait », « la cadre sait gérer »): only a determiner or a possessive after
# it (never « sait un peu »), or how something went, makes it the dictation's slip.
FR_KNOWS_FOR_WENT = re.compile(
    r"\bsait\s+(?=(?:très\s+|plutôt\s+|super\s+)?(?:bien|mal)\s+(?:passée?s?|déroulée?s?)\b)",
    re.IGNORECASE,
)
FR_KNOWS_FOR_IS = re.compile(
    r"(?<!\bil\s)(?<!\belle\s)(?<!\bon\s)(?<!\bqui\s)(?<!\bne\s)(?<!\bn')"
    r"\bsait\s+(?=(?:un|une|du|des|mon|ma|mes)\s)(?!un\s+peu\b)",
    re.IGNORECASE,
)


# « répondre aux courriels pis au téléphone » (writer BG, Acadie and Québec): the spoken « pis »
# joins as « et »; « tant pis », « au pis », « de mal en pis », « qui pis est » stay.
FR_SPOKEN_AND = re.compile(
    r"(?<!\btant\s)(?<!\bau\s)(?<!\ben\s)(?<!\bqui\s)(?<!\ble\s)(?<!,\s)\bpis\b(?=\s+\w)"
    # a clause after it (« pis j'ai ma carte ») is the note's next item, read as such
    r"(?!\s+(?:est|j['’]|je|il|elle|on|nous|vous|ils|elles|c['’]|ça)\b)",
    re.IGNORECASE,
)
# « selon norme NF EN ISO 9606-1 » (writer BG): a standard named takes its article.
FR_BY_STANDARD = re.compile(r"\bselon\s+(?=norme\b|normes\b)", re.IGNORECASE)


def _fr_that(piece: str) -> str:
    """« sa c'est bien passé » as « ça s'est bien passé »; « sait » dictated for either."""
    piece = FR_KNOWS_FOR_IS.sub("c'est ", FR_KNOWS_FOR_WENT.sub("s'est ", piece))
    if piece.lower().startswith("s'est "):  # « sait bien passé sur … »: « ça s'est bien passé »
        piece = "ça " + piece
    return FR_THAT_WENT.sub(r"ça s'est \1\2", FR_THAT.sub("ça ", piece))


# « et pas avoir peur de porter » (writer AV's av01): an infinitive's negation takes « ne »
# in writing, after « et » (a second thing expected); « pas de », « pas mal », « pas trop »
# are no infinitive and stay; a piece opening on « pas » is left to the gate.
FR_NOT_DOING = re.compile(r"(?<=\bet\s)pas\s+(?=([a-zà-ÿ]+)\b)", re.IGNORECASE)
FR_NOT_AFTER = re.compile(
    r"\b(?:je|tu|il|elle|on|ils|elles|nous|vous|c['’]est|ça|ce)\s+\S+\s+$", re.I
)


def _not_doing(piece: str) -> str:
    """« pas avoir peur » as « ne pas avoir peur », where the word after « pas » can only be
    an infinitive and no finite verb comes just before « pas » (« je sais pas faire »)."""
    from relance.drafts.fr_pipeline import fr_index  # lazily

    infinitives = fr_index()["verb"]

    def written(found: re.Match[str]) -> str:
        word = found.group(1).lower()
        infinitive = word in ("avoir", "être") or (
            word.endswith(("er", "ir", "re")) and word in infinitives
        )
        if not infinitive or FR_NOT_AFTER.search(piece[: found.start()]):
            return found.group(0)
        return "ne " + found.group(0)

    return FR_NOT_DOING.sub(written, piece)


# « travailler le samedi et dimanche » (writer AW's aw11): each day its article.
_DAYS = rf"(?:{'|'.join(FR_DAYS)})s?"
FR_DAYS_AND = re.compile(rf"\b(le|les)\s+({_DAYS})\s+et\s+(?=({_DAYS})\b)", re.IGNORECASE)


# Writer BJ's slips: « remplaçante à partir décembre » (« à partir de »), « dispo le samedi des
# fois » (« parfois »), « dispo 4h du matin » (« dès 4 h »), « être la meme le dimanche » (« là
# même », the accent the phone left out read back as « la même »).
FR_FROM = re.compile(
    r"\bà\s+partir\s+(?=(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
    r"septembre|octobre|novembre|décembre|decembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|\d))",
    re.IGNORECASE,
)
FR_DAY_SOMETIMES = re.compile(
    r"\b(le|les)\s+((?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|soir|matin)s?)"
    r"\s+des\s+fois\b(?!\s+(?:que|qu['’]|où)\b)",
    re.IGNORECASE,
)
FR_SOMETIMES = re.compile(r"(?<![\w'’])des\s+fois\b(?!\s+(?:que|qu['’]|où)\b)", re.IGNORECASE)
FR_AVAILABLE_FROM = re.compile(r"\b(disponibles?|dispos?)\s+(?=\d{1,2}\s?h\b)", re.IGNORECASE)
FR_THERE_EVEN = re.compile(
    r"\b(être|etre)\s+la\s+m[eê]me\s+(?=(?:le|les|un|une|quand|si|en|pendant|au|aux|lors)\b)",
    re.IGNORECASE,
)


def mended(piece: str) -> str:
    """The piece with its slips written; as typed when it has none."""
    piece = FR_DAY_SOMETIMES.sub(r"parfois \1 \2", piece)  # « parfois le samedi »
    piece = FR_FROM.sub("à partir de ", FR_SOMETIMES.sub("parfois", piece))
    piece = FR_THERE_EVEN.sub(r"\1 là même ", FR_AVAILABLE_FROM.sub(r"\1 dès ", piece))
    piece = _not_doing(FR_NEAR.sub("près ", piece))
    piece = FR_BY_STANDARD.sub(_by_standard, FR_SPOKEN_AND.sub("et", piece))
    piece = FR_DAYS_AND.sub(lambda found: _days_and(found, piece), piece)
    return FR_THAT_IS.sub(_fr_that_is, FR_IN_A.sub(r"dans \1 ", _fr_that(piece)))


def _days_and(found: re.Match[str], piece: str) -> str:
    """« ouvrir le mardi et le mercredi »: after a verb only, when the days say when it is
    done; « les classes le mardi et jeudi matin » stays, its days a list's items."""
    from relance.drafts.proofread import readings_if_available  # lazily

    before = re.findall(r"[a-zà-ÿ]+", piece[: found.start()].lower())
    infinitive = any(":Y" in reading for word in before for reading in readings_if_available(word))
    if not infinitive:
        return found.group(0)
    return f"{found[1]} {found[2]} et {found[1].lower()} "


def _fr_that_is(found: re.Match[str]) -> str:
    from relance.drafts.fr_word_classes import fr_is_adjective  # lazily

    if not fr_is_adjective(found["quality"].lower()):
        return found.group(0)
    degree = (found["degree"] or "").lower().replace("super", "très")
    return f"{found['what']}, qui est {degree}{found['quality']}"


def _by_standard(found: re.Match[str]) -> str:
    rest = found.string[found.end() :]
    return found.group(0) + ("les " if rest.lower().startswith("normes") else "la ")
