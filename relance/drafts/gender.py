"""The gender of a French noun, for the article a sentence puts before it.

spaCy's small French model guesses a noun's gender from its context and gets bare nouns
wrong often enough to matter ("le caisse", "une magasin"): an article that disagrees is the
first thing a French reader sees. The dictionary speaks first: 54,000 nouns and their gender
from Hunspell's French dictionary (`data/nouns_fr.txt.gz`, built by `scripts/gender-table`).
Where it is silent (a trade word it lacks) or gives both genders ("le poste", "la poste"),
the hand lists below hold the trades' common sense of the word, then the endings settle the
rest (about nine French nouns in ten follow them). Only when none speaks does the caller
fall back on the model.
"""

from __future__ import annotations

import functools
import gzip
import unicodedata
from importlib import resources
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "nouns_fr.txt.gz"

MASC = "Masc"
FEM = "Fem"

# Nouns that break their ending's rule, or end in "-e" with no rule: the trades' common ones.
MASCULINE = frozenset(
    """
    portefeuille site service office exercice bénéfice groupe poste stage produit monde
    rythme style contrôle rôle pôle centre chiffre nombre modèle genre domaine volume
    programme problème système thème diplôme document livre quai véhicule spectacle cercle
    article musée lycée collège manège trophée casque chèque risque masque commerce espace
    silence échange foyer budget secteur moteur serveur chauffeur magasin planning caractère
    dossier métier salaire inventaire calendrier horaire questionnaire stock rayon comptoir
    entrepôt cabinet hôpital hôtel restaurant atelier chantier bureau réseau niveau tableau
    permis contrat entretien accueil travail conseil emploi projet public client patient
    personnel parking logiciel outil matériel logement secrétariat mécanicien immeuble
    territoire laboratoire répertoire vestiaire dortoir répondeur ordinateur comité côté
    été pâté traité député sens temps repas bras dos corps poids prix choix mois pays
    commis badge
    """.split()  # noqa: SIM905 (a word list reads better as one string)
)
FEMININE = frozenset(
    """
    page plage image cage nage valeur couleur chaleur peur odeur fleur douceur rigueur
    ardeur largeur hauteur longueur lenteur saveur vigueur humeur sueur lueur faveur clé
    caisse équipe terrasse maison cuisine boutique clinique brigade salle tenue vente
    réserve gestion formation mission période semaine enseigne entreprise structure
    ambiance clientèle pharmacie officine école association mairie région commune crèche
    classe place surface face base zone ligne chaîne file livraison tournée plateforme
    réception mise prise relation qualité sécurité hygiène propreté rentrée soirée journée
    année matinée nuit fin main part partie affaire carrière visite voiture remorque
    palette commande facture charge tâche vitrine allée unité filière mer méthode
    cuisson boisson leçon façon chanson raison saison moisson sieste baisse hausse liste
    piste recette tâche marque
    bonne grande petite belle nouvelle vraie grosse forte longue première dernière
    """.split()  # noqa: SIM905
)
# Words before the head that say nothing of its gender: "très bonne présentation".
NEUTRAL = frozenset({"très", "plus", "assez", "vraiment", "bien", "aussi"})
# Adjectives before the head say its gender: "bon relationnel", "bonne présentation".
MASCULINE_BEFORE = frozenset({"bon", "grand", "petit", "beau", "nouveau", "vrai", "gros"})
FEMININE_ENDINGS = (
    "tion", "sion", "xion", "té", "ure", "ance", "ence", "ise", "ette", "elle", "esse",
    "ade", "aison", "ude", "ine", "ière", "ie", "ée", "ole", "ique", "aine", "erie",
)  # fmt: skip
MASCULINE_ENDINGS = (
    "ment", "age", "isme", "oir", "eau", "ier", "in", "ain", "at", "et", "on", "al", "ail",
    "eil", "ing", "as", "ot", "ent", "ant", "eur", "ou", "i", "u", "é", "er", "ème", "ège",
    "ic", "ac", "oc", "uc", "ak", "ok", "ard", "ort", "ord", "our", "us", "is", "os",
)  # fmt: skip


