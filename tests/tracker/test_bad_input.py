"""Bad input gets a clear error and changes nothing."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError

from relance.tracker.models import Contact, Interview, TimelineEvent
from relance.tracker.services.applications import add_contact
from relance.tracker.services.interviews import save_agreement
from relance.tracker.services.replies import record_reply
from relance.tracker.services.validation import parse_day, parse_moment, validate_place
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW


class BadInputTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app = self.make_application()

    def test_it_refuses_an_impossible_date(self) -> None:
        with self.assertRaisesRegex(ValidationError, "2026-02-30"):
            parse_day("2026-02-30")

    def test_it_refuses_a_malformed_moment(self) -> None:
        with self.assertRaisesRegex(ValidationError, "demain"):
            parse_moment("demain 14h", "Europe/Paris")

    def test_it_reads_a_local_moment_in_the_given_zone(self) -> None:
        # 14:30 in Paris in summer is 12:30 UTC.
        self.assertEqual(parse_moment("2026-07-01 14:30", "Europe/Paris").hour, 12)

    def test_it_refuses_an_unknown_time_zone(self) -> None:
        with self.assertRaisesRegex(ValidationError, "Mars/Olympus"):
            validate_place("FR", "", "Mars/Olympus")

    def test_it_refuses_an_unknown_subdivision(self) -> None:
        with self.assertRaises(ValidationError):
            validate_place("FR", "99", "Europe/Paris")

    def test_it_refuses_a_malformed_phone_number_and_adds_no_contact(self) -> None:
        with self.assertRaisesRegex(ValidationError, "12 34"):
            add_contact(self.app, last_name="Durand", phones=[("12 34", True)], now=NOW)
        self.assertFalse(Contact.objects.exists())

    def test_it_normalises_a_french_number(self) -> None:
        contact = add_contact(
            self.app, last_name="Durand", phones=[("01 45 48 53 91", True)], now=NOW
        )
        self.assertEqual(contact.phones.get().number, "+33145485391")

    def test_it_refuses_a_malformed_email(self) -> None:
        with self.assertRaisesRegex(ValidationError, "claire@"):
            add_contact(self.app, last_name="Durand", email="claire@", now=NOW)

    def test_it_refuses_a_decision_date_before_the_interview(self) -> None:
        interview = self.make_interview(self.app)
        events = TimelineEvent.objects.count()
        with self.assertRaises(ValidationError):
            save_agreement(interview, NOW, agreement_obtained=True, decision_date=date(2026, 3, 1))
        interview.refresh_from_db()
        self.assertIsNone(Interview.objects.get(pk=interview.pk).decision_date)
        self.assertEqual(TimelineEvent.objects.count(), events)

    def test_it_refuses_a_reply_dated_in_the_future(self) -> None:
        with self.assertRaises(ValidationError):
            record_reply(
                self.app, at=NOW.replace(year=2027), channel="email", outcome="offer", now=NOW
            )
        self.assertFalse(self.app.replies.exists())

    def test_it_refuses_a_new_date_before_the_reply_or_near_9999(self) -> None:
        for new_date in (date(2026, 3, 1), date(9999, 12, 31)):
            with self.subTest(new_date=new_date), self.assertRaises(ValidationError):
                record_reply(
                    self.app,
                    at=NOW,
                    channel="email",
                    outcome="postponed",
                    new_date=new_date,
                    now=NOW,
                )
        self.assertFalse(self.app.replies.exists())


class DaylightSavingTestCase(BaseTestCase):
    def test_it_refuses_a_time_the_clocks_skip(self) -> None:
        # On 29 March 2026 Paris clocks jump from 02:00 to 03:00.
        with self.assertRaisesRegex(ValidationError, "02:30"):
            parse_moment("2026-03-29 02:30", "Europe/Paris")

    def test_it_reads_a_repeated_hour_as_its_first_occurrence(self) -> None:
        # On 25 October 2026 02:30 happens twice in Paris: first at 00:30 UTC.
        self.assertEqual(parse_moment("2026-10-25 02:30", "Europe/Paris").hour, 0)
