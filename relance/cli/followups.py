"""`relance followup …`, `relance reply`, `relance draft`: act on the plan."""

from __future__ import annotations

from pathlib import Path

import click

from relance.cli.common import (
    _,
    current_user,
    get_application,
    get_followup,
    json_option,
    local,
    now,
    parse_day,
    parse_moment,
    print_json,
    profile_of,
)
from relance.cli.errors import BadInput
from relance.tracker.lifecycle import EXPLAINED_STATES, UNSETTLED
from relance.tracker.models import FollowUp
from relance.tracker.models.choices import CallOutcome, Channel, ReplyOutcome, SendBy
from relance.tracker.services import followups as services
from relance.tracker.services.drafting import kept_as_typed
from relance.tracker.services.replies import record_reply
from relance.tracker.services.summaries import followup_summary


@click.group(help=_("Follow-ups: list, approve, mark sent, record a call, cancel."))
def followup() -> None:
    pass


@followup.command(name="list", help=_("List follow-ups."))
@click.option("--all", "show_all", is_flag=True, help=_("Include settled ones."))
@json_option
@click.pass_context
def followup_list(ctx: click.Context, show_all: bool, as_json: bool) -> None:
    user = current_user(ctx)
    tz = profile_of(user).timezone
    qs = FollowUp.objects.filter(application__owner=user).select_related("application")
    if not show_all:
        qs = qs.filter(state__in=UNSETTLED)
    rows = list(qs.order_by("earliest_at"))
    if as_json:
        print_json([followup_summary(fu) for fu in rows])
        return
    for fu in rows:
        click.echo(
            f"#{fu.pk:<5} {fu.get_state_display():<12} {local(fu.earliest_at, tz)} → "
            f"{local(fu.latest_at, tz)}  {fu.get_kind_display()} — {fu.application}"
        )
        if fu.state in EXPLAINED_STATES and fu.last_error:
            click.echo("       " + _("Why: %(cause)s") % {"cause": cause_text(fu.last_error)})


def cause_text(stored: str) -> str:
    from relance.mailbox.explain import stored_error

    return stored_error(stored)[1]


@followup.command(name="approve", help=_("Approve a follow-up for sending inside its window."))
@click.argument("followup_id", type=int)
@click.option("--at", "at_text", help=_("When to send it (default: as soon as allowed)."))
@click.option(
    "--by",
    "send_by",
    type=click.Choice(SendBy.values),
    help=_(
        "mailbox: Relance sends it from your mailbox; self: you send it yourself, Relance "
        "reminds you (default: mailbox when one works, else self)."
    ),
)
@click.pass_context
def followup_approve(
    ctx: click.Context, followup_id: int, at_text: str | None, send_by: str | None
) -> None:
    from relance.mailbox.services import approve_followup

    user = current_user(ctx)
    fu = get_followup(user, followup_id)
    tz = profile_of(user).timezone
    due = parse_moment(at_text, tz) if at_text else None
    approve_followup(fu, now=now(), due_at=due, send_by=send_by)
    if fu.send_by == SendBy.MAILBOX:
        message = _("Approved: Relance sends it from your mailbox on %(at)s.")
    elif fu.kind == "followup_call":
        message = _("Approved: call on %(at)s, then record the outcome (relance followup call).")
    else:
        message = _(
            "Approved: send it yourself on %(at)s, then record it (relance followup sent %(id)s)."
        )
    click.echo(message % {"at": local(fu.due_at, tz), "id": fu.pk})
    for fragment in kept_as_typed(fu, profile_of(user), now()):  # on stderr: a look, not a refusal
        click.echo(
            _("Still as typed in your notes, read it again: “%(text)s”") % {"text": fragment},
            err=True,
        )


@followup.command(name="sent", help=_("Mark as sent from your own mail program."))
@click.argument("followup_id", type=int)
@click.option("--at", "at_text", help=_("When you sent it (default: now)."))
@click.pass_context
def followup_sent(ctx: click.Context, followup_id: int, at_text: str | None) -> None:
    user = current_user(ctx)
    fu = get_followup(user, followup_id)
    moment = now()
    at = parse_moment(at_text, profile_of(user).timezone) if at_text else moment
    services.mark_sent(fu, at=at, now=moment)
    if fu.kind in ("catchup", "thankyou"):
        click.echo(_("Marked as sent. The follow-up comes later, only if the recruiter is silent."))
    else:
        click.echo(
            _("Marked as sent. Relance will not follow up again before the recruiter answers.")
        )


