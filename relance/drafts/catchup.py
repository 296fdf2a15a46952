"""The catch-up e-mail, one debrief field at a time: what the e-mail will say for it, and why.

`settled.part_preview(ctx, part)`, built from this module's functions, is what the debrief
page shows under a field as the candidate types: the sentence(s) the catch-up will contain
for it, the corrections applied to the notes (accents, shorthand, names, dates), the notes
left out with their reason and the fragments kept for the candidate to rewrite. Both it and
`catchup_email` take the fields from `settled.settled` (the notes after the whole-draft tone
pass), so the preview and the e-mail cannot disagree.

Framework-free: no Django import, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from relance.drafts import (
    dates,
    gate,
    job_facts,
    motivation,
    phrasing,
    process_notes,
    returned,
    role_phrasing,
    strengths,
    typed_sentences,
)
from relance.drafts.arrows import without_reaction, without_standing
from relance.drafts.brought_papers import TODAY, brought_on, brought_this_morning, unsendable
from relance.drafts.company_names import clean_company, fr_company_of
from relance.drafts.company_spellings import en_named
from relance.drafts.compose import client_name, placeholder
from relance.drafts.context import (
    DEBRIEF_PARTS,
    EXPECTATIONS,
    MOTIVATION,
    RECRUITER_NEEDS,
    ROLE_UNDERSTOOD,
    STRONG_POINTS,
    DraftContext,
)
from relance.drafts.document_requests import doubted, sends, split
from relance.drafts.en_articles import with_the
from relance.drafts.handover import Asked, sentences
from relance.drafts.interview_setting import day_programme, is_setting
from relance.drafts.interviewer import contact_as_pronoun, we_as_you
from relance.drafts.lacking import LACKING
from relance.drafts.minus_marks import minus_lines
from relance.drafts.notes import fragments, questioned
from relance.drafts.own_words import fr_with_article
from relance.drafts.phone import with_names
from relance.drafts.phrased import Phrased, marked
from relance.drafts.privacy import LeftOut, names_candidate, trade_of
from relance.drafts.proofread import Proofread, proofread, touches
from relance.drafts.reading import has_letters, pieces
from relance.drafts.screen import kept
from relance.drafts.slashes import unslashed
from relance.drafts.suggestions import DATE, Suggestion, corrections
from relance.drafts.templates import phrase
from relance.drafts.title_items import without_title
from relance.drafts.vouch import refusing

FREE_NOTES = "notes"
PROCESS = "process"
PARTS = (*DEBRIEF_PARTS, FREE_NOTES, PROCESS)
# The template value each part's sentence fills.
SLOTS = {
    STRONG_POINTS: "strong_points",
    RECRUITER_NEEDS: "needs",
    ROLE_UNDERSTOOD: "role",
    EXPECTATIONS: "expectations",
    MOTIVATION: "motivation",
    FREE_NOTES: "notes",
}
# The free notes are the candidate's memo, most of it for themselves: an item is quoted only
# when it states a fact of the job (start, hours, place, contract, training, equipment).
JOB_FACT = {
    "fr": re.compile(
        r"\b(?:début|démarrage|commence|commencer|démarrer|prise de poste|horaires?|planning|"
        r"roulement|équipe de (?:jour|nuit|matin)|poste en|contrat|cdd|cdi|mission|intérim|"
        r"formation|tutorat|tuteur|tutrice|période|site|lieu|locaux|télétravail|"
        r"tenue|uniforme|équipements?|véhicule|badge)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:start(?:s|ing)?|start date|hours|shifts?|rota|schedule|contract|permanent|"
        r"temp|fixed[- ]term|training|induction|onboarding|mentor|site|office|remote|hybrid|"
        r"uniform|equipment|vehicle|badge|team of)\b",
        re.IGNORECASE,
    ),
}


@dataclass(frozen=True)
class PartPreview:
    """What the catch-up will say for one debrief field, and what it changed or kept out."""

    sentence: str  # the sentence(s) of the e-mail for this field, or ""
    suggestions: tuple[Suggestion, ...] = ()
    left_out: tuple[LeftOut, ...] = ()
    to_rewrite: tuple[str, ...] = ()  # fragments kept for the candidate to rewrite


@dataclass(frozen=True)
class Prepared:
    """A debrief field's notes, cleaned and sorted, ready to be phrased."""

    part: str
    items: tuple[str, ...] = ()  # what the e-mail may phrase
    documents: tuple[Asked, ...] = ()  # documents the recruiter asked for, sent or brought
    left_out: tuple[LeftOut, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    missing: bool = False  # an empty field: its sentence is a visible placeholder

    def without(self, dropped: list[str], reason: str) -> Prepared:
        """The field with these notes left out for `reason`, a placeholder if none remain."""
        items = tuple(item for item in self.items if item not in dropped)
        left = tuple(LeftOut(self.part, item, reason) for item in dropped)
        return replace(
            self,
            items=items,
            left_out=(*self.left_out, *left),
            missing=shows_placeholder(self.part, items),
        )


def shows_placeholder(part: str, items: tuple[str, ...] | list[str]) -> bool:
    """A field with no note shows a placeholder; the free notes never ask for one."""
    return not items and part != FREE_NOTES


def check_part(ctx: DraftContext, part: str) -> None:
    if ctx.lang not in ("fr", "en"):
        raise ValueError(f"unsupported language: {ctx.lang!r}")
    if part not in PARTS:
        raise ValueError(f"unknown debrief part: {part!r}")


def company(ctx: DraftContext) -> str:
    """The employer the e-mail names: the agency's client, never the agency itself."""
    if ctx.placed_by_agency:
        return client_name(ctx.agency_client)
    return clean_company(ctx.company, ctx.lang)


def prepared(ctx: DraftContext, part: str) -> Prepared:
    """The field's notes as the catch-up uses them, with what was changed and kept out."""
    check_part(ctx, part)
    lang = ctx.lang
    if part in ctx.removed_parts:
        return Prepared(part)
    typed, minus = (ctx.note(part), []) if part == PROCESS else minus_lines(ctx.note(part))
    programme: list[str] = []
    if part == STRONG_POINTS:  # "recruitment day: climbing wall + group games": the setting
        typed, programme = day_programme(typed)
    if part not in (PROCESS, FREE_NOTES):  # "copie permis / carte conducteur": documents
        typed = unslashed(typed, lang)
    if part in (RECRUITER_NEEDS, EXPECTATIONS):  # the requirement, not where one stands on it
        # (« permis B exigé → Mme Traoré ne l'a pas, code obtenu », writer BX's bx14: the
        # whole standing after the arrow, before its commas split it into pieces; a standing
        # of one piece stays, for the documents to read it: « diplôme demandé => j'ai pas »)
        typed = "\n".join(without_standing(line, listed=True) for line in typed.splitlines())
    # A document the recruiter asked for is a promise to keep, even when its name alone would
    # be left out as a note ("fiches de paie" is a salary word, "envoyer mon RIB" a demand).
    # A doubt typed after the document ("extrait casier ils vont le demander ??? peur") is cut
    # off it as a fragment of its own: the line decides.
    unsure = [
        piece for line in typed.splitlines() if doubted(line) for piece in fragments(line, lang)
    ]
    # A line the recruiter must not read for what it tells of the candidate promises nothing:
    # « casier B3 a demander, je sais pas ce qu'il y aura marqué » (writer AT's at09) was « je
    # vous transmettrai l'extrait de mon casier judiciaire dès réception ».
    unsure += [
        piece
        for line in (typed.splitlines() if part == FREE_NOTES else [])
        if unsendable(line, ctx)
        for piece in fragments(line, lang)
    ]
    pieces = fragments(typed, lang)
    # Something to bring to a trial already over on the sending day ("essai demain samedi 13 …
    # apporter tenue", writer AL's al12) is no promise left to make.
    # each piece's day read once: the notes split again for every piece that brings a paper
    brought = {piece: day for piece in pieces if (day := brought_on(piece, pieces, ctx))}
    over = [piece for piece in pieces if piece in brought and brought[piece] < ctx.send_on]
    needs = part in (RECRUITER_NEEDS, EXPECTATIONS)
    kept_pieces = [piece for piece in pieces if piece not in over]
    # forms the recruiter sends to be returned are said once, by `returned` (writer BD's
    # bd36); what went well and why ask for nothing, so their notes are never read so
    asking = part not in (STRONG_POINTS, MOTIVATION)
    # what goes back with the form is said with it, never also sent on its own (writer BW's
    # bw12: « formulaire habilitation … à renvoyer signé avec copie CNI »)
    forms = {
        piece: f"{form.name} {form.pieces}"
        for piece in (kept_pieces if asking else [])
        if (form := returned.read(piece, lang, ctx.interview_day)) is not None
    }
    days = (ctx.interview_day, ctx.send_on)
    # the job as understood names its work, not papers to send: « préparation de copie,
    # épreuves, BAT » (writer BH's bh23) was « je vous transmets ma préparation de copie et
    # mon BAT »; a paper typed there with its verb is still sent
    tasks = [p for p in kept_pieces if not sends(p, lang)] if part == ROLE_UNDERSTOOD else []
    items, documents = split(
        [p for p in kept_pieces if p not in tasks], lang, unsure, needs, forms, days
    )
    items = [piece for piece in kept_pieces if piece in tasks or piece in items]
    morning = [
        piece
        for piece in kept_pieces
        if piece in brought and brought_this_morning(brought[piece], pieces, ctx)
    ]
    if morning:
        today = {asked.phrase for asked in split(morning, lang, unsure, needs)[1]}
        documents = [
            replace(asked, stage=TODAY[lang]) if asked.bring and asked.phrase in today else asked
            for asked in documents
        ]
    if not asking:  # what went well and why: nothing asked for
        # ("we talked prompt copy", writer AP's ap37, was "I will send you my talked prompt copy")
        items, documents = [piece for piece in pieces if piece not in over], []
    if part == STRONG_POINTS:  # the point reacted to, screened without it
        items = [without_reaction(item, lang) for item in items]
    if lang == "en" and part in (RECRUITER_NEEDS, EXPECTATIONS):  # not where one stands
        items = [without_standing(item) for item in items]
    if lang == "en" and part in (RECRUITER_NEEDS, ROLE_UNDERSTOOD, EXPECTATIONS):
        items = [with_the(item) for item in items]  # "report to manager": "to the manager"
    if lang == "fr" and part in (RECRUITER_NEEDS, ROLE_UNDERSTOOD, EXPECTATIONS):
        items = [fr_with_article(item) for item in items]  # « accepter les horaires décalés »
    if part in (RECRUITER_NEEDS, EXPECTATIONS):  # « Sophie cherche… »: she is the addressee
        contact = (ctx.contact_civility, ctx.contact_first_name, ctx.contact_last_name)
        items = [we_as_you(contact_as_pronoun(item, lang, *contact), lang) for item in items]
    items, left = kept(items, lang, part, trade_of(ctx))
    if part != PROCESS:  # "astreintes ? non": a question of the candidate's, no fact
        asked = questioned(typed, lang)
        left += [LeftOut(part, item, "doubt") for item in items if item in asked]
        items = [item for item in items if item not in asked]
    left += [LeftOut(part, ", ".join(fragments(line, lang)), "self") for line in minus]
    items, unreadable = legible_items(items, lang)
    left += [LeftOut(part, piece, "illegible") for piece in unreadable]
    if part != PROCESS:  # « he liked Rhys did work experience »: typed by someone else
        named = [item for item in items if names_candidate(item, ctx.candidate_name)]
        left += [LeftOut(part, item, "about_you") for item in named]
        items = [item for item in items if item not in named]
    if part == STRONG_POINTS:  # « RH + l'adjointe au maire »: the panel, no strong point
        panel = [item for item in items if is_setting(item)]
        left += [LeftOut(part, item, "setting") for item in [*panel, *programme]]
        items = [item for item in items if item not in panel]
    if part == ROLE_UNDERSTOOD:
        items, titles = without_title(items, ctx.position, lang)
        left += [LeftOut(part, piece, "title") for piece in titles]
    past = [LeftOut(part, piece, "past") for piece in over]
    if part == PROCESS:  # a catch-up asks how the process goes on: it does not recall it
        # and never quotes a process note, so the tone screen (for quoting) leaves none out:
        # "answer by the 2nd" is the day the e-mail confirms, not a note kept from it
        left = [
            gone for gone in left
            if gone.reason != "tone" and not process_notes.said_though_doubted(gone.text, ctx)
        ]  # fmt: skip
        return Prepared(part, documents=tuple(documents), left_out=(*left, *past))
    left += past
    spelled = corrections(typed, items)
    redated = [dates.redated(item, ctx.interview_day, ctx.send_on, lang) for item in items]
    date_changes = [
        Suggestion(before, after, DATE) for before, after in zip(items, redated, strict=True)
        if before != after
    ]  # fmt: skip
    items = redated
    if part == FREE_NOTES:  # the candidate's memo: only what reads as a fact of the job
        # (never what the candidate lacks: « vu en formation seulement, pas en vrai »)
        items = [item for item in items if JOB_FACT[lang].search(item) and not LACKING.search(item)]
    items = [with_names(item, [clean_company(ctx.company, lang)]) for item in items if item]
    return Prepared(
        part,
        items=tuple(items),
        documents=tuple(documents),
        left_out=tuple(left),
        suggestions=(*spelled, *date_changes),
        missing=shows_placeholder(part, items),
    )


def legible_items(items: list[str], lang: str) -> tuple[list[str], list[str]]:
    """The items without their pieces that hold no letter ("0/0", "--"): nothing a sentence
    or a marked place could say; those pieces are listed to the candidate as unreadable."""
    kept_items: list[str] = []
    unreadable: list[str] = []
    for item in items:
        parts = pieces(item, lang)
        if all(has_letters(piece) for piece in parts):
            kept_items.append(item)
            continue
        unreadable.extend(piece for piece in parts if not has_letters(piece))
        rest = [piece for piece in parts if has_letters(piece)]
        if rest:
            kept_items.append(", ".join(rest))
    return kept_items, unreadable


MAX_HANDBACKS = 2  # rounds of notes sent back: the field written without them may read anew


def phrased(
    ctx: DraftContext,
    part: str,
    items: list[str],
    missing: bool,
    expected: tuple[str, ...] | None = None,
) -> Phrased:
    """The field's sentences (`_phrased`), with the notes the candidate typed as whole
    sentences said as typed where no frame took them (`typed_sentences`)."""
    written = _phrased(ctx, part, items, missing, expected)
    own = _as_typed(ctx, part, written.to_rewrite)
    if not own:
        return written
    rest = [item for item in items if item not in own]
    base = _phrased(ctx, part, rest, False, expected) if rest else Phrased("")
    said = [] if set(base.to_rewrite) >= set(rest) else [base.phrased]
    if said:  # after the field's own sentences: "You also mentioned that…"
        own = _as_typed(ctx, part, tuple(own), first=False)
    if part == MOTIVATION and not said:
        names = _names(ctx)
        said = [phrase(ctx.lang, "motivation_plain" + names["variant"], **names)]
    back = [note for note in base.to_rewrite if note in rest]
    mark = marked(ctx.lang, part, back, alone=False)
    text = " ".join(piece for piece in (*said, *own.values(), mark) if piece)
    return replace(base, sentence=text, to_rewrite=tuple(back), marked=mark, as_typed=tuple(own))


def _phrased(
    ctx: DraftContext,
    part: str,
    items: list[str],
    missing: bool,
    expected: tuple[str, ...] | None = None,
) -> Phrased:
    """The sentence(s) the catch-up writes for a field from its (possibly trimmed) items,
    proofread (French).

    `expected`: the expectations as the e-mail keeps them, whose facts of the job are said
    with the role (by default the field as prepared; `settled` gives the field once its
    notes left out are gone, so that a note left out never comes back with the role).

    The proofreader's safe fixes are made in the sentences (`Phrased.fixes`); a note whose
    words a fault is about is not sent as written: the field is written again with that note
    in its marked place, for the candidate to rewrite."""
    written, gated = gate.gated(
        lambda: built(ctx, part, items, missing, expected),
        [*([] if missing else items), *_moved_facts(ctx, part, expected)],
        ctx.lang,
        kept_names(ctx),
    )
    if ctx.lang != "fr" or not written.sentence:
        return written
    keep = kept_names(ctx)
    proof = proofread(written.sentence, keep)
    faulty: list[str] = []
    for _ in range(MAX_HANDBACKS):
        if missing or not proof.faults:
            break
        found = [
            item
            for item in items
            if item not in faulty and any(touches(fault, item) for fault in proof.faults)
        ]
        if not found:
            break  # a fault in the frame alone is the composer's: no note is sent back for it
        faulty.extend(found)
        with refusing([*gated, *faulty]):
            written = built(ctx, part, items, missing, expected)
        proof = proofread(written.sentence, keep)
    handed_back = tuple(note for note in written.to_rewrite if note in faulty)
    return replace(written, sentence=proof.text, fixes=proof.fixes, faulty=handed_back)


def _moved_facts(ctx: DraftContext, part: str, expected: tuple[str, ...] | None) -> list[str]:
    """The facts of the job typed among the expectations that the role's sentence says
    (`built`): the gate may send one of them back as it does the role's own notes (writer U's
    u35, "the role covers PRTL hours")."""
    if part != ROLE_UNDERSTOOD or EXPECTATIONS in ctx.removed_parts:
        return []
    if expected is None:
        expected = prepared(ctx, EXPECTATIONS).items
    return job_facts.job_facts(list(expected), ctx.lang)


def proofread_text(ctx: DraftContext, text: str) -> Proofread:
    """A sentence the composer writes outside the fields (documents, next steps), with the
    proofreader's safe fixes made (French)."""
    return proofread(text, kept_names(ctx)) if ctx.lang == "fr" and text else Proofread(text)


def _as_typed(
    ctx: DraftContext, part: str, notes: tuple[str, ...], first: bool = True
) -> dict[str, str]:
    """The notes of `part` said as the candidate typed them (`typed_sentences.checked`)."""
    contact = (ctx.contact_first_name, ctx.contact_last_name)
    return typed_sentences.checked(
        notes, ctx.note(part), ctx.lang, part, kept_names(ctx), contact, first
    )


def kept_names(ctx: DraftContext) -> tuple[str, ...]:
    """The names the proofreader leaves as written: the company, the people."""
    names = (company(ctx), ctx.contact_first_name, ctx.contact_last_name, ctx.candidate_name)
    return tuple(name.strip() for name in names if name.strip())


def built(
    ctx: DraftContext,
    part: str,
    items: list[str],
    missing: bool,
    expected: tuple[str, ...] | None = None,
) -> Phrased:
    """The field's sentences as the builders write them, before the proofreader reads them
    (the privacy and tone passes, which only look for a note's words, need no more)."""
    lang = ctx.lang
    names = _names(ctx)
    gender = ctx.candidate_gender

    def strong(items: list[str], lang: str) -> Phrased:
        return strengths.strong_points(items, lang, gender)

    frames: dict[str, tuple[Callable[[list[str], str], Phrased], str]] = {
        STRONG_POINTS: (strong, "strong_points"),
        RECRUITER_NEEDS: (phrasing.needs, "needs_profile"),
        ROLE_UNDERSTOOD: (role_phrasing.role, "role_items"),
        EXPECTATIONS: (role_phrasing.expectations, "expectations_items"),
    }
    if part in (ROLE_UNDERSTOOD, EXPECTATIONS) and EXPECTATIONS not in ctx.removed_parts:
        # Facts of the job typed among the expectations ("EPI fournis", "1 dimanche sur 2")
        # are said with the role; "Vos attentes" keeps the duties and targets.
        if expected is None:
            expected = prepared(ctx, EXPECTATIONS).items
        facts = tuple(job_facts.job_facts(list(expected), lang))
        if part == ROLE_UNDERSTOOD and facts:
            return role_phrasing.role(items if not missing else [], lang, facts)
        if part == EXPECTATIONS and items:  # all of it may be said with the role: ""
            return role_phrasing.expectations(items, lang, facts_to_role=True)
    if part in frames:
        build, key = frames[part]
        if missing:
            return Phrased(phrase(lang, key, items=placeholder(lang, part)))
        return build(items, lang) if items else Phrased("")
    if part == MOTIVATION:
        if missing:
            key = "motivation_items" + names["variant"]
            text = phrase(lang, key, items=placeholder(lang, part), **names)
            return Phrased(text)
        return motivation.motivation(items, lang, names)
    if part == FREE_NOTES and items:
        return phrasing.notes(items, lang)
    return Phrased("")


HOUSEHOLD = re.compile(
    r"^\s*(?:(?:une|la|a|the)\s+)?(?:famille|family|particulier|private\s+(?:household|family))\b",
    re.IGNORECASE,
)


def _names(ctx: DraftContext) -> dict[str, str]:
    """The employer as the frames name it: the company, « de » before it, and the team."""
    lang = ctx.lang
    names = {"company": company(ctx), "company_of": fr_company_of(company(ctx))}
    typed = ctx.agency_client if ctx.placed_by_agency else ctx.company
    certain = gate.company_certain(names["company"], typed, lang, names["company_of"])
    # an agency's consultant reads "votre équipe" as the agency's: the job is the client's
    unsure = "client_team" if ctx.placed_by_agency else "your_team"
    named = {**names, "company": en_named(names["company"])} if lang == "en" else names
    names["team"] = phrase(lang, "team_of", **named) if certain else phrase(lang, unsure)
    # a family hiring a childminder has no team to join (writer BX's bx17, bx37: « rejoindre
    # votre équipe », "joining a family in Leeds"): the job itself is what one wants
    names["variant"] = "_household" if HOUSEHOLD.search(ctx.company) else ""
    return names


def part_sentence(
    ctx: DraftContext,
    part: str,
    items: list[str],
    missing: bool,
    expected: tuple[str, ...] | None = None,
) -> str:
    """The field's sentences as built, unproofread (the tone pass compares their words), with
    the notes said as typed."""
    written = built(ctx, part, items, missing, expected)
    own = _as_typed(ctx, part, written.to_rewrite)
    return " ".join((written.sentence, *own.values()))


def documents_sentence(lang: str, documents: list[Asked]) -> str:
    return sentences(lang, documents)
