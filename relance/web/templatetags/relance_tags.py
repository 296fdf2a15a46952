"""Template filters of the web app."""

from __future__ import annotations

from django import template
from django.http import HttpRequest

from relance.web.presenting import kind_label as _kind_label

register = template.Library()

SECTIONS = {
    "home": "today",
    "today": "today",
    "settings": "settings",
}


@register.filter
def kind_label(kind: str) -> str:
    return _kind_label(kind) if kind else ""


@register.simple_tag(takes_context=True)
def nav_section(context: template.Context) -> str:
    request: HttpRequest | None = context.get("request")
    match = getattr(request, "resolver_match", None)
    name = match.url_name if match else ""
    if name in SECTIONS:
        return SECTIONS[name]
    return "" if name in ("login", "first_run") else "applications"
