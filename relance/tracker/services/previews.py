"""The debrief page's preview: what the catch-up e-mail will say for each note, as it is typed.

The sentence comes from `relance.drafts.settled.part_preview`, the function the catch-up itself
is written with, so the preview and the e-mail cannot disagree. Here: which catch-up (its
sending day, its recruiter), and the corrections, left-out notes and fragments to rewrite put
in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from relance.drafts.context import DEBRIEF_PARTS
from relance.tracker.lifecycle import CANCELLED
from relance.tracker.models import FollowUp, Interview, Profile
from relance.tracker.services.bounds import check_fields
from relance.tracker.services.drafting import interview_context, send_moment
from relance.tracker.services.marks import places_to_rewrite

# The debrief fields the catch-up phrases, in the page's order.
PREVIEW_PARTS = DEBRIEF_PARTS
# Why a word of the note is written otherwise in the e-mail (relance.drafts.suggestions' reasons).
SUGGESTION_REASONS = {
    "accent": gettext_noop("accent restored"),
    "capital": gettext_noop("capital restored"),
    "shorthand": gettext_noop("abbreviation expanded"),
    "date": gettext_noop("date made true on the sending day"),
    "name": gettext_noop("name written properly"),
    "wording": gettext_noop("reworded"),
    # The French proofreader's fixes (relance.drafts.proofread).
    "agreement": gettext_noop("agreement corrected"),
    "participle": gettext_noop("past participle corrected"),
    "conjugation": gettext_noop("verb form corrected"),
    "elision": gettext_noop("elision made"),
    "hyphen": gettext_noop("hyphen restored"),
}


@dataclass(frozen=True)
class Run:
    """A piece of the previewed sentence; `rewrite` marks a place for the candidate's words."""

    text: str
    rewrite: bool = False


@dataclass(frozen=True)
class FieldPreview:
    part: str
    lang: str  # the e-mail's language (the recruiter's), not the page's
    runs: tuple[Run, ...]  # the sentence, with the places to rewrite marked
    suggestions: tuple[str, ...]  # "accent restored: apres → après"
    left_out: tuple[str, ...]  # "“mon ancien chef …” (a remark about a former employer)"
    to_rewrite: tuple[str, ...]
    planned: bool = True  # False: no catch-up is planned (the next steps were agreed)

    @property
    def empty(self) -> bool:
        return not any(run.text.strip() for run in self.runs)


def previews(
    interview: Interview, profile: Profile, typed: dict[str, str], now: datetime
) -> dict[str, FieldPreview]:
    """What the catch-up will say for each note of `typed` (field -> text as typed)."""
    from relance.drafts.settled import part_preview

    check_fields(Interview, typed)
    app = interview.application
    catchup = (
        FollowUp.objects.filter(application=app, kind="catchup")
        .exclude(state=CANCELLED)
        .select_related("contact")
        .order_by("-pk")
        .first()
    )
    if catchup is not None:
        contact, send_at = catchup.contact, send_moment(catchup, now)
    else:
        contact, send_at = app.contacts.order_by("-is_decision_maker", "pk").first(), now
    ctx = interview_context(app, interview, contact, profile, send_at, typed=typed)
    return {
        part: _shown(part, ctx.lang, part_preview(ctx, part), planned=catchup is not None)
        for part in typed
    }


def _shown(part: str, lang: str, found: Any, *, planned: bool) -> FieldPreview:
    return FieldPreview(
        part=part,
        lang=lang,
        planned=planned,
        runs=marked(found.sentence, found.to_rewrite),
        suggestions=tuple(
            _("%(why)s: %(typed)s → %(written)s")
            % {
                "why": _(SUGGESTION_REASONS.get(item.reason, "reworded")),
                "typed": item.typed,
                "written": item.written,
            }
            for item in found.suggestions
        ),
        left_out=tuple(
            _("“%(text)s” (%(why)s)") % {"text": item.text, "why": _(item.label)}
            for item in found.left_out
        ),
        to_rewrite=tuple(found.to_rewrite),
    )


def marked(text: str, fragments: tuple[str, ...] | list[str]) -> tuple[Run, ...]:
    """`text` cut into runs, the placeholders and the given fragments marked to rewrite."""
    runs: list[Run] = []
    cursor = 0
    for start, end in places_to_rewrite(text, fragments):
        if start > cursor:
            runs.append(Run(text[cursor:start]))
        runs.append(Run(text[start:end], rewrite=True))
        cursor = end
    if cursor < len(text):
        runs.append(Run(text[cursor:]))
    return tuple(runs)
