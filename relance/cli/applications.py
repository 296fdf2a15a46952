"""`relance app …` and `relance contact add`: the applications and the people met."""

from __future__ import annotations

import click

from relance.cli.common import (
    _,
    current_user,
    get_application,
    json_option,
    local,
    now,
    print_json,
    profile_of,
)
from relance.tracker.models import Application
from relance.tracker.models.choices import Channel, Civility, Status
from relance.tracker.services import applications as services
from relance.tracker.services.agenda import kind_label
from relance.tracker.services.summaries import application_summary


@click.group(help=_("Applications: add, list, show, change status."))
def app() -> None:
    pass


@app.command(name="add", help=_("Add an application."))
@click.argument("company")
@click.argument("position")
@click.option("--url", "job_url", default="", help=_("The job posting's address."))
@click.option("--source", default="", help=_("Where you found it."))
@click.option(
    "--client",
    "agency_client",
    default="",
    help=_("When COMPANY is an interim agency: the client company of the job."),
)
@json_option
@click.pass_context
def app_add(
    ctx: click.Context,
    company: str,
    position: str,
    job_url: str,
    source: str,
    agency_client: str,
    as_json: bool,
) -> None:
    user = current_user(ctx)
    duplicates = services.duplicates_of(user, company, position)
    created = services.create_application(
        user,
        company=company,
        position=position,
        job_url=job_url,
        source=source,
        agency_client=agency_client,
        now=now(),
    )
    if as_json:
        print_json({"id": created.pk, "duplicates": [d.pk for d in duplicates]})
        return
    click.echo(_("Application #%(n)d added.") % {"n": created.pk})
    notice = services.agency_notice(created, company)
    if notice:
        click.echo(notice)
    if duplicates:
        click.echo(
            _("Warning: you already have this company and position: %(ids)s")
            % {"ids": ", ".join(f"#{d.pk}" for d in duplicates)},
            err=True,
        )


@app.command(name="list", help=_("List your applications."))
@click.option("--status", type=click.Choice(Status.values), help=_("Only this status."))
@json_option
@click.pass_context
def app_list(ctx: click.Context, status: str | None, as_json: bool) -> None:
    user = current_user(ctx)
    tz = profile_of(user).timezone
    qs = Application.objects.for_user(user).order_by("next_due_at", "-updated_at")
    if status:
        qs = qs.filter(status=status)
    rows = list(qs)
    if as_json:
        print_json([application_summary(a) for a in rows])
        return
    for a in rows:
        click.echo(
            f"#{a.pk:<5} {a.get_status_display():<24} {local(a.next_due_at, tz):<17} "
            f"{a.company} — {a.position}"
        )


@app.command(name="show", help=_("Show an application, its plan and its timeline."))
@click.argument("application_id", type=int)
@json_option
@click.pass_context
def app_show(ctx: click.Context, application_id: int, as_json: bool) -> None:
    from relance.tracker.services.planning import current_plan

    user = current_user(ctx)
    profile = profile_of(user)
    application = get_application(user, application_id)
    actions = current_plan(application, profile, now())
    events = list(application.events.all())
    if as_json:
        print_json(
            {
                **application_summary(application),
                "interviews": [
                    {"id": i.pk, "round": i.round, "at": i.at.isoformat()}
                    for i in application.interviews.all()
                ],
                "followups": [
                    {"id": fu.pk, "kind": fu.kind, "channel": fu.channel, "state": fu.state}
                    for fu in application.followups.all()
                ],
                "plan": [
                    {
                        "kind": a.kind.value,
                        "earliest": a.earliest.isoformat(),
                        "latest": a.latest.isoformat(),
                        "followup": a.followup_id,
                    }
                    for a in actions
                ],
                "timeline": [
                    {"at": e.at.isoformat(), "kind": e.kind, "data": e.data} for e in events
                ],
            }
        )
        return
    tz = profile.timezone
    click.echo(
        f"#{application.pk} {application.company} — {application.position} "
        f"({application.get_status_display()})"
    )
    for i in application.interviews.all():
        click.echo(
            _("  interview #%(id)d, round %(r)d: %(at)s")
            % {"id": i.pk, "r": i.round, "at": local(i.at, tz)}
        )
    for fu in application.followups.all():
        click.echo(
            f"  {_('follow-up')} #{fu.pk}: {fu.get_kind_display()} — {fu.get_state_display()}"
        )
    click.echo(_("Plan:"))
    for a in actions:
        click.echo(f"  {local(a.earliest, tz)} → {local(a.latest, tz)}  {kind_label(a.kind.value)}")
    click.echo(_("Timeline:"))
    for e in events:
        click.echo(f"  {local(e.at, tz)}  {e.kind}")


