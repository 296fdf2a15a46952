"""Mail problems in the candidate's language: what failed, and what to do about it.

The framework-free mail code raises `MailError(code, params)` with an English message marked
N_(); the worker stores `str(error)` (English, params filled in) on the follow-up. To show a
stored text translated, it is matched back against the known messages and their params.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from relance.mail.errors import MESSAGES, MailError
from relance.tracker.services.followups import HELD_FOR_REPLY, WORDING_MOVED

if TYPE_CHECKING:
    from relance.mailbox.models import MailboxSettings
    from relance.mailbox.services import ConnectionReport

# Fixed texts the worker writes on a follow-up (relance/mailbox/sending.py, polling.py), kept
# here word for word so that they are extracted for translation and recognised when shown.
NO_MAILBOX = gettext_noop(
    "No mailbox is set up (or it is paused): set it up, or send this follow-up from your own "
    "mail program and mark it sent."
)
IN_DOUBT = gettext_noop(
    "The mail server may or may not have accepted this message. Check your Sent folder and the "
    "recruiter's answer before sending again."
)
BOUNCED = gettext_noop("The message bounced: %(recipient)s.")
MARKED_NOT_SENT = gettext_noop("You said the recruiter did not receive it.")
STORED_TEXTS = {
    NO_MAILBOX: "no_mailbox",
    IN_DOUBT: "unknown",
    HELD_FOR_REPLY: "possible_reply",
    WORDING_MOVED: "wording",
}

CATEGORIES = {
    "dns": gettext_noop("DNS"),
    "connect": gettext_noop("connection"),
    "timeout": gettext_noop("connection"),
    "connection_lost": gettext_noop("connection"),
    "tls_required": gettext_noop("TLS"),
    "tls_certificate": gettext_noop("TLS"),
    "tls": gettext_noop("TLS"),
    "starttls_unsupported": gettext_noop("TLS"),
    "auth": gettext_noop("authentication"),
    "auth_unsupported": gettext_noop("authentication"),
    "folder_missing": gettext_noop("folder"),
    "sender_refused": gettext_noop("sender address"),
    "recipient_refused": gettext_noop("recipient address"),
    "data_refused": gettext_noop("message refused"),
    "bounced": gettext_noop("recipient address"),
    "protocol": gettext_noop("server"),
    "imap": gettext_noop("server"),
}

ADVICE = {
    "no_mailbox": gettext_noop(
        "Connect your mailbox in the settings, or send it from your own mail program."
    ),
    "auth": gettext_noop(
        "Check the user name and the app password in your mailbox settings, then test the "
        "connection."
    ),
    "settings": gettext_noop(
        "Check your mailbox settings and test the connection; then write the follow-up again, "
        "or send it from your own mail program."
    ),
    "recipient": gettext_noop(
        "Check the recruiter's address (ask for it by phone if need be), correct the contact, "
        "then write the follow-up again."
    ),
    "refused": gettext_noop(
        "The server refused this message: send it from your own mail program, or call."
    ),
    "possible_reply": gettext_noop(
        "Open your possible replies: confirm or dismiss the message, then approve again."
    ),
    "wording": gettext_noop("Re-read the message, then approve it again."),
}
ADVICE_BY_CODE = {
    "no_mailbox": "no_mailbox",
    "auth": "auth",
    "auth_unsupported": "auth",
    "sender_refused": "settings",
    "recipient_refused": "recipient",
    "bounced": "recipient",
    "data_refused": "refused",
    "possible_reply": "possible_reply",
    "wording": "wording",
}


def mail_error_text(error: MailError) -> str:
    """The error's sentence in the active language, its params filled in."""
    return _(error.message) % _Filled(error.params)


def category(code: str) -> str:
    """What kind of thing failed (DNS, TLS, authentication, folder…), translated."""
    return _(CATEGORIES[code]) if code in CATEGORIES else ""


def advice(code: str) -> str:
    return _(ADVICE[ADVICE_BY_CODE.get(code, "settings")])


def report_lines(report: ConnectionReport, mailbox: MailboxSettings) -> list[tuple[str, str]]:
    """The connection test, one ("ok" | "error" | "info", sentence) per part, saying precisely
    what failed (DNS, TLS, authentication, folder)."""
    lines = [
        _part(_("Sending (SMTP)"), report.smtp_error, _("connected and signed in.")),
        _part(_("Receiving (IMAP)"), report.imap_error, _("connected, signed in, folders found.")),
    ]
    if report.ok and mailbox.provider_saves_sent is not None:
        if mailbox.provider_saves_sent:
            text = _("Your provider files sent messages in Sent itself: Relance adds no copy.")
        else:
            text = _("Your provider does not file sent messages: Relance puts a copy in %(f)s.")
        lines.append(("info", text % {"f": mailbox.sent_folder or "Sent"}))
    return lines


def _part(name: str, error: MailError | None, success: str) -> tuple[str, str]:
    if error is None:
        return "ok", _("%(part)s: %(result)s") % {"part": name, "result": success}
    return "error", _("%(part)s — %(what)s: %(error)s") % {
        "part": name,
        "what": category(error.code),
        "error": mail_error_text(error),
    }


def stored_error(text: str) -> tuple[str, str]:
    """(code, translated sentence) for a text the worker stored; unknown texts stay as they are."""
    text = text.strip()
    if not text:
        return "", ""
    if text in STORED_TEXTS:
        return STORED_TEXTS[text], _(text)
    if text == MARKED_NOT_SENT:
        return "marked_not_sent", _(text)
    for code, template, pattern in _patterns():
        match = pattern.fullmatch(text)
        if match:
            return code, _(template) % _Filled(match.groupdict())
    return "", text


@cache
def _patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    known = [*MESSAGES.items(), ("bounced", BOUNCED)]
    return [(code, template, _compile(template)) for code, template in known]


def _compile(template: str) -> re.Pattern[str]:
    seen: set[str] = set()

    def group(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in seen:
            return f"(?P={name})"
        seen.add(name)
        return f"(?P<{name}>.+?)"

    escaped = re.escape(template)
    return re.compile(re.sub(r"%\\\((\w+)\\\)s", group, escaped), re.DOTALL)


class _Filled(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "?"
