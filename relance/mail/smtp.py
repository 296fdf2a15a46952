"""SMTP: connect with verified TLS, diagnose connection problems, and send one message at most once.

The at-most-once boundary is the DATA command. Everything before it (connect, EHLO, TLS, AUTH,
MAIL, RCPT, and the 354 answer to DATA) can fail without anything being sent, so retrying is safe.
`before_data` runs after the server's 354 and before the content goes out: the caller writes
"committing" durably there. From then on, a dropped connection means "unknown", never "retry".
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from enum import StrEnum

from relance.mail.errors import MailError


class Security(StrEnum):
    STARTTLS = "starttls"
    TLS = "tls"  # implicit TLS, usually port 465
    NONE = "none"  # only to a server the candidate marked as local


class SendStatus(StrEnum):
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: Security = Security.STARTTLS
    username: str = ""
    password: str = field(default="", repr=False)
    local: bool = False
    cafile: str | None = None  # tests pass their throwaway CA; None means the system store
    timeout: float = 30.0


@dataclass(frozen=True)
class SendResult:
    status: SendStatus
    error: MailError | None = None
    smtp_code: int | None = None
    reply: str = ""
    copy_accepted: bool = False  # the candidate's own address took a copy (evidence for recovery)

    @property
    def permanent(self) -> bool:
        return self.error is not None and self.error.permanent


StepHook = Callable[[str], None]


def tls_context(cafile: str | None) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=cafile)


def open_connection(settings: SmtpSettings) -> smtplib.SMTP:
    """Connected, encrypted as configured, and authenticated; or a MailError saying what failed."""
    where = {"host": settings.host, "port": settings.port}
    if settings.security is Security.NONE and not settings.local:
        raise MailError("tls_required", where, permanent=True)
    _resolve(settings.host, settings.port)
    context = tls_context(settings.cafile)
    try:
        smtp: smtplib.SMTP
        # The host is given to the constructor so that STARTTLS checks the certificate against it.
        if settings.security is Security.TLS:
            smtp = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=context
            )
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    except ssl.SSLCertVerificationError as error:
        reason = error.verify_message
        raise MailError("tls_certificate", {**where, "reason": reason}, True) from error
    except ssl.SSLError as error:
        raise MailError("tls", {**where, "reason": str(error)}, True) from error
    except TimeoutError as error:
        raise MailError("timeout", where) from error
    except (OSError, smtplib.SMTPException) as error:
        raise MailError("connect", {**where, "reason": _reason(error)}) from error
    try:
        _secure_and_login(smtp, settings, context)
    except BaseException:
        smtp.close()
        raise
    return smtp


def _resolve(host: str, port: int) -> None:
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise MailError("dns", {"host": host, "reason": str(error)}, permanent=True) from error


def _secure_and_login(smtp: smtplib.SMTP, settings: SmtpSettings, context: ssl.SSLContext) -> None:
    where = {"host": settings.host, "port": settings.port}
    try:
        smtp.ehlo()
        if settings.security is Security.STARTTLS:
            if not smtp.has_extn("starttls"):
                raise MailError("starttls_unsupported", where, permanent=True)
            try:
                smtp.starttls(context=context)
            except ssl.SSLCertVerificationError as error:
                reason = error.verify_message
                raise MailError("tls_certificate", {**where, "reason": reason}, True) from error
            except ssl.SSLError as error:
                raise MailError("tls", {**where, "reason": str(error)}, True) from error
            smtp.ehlo()
        if settings.username:
            try:
                smtp.login(settings.username, settings.password)
            except smtplib.SMTPAuthenticationError as error:
                reason = _reply_text(error.smtp_error)
                raise MailError("auth", {**where, "reason": reason}, permanent=True) from error
            except smtplib.SMTPNotSupportedError as error:
                raise MailError("auth_unsupported", where, permanent=True) from error
    except MailError:
        raise
    except TimeoutError as error:
        raise MailError("timeout", where) from error
    except (OSError, smtplib.SMTPException) as error:
        raise MailError("connection_lost", {**where, "reason": _reason(error)}) from error


def check_connection(settings: SmtpSettings) -> MailError | None:
    """The "test the connection" action: None when connect, TLS and login all work."""
    try:
        smtp = open_connection(settings)
    except MailError as error:
        return error
    _quit(smtp)
    return None


def send_once(
    settings: SmtpSettings,
    message: EmailMessage,
    *,
    envelope_from: str,
    recipients: list[str],
    copy_to: str | None,
    before_data: Callable[[], None],
    on_step: StepHook | None = None,
) -> SendResult:
    """Send `message` over one SMTP transaction; never retries by itself.

    `copy_to` (the candidate's own address) is an extra envelope recipient, absent from the
    headers: the same DATA drops a copy in their mailbox, which is the evidence after a crash.
    """
    step = on_step or (lambda name: None)
    try:
        smtp = open_connection(settings)
    except MailError as error:
        return SendResult(SendStatus.FAILED, error)
    step("connected")
    try:
        prepared = _envelope(smtp, settings, envelope_from, recipients, copy_to)
        if isinstance(prepared, SendResult):
            return prepared
        step("envelope")
        before_data()
        step("committing")
        return _transmit(smtp, settings, message, prepared, step)
    finally:
        _quit(smtp)


def _envelope(
    smtp: smtplib.SMTP,
    settings: SmtpSettings,
    envelope_from: str,
    recipients: list[str],
    copy_to: str | None,
) -> SendResult | bool:
    """MAIL, RCPT and DATA up to the 354; returns whether the copy was accepted."""
    where = {"host": settings.host, "port": settings.port}
    try:
        code, reply = smtp.mail(envelope_from)
        if code != 250:
            return _refused("sender_refused", code, reply, address=envelope_from)
        for recipient in recipients:
            code, reply = smtp.rcpt(recipient)
            if code not in (250, 251):
                return _refused("recipient_refused", code, reply, address=recipient)
        copy_accepted = False
        if copy_to and copy_to not in recipients:
            copy_accepted = smtp.rcpt(copy_to)[0] in (250, 251)
        smtp.putcmd("data")
        code, reply = smtp.getreply()
        if code != 354:
            return _refused("data_refused", code, reply)
        return copy_accepted
    except TimeoutError:
        return SendResult(SendStatus.FAILED, MailError("timeout", where))
    except (OSError, smtplib.SMTPException) as error:
        params = {**where, "reason": _reason(error)}
        return SendResult(SendStatus.FAILED, MailError("connection_lost", params))


def _transmit(
    smtp: smtplib.SMTP,
    settings: SmtpSettings,
    message: EmailMessage,
    copy_accepted: bool,
    step: StepHook,
) -> SendResult:
    payload = re.sub(rb"(?m)^\.", b"..", message.as_bytes(policy=SMTP_POLICY))
    if not payload.endswith(b"\r\n"):
        payload += b"\r\n"
    try:
        smtp.send(payload + b".\r\n")
        step("data_sent")
        code, reply = smtp.getreply()
    except (OSError, smtplib.SMTPException) as error:
        # The final "." may have reached the server: it may have the message. Never retry.
        params = {"host": settings.host, "reason": _reason(error)}
        error_ = MailError("connection_lost", params, permanent=True)
        return SendResult(SendStatus.UNKNOWN, error_, copy_accepted=copy_accepted)
    step("accepted" if code == 250 else "answered")
    if code == 250:
        return SendResult(SendStatus.SENT, None, code, _reply_text(reply), copy_accepted)
    result = _refused("data_refused", code, reply)
    return SendResult(result.status, result.error, code, result.reply, copy_accepted)


def _refused(kind: str, code: int, reply: bytes, **params: object) -> SendResult:
    text = _reply_text(reply)
    error = MailError(kind, {**params, "reason": f"{code} {text}"}, permanent=code >= 500)
    if 400 <= code < 600:
        return SendResult(SendStatus.FAILED, error, code, text)
    # Anything else at this point is a protocol error: nothing was accepted.
    return SendResult(SendStatus.FAILED, MailError("protocol", error.params), code, text)


def _quit(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def _reply_text(reply: bytes | str) -> str:
    return reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)


def _reason(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {_reply_text(error.smtp_error)}"
    return str(error) or type(error).__name__
