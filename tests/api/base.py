from __future__ import annotations

import json
from typing import Any

from django.test.client import Client

from relance.api.models import ApiKey
from tests.base import BaseTestCase


class ApiTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
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
