"""Fuzzing the services: valid input is stored, exported and imported back; invalid input
raises a ValidationError with a message and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from hypothesis import given

from relance.tracker.exchange import export_user, import_user
from relance.tracker.models import Application, Contact, Interview, TimelineEvent
from relance.tracker.services.applications import add_contact, create_application
from relance.tracker.services.interviews import add_interview
from tests.fixtures.clock import NOW
from tests.fuzz.base import FUZZ, isolated, make_user
from tests.fuzz.strategies import MOMENT, TEXT, URL, ZONE

pytestmark = pytest.mark.django_db


def rows() -> tuple[int, ...]:
    models = (Application, Contact, Interview, TimelineEvent)
    return tuple(model.objects.count() for model in models)


def stored_or_refused(write: Callable[[User, Application], object]) -> None:
    alice = make_user("alice")
    app = create_application(alice, company="Lipp", position="chef", now=NOW)
    before = rows()
    try:
        written = write(alice, app)
    except ValidationError as error:
        assert error.messages and all(message.strip() for message in error.messages)
        assert rows() == before, "a refused value wrote something"
        return
    assert written is not None
    # Stored: it exports, and the export imports into another account, whole.
    counts = import_user(make_user("carol"), export_user(alice, NOW), NOW)
    assert counts["applications"] == Application.objects.filter(owner=alice).count()


@FUZZ
@given(company=TEXT, position=TEXT, job_url=URL, source=TEXT)
def test_it_stores_or_refuses_an_application(
    company: str, position: str, job_url: str, source: str
) -> None:
    isolated(
        lambda: stored_or_refused(
            lambda user, _app: create_application(
                user, company=company, position=position, job_url=job_url, source=source, now=NOW
            )
        )
    )


@FUZZ
@given(last_name=TEXT, role=TEXT, email=TEXT, timezone=ZONE)
def test_it_stores_or_refuses_a_contact(
    last_name: str, role: str, email: str, timezone: str
) -> None:
    isolated(
        lambda: stored_or_refused(
            lambda _user, app: add_contact(
                app, last_name=last_name, role=role, email=email, timezone=timezone, now=NOW
            )
        )
    )


@FUZZ
@given(at=MOMENT, interviewers=TEXT)
def test_it_stores_or_refuses_an_interview(at: datetime, interviewers: str) -> None:
    isolated(
        lambda: stored_or_refused(
            lambda _user, app: add_interview(app, at=at, interviewers=interviewers, now=NOW)
        )
    )
