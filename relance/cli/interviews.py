"""`relance interview add`, `relance debrief`, `relance agreement`."""

from __future__ import annotations

import click

from relance.cli.common import (
    _,
    current_user,
    fail,
    get_application,
    get_interview,
    json_option,
    now,
    parse_day,
    parse_moment,
    print_json,
    profile_of,
)
from relance.tracker.models.choices import Channel, InterviewFormat
from relance.tracker.services import interviews as services


@click.group(help=_("Interviews."))
def interview() -> None:
    pass


@interview.command(name="add", help=_("Record an interview (time local to the place of work)."))
@click.argument("application_id", type=int)
@click.option("--at", "at_text", required=True, help=_("Date and time, e.g. 2026-03-10 14:30."))
@click.option("--round", "round_", type=click.IntRange(1, 20), default=None)
@click.option("--format", "format_", type=click.Choice(InterviewFormat.values), default="onsite")
@click.option("--interviewers", default="")
@json_option
@click.pass_context
def interview_add(
    ctx: click.Context,
    application_id: int,
    at_text: str,
    round_: int | None,
    format_: str,
    interviewers: str,
    as_json: bool,
) -> None:
    user = current_user(ctx)
    application = get_application(user, application_id)
    at = parse_moment(at_text, profile_of(user).timezone)
    created = services.add_interview(
        application, at=at, round=round_, format=format_, interviewers=interviewers, now=now()
    )
    if as_json:
        print_json({"id": created.pk, "round": created.round})
    else:
        click.echo(
            _("Interview #%(n)d (round %(r)d) recorded.") % {"n": created.pk, "r": created.round}
        )


@interview.command(name="edit", help=_("Correct an interview's date, format or interviewers."))
@click.argument("interview_id", type=int)
@click.option("--at", "at_text", help=_("Date and time, e.g. 2026-03-10 14:30."))
@click.option("--format", "format_", type=click.Choice(InterviewFormat.values), default=None)
@click.option("--interviewers", default=None)
@click.pass_context
def interview_edit(
    ctx: click.Context,
    interview_id: int,
    at_text: str | None,
    format_: str | None,
    interviewers: str | None,
) -> None:
    user = current_user(ctx)
    found = get_interview(user, interview_id)
    at = parse_moment(at_text, profile_of(user).timezone) if at_text else None
    services.update_interview(found, now=now(), at=at, format=format_, interviewers=interviewers)
    click.echo(
        _("Interview #%(n)d updated. Run `relance agenda` to see the plan.") % {"n": found.pk}
    )


@interview.command(name="delete", help=_("Delete an interview recorded by mistake."))
@click.argument("interview_id", type=int)
@click.pass_context
def interview_delete(ctx: click.Context, interview_id: int) -> None:
    found = get_interview(current_user(ctx), interview_id)
    services.delete_interview(found, now=now())
    click.echo(_("Interview deleted, with the follow-ups planned for it."))


DEBRIEF_OPTIONS = {
    "strong_points": ("--strong-points", _("The interview's strong points.")),
    "recruiter_needs": ("--needs", _("The recruiter's needs, in your words.")),
    "role_understood": ("--role", _("The role as you understood it.")),
    "expectations": ("--expectations", _("What is expected of you.")),
    "motivation": ("--motivation", _("Why you want this job.")),
    "notes": ("--notes", _("Anything else.")),
}


def _debrief_options(func):
    for name, (flag, text) in reversed(DEBRIEF_OPTIONS.items()):
        func = click.option(flag, name, default=None, help=text)(func)
    return func


@click.command(help=_("Write the debrief of an interview (only the parts you pass change)."))
@click.argument("interview_id", type=int)
@_debrief_options
@click.pass_context
def debrief(ctx: click.Context, interview_id: int, **parts: str | None) -> None:
    found = get_interview(current_user(ctx), interview_id)
    fields = {k: v for k, v in parts.items() if v is not None}
    if not fields:
        fail(_("Nothing to save: pass at least one part, e.g. --strong-points."))
    services.save_debrief(found, now(), **fields)
    click.echo(_("Debrief saved."))


@click.command(help=_("Record what was agreed at the end of the interview (the four questions)."))
@click.argument("interview_id", type=int)
@click.option("--not-obtained", is_flag=True, help=_("You could not get the next steps."))
@click.option("--decision-date", help=_("When the decision was promised (2026-03-20)."))
@click.option("--process", default="", help=_("How the process goes on."))
@click.option("--callback-date", help=_("When you may call back."))
@click.option(
    "--channel",
    type=click.Choice(Channel.values),
    default=None,
    help=_("E-mail or phone, as the recruiter prefers."),
)
@click.option("--no-news-means-no", help=_("“No news by this date means no.”"))
@click.pass_context
def agreement(
    ctx: click.Context,
    interview_id: int,
    not_obtained: bool,
    decision_date: str | None,
    process: str,
    callback_date: str | None,
    channel: str | None,
    no_news_means_no: str | None,
) -> None:
    found = get_interview(current_user(ctx), interview_id)
    answers = (decision_date, callback_date, channel, no_news_means_no, process)
    if not_obtained and any(answers):
        fail(_("--not-obtained cannot be combined with the answers."))
    if not not_obtained and not any(answers):
        fail(_("Give at least one answer, or --not-obtained."))
    services.save_agreement(
        found,
        now(),
        agreement_obtained=not not_obtained,
        decision_date=parse_day(decision_date),
        process=process,
        callback_date=parse_day(callback_date),
        preferred_channel=channel or "",
        no_news_means_no_by=parse_day(no_news_means_no),
    )
    click.echo(_("Agreement saved. Run `relance agenda` to see the plan."))
