"""Template filters of the web app."""

from __future__ import annotations

from datetime import date, datetime

from django import template
from django.http import HttpRequest
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from relance.tracker.services.agenda import kind_label as _kind_label
from relance.tracker.services.spoken import spoken_date

register = template.Library()

# The settings' pages, and their forms sent back with an error.
SETTINGS_PAGES = (
    "settings", "settings_section", "profile_save", "policy_save", "policy_reset",
    "language_save", "calendar_rotate", "api_key_create", "api_key_revoke", "import_data",
    "delete_account",
)  # fmt: skip
SECTIONS = {"home": "today", "today": "today", **dict.fromkeys(SETTINGS_PAGES, "settings")}


@register.filter
def kind_label(kind: str) -> str:
    return _kind_label(kind) if kind else ""


@register.simple_tag(takes_context=True)
def nav_section(context: template.Context) -> str:
    request: HttpRequest | None = context.get("request")
    match = getattr(request, "resolver_match", None)
    name = match.url_name if match else ""
    if match and match.namespace == "mailbox":
        # Possible replies are part of the day's work; the rest is mailbox settings.
        return "today" if name == "replies" else "settings"
    if name in SECTIONS:
        return SECTIONS[name]
    return "" if name in ("login", "first_run") else "applications"


def _day(moment: datetime, with_year: bool = False) -> str:
    """'mardi 1er décembre' / 'Tuesday 1 December', in the active language and zone."""
    local = timezone.localtime(moment) if isinstance(moment, datetime) else moment
    return spoken_date(local, "l j F Y" if with_year else "l j F")


@register.filter
def day(moment: datetime | date | None) -> str:
    return _day(moment) if moment else ""  # type: ignore[arg-type]


@register.filter
def moment(value: datetime | None) -> str:
    """'mardi 24 novembre 2026, 14:30'."""
    if not value:
        return ""
    return _("%(day)s, %(time)s") % {
        "day": _day(value, with_year=True),
        "time": date_format(timezone.localtime(value), "H:i"),
    }


@register.filter
def window(start: datetime, end: datetime) -> str:
    """A follow-up window, said once when it fits in a day."""
    start_local, end_local = timezone.localtime(start), timezone.localtime(end)
    if start_local.date() == end_local.date():
        return _("%(day)s, from %(start)s to %(end)s") % {
            "day": _day(start),
            "start": date_format(start_local, "H:i"),
            "end": date_format(end_local, "H:i"),
        }
    return _("from %(start_day)s, %(start)s, to %(end_day)s, %(end)s") % {
        "start_day": _day(start),
        "start": date_format(start_local, "H:i"),
        "end_day": _day(end),
        "end": date_format(end_local, "H:i"),
    }


@register.filter
def web_link(url: str) -> str:
    """The address if it is http(s), else "": a `javascript:` URL stored before the
    services refused it must never become a clickable link."""
    return url if str(url).lower().startswith(("http://", "https://")) else ""
