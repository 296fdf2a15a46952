"""Mailbox bits the web app's pages show: a follow-up's sending state, the connected mailbox."""

from __future__ import annotations

from typing import Any

from django import template

from relance.mailbox.models import MailboxSettings
from relance.mailbox.presenting import send_state
from relance.tracker.models import FollowUp

register = template.Library()


@register.inclusion_tag("mailbox/partials/send_state.html", takes_context=True)
def send_state_box(context: template.Context, followup: FollowUp) -> dict[str, Any]:
    """The sending state of an e-mail follow-up, with the two buttons when it is unknown."""
    return {
        "followup": followup,
        "sending": send_state(followup),
        "csrf_token": context.get("csrf_token"),
    }


@register.simple_tag(takes_context=True)
def connected_mailbox(context: template.Context) -> MailboxSettings | None:
    """The signed-in candidate's mailbox when it sends (one query, only where it is used)."""
    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated:
        return None
    return MailboxSettings.objects.filter(user_id=user.pk, enabled=True).first()
