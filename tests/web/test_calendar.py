from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar

from relance.tracker.models import FollowUp
from tests.fixtures.clock import NOW
from tests.web.base import WebTestCase


class CalendarFeedTestCase(WebTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, self.interview = self.interviewed(direct_line=True)
        self.call = FollowUp.objects.create(
            application=self.app,
            kind="followup_call",
            channel="phone",
            contact=self.app.contacts.first(),
            interview=self.interview,
            earliest_at=NOW + timedelta(days=3),
            latest_at=NOW + timedelta(days=4),
        )

    def feed(self) -> Calendar:
        self.client.logout()
        r = self.client.get(f"/calendar/{self.profile.calendar_token}.ics")
        self.assertEqual(r["Content-Type"], "text/calendar; charset=utf-8")
        return Calendar.from_ical(r.content)

    def test_it_lists_interviews_windows_and_call_slots(self) -> None:
        events = {str(e["uid"]): e for e in self.feed().walk("VEVENT")}
        self.assertIn(f"interview-{self.interview.pk}@relance", events)
        catchup = self.pending(self.app, "catchup")
        self.assertIn(f"followup-{catchup.pk}@relance", events)
        call = events[f"followup-{self.call.pk}@relance"]
        self.assertIn("+33145485391", str(call["description"]))
        self.assertIn("chef de rang", str(call["description"]))
        self.assertEqual(len(call.walk("VALARM")), 1)

    def test_it_is_valid_icalendar(self) -> None:
        cal = self.feed()
        self.assertEqual(str(cal["version"]), "2.0")
        for event in cal.walk("VEVENT"):
            self.assertIn("dtstamp", event)
            self.assertLess(event.decoded("dtstart"), event.decoded("dtend"))

    def test_it_refuses_an_unknown_token(self) -> None:
        self.assertEqual(
            self.client.get("/calendar/not-a-token-at-all-123456.ics").status_code, 404
        )

    def test_it_offers_an_ics_per_item(self) -> None:
        r = self.client.get(f"/interviews/{self.interview.pk}/event.ics")
        self.assertEqual(len(Calendar.from_ical(r.content).walk("VEVENT")), 1)
        r = self.client.get(f"/followups/{self.call.pk}/event.ics")
        self.assertEqual(len(Calendar.from_ical(r.content).walk("VEVENT")), 1)
