"""What went wrong talking to a mail server, as a stable code and a translatable message."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from relance.core.i18n import N_

MESSAGES = {
    "dns": N_("The server name %(host)s could not be found (DNS). Check the spelling."),
    "connect": N_("Could not connect to %(host)s port %(port)s: %(reason)s."),
    "timeout": N_("%(host)s port %(port)s did not answer in time."),
    "tls_required": N_(
        "Refusing to talk to %(host)s without TLS: your password would travel in clear. "
        "Choose STARTTLS or TLS, or mark the server as local if it runs on this machine."
    ),
    "tls_certificate": N_("The TLS certificate of %(host)s could not be verified: %(reason)s."),
    "tls": N_("The TLS handshake with %(host)s failed: %(reason)s."),
    "starttls_unsupported": N_(
        "%(host)s does not offer STARTTLS on port %(port)s. Try implicit TLS (usually port 465)."
    ),
    "auth": N_("%(host)s refused the user name or password: %(reason)s."),
    "auth_unsupported": N_("%(host)s does not accept a password login on this port."),
    "sender_refused": N_("The server refused the sender address %(address)s: %(reason)s."),
    "recipient_refused": N_("The server refused the recipient %(address)s: %(reason)s."),
    "data_refused": N_("The server refused the message: %(reason)s."),
    "connection_lost": N_("The connection to %(host)s was lost: %(reason)s."),
    "protocol": N_("%(host)s answered something unexpected: %(reason)s."),
    "folder_missing": N_("No %(folder)s folder was found in the mailbox."),
    "imap": N_("The IMAP server %(host)s reported an error: %(reason)s."),
}


@dataclass(eq=False)
class MailError(Exception):
    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    permanent: bool = False  # retrying without a change from the candidate will not help

    @property
    def message(self) -> str:
        """The untranslated message; the Django layer does gettext(MESSAGES[code]) % params."""
        return MESSAGES[self.code]

    def __str__(self) -> str:
        return self.message % _Defaulting(self.params)


class _Defaulting(dict[str, object]):
    def __init__(self, params: Mapping[str, object]) -> None:
        super().__init__(params)

    def __missing__(self, key: str) -> str:
        return "?"
