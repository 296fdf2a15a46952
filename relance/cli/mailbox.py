"""`relance mailbox …`: connect the candidate's mailbox, test it, and confirm the replies found."""

from __future__ import annotations

import os
import sys
from typing import Any

import click
from django.contrib.auth.models import User

from relance.cli.common import (
    _,
    current_user,
    fail,
    json_option,
    local,
    now,
    parse_day,
    print_json,
    profile_of,
)
from relance.mailbox.explain import report_lines, stored_error
from relance.mailbox.models import IncomingMessage, MailboxSettings, SecurityChoice
from relance.mailbox.presenting import incoming_summary
from relance.mailbox.services import (
    check_connection,
    confirm_incoming,
    dismiss_incoming,
    pending_incoming,
    remove_mailbox,
    update_settings,
)
from relance.tracker.models.choices import ReplyOutcome

SECURITY = click.Choice(SecurityChoice.values)
# Option name -> model field; passwords are never options (they would show in `ps`).
SETTING_OPTIONS = {
    "address": "address", "reply_to": "reply_to",
    "smtp_host": "smtp_host", "smtp_port": "smtp_port", "smtp_security": "smtp_security",
    "smtp_user": "smtp_username", "imap_host": "imap_host", "imap_port": "imap_port",
    "imap_security": "imap_security", "imap_user": "imap_username", "local": "is_local",
    "ca_file": "ca_file", "sent_folder": "sent_folder", "junk_folder": "junk_folder",
    "all_folder": "all_folder", "enabled": "enabled",
}  # fmt: skip


@click.group(help=_("Your mailbox: Relance sends the approved follow-ups and reads the replies."))
def mailbox() -> None:
    pass


def _mailbox_of(user: User) -> MailboxSettings:
    found = MailboxSettings.objects.filter(user_id=user.pk).first()
    if found is None:
        fail(_("No mailbox yet: connect one with `relance mailbox set`."))
    return found


@mailbox.command(name="set", help=_("Connect the mailbox, or change some of its settings."))
@click.option("--address", help=_("Your e-mail address (the sender)."))
@click.option("--reply-to", help=_("Another address for the replies, if any."))
@click.option("--smtp-host", help=_("The SMTP server, e.g. smtp.example.org."))
@click.option("--smtp-port", type=click.IntRange(1, 65535), help=_("587 (STARTTLS) or 465 (TLS)."))
@click.option("--smtp-security", type=SECURITY, help=_("none only for a local server."))
@click.option("--smtp-user", help=_("The SMTP user name, usually your address."))
@click.option("--imap-host", help=_("The IMAP server, e.g. imap.example.org."))
@click.option("--imap-port", type=click.IntRange(1, 65535), help=_("Usually 993 (TLS)."))
@click.option("--imap-security", type=SECURITY, help=_("none only for a local server."))
@click.option("--imap-user", help=_("The IMAP user name (default: your address)."))
@click.option("--local/--not-local", default=None, help=_("The servers run on this machine."))
@click.option("--ca-file", help=_("A CA certificate file, for a self-hosted server."))
@click.option("--sent-folder", help=_("The Sent folder, if the connection test finds none."))
@click.option("--junk-folder", help=_("The Junk folder."))
@click.option("--all-folder", help=_("The All Mail folder."))
@click.option("--enable/--disable", "enabled", default=None, help=_("Send and watch, or pause."))
@click.option(
    "--smtp-password-stdin", is_flag=True,
    help=_("Read the SMTP password from the first line of standard input."),
)  # fmt: skip
@click.option(
    "--imap-password-stdin", is_flag=True,
    help=_("Read the IMAP password from standard input (the next line)."),
)  # fmt: skip
@click.pass_context
def mailbox_set(
    ctx: click.Context, smtp_password_stdin: bool, imap_password_stdin: bool, **options: Any
) -> None:
    user = current_user(ctx)
    existing = MailboxSettings.objects.filter(user_id=user.pk).first()
    fields = {SETTING_OPTIONS[k]: v for k, v in options.items() if v is not None}
    if existing is None:
        if not fields.get("smtp_host") or not fields.get("imap_host"):
            fail(_("A new mailbox needs at least --smtp-host and --imap-host."))
        fields.setdefault("address", profile_of(user).email)
        fields.setdefault("smtp_username", fields["address"])
    signs_in = fields.get("smtp_username", existing.smtp_username if existing else "")
    smtp_password = _password(
        "RELANCE_SMTP_PASSWORD", smtp_password_stdin, _("SMTP password"),
        needed=bool(signs_in) and (existing is None or not existing.smtp_password_encrypted),
    )  # fmt: skip
    imap_password = _password(
        "RELANCE_IMAP_PASSWORD", imap_password_stdin, _("IMAP password"), needed=False
    )
    if imap_password is None and (existing is None or not existing.imap_password_encrypted):
        imap_password = smtp_password  # most providers use one app password for both
    saved = update_settings(
        user, smtp_password=smtp_password, imap_password=imap_password, **fields
    )
    click.echo(_("Mailbox %(address)s saved.") % {"address": saved.address})
    click.echo(_("Check it with `relance mailbox test`."))


