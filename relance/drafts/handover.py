"""Who hands a document over, and when: what the catch-up promises.

"envoyer copie CACES" is sent: "Comme convenu, je vous transmets la copie de mes CACES."
"amener diplôme DEAS original" is brought in person, to the stage the notes name ("2e entretien
avec le médecin co"): "Comme convenu, j'apporterai l'original de mon diplôme DEAS lors du
deuxième entretien." / "As agreed, I will bring my passport to the induction." A copy is sent;
what is brought is the document itself, so "la copie de" / "a copy of" is not said. What the
recruiter sends, or a document merely named, is no promise (`documents.named`), nor is the
candidate's own wish ("je veux faire le BTS"), a request denied ("il a pas demandé") or a
document already sent ("CV envoyé via Indeed").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from relance.drafts import typed_days
from relance.drafts.grammar import join
from relance.drafts.privacy import fold
from relance.drafts.templates import phrase


@dataclass(frozen=True)
class Asked:
    """A document the candidate promised, as the e-mail names it."""

    phrase: str
    bring: bool = False  # handed over in person, not sent
    stage: str = ""  # when it is brought, as the e-mail says it: "lors du deuxième entretien"
    agreed: bool = True  # handed over as asked; not when the notes only name a requirement
    pending: bool = False  # not yet the candidate's to send: "dès que je la reçois"
    due: bool = False  # sent by a day to come: « à renvoyer signé avant le 11 »


NEVER = re.compile(r"(?!)")  # for a language with no such pattern


# A requirement named, no handover said: "airport permit → need ID + police clearance". The
# recruiter agreed to nothing yet: the e-mail offers the document, never "As agreed, I will
# send you a copy of my ID" (writer Z's reader: "not agreed in the notes").
NEEDED_ONLY = {
    "en": re.compile(r"\b(?:need|needs|needed|required|requires|require)\b"),
}
HANDED = {
    "en": re.compile(
        r"\b(?:send|resend|sent|e-?mail|forward|provide|bring|ask|asked|want|wants|upload|share|"
        r"scan|post|return|hand|show)\b|"
        r"\b(?:she|he|they|hr|recruiter|manager)\s+(?:need|needs|needed|require|requires)\b"
    ),
}


def agreed(item: str, lang: str) -> bool:
    """Did the notes say the document is to be handed over, not only that it is needed?"""
    folded = fold(item)
    needed_only = NEEDED_ONLY.get(lang, NEVER).search(folded)
    return not needed_only or bool(HANDED.get(lang, NEVER).search(folded))


# The candidate brings it: "amener", "apporter", "venir avec", "passer à l'agence avec", "bring",
# "have with me", "on the day". Matched on the accent-folded item.
BRING = {
    "fr": re.compile(
        # never « aménagement » (writer BW's bw08: « RQTH … à voir pour aménagement poste »
        # was « Comme convenu, j'apporterai l'attestation de ma RQTH »)
        r"\b(?:r?amen(?!ag)|apport|present(?:er|ez)\b|venir avec|vienne avec|avoir sur moi|"
        # « passer a l'agence deposer CACES, carte vitale, RIB » (writer AT's at02)
        r"passer (?:a|au|aux|en|chez) [^,;]*\b(?:avec|depos\w*)\b|en main propre|"
        r"depos\w*\s+(?:en|a|au)\s+(?:la\s+)?"
        r"(?:mairie|agence|accueil|rh|secretariat))"
    ),
    "en": re.compile(
        r"\b(?:bring|have\b[^,;]{0,40}\bwith me\b|have on me|in person|on the day|come in with|"
        r"turn up with|take along)\b"
    ),
}

# The candidate's own wish is no request: "je veux faire le BTS", "I want a CDI".
OWN_WISH = {
    "fr": re.compile(r"\bje\s+(?:veux|voudrais|voulais)\b|\bj'(?:aimerais|ai envie)\b"),
    "en": re.compile(r"\bi\s+(?:want|wanna|would like)\b|\bi'd like\b"),
}
# A request denied: "il a pas demandé", "she didn't ask for references".
NOT_ASKED = {
    "fr": re.compile(
        r"\b(?:pas|jamais|rien)\s+(?:demande|besoin|voulu|exige)|\bsans\s+(?:demander|besoin)|"
        r"\bdemande\s+(?:si|s'il|s'ils)\b|"  # "elle a demandé si j'ai le permis"
        # a question, not a request: "j'ai demandé comment ça se passe pour le permis"
        r"\bdemande\w*\s+(?:comment|quand|pourquoi|des nouvelles|des infos)\b|"
        # someone else requests it: "permis G à demander par l'employeur"
        r"\ba\s+(?:demander|faire|obtenir)\s+par\b|"
        # "c'est eux qui font la demande", "l'employeur s'occupe de la demande"
        r"\b(?:eux|elle|lui|ils|elles)\s+qui\s+(?:font|fait|feront|fera)\s+la\s+demande\b|"
        r"\bs'occupe\w*\s+de\s+la\s+demande\b"
    ),
    "en": re.compile(
        r"\b(?:didn't|didnt|did not|doesn't|doesnt|does not|don't|dont|never|not)\s+"
        r"(?:ask|need|want|require)|\bno need\b|\bask(?:ed|s)?\s+(?:if|whether)\b|"
        # a question, not a request: "asked about sponsorship - she said visa is fine"
        r"\bask(?:ed|s|ing)?\s+(?:about|how|what|when|why)\b|"
        r"\bto be (?:requested|applied for|obtained|arranged) by\b"
    ),
}
# Sent already, by the candidate or by someone else: "CV envoyé via Indeed", "j'ai déjà
# transmis mon RIB", "already sent my references": done, not a promise, unless a send is
# still to come in the same item ("envoyé le RIB, reste à envoyer le diplôme").
DONE = {
    "fr": re.compile(
        r"\b(?:envoye|renvoye|transmis|depose)e?s?\b"  # not "donne", "je donne"
        # « j'ai amené mes attestations, il a aimé » (writer AJ's aj10): brought to the interview
        r"|\bj['’ ]?\s*ai\s+(?:deja\s+)?(?:amene|apporte|ramene|montre|donne)e?s?\b"
    ),
    "en": re.compile(
        r"\b(?:sent|emailed|e-mailed|forwarded|uploaded|gave|given|handed)\b"
        r"|\bi\s+(?:already\s+)?(?:brought|showed)\b"
    ),
}
TO_COME = {
    "fr": re.compile(
        r"\b(?:envoyer|renvoyer|transmettre|fournir|deposer|donner|amener|apporter)\b"
    ),
    "en": re.compile(r"\b(?:send|resend|email|forward|upload|give|bring|provide)\b"),
}


def without_own_wish(folded: str, lang: str) -> str:
    return OWN_WISH[lang].sub(" ", folded)


# The candidate does not hold it (yet): « attestation AFGSU si j'ai (j'ai pas → formation
# prévue) », "first aid cert (not got it yet)" (writer AE's ae15): nothing to promise.
LACKING = {
    "fr": re.compile(
        r"\bsi j'(?:ai|l'ai|en ai)\b|\bj'(?:ai|en ai|l'ai) pas\b|\bje (?:n')?(?:ai|en ai) pas\b|"
        # « RIB pas encore envoyé » is still to send, not lacking
        r"\bje (?:ne )?l'ai pas\b|"
        r"\bpas encore\b(?!\s+(?:envoy|transmis|fait|renvoy|donn|depos|remis))|"
        # « j'en ai fait mais pas d'attestation, il veut voir sur place » (writer BS's bs02):
        # the document is what the candidate lacks, never one to send
        r"\b(?:pas|sans|aucune?)\s+d(?:e\s+|')(?:attestation|certificat|diplome|habilitation)"
    ),
    "en": re.compile(
        r"\bif i (?:have|hold|get|got)\b|\bi (?:dont|don't|do not|haven't|havent|have not)\b|"
        r"\bnot (?:got )?(?:it |one )?yet\b|"
        r"\b(?:no|without a?)\s+(?:cert|certificate|certification|ticket)\b"
    ),
}
# A promise under a condition of the candidate's own: « si formation HACCP financée, …
# j'envoie attestation » (writer AE's ae08). The recruiter's yes is no such condition: "if yes
# bring my DBS on the first day", « si ok : apporter diplôme » are promises for the first day.
CONDITIONAL = {
    "fr": re.compile(
        r"^\s*si\b(?!\s*(?:ok|oui|possible|besoin|necessaire|c'est bon|positif|accord|"
        r"retenue?s?|prise?s?|embauchee?s?|je suis|ca (?:se fait|marche)|validee?s?)\b)"
    ),
    "en": re.compile(
        r"^\s*if\b(?!\s*(?:yes|ok|okay|successful|hired|selected|offered|accepted|possible|"
        r"needed|necessary|i (?:get|am|'m)|they|it (?:goes|works))\b)"
    ),
}


def lacking(folded: str, lang: str) -> bool:
    return bool(LACKING[lang].search(folded))


def conditional(folded: str, lang: str) -> bool:
    return bool(CONDITIONAL[lang].search(folded))


def denied(folded: str, lang: str) -> bool:
    return bool(NOT_ASKED[lang].search(folded))


def done(folded: str, lang: str) -> bool:
    """Sent already, with nothing left to send in the same words."""
    return bool(DONE[lang].search(folded)) and not TO_COME[lang].search(folded)


# The stages a document is brought to, as the notes type them and the e-mail says them; the
# first one the item names, else the first one its field names.
STAGES = {
    "fr": (
        (
            r"\b(?:2e|2eme|deuxieme|second|2nd)\s+(?:entretien|rdv|rendez-vous)",
            "lors du deuxième entretien",
        ),
        # "rdv jeudi 26/11 14h RH gare: amener carte pro …" (writer U's u16): the item's own
        # meeting, not the medical check typed on the field's next line
        (
            r"\b(?:rdv|rendez-vous)\b(?:\s+\S+){0,4}\s+rh\b|\b(?:rdv|rendez-vous)\s+avec\s+(?:les\s+)?rh\b",
            "lors du rendez-vous avec les ressources humaines",
        ),
        (r"\bvisite medicale\b|\bmedecin du travail\b", "lors de la visite médicale"),
        (r"\b(?:premier|1er)\s+jour\b|\bjour de (?:la )?prise de poste\b", "le premier jour"),
        (r"\bsignature du contrat\b|\bsigner (?:le|mon) contrat\b", "à la signature du contrat"),
        (r"\bjournee d'?\s?(?:essai|immersion|integration)\b", "lors de la journée d'essai"),
        # « journée d accueil sécurité lundi 19 à 7h30 au poste de garde, apporter chaussures
        # de sécu + CNI » (writer BM's bm02): the item's own day, not the agency of the next line
        (r"\bjournee d'?\s?accueil\b|\baccueil securite\b", "lors de la journée d'accueil"),
        (r"\bchantier\b", "lors de ma venue sur le chantier"),
        (r"\bagence\b", "lors de mon passage à l'agence"),
        (r"\bmairie\b", "à la mairie"),
    ),
    "en": (
        (r"\b(?:second|2nd)\s+(?:interview|round)\b", "to the second interview"),
        (r"\bpartner interview\b", "to the partner interview"),
        (r"\binduction\b", "to the induction"),
        (r"\bassessment (?:centre|center|day)\b", "to the assessment centre"),
        (r"\btrial shift\b", "to the trial shift"),
        (r"\bshadow shift\b", "to the shadow shift"),
        (r"\bmedical\b", "to the medical"),
        (r"\b(?:first|1st) day\b|\bday (?:1|one)\b", "on my first day"),
    ),
}

# What is sent is a copy; what is brought is the document.
BROUGHT = {
    "fr": ((r"^la copie de ", ""), (r"^l'attestation de (ma carte Vitale)$", r"\1")),
    "en": ((r"^(?:a copy|copies) of ", ""),),
}
COPY = re.compile(r"\b(?:copie|copies|copy|scan\w*|photocopie\w*)\b")
ORIGINAL = re.compile(r"\borigina(?:l|le|ux|les|ls)\b")


def brought(item: str, lang: str) -> bool:
    return bool(BRING[lang].search(fold(item)))


def stage(item: str, field: list[str], lang: str) -> str:
    """When the document is brought: the stage the item names, else the one its field names."""
    for text in (item, *field):
        folded = fold(text)
        for pattern, said in STAGES[lang]:
            if re.search(pattern, folded):
                return said
    return ""


def brought_on(item: str, field: list[str], lang: str, interview_day: date) -> date | None:
    """The day a document is brought: the one its own line gives, else, unless it names a
    stage of its own ("le premier jour"), the day of the nearest step typed before it ("start
    trial tomorrow saturday 6am" then "bring boots and ID")."""
    day = typed_days.first_day(item, lang, interview_day)
    if day is not None or not brought(item, lang) or stage(item, [], lang):
        return day
    before = field[: field.index(item)] if item in field else []
    for text in reversed(before):
        if (day := typed_days.first_day(text, lang, interview_day)) is not None:
            return day
    return None


def before_stage(part: str, lang: str) -> str:
    """The part without the stage it names: "mes EPI le jour de la prise de poste" -> "mes EPI
    le" (the trailing article is dropped with the other trailing words)."""
    folded = fold(part)
    starts = [found.start() for pattern, _ in STAGES[lang] if (found := re.search(pattern, folded))]
    if not starts or len(folded) != len(part):
        return part
    return part[: min(starts)].rstrip()


def as_brought(name: str, item: str, lang: str) -> str:
    """'la copie de mon diplôme' brought is 'mon diplôme', 'l'original de mon diplôme' when the
    notes say the original."""
    if not COPY.search(fold(item)):  # "copie du CAP à déposer en mairie" stays a copy
        for pattern, replacement in BROUGHT[lang]:
            name = re.sub(pattern, replacement, name)
    if ORIGINAL.search(fold(name)):
        return name
    if lang == "fr" and ORIGINAL.search(fold(item)) and name.startswith(("mon ", "ma ", "mes ")):
        return ("les originaux de " if name.startswith("mes ") else "l'original de ") + name
    if lang == "en" and ORIGINAL.search(fold(item)) and name.startswith("my "):
        return "my original " + name[3:]
    return name


def _within(name: str, other: str) -> bool:
    """Every word of the name is in the other, longer name."""
    return name != other and set(name.split()) < set(other.split())


def sentences(lang: str, documents: list[Asked]) -> str:
    """One sentence for what is sent, one for what is brought to each stage; the first says
    'Comme convenu' / 'As agreed'."""
    groups: dict[tuple[bool, str, bool, bool], list[str]] = {}
    due = {document.phrase for document in documents if document.due}
    for document in documents:
        names = groups.setdefault(
            (document.bring, document.stage, document.agreed, document.pending), []
        )
        if document.phrase not in names:
            names.append(document.phrase)
    pending = {name for (_, _, _, later), names in groups.items() if later for name in names}
    for (_, _, _, later), names in groups.items():
        # "my guild talk slides" after "my reliability guild talk slides": one document.
        names[:] = [name for name in names if not any(_within(name, other) for other in names)]
        if not later:  # a document also typed as not received yet is sent on receipt only
            names[:] = [name for name in names if name not in pending]
    # "bring passport for right to work" (notes) and "second interview Wednesday, bring
    # passport" (process): one document, said once, with its stage (writer BB's bb30)
    staged = {
        name for (bring, when, _, _), names in groups.items() if bring and when for name in names
    }
    for (bring, when, _, _), names in groups.items():
        if bring and not when:
            names[:] = [name for name in names if name not in staged]
    # "hep b vaccinations needed" (needs) and "bring proof of hep b jabs" (process): brought,
    # never also "I can provide" (writer BO's bo38)
    brought = {name for (bring, _, _, _), names in groups.items() if bring for name in names}
    for (bring, _, _, _), names in groups.items():
        if not bring:
            names[:] = [name for name in names if name not in brought]
    said: list[str] = []
    for (bring, when, agreed, later), names in sorted(
        groups.items(), key=lambda group: (group[0][0], group[0][3])
    ):
        if not names:
            continue
        key = "documents_bring" if bring else "documents_pending" if later else "documents"
        if key == "documents" and all(name in due for name in names):
            key = "documents_due"  # « je vous enverrai », not an attachment now
        key += "_also" if said else ""
        if later and not agreed:
            continue  # a document not held yet, nobody asked for: never "I can provide"
        key = key if agreed else "documents_needed"
        said.append(phrase(lang, key, items=join(names, lang), when=f" {when}" if when else ""))
    return " ".join(said)
