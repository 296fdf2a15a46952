"""Messages to take away: an .eml file and a mailto: link, from what the candidate edited."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils.html import escape, linebreaks
from django.utils.text import slugify

from relance.drafts.draft import Draft
from relance.drafts.eml import mailto_link as draft_mailto
from relance.drafts.eml import to_eml
from relance.tracker.models import FollowUp, Profile
from relance.tracker.services.drafting import draft_context
from relance.tracker.services.languages import draft_language
from relance.web.views.common import now


def edited_draft(followup: FollowUp, lang: str, subject: str, body: str) -> Draft:
    """The candidate's text as a Draft: the HTML part is that text, escaped."""
    return Draft(
        kind=followup.kind,
        lang=lang,
        subject=subject,
        text=body,
        html=linebreaks(escape(body)),
    )


def eml_response(request: HttpRequest, followup: FollowUp) -> HttpResponse:
    profile = Profile.objects.get(user_id=followup.application.owner_id)
    draft = edited_draft(
        followup, draft_language(followup.application, profile), followup.subject, followup.body
    )
    body = to_eml(draft, draft_context(followup, profile, now()))
    name = slugify(f"{followup.application.company}-{followup.kind}") or "message"
    response = HttpResponse(body, content_type="message/rfc822")
    response["Content-Disposition"] = f'attachment; filename="{name}.eml"'
    return response


def mailto_link(followup: FollowUp, profile: Profile, subject: str, body: str) -> str:
    draft = edited_draft(followup, draft_language(followup.application, profile), subject, body)
    return draft_mailto(draft, draft_context(followup, profile, now()))
