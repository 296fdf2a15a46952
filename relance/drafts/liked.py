"""What the recruiter liked, as a note types it, made a strong point the e-mail can recall.

"il a beaucoup aimé mon idée de prospection (île de Ré) - il a dit 'ça c'est intelligent'"
is the main strong point of the interview: the recruiter said so. Read whole, the aside and
the reaction after the dash make it a fragment the composer cannot vouch for, and the point
the recruiter liked was handed back while a lesser one was written. The note is read without
them, and "X lui a plu" is read as "il a aimé X".
"""

from __future__ import annotations

import re

# What the recruiter liked, as notes type it: the e-mail's first strong point.
LIKED_NOTE = re.compile(
    r"\b(?:aim[ée]|appréci[ée]|ador[ée]|plu|liked|loved|enjoyed|appreciated)\b", re.IGNORECASE
)
# "mes photos de pains lui ont plu": "il a aimé mes photos de pains".
FR_PLEASED = re.compile(r"^(.+?)\s+(?:lui|leur)\s+(?:a|ont)\s+(?:beaucoup\s+|bien\s+)?plu\b.*$")
ASIDE = re.compile(r"\s*\([^()]*\)")
DASH = re.compile(r"\s+[-–—]\s+|\s*->\s*")
# After a dash, an arrow or a comma, how the recruiter reacted: "-> elle a dit 'très bien'",
# ", she was impressed", "- il était fan". The point is what comes before it.
REACTION = re.compile(
    r"(?:\s+[-–—]\s+|\s*->\s*|,\s*)(?:et\s+|and\s+)?(?:il|elle|ils|elles|she|he|they)\s+"
    r"(?:a\s+dit|a\s+trouvé|était|etait|a\s+été|semblait|was|were|said|seemed|looked)\b"
    r"(?!.*\b(?:by|par)\b).*$",  # "he was impressed by the 35% cut" is the point itself
    re.IGNORECASE,
)


# "il a bien accroché sur la gestion des plaies": familiar for "il a apprécié".
HOOKED = re.compile(
    r"\b((?:il|elle)\s+a|(?:ils|elles)\s+ont)\s+((?:bien|beaucoup|vraiment)\s+)?accroché\s+"
    r"(?:sur|à|avec)\s+",
    re.IGNORECASE,
)


# Praise reported, read as what the recruiter liked (writer BD, session 40): "she said my
# sepsis answer was spot on" is "she liked my sepsis answer"; « elle a été impressionnée par
# mon arabe » is « elle a aimé mon arabe ».
PRAISED = {
    "en": re.compile(
        r"^(?P<who>she|he|they)\s+(?:said|thought)\s+(?:that\s+)?(?P<what>my\s+.+?)\s+"
        r"(?:was|were|is|are)\s+(?:really\s+|very\s+)?(?:spot\s+on|great|good|excellent|strong|"
        r"impressive|brilliant|perfect|solid)\b[.!]*$",
        re.IGNORECASE,
    ),
    # « la cadre a dit que mes quinze ans en EHPAD c'est du solide », « elle a dit que mon CFC
    # avec mention c'est un plus » (writer BG, dictated « sait » read as « c'est »)
    "fr": re.compile(
        r"^(?P<who>il|elle|(?:la|le)\s+(?:cadre|directrice|directeur|responsable|chef|gérante?|"
        r"manager|DRH|RH))\s+a\s+(?:dit|trouvé)\s+(?:que\s+)?(?P<what>(?:mon|ma|mes)\s+.+?)\s+"
        r"(?:(?:était|étaient|etait|etaient)\s+(?:très\s+|vraiment\s+|super\s+)?(?:bien|bonne?s?|"
        r"top|parfaite?s?|excellente?s?|solides?|pertinente?s?|convaincante?s?)|"
        r"(?:c'est|c'était|était|est)\s+(?:du\s+solide|un\s+(?:vrai\s+)?(?:plus|atout)))\b[.!]*$",
        re.IGNORECASE,
    ),
}
IMPRESSED = {
    "en": re.compile(
        # "panel was happy with my answers on MPLS and BGP" (writer BG's bg26)
        r"^(?P<who>she|he|they|(?:the\s+)?panel)\s+(?:was|were|seemed)\s+(?:really\s+|very\s+|"
        r"quite\s+)?(?:impressed|happy|pleased)\s+(?:by|with)\s+(?P<what>(?:my|the)\s+.+)$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"^(?P<who>il|elle)\s+a\s+été\s+(?:très\s+|vraiment\s+)?impressionnée?\s+par\s+"
        r"(?P<what>(?:mon|ma|mes|le|la|les|l')\s*.+)$",
        re.IGNORECASE,
    ),
}
# « on a parlé de mes 6 ans sur les pompes chez Sulzer »: the candidate's own point recalled
TALKED_OF_MINE = {
    "fr": re.compile(r"^on\s+a\s+(?:parlé|discuté)\s+(?:de\s+)?(?=(?:mes|mon|ma)\s)", re.I),
    "en": re.compile(r"^we\s+(?:talked|spoke)\s+about\s+(?=my\s)", re.I),
}


