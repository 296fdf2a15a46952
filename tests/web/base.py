"""Web tests: Alice signed in, the clock at the base personas' NOW."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

import time_machine
from django.test import Client

from relance.tracker.models import Application, FollowUp, Interview
from relance.tracker.services.interviews import save_agreement
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def field_error(html: str, field_id: str) -> str:
    """The error shown next to the field `field_id` (empty if none). Asserts that the
    control is marked invalid and described by that error, as a screen reader reads it."""
    tag = re.search(rf'<(?:input|select|textarea)[^>]*\bid="{field_id}(?:_0)?"[^>]*>', html)
    assert tag is not None, f"no control #{field_id}"
    error = re.search(rf'<ul class="errorlist" id="{field_id}_error">(.*?)</ul>', html, re.S)
    if error is None:
        return ""
    assert 'aria-invalid="true"' in tag[0], tag[0]
    described = re.search(rf'<fieldset aria-describedby="[^"]*{field_id}_error', html)
    assert f"{field_id}_error" in tag[0] or described, tag[0]
    return re.sub(r"<[^>]+>", "", error[1]).strip()


class WebTestCase(BaseTestCase):
    """Signs Alice in and freezes the clock an hour after NOW (a Tuesday, 09:00 UTC)."""

    clock = NOW + timedelta(hours=1)

    def setUp(self) -> None:
        super().setUp()
        traveller = time_machine.travel(self.clock, tick=False)
        traveller.start()
        self.addCleanup(traveller.stop)
        self.client.force_login(self.alice)

    def as_bob(self) -> Client:
        client = Client()
        client.force_login(self.bob)
        return client

    def interviewed(
        self, *, direct_line: bool = False, at: datetime | None = None, **agreement: object
    ) -> tuple[Application, Interview]:
        """An application of Alice's, its decision-maker and an interview (yesterday)."""
        app = self.make_application()
        self.make_contact(app, direct_line=direct_line)
        interview = self.make_interview(app, at or NOW - timedelta(days=1))
        if agreement:
            save_agreement(interview, NOW, **agreement)
        app.refresh_from_db()
        return app, interview

    def assert_field_error(self, response: Any, field_id: str, text: str) -> None:
        """`text` is shown next to its field, not only in a box at the top of the page."""
        html = response.content.decode()
        self.assertIn(text, field_error(html, field_id))
        self.assertNotIn('class="message error"', html)

    def pending(self, app: Application, kind: str | None = None) -> FollowUp:
        rows = FollowUp.objects.filter(application=app, state__in=["planned", "drafted"])
        if kind:
            rows = rows.filter(kind=kind)
        row = rows.first()
        assert row is not None, list(FollowUp.objects.filter(application=app).values())
        return row
