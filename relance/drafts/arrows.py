"""What a note types after an arrow that is the candidate's memo, not the point itself.

Phone notes use an arrow for "and then" or "so": "IV catheters → she said 'you've clearly
done this a lot'" (how the recruiter took a strong point), "welsh level 3 → i'm around level
2, doing a course evenings" (where the candidate stands against a requirement). Read whole,
such a note was left out by the privacy screen (a confidence, a private matter) or written
as the recruiter's ("Among your expectations, you mentioned doing Dysgu Cymraeg course
evenings"). The point is what comes before the arrow; "airport permit → need ID + police
clearance" says what the requirement asks, and is kept whole.
"""

from __future__ import annotations

import re

# After an arrow, how the recruiter took a strong point: "IV catheters → she said 'you've
# clearly done this a lot'", "4 yrs Navy → he lit up", "34 years at Port Talbot -> she said
# that's people management". The candidate's memo of the interview: the strong point is what
# comes before it, and the reaction, read with it, made the screens leave the whole point out
# (a confidence of the recruiter's, a harsh word).
ARROW_REACTION = re.compile(
    r"\s*(?:→|->|=>)\s*(?:and\s+|et\s+)?(?:she|he|they|the\s+(?:recruiter|interviewer|"
    r"manager)|il|elle|ils|elles|(?:le|la)\s+(?:recruteur|recruteuse|manager))\s+"
    r"(?:said|says|laughed|smiled|nodded|lit\s+up|loved|liked|was|were|seemed|looked|"
    r"a\s+dit|a\s+ri|a\s+souri|a\s+aimé|a\s+adoré|était|semblait)\b.*$"
    # the verdict alone: "habilitations B1V BR à jour → ok pour elle", "→ fine for him"
    r"|\s*(?:→|->|=>)\s*(?:ok|okay|top|validé|parfait|good|fine|great|ticked)"
    r"(?:\s+(?:pour|for)\s+(?:elle|lui|eux|her|him|them|the\s+\w+|(?:le|la)\s+\w+))?\s*$",
    re.IGNORECASE,
)


# A verdict typed after an arrow or an equals sign, the way lists are typed at a desk (writer
# BW: "mes 4 ans en contrôle de gestion usine = pile le profil", "IFRS 16 et 15 → réponses
# solides", "my AML monitoring project → they wanted details", "mes 2 projets
# dématérialisation en collectivité →", "prioritisation exercise ok", "test SQL ✔"): the
# strong point is what comes before it. The list holds the verdicts, not every word of them.
VERDICT = re.compile(
    r"\s*(?:→|->|=>|=)\s*(?:"
    r"(?:bien|très\s+bien|plutôt\s+bien)\s+(?:passée?s?|répondu|compris|calibrée?s?|accueillie?s?|reçue?s?)"
    r"|exemples?\s+(?:apprécié|concret|chiffré)\w*|(?:réponses?|réponse)\s+solides?"
    r"|bonne\s+discussion|bon\s+échange|gros\s*\+|\++|pile\s+(?:le\s+profil|mon\s+expérience|ce\s+qu\w+)"
    r"|exactement\s+(?:ça|ce\s+qu\w+.*)|(?:c'est\s+)?mon\s+quotidien.*|ce\s+que\s+je\s+fais.*"
    r"|(?:il|elle|ils|elles)\s+(?:adore|adorent|a\s+validé|ont\s+validé|a\s+noté|ont\s+noté)\b.*"
    r"|(?:she|he|they)\s+(?:wanted|asked\s+for)\s+(?:details|more|examples)\b.*"
    r"|(?:good|great)\s+(?:discussion|chat|fit|for\s+their\b.*)|landed\s+well|went\s+(?:well|down\s+well)"
    r"|they\s+were\s+(?:interested|impressed|keen)\b.*"
    r")?(?:\s*\([^)]*\))?\s*[.!]*$",
    re.IGNORECASE,
)
# "ok" or a tick typed after the point: "SQL + Python (pandas) questions ok", "test SQL ✔"
TRAILING_TICK = re.compile(r"\s+(?:ok|okay|✔|✔️|✅|👍)\s*[.!]*$", re.IGNORECASE)
# Only a point the candidate owns is kept without its verdict: "IFRS 16 et 15 → réponses
# solides" would be « mes IFRS 16 et 15 »; it stays whole, for the candidate to rewrite.
OWNED = re.compile(r"^\s*(?:mon|ma|mes|my)\s", re.IGNORECASE)


# A French reaction that holds the point (« → il a aimé que je maîtrise la liasse 2065 »,
# « → elle a aimé les photos de couple »), quotes the recruiter, or follows a test's programme
# (« baguettes tradi + 1 fournée de croissants → elle a dit « belle régularité » »): the note
# stays whole for the candidate, never « ma période fiscale », « 1 fournée de croissants »
# (writers AM, BN).
FR_POINT_IN_REACTION = re.compile(r"\b(?:aimé|adoré|apprécié|que|qu')", re.IGNORECASE)


def _fr_point_after(item: str) -> bool:
    reaction = ARROW_REACTION.search(item)
    if reaction is None:
        return False
    said = reaction.group()
    if FR_POINT_IN_REACTION.search(said) or ":" in item[: reaction.start()]:
        return True
    # a verdict of a word or two ("→ il a dit top", "→ ok pour elle") is the recruiter's
    # memo; a quote (« → elle a dit « belle régularité » ») is left with its point
    return any(mark in said for mark in '«»"“”') or len(said.split()) > 5


def without_reaction(item: str, lang: str) -> str:
    """The strong point without the recruiter's reaction typed after an arrow (a French
    reaction that holds the point, « période fiscale → il a aimé que je maîtrise la liasse »,
    is kept: `_fr_point_after`), nor the verdict typed after an arrow or an equals sign, or
    the note as typed when nothing comes before them."""
    head = item if lang == "fr" and _fr_point_after(item) else ARROW_REACTION.sub("", item)
    if OWNED.match(head):
        head = TRAILING_TICK.sub("", VERDICT.sub("", head))
    return head if head.strip() else item


# After an arrow, the candidate's own standing: "→ i'm not yet", "→ have 30 credits only",
# "→ I've done level 2", "→ doing a course", "→ je l'ai", "→ j'ai".
ARROW_MINE = re.compile(
    r"\s*(?:→|->|=>)\s*(?:but\s+|mais\s+)?(?:i'?m|i\s+am|i'?ve|i\s+have|i\s+had|i\s+did|"
    r"have|had|doing|got|j'ai|je\s+suis|je\s+l'ai|pas\s+encore|"
    # typed by a coach or a friend (writer BX's bx14): « → Mme Traoré ne l'a pas, code
    # obtenu », "→ he hasn't got it yet"
    r"(?:(?:mme|mlle|m\.|mr\.?|mrs\.?|ms\.?|madame|monsieur)\s+\S+|il|elle|he|she)\s+"
    r"(?:ne\b|n'|l'a|a\b|est\b|has\b|is\b|had\b|hasn'?t|doesn'?t|isn'?t))\b.*$",
    re.IGNORECASE,
)


def without_standing(item: str, listed: bool = False) -> str:
    """A requirement without where the candidate stands against it, typed after an arrow,
    or the note as typed when nothing comes before the arrow. `listed`: only a standing
    that goes on as a list ("→ ne l'a pas, code obtenu, conduite en cours")."""
    found = ARROW_MINE.search(item)
    if found is None or (listed and "," not in found[0]):
        return item
    head = item[: found.start()]
    return head if head.strip() else item