# What interested or pleased the recruiter typed as the subject (writer BG, session 42): « ma
# reconversion après 20 ans de secrétariat médical l'a intéressée », « 2 ans chez geodis ça a
# plu », « mon bachelier en droit a fait la différence », "my national service at the cocoa
# research institute interested him a lot", "my ODK and KoboToolbox experience was a big plus".
INTERESTED = {
    "fr": re.compile(
        r"^(?P<what>(?:mon|ma|mes|\d+)\s.+?),?\s+(?:(?:ça|ca)\s+(?:lui\s+|leur\s+)?a\s+"
        r"(?:beaucoup\s+|bien\s+)?plu|(?:l'|les\s+)?(?:a|ont)\s+(?:beaucoup\s+|bien\s+|"
        r"vraiment\s+)?(?:intéressée?s?|interessee?s?|séduite?s?|plu)|(?:a|ont)\s+fait\s+la\s+"
        r"différence)[.!]*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^(?P<what>my\s.+?)\s+(?:(?:really\s+)?(?:interested|impressed|pleased)\s+(?P<who>him|"
        r"her|them|the\s+panel)(?:\s+a\s+lot|\s+a\s+great\s+deal)?|(?:was|were)\s+a\s+(?:big|"
        r"real|huge|definite|major)\s+plus)[.!]*$",
        re.IGNORECASE,
    ),
}
SUBJECT_OF = {"him": "he", "her": "she", "them": "they", "the panel": "they"}


def _praise_as_liked(item: str, lang: str) -> str:
    found = PRAISED[lang].match(item) or IMPRESSED[lang].match(item)
    if found is None:
        return _interest_as_liked(TALKED_OF_MINE[lang].sub("", item), lang)
    verb = "liked" if lang == "en" else "a aimé"
    who = found["who"] if " " not in found["who"] else "elle" if found["who"][:2] == "la" else "il"
    who = "they" if who.lower().endswith("panel") else who
    return f"{who} {verb} {found['what'].strip()}"


def _interest_as_liked(item: str, lang: str) -> str:
    found = INTERESTED[lang].match(item)
    if found is None:
        return item
    what = found["what"].strip()
    if lang == "fr":
        return "il a aimé " + ("mes " + what if what[:1].isdigit() else what)
    who = SUBJECT_OF.get((found["who"] or "them").lower(), "they")
    return f"{who} liked {what}"


# How the interview went, typed before what was liked ("tech round went very well, panel was
# happy with my answers on MPLS and BGP", writer BG's bg26): the point is what follows.
WENT_WELL_FIRST = {
    "en": re.compile(
        r"^(?:the\s+)?(?:\w+\s+)?(?:round|interview|chat|call|test)\s+went\s+(?:very\s+|really\s+|"
        r"so\s+)?well\s*,\s*(?=\S)",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"^(?:l'|le\s+)?(?:entretien|échange|test)\s+s'est\s+(?:très\s+|super\s+)?bien\s+passé\s*,\s*"
        r"(?=\S)",
        re.IGNORECASE,
    ),
}


def liked_first(item: str, lang: str) -> str:
    """A note of what the recruiter liked, without what was said around it: the aside in
    brackets and, after a dash, how they reacted ("il a beaucoup aimé mon idée de
    prospection (île de Ré) - il a dit 'ça c'est intelligent'" -> "il a beaucoup aimé mon
    idée de prospection"), so that the strong point they liked is written, not handed back."""
    if lang in PRAISED:
        cut = WENT_WELL_FIRST[lang].sub("", item)
        liked_after = _praise_as_liked(cut, lang)
        item = liked_after if liked_after != cut else item
        item = _praise_as_liked(REACTION.sub("", item).strip() or item, lang)
    if lang == "fr":
        item = HOOKED.sub(r"\1 \2apprécié ", item)
        item = _fr_liked_after(FR_NOTICED.sub("", item))
    head = DASH.split(item)[0]
    if not LIKED_NOTE.search(head):
        reacted = REACTION.sub("", item)  # "simulation d'appel -> elle a dit 'très bien'"
        return ASIDE.sub("", reacted).strip() if reacted != item and reacted else item
    head = ASIDE.sub("", head).strip()
    pleased = FR_PLEASED.match(head) if lang == "fr" else None
    if pleased:
        head = "il a aimé " + pleased.group(1)
    return head


