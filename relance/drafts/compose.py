"""Filling a kind's templates and keeping the result within the kind's length limit.

A writer gives `compose` the fixed values of its template and the notes it lists; `compose`
trims the longest notes first until the plain text fits the limit, then renders the
subject, the text and the HTML from the same values.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from relance.drafts import dates, people
from relance.drafts.accents import english_phrase, fold
from relance.drafts.company_names import clean_company, fr_company_at, fr_company_of
from relance.drafts.company_spellings import en_named
from relance.drafts.context import DraftContext
from relance.drafts.draft import Draft
from relance.drafts.grammar import EN_DANGLING, FR_DANGLING, clean_position, fr_de
from relance.drafts.notes import trim
from relance.drafts.proofread import proofread
from relance.drafts.templates import fill, phrase, read, typography
from relance.drafts.text import cap_words, count_words

# Words in a whole draft (greeting and signature included), as the tone guard limits them.
WORD_LIMITS = {
    "catchup": 200,
    "followup": 120,
    "thankyou": 100,
    "feedback_request": 100,
    "call": 45,
    "voicemail": 75,
}
SHORT_POSITION_WORDS = 4

# Builds the sentences that list notes, from the notes as trimmed so far.
Sentences = Callable[[dict[str, list[str]]], dict[str, str]]


@dataclass
class Plan:
    """What a writer hands to `compose`: fixed values, notes, and how to phrase them."""

    kind: str
    extra: dict[str, str] = field(default_factory=dict)  # the kind's own template values
    notes: dict[str, list[str]] = field(default_factory=dict)
    sentences: Sentences = lambda notes: {}
    placeholders: tuple[str, ...] = ()


def _accents_only(title: str, checked: str) -> str:
    """The proofreader's accents on a title already in the candidate's gender, never its
    agreement: « déclarant en douane confirmé » for a man, never « confirmée » (writer AR's
    ar24: the checker agreed the adjective with « douane »)."""
    words, fixed = title.split(" "), checked.split(" ")
    if len(words) != len(fixed):
        return title
    return " ".join(
        new if fold(new).lower() == fold(old).lower() else old
        for old, new in zip(words, fixed, strict=True)
    )


TITLE_A = re.compile(r"(?<=[a-zà-ÿ]) a (?=[a-zà-ÿ])")


def base_values(ctx: DraftContext, *, short: bool = False) -> dict[str, str]:
    """The values every template may use: greeting, position, dates, signature."""
    lang = ctx.lang
    title = clean_position(ctx.position, lang, ctx.candidate_gender)
    # "ouvriere agricole" -> "ouvrière agricole" (accents, agreement only); an English title
    # is no French to proofread ("Executive Assistant", never "Exécutive")
    if lang == "fr" and not english_phrase(title.split(" ")):
        # a title holds no verb: « aide a domicile » is « aide à domicile » (bt06)
        title = TITLE_A.sub(" à ", title)
        checked = proofread(title, (clean_company(ctx.company, lang),)).text
        title = _accents_only(title, checked) if ctx.candidate_gender else checked
    if short:
        dangling = FR_DANGLING if lang == "fr" else EN_DANGLING  # never "principale de"
        title = cap_words(title, SHORT_POSITION_WORDS, dangling) or title
    company = clean_company(ctx.company, lang)
    agency = ""
    if ctx.placed_by_agency:
        agency, company = company, client_name(ctx.agency_client)
    interview_day = ctx.interview_day
    when = dates.past_day(interview_day, ctx.send_on, lang)
    values = {
        "greeting": people.greeting(ctx),
        "closing": phrase(lang, "closing"),
        "signature": people.signature(ctx, short=short),
        "candidate_name": people.candidate_name(ctx),
        "interview_when": when.adverb,
        "interview_of": when.of,
        "interview_date": dates.format_date(interview_day, lang, weekday=False, today=ctx.send_on),
        "company": en_named(company) if lang == "en" else company,
    }
    if lang == "fr":
        values["position_of"] = fr_de(title)
        if agency:
            values["position_of"] = phrase(
                lang, "client_position", of=fr_de(title), client=fr_company_at(company)
            )
            values[SUBJECT + "position_of"] = phrase(
                lang,
                "agency_position",
                of=fr_de(title),
                client=fr_company_at(company),
                agency=agency,
            )
        values["company_of"] = fr_company_of(company)
        values["position"] = phrase(lang, "position", of=values["position_of"])
    elif agency:
        client = en_named(company)
        values["position"] = phrase(lang, "client_position", title=title, client=client)
        values[SUBJECT + "position"] = phrase(
            lang, "agency_position", title=title, client=client, agency=agency
        )
    else:
        values["position"] = phrase(lang, "position", title=title)
    return values


# An agency's job is the client's: the body names the client alone (the consultant it goes to
# knows her own agency: writer BG's reader, « proposé par Temporis Interim Cergy » told to
# Temporis), the subject names both, so the file is found among the agency's others.
SUBJECT = "subject_"


def subject_values(values: dict[str, str]) -> dict[str, str]:
    """The values the subject line is written with: the agency's wording of the job."""
    return {**values, **{k[len(SUBJECT) :]: v for k, v in values.items() if k.startswith(SUBJECT)}}


