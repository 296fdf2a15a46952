"""Schemathesis against the live OpenAPI document: every operation, with generated valid and
invalid requests, must answer no 5xx, only documented statuses and content types, and bodies
that match their schemas. Then a stateful run follows the document's links (an application,
then its interview, then its agreement).

RELANCE_API_FUZZ_EXAMPLES sets the examples per operation and mode (default 12: the whole file
runs in about two minutes on two cores, the same examples every run); set it for a longer hunt,
which is random (new examples each run). It runs on SQLite and, under scripts/with-postgres, on
PostgreSQL, which refuses more (NUL characters, integers past bigint)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import hypothesis
import pytest
import schemathesis
from django.contrib.auth.models import User
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from relance.api.api import api
from relance.api.models import ApiKey
from relance.coaching.models import Membership, Nudge, Organisation, Role, Sharing
from relance.coaching.services.invitations import accept, create_organisation, invite
from relance.coaching.services.reviews import ask_review
from relance.tracker.lifecycle import EDITABLE
from relance.tracker.models import Application, Contact, FollowUp, Interview, Profile
from relance.tracker.services.applications import add_contact, create_application
from relance.tracker.services.followups import save_draft
from relance.tracker.services.interviews import add_interview, save_agreement
from tests.fixtures.clock import NOW

EXAMPLES = int(os.environ.get("RELANCE_API_FUZZ_EXAMPLES", "12"))
# The short run is the same every time (a failure is reproducible); a long hunt explores.
HUNTING = "RELANCE_API_FUZZ_EXAMPLES" in os.environ
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
LABELS = [
    f"{method.upper()} /api/v1{path}"
    for path, methods in api.get_openapi_schema(path_prefix="")["paths"].items()
    for method in methods
]
SETTINGS = hypothesis.settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=not HUNTING,
    suppress_health_check=list(HealthCheck),
)


def person(username: str) -> User:
    user = User.objects.create_user(username, f"{username}@example.org", "fuzz-password-1")
    Profile.objects.create(
        user=user, name=username.title(), email=f"{username}@example.org", language="en"
    )
    return user


def interviewed(user: User) -> tuple[Application, Contact, Interview, FollowUp]:
    """An application with a contact, an interview, its agreement and a drafted follow-up."""
    app = create_application(user, company="Lipp", position="chef", now=NOW)
    contact = add_contact(app, last_name="Durand", email="durand@example.com", now=NOW)
    interview = add_interview(app, at=NOW, now=NOW)
    save_agreement(interview, NOW, agreement_obtained=True, decision_date=NOW.date())
    followup = app.followups.filter(state__in=EDITABLE)[0]
    save_draft(followup, subject="Entretien", body="Bonjour Madame,", now=NOW)
    return app, contact, interview, followup


def coached(candidate: User, coach: User, org: Organisation) -> Membership:
    invitation = invite(coach, org, role=Role.CANDIDATE, now=NOW)
    membership = accept(invitation.token, candidate, sharing=Sharing.TEXTS, now=NOW)
    Membership.objects.filter(pk=membership.pk).update(coach=coach)
    return membership


def seed() -> tuple[str, dict[str, int]]:
    """A user with an application, a contact, an interview and the follow-ups it planned, who
    is also coached in one organisation (a review asked, a nudge) and coaches in another (a
    candidate who asked them a review): every coaching operation meets real rows."""
    user = person("fuzz")
    app, contact, interview, followup = interviewed(user)
    their_coach, their_candidate = person("coach"), person("candidate")
    membership = coached(user, their_coach, create_organisation("A", their_coach, now=NOW))
    review = ask_review(user, followup, now=NOW)
    nudge = Nudge.objects.create(
        coach=their_coach, candidate=user, template="check_in", created_at=NOW
    )
    coaching = coached(their_candidate, user, create_organisation("B", user, now=NOW))
    coach_review = ask_review(their_candidate, interviewed(their_candidate)[3], now=NOW)
    _, key = ApiKey.issue(user, "fuzz")
    ids = {
        "applications": app.pk,
        "contacts": contact.pk,
        "interviews": interview.pk,
        "followups": followup.pk,
        "memberships": membership.pk,
        "reviews": review.pk,
        "nudges": nudge.pk,
        "coaching/candidates": coaching.pk,
        "coaching/reviews": coach_review.pk,
    }
    return key, ids


@pytest.fixture
def live(db: Any, settings: Any) -> Iterator[tuple[Any, str, dict[str, int]]]:
    settings.API_RATE_LIMIT = (10**9, 60)  # the fuzzer is one very busy client
    key, ids = seed()
    # As Django's test client does: the test's transaction must outlive each request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler()), key, ids
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_every_operation_keeps_to_its_document(
    live: tuple[Any, str, dict[str, int]], label: str, mode: GenerationMode
) -> None:
    schema, key, ids = live
    operation = schema.find_operation_by_label(label)
    # Half the cases aim at a row that exists, or every id would only ever meet a 404.
    parts = label.split("/")
    own_id = ids.get("/".join(parts[3:5]) if parts[3] == "coaching" else parts[3])

    @SETTINGS
    @given(case=operation.as_strategy(generation_mode=mode), aim=st.booleans())
    def run(case: Any, aim: bool) -> None:
        if aim and own_id and case.path_parameters and "pk" in case.path_parameters:
            case.path_parameters["pk"] = own_id
        case.call_and_validate(headers={"X-Api-Key": key}, checks=CHECKS)

    run()


def test_linked_operations_in_sequence(live: tuple[Any, str, dict[str, int]]) -> None:
    """Create an application, then its interview, then its agreement, following the links."""
    schema, key, _ids = live
    links = schema.raw_schema["paths"]["/api/v1/applications/"]["post"]["responses"]["201"]
    assert "AddInterview" in links["links"]

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"headers": {"X-Api-Key": key}}

        def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs)

    Machine.run(
        settings=hypothesis.settings(
            max_examples=EXAMPLES,
            stateful_step_count=6,
            deadline=None,
            database=None,
            derandomize=not HUNTING,
            suppress_health_check=list(HealthCheck),
        )
    )