# "vous avez aimé quand j'ai parlé de la toilette évaluative": "apprécier quand" is spoken;
# what was liked is what the candidate said of it ("ce que j'ai dit": the gate reads "ce" as
# a determiner without its noun).
FR_LIKED_WHEN = re.compile(
    r"^quand (?:j'ai|je) (?:parlé|parlais|évoqué|évoquais) (?=d'|de |du |des )"
)


FR_LIKED_WHEN_OTHER = re.compile(
    r"^vous avez (?:bien |beaucoup )?(?:apprécié|aimé|adoré) quand (?!(?:j'ai|je) "
    r"(?:parlé|parlais|évoqué|évoquais) (?:d'|de |du |des ))",
    re.IGNORECASE,
)


def fr_liked_when(what: str) -> str:
    """'quand j'ai parlé de la toilette…' -> "mes remarques à propos de la toilette…" (what the
    recruiter liked, after "que vous appréciiez"); other words as they are."""
    return FR_LIKED_WHEN.sub("mes remarques à propos ", what)


# How the recruiter took the point, typed after it: "…, elle a noté", "… - il connaissait",
# "…, il a souri". The point is what comes before (writers L, P, Q, S, W); the reaction,
# nothing the candidate can recall to the recruiter, is left out.
FR_NOTICED = re.compile(
    r"(?:\s+[-–—]\s+|\s*(?:->|→)\s*|,\s*)(?:et\s+)?(?:il|elle|ils|elles)\s+"
    r"(?:a\s+(?:bien\s+)?(?:noté|relevé|souri|rigolé)|ont\s+(?:bien\s+)?(?:noté|relevé)|"
    r"conna[iî]t|connaissai(?:t|ent)|connaissent)\b[^,]*$",
    re.IGNORECASE,
)
# "6 ans d'accueil du public à la CAF, elle a aimé", "mon stage en crèche il a bien aimé":
# what was liked typed before the verb, read as "il a aimé mes 6 ans…".
FR_LIKED_AFTER = re.compile(
    r"^(?P<what>(?:mon|ma|mes|\d+)\s[^,]+?),?\s+(?:il|elle|ils|elles)\s+(?:a|ont)\s+"
    r"(?:bien\s+|beaucoup\s+|vraiment\s+)?(?:aimé|apprécié|adoré)$",
    re.IGNORECASE,
)


def _fr_liked_after(item: str) -> str:
    found = FR_LIKED_AFTER.match(item.strip())
    if not found:
        return item
    what = found.group("what")
    return "il a aimé " + ("mes " + what if what[:1].isdigit() else what)


# "elle a noté que je suis disponible tout de suite": what the recruiter noticed, a fact the
# candidate states ("je …"); her judgement ("il a dit que j'ai une bonne présentation") is not.
FR_NOTICED_THAT = re.compile(
    r"^(?:il|elle|ils|elles|vous)\s+(?:a|ont|avez)\s+(?:bien\s+)?(?:vu|noté|remarqué|relevé)\s+"
    r"(?:que\s+|qu')(?=je\s|j')",
    re.IGNORECASE,
)
# An imperfect or a pluperfect after "Comme vous l'avez relevé" misreads the time ("j'avais").
FR_IMPERFECT = re.compile(r"^(?:je|j')\s*\w*?(?:ais|avais|étais)\b", re.IGNORECASE)


def fr_noticed(item: str) -> str | None:
    """The candidate's clause the recruiter noticed ("je suis disponible tout de suite"), to
    say as "Comme vous l'avez relevé, je suis disponible tout de suite" (never a report inside
    a report); `None` if no such note or a clause this frame cannot vouch for (the note is
    then read as before: "J'ai noté avec plaisir que vous avez vu que je connais…")."""
    found = FR_NOTICED_THAT.match(item.strip())
    if not found:
        return None
    clause = item.strip()[found.end() :]
    from relance.drafts import morph  # (here: `vouch` and `morph` read more than this module)
    from relance.drafts.morph import MINE
    from relance.drafts.own_words import fr_strong_clause
    from relance.drafts.vouch import vouched

    shape = morph.shape(clause, "fr")
    fits = shape.clean and shape.kind == MINE and vouched(shape, "fr")
    fits = fits and fr_strong_clause(clause) and not FR_IMPERFECT.match(clause)
    return clause if fits else None


def praise_of_mine(item: str, lang: str) -> bool:
    """Is the note the recruiter's praise of something of the candidate's (« elle a dit que mon
    CFC avec mention c'est un plus », "my ODK experience was a big plus")? A strong point,
    never a confidence about the workplace (the learned screen read « c'est un plus » so)."""
    if lang not in PRAISED:
        return False
    text = item.strip()
    return any(found.match(text) for found in (PRAISED[lang], IMPRESSED[lang], INTERESTED[lang]))