def _password(env: str, from_stdin: bool, prompt: str, *, needed: bool) -> str | None:
    """From stdin when asked, else the environment, else a prompt when there is none yet."""
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            fail(_("No password on standard input."))
        return line
    if os.environ.get(env):
        return os.environ[env]
    if needed:
        return str(click.prompt(prompt, hide_input=True, default="", show_default=False)) or None
    return None


def _settings(found: MailboxSettings) -> dict[str, Any]:
    return {
        "address": found.address,
        "reply_to": found.reply_to,
        "smtp": {
            "host": found.smtp_host, "port": found.smtp_port, "security": found.smtp_security,
            "user": found.smtp_username, "password_saved": bool(found.smtp_password_encrypted),
        },
        "imap": {
            "host": found.imap_host, "port": found.imap_port, "security": found.imap_security,
            "user": found.imap_username or found.address,
            "password_saved": bool(found.imap_password_encrypted),
        },
        "local": found.is_local, "ca_file": found.ca_file,
        "folders": {"sent": found.sent_folder, "junk": found.junk_folder, "all": found.all_folder},
        "provider_saves_sent": found.provider_saves_sent,
        "enabled": found.enabled,
        "last_polled_at": found.last_polled_at.isoformat() if found.last_polled_at else None,
        "last_error": stored_error(found.last_error)[1],
    }  # fmt: skip


@mailbox.command(name="show", help=_("Show the mailbox settings (never the passwords)."))
@json_option
@click.pass_context
def mailbox_show(ctx: click.Context, as_json: bool) -> None:
    found = _mailbox_of(current_user(ctx))
    data = _settings(found)
    if as_json:
        print_json(data)
        return
    yes, no = _("yes"), _("no")
    for part in ("smtp", "imap"):
        server = data[part]
        click.echo(
            f"{part.upper():<5} {server['host']}:{server['port']} ({server['security']}) "
            f"{server['user']} — "
            + (_("password saved") if server["password_saved"] else _("no password"))
        )
    click.echo(_("Address: %(a)s") % {"a": found.address})
    folders = data["folders"]
    click.echo(
        _("Folders: Sent %(s)s, Junk %(j)s, All Mail %(a)s")
        % {"s": folders["sent"] or "—", "j": folders["junk"] or "—", "a": folders["all"] or "—"}
    )
    saves = found.provider_saves_sent
    click.echo(
        _("Provider files sent mail itself: %(v)s")
        % {"v": _("not checked yet") if saves is None else (yes if saves else no)}
    )
    click.echo(_("Local servers: %(v)s") % {"v": yes if found.is_local else no})
    click.echo(_("Sends and watches: %(v)s") % {"v": yes if found.enabled else no})
    if data["last_error"]:
        click.echo(_("Last problem: %(e)s") % {"e": data["last_error"]})


