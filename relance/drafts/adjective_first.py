"""A need typed as a quality and what it applies to, said of the person sought: « autonome
dès février » is « quelqu'un d'autonome dès février », « propre chez les clients » is
« quelqu'un de propre chez les clients » (writer Y's y11, y13: handed back, since an
adjective takes no article and no noun frame holds it).

Only when what follows the quality opens with a preposition and its article, « dès », or an
article: « disponible nuits et week-ends » and « bilingue allemand » are notes typed short,
which no frame mends."""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts import morph
from relance.drafts.fr_years import WORKER
from relance.drafts.grammar import fr_de
from relance.drafts.morph import NOUN, Shape
from relance.drafts.quality import fr_quality

FR_COMPLEMENT = re.compile(
    r"^(?:(?:sur|chez|avec|pour|en|dans|à|face à|auprès)\s+"
    r"(?:le|la|les|l'|un|une|des|du|ses|son|sa|leurs?|tous|toutes)\b|au\b|aux\b|dès\b|"
    r"à partir d|les\b|le\b|la\b|rapidement\b|vite\b|très vite\b|immédiatement\b)",
    re.IGNORECASE,
)

FR_PERSONS = frozenset(
    {"stagiaire", "apprenti", "apprentie", "alternant", "alternante", "intérimaire",
     "saisonnier", "saisonnière", "bénévole", "étudiant", "étudiante", "jeune", "remplaçant",
     "remplaçante", "vacataire", "contractuel", "contractuelle"}
)  # fmt: skip


def fr_as_someone(shape: Shape) -> Shape | None:
    """The need said of « quelqu'un », or None when it is not a quality and its complement."""
    if shape.kind != NOUN or (shape.clean and shape.determined):
        return None
    first, _, rest = shape.text.partition(" ")
    if not rest or not FR_COMPLEMENT.match(rest) or not morph.fr_is_adjective(first.lower()):
        return None
    if re.search(r"\b(?:pas|sauf|mais)\b", rest, re.IGNORECASE):
        return None  # "dès le 1er avril pas le 15": a correction, no quality of a person
    if first.lower() in FR_PERSONS or WORKER.match(first):
        return None  # "stagiaire pour la saison fiscale": a person sought, no quality
    quality = fr_quality(f"{first.lower()} {rest}")  # "rigoureuse sur les délais": masculine
    if quality is None:
        return None
    reread = morph.shape(f"quelqu'un {fr_de(quality)}", "fr")
    if not reread.clean:
        return None
    return replace(reread, source=shape.source or shape.text)