@app.command(name="status", help=_("Change an application's status (e.g. withdrawn)."))
@click.argument("application_id", type=int)
@click.argument("status", type=click.Choice(Status.values))
@click.pass_context
def app_status(ctx: click.Context, application_id: int, status: str) -> None:
    application = get_application(current_user(ctx), application_id)
    services.set_status(application, status, now())
    click.echo(
        _("Application #%(n)d is now: %(s)s") % {"n": application.pk, "s": Status(status).label}
    )


@app.command(
    name="place",
    help=_(
        "Where the job is, when it is not where your profile says: its public holidays decide "
        "the working days (e.g. --subdivision 57 for Metz). No option: back to your profile's."
    ),
)
@click.argument("application_id", type=int)
@click.option("--country", default="", help=_("Country code (FR, BE, CH…)."))
@click.option("--subdivision", default="", help=_("Region or département (57, 67, 68, 974…)."))
@click.option("--timezone", "tz", default="", help=_("Time zone, e.g. Indian/Reunion."))
@click.pass_context
def app_place(
    ctx: click.Context, application_id: int, country: str, subdivision: str, tz: str
) -> None:
    application = get_application(current_user(ctx), application_id)
    services.set_place(
        application, country=country, subdivision=subdivision, timezone=tz, now=now()
    )
    if application.place_country or application.place_timezone:
        click.echo(
            _("Place of work of #%(n)d: %(place)s")
            % {
                "n": application.pk,
                "place": " ".join(
                    part
                    for part in (
                        application.place_country,
                        application.place_subdivision,
                        application.place_timezone,
                    )
                    if part
                ),
            }
        )
    else:
        click.echo(_("Place of work of #%(n)d: your profile's.") % {"n": application.pk})


@app.command(
    name="language",
    help=_(
        "The language of the messages to this recruiter: fr, en, or auto (from the place of "
        "work: French for France, Belgium, Switzerland, Luxembourg, Monaco)."
    ),
)
@click.argument("application_id", type=int)
@click.argument("language", type=click.Choice(["fr", "en", "auto"]))
@click.pass_context
def app_language(ctx: click.Context, application_id: int, language: str) -> None:
    from relance.tracker.services.languages import draft_language

    user = current_user(ctx)
    application = get_application(user, application_id)
    services.set_language(application, "" if language == "auto" else language, now=now())
    chosen = draft_language(application, profile_of(user))
    click.echo(
        _("Messages of #%(n)d are written in: %(lang)s") % {"n": application.pk, "lang": chosen}
    )


@click.group(help=_("The people you met."))
def contact() -> None:
    pass


@contact.command(name="add", help=_("Add a contact to an application."))
@click.argument("application_id", type=int)
@click.option("--first-name", default="")
@click.option("--last-name", required=True)
@click.option("--civility", type=click.Choice([c for c in Civility.values if c]), default=None)
@click.option("--role", default="")
@click.option("--email", default="")
@click.option("--direct-line", multiple=True, help=_("A direct line (repeatable)."))
@click.option("--switchboard", multiple=True, help=_("A switchboard number (repeatable)."))
@click.option("--decision-maker", is_flag=True, help=_("This person decides."))
@click.option(
    "--channel",
    type=click.Choice(Channel.values),
    default=None,
    help=_("The channel this person prefers."),
)
@click.option("--timezone", "tz", default="", help=_("If not the place of work's."))
@json_option
@click.pass_context
def contact_add(
    ctx: click.Context,
    application_id: int,
    first_name: str,
    last_name: str,
    civility: str | None,
    role: str,
    email: str,
    direct_line: tuple[str, ...],
    switchboard: tuple[str, ...],
    decision_maker: bool,
    channel: str | None,
    tz: str,
    as_json: bool,
) -> None:
    application = get_application(current_user(ctx), application_id)
    phones = [(n, True) for n in direct_line] + [(n, False) for n in switchboard]
    created = services.add_contact(
        application,
        first_name=first_name,
        last_name=last_name,
        civility=civility or "",
        role=role,
        email=email,
        phones=phones,
        is_decision_maker=decision_maker,
        preferred_channel=channel or "",
        timezone=tz,
        now=now(),
    )
    if as_json:
        print_json({"id": created.pk, "phones": [p.number for p in created.phones.all()]})
    else:
        click.echo(_("Contact #%(n)d added.") % {"n": created.pk})
