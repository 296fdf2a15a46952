"""The same fuzzed values through the CLI (never a traceback: exit 0 or 2) and the API
(a JSON answer, 2xx or 4xx)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from relance.api.models import ApiKey
from relance.cli.main import cli
from relance.tracker.models import Application, Interview
from relance.tracker.services.applications import create_application
from tests.fixtures.clock import NOW
from tests.fuzz.base import FUZZ, isolated, make_user
from tests.fuzz.strategies import TEXT, TYPED_MOMENT, URL

pytestmark = pytest.mark.django_db
# Click reads arguments as str from argv: a lone surrogate or NUL cannot reach it.
ARGV_TEXT = TEXT.map(lambda t: t.encode("utf-8", "replace").decode().replace("\x00", ""))


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--user", "alice", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"traceback for {args!r}: {result.exception!r}"
    )
    return result.exit_code, result.output


@FUZZ
@given(company=ARGV_TEXT.filter(lambda t: not t.startswith("-")), position=ARGV_TEXT)
def test_the_cli_adds_or_refuses_an_application(company: str, position: str) -> None:
    def example() -> None:
        make_user("alice")
        code, output = run("app", "add", "--", company, position)
        assert code in (0, 2), output
        assert "Traceback" not in output
        assert Application.objects.exists() == (code == 0)

    isolated(example)


@FUZZ
@given(at=TYPED_MOMENT.map(lambda t: t.replace("\x00", "")))
def test_the_cli_adds_or_refuses_an_interview(at: str) -> None:
    def example() -> None:
        app = create_application(make_user("alice"), company="Lipp", position="c", now=NOW)
        code, output = run("interview", "add", str(app.pk), "--at", at)
        assert code in (0, 2), output
        assert Interview.objects.exists() == (code == 0)

    isolated(example)


@FUZZ
@given(
    company=st.one_of(TEXT, st.integers(), st.none(), st.lists(st.integers(), max_size=2)),
    position=TEXT,
    job_url=URL,
)
def test_the_api_answers_json_for_any_application(
    company: object, position: str, job_url: str
) -> None:
    def example() -> None:
        _, key = ApiKey.issue(make_user("alice"), "fuzz")
        body = json.dumps({"company": company, "position": position, "job_url": job_url})
        response = Client().post(
            "/api/v1/applications/", body, content_type="application/json", HTTP_X_API_KEY=key
        )
        assert response.status_code in (201, 400, 422), response.content[:200]
        assert "error" in response.json() or response.status_code == 201
        assert Application.objects.exists() == (response.status_code == 201)

    isolated(example)


@FUZZ
@given(at=st.one_of(TYPED_MOMENT, st.integers(), st.none()))
def test_the_api_answers_json_for_any_interview_date(at: object) -> None:
    def example() -> None:
        user = make_user("alice")
        _, key = ApiKey.issue(user, "fuzz")
        app = create_application(user, company="Lipp", position="c", now=NOW)
        response = Client().post(
            f"/api/v1/applications/{app.pk}/interviews/",
            json.dumps({"at": at}),
            content_type="application/json",
            HTTP_X_API_KEY=key,
        )
        assert response.status_code in (201, 400, 422), response.content[:200]
        assert Interview.objects.exists() == (response.status_code == 201)

    isolated(example)