def client_name(text: str) -> str:
    """'Intermarché – Base logistique de Ploërmel' -> 'Intermarché': the company, not the site."""
    head = re.split(r"\s+[-–—(]\s*|,|\s+/\s+", text.strip())[0]
    return clean_company(head or text)


def placeholder(lang: str, part: str) -> str:
    return phrase(lang, "placeholder", label=phrase(lang, f"label_{part}"))


def fit(
    plan: Plan, fixed: dict[str, str], lang: str, render: Callable[[dict[str, str]], str]
) -> dict[str, str]:
    """The plan's values with notes trimmed, longest first, until the text fits the limit."""
    limit = WORD_LIMITS[plan.kind]
    # Counted item by item, as `trim` counts them: the joined text can count fewer words
    # ("d'Orange" + "a / b"), and the last item would then be dropped with room to spare.
    budgets = {part: sum(count_words(item) for item in items) for part, items in plan.notes.items()}
    # A field keeps its first note: cut to nothing, its sentence would go with no marked
    # place to say so (writer M's m05 lost its strong points to a long list of documents).
    floors = {part: count_words(items[0]) if items else 0 for part, items in plan.notes.items()}
    while True:
        notes = {part: trim(items, budgets[part], lang) for part, items in plan.notes.items()}
        values = {**fixed, **plan.sentences(notes)}
        overflow = count_words(render(values)) - limit
        if overflow <= 0 or all(budgets[part] <= floors[part] for part in budgets):
            return values
        # Lower the longest notes towards the next ones, sharing the overflow between them.
        above = {part: size for part, size in budgets.items() if size > floors[part]}
        longest = max(above.values())
        tied = [part for part, size in above.items() if size == longest]
        others = [size for size in above.values() if size < longest]
        floor = max(max(others, default=0), longest - -(-overflow // len(tied)))
        for part in tied:
            budgets[part] = max(floors[part], min(floor, longest - 1))


def render_text(template: str, values: dict[str, str], lang: str) -> str:
    text = typography(fill(template, values), lang)
    lines = [re.sub(r"(?<=\S) {2,}(?=\S)", " ", line).strip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text + "\n"


def render_html(template: str, values: dict[str, str], lang: str, subject: str) -> str:
    escaped = {
        key: html.escape(typography(value, lang), quote=False).replace("\n", "<br>\n")
        for key, value in values.items()
    }
    content = typography(fill(template, escaped), lang)
    content = re.sub(r"<p>\s*</p>\n?", "", content)
    content = re.sub(r"<p>\s+", "<p>", content)
    content = re.sub(r"\s+</p>", "</p>", content).strip()
    page = fill(
        read("base.html"),
        {"lang": lang, "subject": html.escape(subject, quote=False), "content": content},
    )
    return page


def render_subject(template: str, values: dict[str, str], lang: str) -> str:
    subject = typography(fill(template, values), lang)
    return re.sub(r"\s+", " ", subject).strip()


def fitted(ctx: DraftContext, plan: Plan, body: str) -> tuple[dict[str, str], str]:
    """The values and plain text of `plan.kind` from the `body` template, within the limit."""
    lang = ctx.lang
    template = read(f"{lang}/{plan.kind}/{body}")

    def render(values: dict[str, str]) -> str:
        return render_text(template, values, lang)

    values = fit(plan, {**base_values(ctx), **plan.extra}, lang, render)
    if count_words(render(values)) > WORD_LIMITS[plan.kind]:
        # Only a very long signature, name or title can still overflow: shorten those.
        values = fit(plan, {**base_values(ctx, short=True), **plan.extra}, lang, render)
    return values, render(values)


def compose(ctx: DraftContext, plan: Plan) -> Draft:
    """The draft of `plan.kind` in the context's language, within its length limit."""
    lang = ctx.lang
    folder = f"{lang}/{plan.kind}"
    values, text = fitted(ctx, plan, "body.txt")
    subject = render_subject(read(f"{folder}/subject.txt"), subject_values(values), lang)
    return Draft(
        kind=plan.kind,
        lang=lang,
        subject=subject,
        text=text,
        html=render_html(read(f"{folder}/body.html"), values, lang, subject),
        placeholders=plan.placeholders,
    )
