"""A reason of motivation that names a kind of workplace is said as joining it.

"brasserie qui bouge", "small family bakery": typed as the reason the candidate wants the job,
such a phrase after "Ce qui m'attire dans ce poste, c'est…" says the post is a brasserie. The
careful writer says what attracts them is to work for it: "L'idée de travailler pour une
brasserie qui bouge me motive particulièrement." The nouns below name kinds of workplace (not the
notes' examples: the common kinds of employer across the trades).

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

from relance.drafts.en_determiners import en_indefinite

WORKPLACES = {
    "fr": frozenset(
        """
        entreprise société structure établissement brasserie restaurant café bar bistrot
        boulangerie pâtisserie boucherie épicerie magasin boutique enseigne commerce
        supermarché hypermarché hôtel camping agence banque cabinet étude association
        école collège lycée université clinique hôpital ehpad résidence foyer crèche
        mairie collectivité administration garage atelier usine entrepôt plateforme
        domaine exploitation ferme compagnie start-up startup pme tpe groupe maison
        librairie pharmacie laboratoire labo théâtre musée salon institut centre
        marque journal club réseau imprimerie assureur mutuelle employeur coopérative
        fromagerie chocolaterie distillerie cave opérateur transporteur
        """.split()  # noqa: SIM905 (a word list reads better as one string)
    ),
    "en": frozenset(
        """
        company business firm organisation organization store shop supermarket restaurant
        cafe café bar pub bakery hotel agency bank practice charity school college
        university hospital clinic home council startup start-up group brand warehouse
        garage workshop factory farm estate gallery museum theatre library pharmacy lab
        salon centre center trust bookshop bookstore nursery care brewery distillery
        insurer employer retailer airline operator carrier cooperative co-op hospice
        contractor lender dealership housebuilder haulier builder
        """.split()  # noqa: SIM905
    ),
}
ARTICLES = {"fr": ("un ", "une "), "en": ("a ", "an ", "the ")}
# Places one works in, not for (« travailler dans un atelier neuf », writer AU's au05: « pour
# un atelier neuf »); a firm, a shop's brand, an association one works for.
FR_WORKED_IN = frozenset(
    """
    atelier usine entrepôt plateforme magasin boutique supermarché hypermarché hôtel camping
    école collège lycée université clinique hôpital ehpad résidence foyer crèche garage ferme
    librairie pharmacie laboratoire labo théâtre musée salon centre restaurant brasserie café
    bar bistrot boulangerie pâtisserie boucherie épicerie fromagerie chocolaterie cave
    imprimerie distillerie exploitation domaine institut officine
    """.split()  # noqa: SIM905
)
WORKED_IN = {
    "fr": FR_WORKED_IN,
    "en": frozenset(
        """
        store shop supermarket restaurant cafe café bar pub bakery hotel school college
        hospital clinic warehouse garage workshop factory farm gallery museum theatre library
        pharmacy lab salon nursery bookshop bookstore brewery distillery hospice
        """.split()  # noqa: SIM905
    ),
}
ADJECTIVE_SLOTS = 2  # "une petite brasserie familiale", "a small family bakery"


def is_workplace(reason: str, lang: str) -> bool:
    """The reason, with its indefinite article, is headed by a kind of workplace."""
    low = reason.lower()
    if lang not in WORKPLACES:
        return False
    if not low.startswith(ARTICLES[lang]):
        if lang == "fr":
            return False
        low = "the " + low  # "independent bookshop": English left without its article
    words = [word.strip(",.") for word in low.split()[1 : 2 + ADJECTIVE_SLOTS]]
    if lang == "fr":
        return words[:1] != [] and (
            words[0] in WORKPLACES[lang] or (len(words) > 1 and words[1] in WORKPLACES[lang])
        )
    # English: the head comes after its adjectives and noun modifiers ("a small family bakery");
    # a workplace word used as a modifier is none ("a company van", writer AO's ao38)
    head = words[-1] if words else ""
    if head in COMPANY_THINGS:
        return False
    return any(word in WORKPLACES[lang] for word in words)


# What a company gives, named after it: "company van", "company car", "company phone".
COMPANY_THINGS = frozenset({"van", "car", "vehicle", "phone", "laptop", "truck", "card", "pension"})


def joined(reason: str, lang: str) -> str:
    """The workplace as one joins it: "a small family bakery", never "the"; but a superlative
    names one workplace only: "the biggest hotel in SG", never "a biggest" (writer H, h35)."""
    if lang == "en" and not reason.lower().startswith(("a ", "an ")):
        rest = reason[4:] if reason.lower().startswith("the ") else reason
        return "the " + rest if _superlative(rest.split(" ", 1)[0]) else en_indefinite(rest)
    return reason


def _superlative(word: str) -> bool:
    """'biggest', 'largest', 'best', 'most': an adjective's superlative by the lexicon."""
    from relance.drafts.slots import en_superlative

    return en_superlative(word.lower())


def worked_in(reason: str, lang: str) -> bool:
    """« un atelier neuf », "a small bakery": a place one works in, not for."""
    words = [word.strip(",.") for word in reason.lower().split()[1 : 2 + ADJECTIVE_SLOTS]]
    head = next((word for word in words if word in WORKPLACES[lang]), "")
    return head in WORKED_IN[lang]
