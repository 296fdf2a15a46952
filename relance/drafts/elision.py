"""Which French words take the elision before them: « d'Orange », « l'hôtel », never
« d'Hachette ».

Kept below `grammar` and `titles`, which both need it (`titles` is imported by `grammar`).
"""

from __future__ import annotations

FR_VOWELS = "aàâäeéèêëiîïoôöuùûüyœæ"
# Words beginning with a mute h take the elision ("l'hôtel", "d'hôte"); most names and
# words with an aspirated h do not ("de Hachette", "le héros"), so the list is of prefixes.
FR_MUTE_H = (
    "hab", "harm", "hébe", "heur", "herb", "herm", "hist", "hiv", "hom", "hon", "hôp", "hor",
    "hôt", "hui", "hum", "hyd", "hyg", "hyp",
)  # fmt: skip
FR_ASPIRATED_H = ("hors", "homard", "hongr", "honte", "huit")


def elides(word: str) -> bool:
    """Does a French word take the elision before it (d'Orange, l'hôtel)?"""
    low = word.lower().lstrip("«\"' ")
    if not low:
        return False
    if low[0] in FR_VOWELS:
        return True
    return low.startswith(FR_MUTE_H) and not low.startswith(FR_ASPIRATED_H)