@functools.cache
def _acronym_table() -> tuple[dict[str, str], frozenset[str]]:
    """templates/fr/acronyms.txt, read once: each acronym's gender, and those marked "own"."""
    listed = resources.files("relance.drafts") / "templates" / "fr" / "acronyms.txt"
    genders: dict[str, str] = {}
    owned = set()
    for line in listed.read_text(encoding="utf-8").splitlines():
        word, *codes = line.split("#")[0].split() or [""]
        if word and codes and codes[0] in ("m", "f"):
            genders[word] = MASC if codes[0] == "m" else FEM
            if "own" in codes[1:]:
                owned.add(word)
    return genders, frozenset(owned)


def acronyms() -> dict[str, str]:
    """An acronym typed bare ("CDI", "DPAE") -> its gender."""
    return _acronym_table()[0]


def owned_acronyms() -> frozenset[str]:
    """The acronyms marked "own": credentials a candidate holds (« ma FIMO »)."""
    return _acronym_table()[1]


def acronym_article(acronym: str, feminine: str = "la ", masculine: str = "le ") -> str:
    """The article before a listed acronym: « l'EHPAD » (spelled from a vowel), « la DSN »,
    « le CDI »; "" when the acronym is not listed."""
    gender = acronyms().get(acronym, "")
    if not gender:
        return ""
    if acronym[:1] in "AEIOU":  # « l'AG », « mon AG »
        return "l'" if masculine == "le " else masculine
    return feminine if gender == FEM else masculine


def phrase_gender(text: str) -> str:
    """The gender of a noun phrase's head: "très bonne présentation" is feminine."""
    for word in text.split():
        if word in acronyms():
            return acronyms()[word]
        low = word.lower().split("'")[-1]
        if low in NEUTRAL:
            continue
        if low in MASCULINE_BEFORE:
            return MASC
        return noun_gender(low)
    return ""


@functools.cache
def dictionary() -> dict[str, str]:
    """Each French noun of the table and its gender code: "m", "f" or "e" (both)."""
    table: dict[str, str] = {}
    with gzip.open(TABLE, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("#"):
                word, _, code = line.rstrip("\n").partition("\t")
                table[word] = code
    return table


def singular_forms(word: str) -> tuple[str, ...]:
    """The word and, for a plural in "s"/"x" (or "-aux"), its singular: "bureaux" -> "bureau"."""
    low = unicodedata.normalize("NFC", word.lower())
    forms = [low]
    if low.endswith("aux") and len(low) > 4:
        forms.append(low[:-3] + "al")
    if low.endswith(("s", "x")) and len(low) > 3:
        forms.append(low[:-1])
    return tuple(forms)


def is_noun(word: str) -> bool:
    """The dictionary knows the word (or its singular) as a common noun."""
    table = dictionary()
    return any(form in table for form in singular_forms(word))


def noun_gender(word: str) -> str:
    """MASC, FEM or "" (nothing known): the dictionary, the lists, then the ending."""
    low = unicodedata.normalize("NFC", word.lower())
    singular = low[:-1] if low.endswith(("s", "x")) and len(low) > 3 else low
    table = dictionary()
    for form in singular_forms(word):
        code = table.get(form, "")
        if code in ("m", "f"):
            return MASC if code == "m" else FEM
    for form in (low, singular):
        if form in MASCULINE:
            return MASC
        if form in FEMININE:
            return FEM
    for form in (low, singular):
        # "-tion" is feminine though "-on" is masculine: the longer endings are read first.
        if form.endswith(FEMININE_ENDINGS) and not form.endswith(("ment", "ier")):
            return FEM
        if form.endswith(MASCULINE_ENDINGS):
            return MASC
    if low[-1:].isalpha() and low[-1] not in "eaoy":
        return MASC  # "respect", "stock", "bus": a noun ending in a consonant mostly is
    # "visio", "compta", "promo": a word cut short keeps the gender of the whole word, which
    # the dictionary does not give: nothing is known.
    return ""
