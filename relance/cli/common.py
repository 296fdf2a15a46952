"""What the sub-commands share: the acting user, the clock, dates, output."""

from __future__ import annotations

import json
import sys
import zoneinfo
from datetime import date, datetime
from typing import Any, NoReturn

import click
from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import gettext as _

from relance.tracker.models import Application, FollowUp, Interview, Profile
from relance.tracker.services import validation

__all__ = ["_", "fail", "json_option"]

json_option = click.option("--json", "as_json", is_flag=True, help=_("Print JSON."))


def fail(message: str) -> NoReturn:
    raise click.ClickException(message)


def current_user(ctx: click.Context) -> User:
    username = (ctx.find_root().obj or {}).get("username")
    if username:
        user = User.objects.filter(username=username).first()
        if user is None:
            fail(_("No account named “%(u)s”.") % {"u": username})
        return user
    users = list(User.objects.filter(profile__isnull=False)[:2])
    if not users:
        fail(_("No account yet: run `relance init` first."))
    if len(users) > 1:
        fail(_("Several accounts on this server: say which with --user NAME."))
    return users[0]


def profile_of(user: User) -> Profile:
    return Profile.objects.get(user_id=user.pk)


def now() -> datetime:
    return timezone.now()


def parse_moment(value: str, tz: str) -> datetime:
    """A date and time typed by a person: local to `tz` unless it carries an offset."""
    return validation.parse_moment(value, tz)


def parse_day(value: str | None) -> date | None:
    return validation.parse_day(value)


def get_application(user: User, pk: int) -> Application:
    app = Application.objects.for_user(user).filter(pk=pk).first()
    if app is None:
        fail(_("No application #%(n)d.") % {"n": pk})
    return app


def get_interview(user: User, pk: int) -> Interview:
    interview = Interview.objects.filter(pk=pk, application__owner=user).first()
    if interview is None:
        fail(_("No interview #%(n)d.") % {"n": pk})
    return interview


def get_followup(user: User, pk: int) -> FollowUp:
    followup = FollowUp.objects.filter(pk=pk, application__owner=user).first()
    if followup is None:
        fail(_("No follow-up #%(n)d.") % {"n": pk})
    return followup


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def local(moment: datetime | None, tz: str) -> str:
    if moment is None:
        return "—"
    return moment.astimezone(zoneinfo.ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")
