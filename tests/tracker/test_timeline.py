from __future__ import annotations

from relance.tracker.models import TimelineEvent
from tests.base import BaseTestCase


class TimelineTestCase(BaseTestCase):
    def test_it_refuses_to_change_an_event(self) -> None:
        app = self.make_application()
        event = TimelineEvent.objects.get(application=app, kind="application.created")
        event.kind = "tampered"
        with self.assertRaises(ValueError):
            event.save()

    def test_it_refuses_to_delete_an_event(self) -> None:
        app = self.make_application()
        event = TimelineEvent.objects.get(application=app)
        with self.assertRaises(ValueError):
            event.delete()