@followup.command(name="call", help=_("Record the outcome of a follow-up call."))
@click.argument("followup_id", type=int)
@click.option("--outcome", type=click.Choice(CallOutcome.values), required=True)
@click.option("--notes", default="", help=_("What was said."))
@click.option("--new-date", help=_("A new date the recruiter gave (2026-03-20)."))
@click.option("--at", "at_text", help=_("When you called (default: now)."))
@click.pass_context
def followup_call(
    ctx: click.Context,
    followup_id: int,
    outcome: str,
    notes: str,
    new_date: str | None,
    at_text: str | None,
) -> None:
    user = current_user(ctx)
    fu = get_followup(user, followup_id)
    moment = now()
    at = parse_moment(at_text, profile_of(user).timezone) if at_text else moment
    services.record_call(
        fu,
        outcome=outcome,
        at=at,
        now=moment,
        notes=notes,
        new_date=parse_day(new_date),
    )
    click.echo(_("Call recorded."))


@followup.command(name="cancel", help=_("Cancel a follow-up that has not started sending."))
@click.argument("followup_id", type=int)
@click.pass_context
def followup_cancel(ctx: click.Context, followup_id: int) -> None:
    fu = get_followup(current_user(ctx), followup_id)
    services.cancel(fu, now=now())
    click.echo(_("Cancelled."))


@click.command(help=_("Record the recruiter's reply; the plan updates at once."))
@click.argument("application_id", type=int)
@click.option("--outcome", type=click.Choice(ReplyOutcome.values), required=True)
@click.option("--new-date", help=_("The new date the recruiter gave (2026-03-20)."))
@click.option("--channel", type=click.Choice(Channel.values), default="email", show_default=True)
@click.option("--at", "at_text", help=_("When it came (default: now)."))
@click.option("--notes", default="")
@click.pass_context
def reply(
    ctx: click.Context,
    application_id: int,
    outcome: str,
    new_date: str | None,
    channel: str,
    at_text: str | None,
    notes: str,
) -> None:
    user = current_user(ctx)
    application = get_application(user, application_id)
    moment = now()
    at = parse_moment(at_text, profile_of(user).timezone) if at_text else moment
    record_reply(
        application,
        at=at,
        channel=channel,
        outcome=outcome,
        new_date=parse_day(new_date),
        notes=notes,
        now=moment,
    )
    click.echo(_("Reply recorded. Run `relance agenda` to see the plan."))


@click.command(
    help=_(
        "Print the draft of a follow-up (catch-up, thank-you, follow-up e-mail, call script, "
        "feedback request), or write it as an .eml file. For a call, --voicemail prints the "
        "message to leave if nobody answers."
    )
)
@click.argument("followup_id", type=int)
@click.option("--eml", "eml_path", type=click.Path(dir_okay=False), help=_("Write an .eml file."))
@click.option("--save", is_flag=True, help=_("Store the draft on the follow-up for editing."))
@click.option(
    "--voicemail",
    is_flag=True,
    help=_("For a call: the voicemail to leave if the recruiter does not answer."),
)
@json_option
@click.pass_context
def draft(
    ctx: click.Context,
    followup_id: int,
    eml_path: str | None,
    save: bool,
    voicemail: bool,
    as_json: bool,
) -> None:
    from relance.cli import draft_render
    from relance.tracker.services.drafting import (
        draft_context,
        left_out_summary,
        review_lines,
        send_moment,
        write_draft,
        write_voicemail,
    )

    user = current_user(ctx)
    fu = get_followup(user, followup_id)
    profile, moment = profile_of(user), now()
    if voicemail:
        if fu.kind != "followup_call":
            raise BadInput(
                _("Follow-up #%(id)d is not a call: only a call has a voicemail.") % {"id": fu.pk}
            )
        if save or eml_path:
            raise BadInput(_("A voicemail is spoken: it cannot be saved or written as .eml."))
        spoken = write_voicemail(fu, profile, moment)
        if as_json:
            print_json(draft_render.render_json(spoken))
        else:
            click.echo(draft_render.render_text(spoken))
        return
    generated = write_draft(fu, profile, moment)
    if save:
        services.save_draft(
            fu,
            subject=getattr(generated, "subject", ""),
            body=generated.text,
            now=moment,
            written_for=send_moment(fu, moment).astimezone(profile.place_zone).date(),
        )
    if eml_path:
        draft_render.write_eml(generated, draft_context(fu, profile, moment), Path(eml_path))
        click.echo(_("Written to %(p)s.") % {"p": eml_path})
    elif as_json:
        print_json(draft_render.render_json(generated))
    else:
        click.echo(draft_render.render_text(generated))
    if not as_json:  # on stderr: the text on stdout stays the message alone
        for line in [left_out_summary(generated), *review_lines(generated)]:
            if line:
                click.echo(line, err=True)
