from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import time_machine
from django.test.client import Client

from relance.api.models import ApiKey
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW


class ApiTestCase(BaseTestCase):
    """Alice's and Bob's API keys; the clock frozen an hour after NOW, as on the web pages,
    so that what the routes do at `timezone.now()` does not depend on the day CI runs."""

    clock = NOW + timedelta(hours=1)

    def setUp(self) -> None:
        super().setUp()
        traveller = time_machine.travel(self.clock, tick=False)
        traveller.start()
        self.addCleanup(traveller.stop)
        _, self.key = ApiKey.issue(self.alice, "tests")
        _, self.bob_key = ApiKey.issue(self.bob, "tests")
        self.api = Client(enforce_csrf_checks=True)

    def post(self, url: str, data: dict[str, Any], key: str | None = None) -> Any:
        return self.api.post(
            url,
            json.dumps(data),
            content_type="application/json",
            HTTP_X_API_KEY=key or self.key,
        )

    def get(self, url: str, key: str | None = None) -> Any:
        return self.api.get(url, HTTP_X_API_KEY=key or self.key)