@mailbox.command(name="test", help=_("Test the connection; exit 1 saying precisely what failed."))
@click.option(
    "--probe/--no-probe", default=None,
    help=_("Send one message to yourself to learn whether the provider files sent mail "
           "(default: only while unknown)."),
)  # fmt: skip
@click.pass_context
def mailbox_test(ctx: click.Context, probe: bool | None) -> None:
    found = _mailbox_of(current_user(ctx))
    report = check_connection(
        found, probe=found.provider_saves_sent is None if probe is None else probe
    )
    lines = report_lines(report, found)
    for level, text in lines:
        if level != "error":
            click.echo(text)
    if not report.ok:
        fail("\n".join(text for level, text in lines if level == "error"))


@mailbox.command(name="remove", help=_("Remove the mailbox and its passwords."))
@click.option("--yes", is_flag=True, help=_("Do not ask for confirmation."))
@click.pass_context
def mailbox_remove(ctx: click.Context, yes: bool) -> None:
    user = current_user(ctx)
    found = _mailbox_of(user)
    if not yes:
        click.confirm(
            _("Remove %(a)s? Relance will no longer send or read your mail.")
            % {"a": found.address},
            abort=True,
        )
    remove_mailbox(user)
    click.echo(_("Mailbox removed, with its passwords."))


def _incoming_data(incoming: IncomingMessage) -> dict[str, Any]:
    summary = incoming_summary(incoming)
    date = summary["proposed_date"]
    received_at = summary["received_at"].isoformat()
    return {**summary, "received_at": received_at, "proposed_date": date and date.isoformat()}


@mailbox.command(name="replies", help=_("The possible replies waiting for your confirmation."))
@json_option
@click.pass_context
def mailbox_replies(ctx: click.Context, as_json: bool) -> None:
    user = current_user(ctx)
    rows = list(pending_incoming(user))
    if as_json:
        print_json([_incoming_data(row) for row in rows])
        return
    if not rows:
        click.echo(_("No reply to confirm."))
        return
    tz = profile_of(user).timezone
    for row in rows:
        app = row.application
        outcome = row.get_proposed_outcome_display() or "—"
        new_date = f" → {row.proposed_date.isoformat()}" if row.proposed_date else ""
        click.echo(f"#{row.pk:<5} {local(row.received_at, tz)}  {row.from_address}")
        if app is not None:
            click.echo(f"       {app.position} — {app.company} (#{app.pk})")
        understood = _("Understood: %(outcome)s") % {"outcome": outcome}
        click.echo(f"       {understood}{new_date}")
        excerpt = " ".join(row.excerpt.split())[:160]
        if excerpt:
            click.echo(f"       « {excerpt} »")


def _pending(user: User, pk: int) -> IncomingMessage:
    found = pending_incoming(user).filter(pk=pk).first()
    if found is None:
        fail(_("No reply #%(n)d waiting for confirmation.") % {"n": pk})
    return found


@mailbox.command(
    name="confirm", help=_("Confirm a reply: it goes on the timeline, the plan follows.")
)
@click.argument("incoming_id", type=int)
@click.option("--outcome", type=click.Choice(ReplyOutcome.values), help=_("Correct the outcome."))
@click.option("--new-date", help=_("Correct the new date (YYYY-MM-DD), or 'none'."))
@click.pass_context
def mailbox_confirm(
    ctx: click.Context, incoming_id: int, outcome: str | None, new_date: str | None
) -> None:
    user = current_user(ctx)
    incoming = _pending(user, incoming_id)
    if new_date is None:
        day = incoming.proposed_date
    else:
        day = None if new_date.lower() == "none" else parse_day(new_date)
    reply = confirm_incoming(
        incoming,
        outcome=outcome or incoming.proposed_outcome or ReplyOutcome.OTHER,
        new_date=day,
        now=now(),
    )
    click.echo(
        _("Reply confirmed (%(outcome)s): on the timeline of application #%(app)d.")
        % {"outcome": reply.get_outcome_display(), "app": reply.application_id}
    )


@mailbox.command(name="dismiss", help=_("Dismiss a message that is not a reply."))
@click.argument("incoming_id", type=int)
@click.pass_context
def mailbox_dismiss(ctx: click.Context, incoming_id: int) -> None:
    incoming = _pending(current_user(ctx), incoming_id)
    if not dismiss_incoming(incoming):
        fail(_("This message was already handled."))
    click.echo(_("Dismissed: message #%(n)d is not a reply.") % {"n": incoming_id})
