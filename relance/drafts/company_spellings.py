"""Companies whose written name holds an apostrophe or an inner capital that a phone drops:
"sainsburys" is Sainsbury's, "mcdonalds" McDonald's (writer V's v25: "joining Sainsburys").

Matched on the whole name, folded (case, apostrophes and spaces ignored), so that a name
merely containing one of these words ("Sainsbury's Local Partick") is left as typed.
"""

from __future__ import annotations

import re
import unicodedata

# Names whose article is part of them, capital and all: « l'équipe de La Poste » (writer AA's
# reader: « la Poste » is the common noun's article).
ARTICLE_IN_NAME = (
    "La Poste", "La Redoute", "La Halle", "La Banque postale", "La Française des jeux",
    "La Mutuelle générale", "La Grande Récré", "La Vie claire",
)  # fmt: skip
WRITTEN = (
    "Sainsbury's", "McDonald's", "Domino's", "Nando's", "Macy's", "Kellogg's", "Wendy's",
    "Lloyd's", "Moody's", "Sotheby's", "Christie's", "Claire's", "Lowe's", "Kohl's",
    "Trader Joe's", "Levi's", "Harrods", "Boots", "Marks & Spencer", "L'Oréal", "L'Occitane",
    "Moët Hennessy", "Hermès", "Nestlé", "Société Générale", "Crédit Agricole", "Kwik Fit",
    *ARTICLE_IN_NAME,
)  # fmt: skip


def _folded(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"\band\b|[\s'’.&-]", "", name.lower())


_BY_FOLD = {_folded(name): name for name in WRITTEN}


def written(name: str) -> str:
    """The company's own spelling when the name typed is one of these, else as typed."""
    return _BY_FOLD.get(_folded(name), name)
