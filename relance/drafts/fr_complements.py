"""The « des » a note drops between a task and what it is done to: « chargement camions »,
« entretien chaudières », « préparation commandes », « respect horaires ».

A note names a task by its noun and the things it bears on, in the plural, with nothing
between; careful French says « le chargement des camions ». Only a noun of action (the
task) before a plural noun the lexicon knows as a noun and not as an adjective takes it:
« soins infirmiers », « horaires décalés » and « produits frais » are left alone, and a
singular after the task (« accueil client », « gestion équipe ») is left to the compounds
list or to the candidate, as « du », « de la » or nothing may each be right.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Nouns of action a job's notes name tasks with (the head of « chargement des camions »).
ACTION_NOUNS = frozenset(
    [
        "accompagnement",
        "accueil",
        "affichage",
        "animation",
        "approvisionnement",
        "balisage",
        "branchement",
        "chargement",
        "classement",
        "conditionnement",
        "contrôle",
        "coordination",
        "découpe",
        "déchargement",
        "dépannage",
        "désherbage",
        "distribution",
        "emballage",
        "encadrement",
        "encaissement",
        "enregistrement",
        "entretien",
        "étiquetage",
        "expédition",
        "facturation",
        "fabrication",
        "formation",
        "gestion",
        "inspection",
        "installation",
        "inventaire",
        "lavage",
        "livraison",
        "maintenance",
        "manutention",
        "montage",
        "démontage",
        "nettoyage",
        "organisation",
        "planification",
        "plantation",
        "pose",
        "préparation",
        "rangement",
        "ravitaillement",
        "réapprovisionnement",
        "réception",
        "relance",
        "remplacement",
        "rénovation",
        "réparation",
        "respect",
        "saisie",
        "surveillance",
        "suivi",
        "taille",
        "tonte",
        "traitement",
        "transport",
        "tri",
        "vérification",
        "vente",
    ]
)
# « accueil les clients » (writer AQ's aq20): a determiner already there, never « des les »
DETERMINERS = frozenset({"les", "des", "mes", "ses", "ces", "nos", "vos", "leurs", "aux"})
PAIR = re.compile(r"\b([a-zàâäçéèêëîïôöûüÿ]+)\s+([a-zàâäçéèêëîïôöûüÿ]+[sx])\b")


def with_des(text: str, plural_noun: Callable[[str], bool]) -> str:
    """The note with « des » between a task and the plural noun it bears on."""

    def joined(match: re.Match[str]) -> str:
        task, things = match[1], match[2]
        if task not in ACTION_NOUNS or things in DETERMINERS or not plural_noun(things):
            return match[0]
        return f"{task} des {things}"

    return PAIR.sub(joined, ARTICLE_AFTER.sub(_of_article, text))


# « accueil les clients », « tri le courrier » (writer AQ's aq20): the task's object after
# its article, joined with « de » as French writes it (« l'accueil des clients »).
ARTICLE_AFTER = re.compile(
    r"\b([a-zàâäçéèêëîïôöûüÿ]+)\s+(les\s+|le\s+|la\s+|l')(?=[a-zàâäçéèêëîïôöûüÿ])"
    # « accueil le matin », « vente le samedi »: when, never what
    r"(?!(?:matin|soir|midi|après-midi|nuit|jour|week-end|semaine|mois|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche)s?\b)"
)
OF_ARTICLE = {"les": "des ", "le": "du ", "la": "de la ", "l'": "de l'"}


def _of_article(match: re.Match[str]) -> str:
    if match[1] not in ACTION_NOUNS:
        return match[0]
    return f"{match[1]} {OF_ARTICLE[match[2].strip()]}"


# « ils ont besoin pour le pavillon des urgences » (writer AK's ak03): the need's person unsaid
NEED_FOR = re.compile(r"\bbesoin\s+(?=pour\s)", re.I)


def with_someone(text: str) -> str:
    """The note with the person a need is for: « besoin de quelqu'un pour … »."""
    return NEED_FOR.sub("besoin de quelqu'un ", text)
