"""Plausible dates and storable text, checked by the services for every path."""

from __future__ import annotations

from datetime import UTC, date, datetime

from django.core.exceptions import ValidationError
from django.utils import translation

from relance.tracker.models import Application, Contact, FollowUp, Interview
from relance.tracker.services.accounts import update_profile
from relance.tracker.services.applications import add_contact, create_application
from relance.tracker.services.followups import save_draft
from relance.tracker.services.interviews import add_interview, save_agreement, save_debrief
from relance.tracker.services.validation import parse_day, parse_moment, validate_timezone
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW


class BoundsTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app = self.make_application()
        translation.activate("en")
        self.addCleanup(translation.deactivate)

    def thank_you(self) -> FollowUp:
        self.make_contact(self.app)
        save_agreement(self.make_interview(self.app), NOW, agreement_obtained=True)
        return self.app.followups.get(kind="thankyou")

    def test_it_refuses_year_0026_for_an_interview_and_writes_nothing(self) -> None:
        with self.assertRaisesRegex(ValidationError, "year must be between 2000 and 2100"):
            add_interview(self.app, at=datetime(26, 3, 10, 9, 0, tzinfo=UTC), now=NOW)
        self.assertFalse(Interview.objects.exists())

    def test_it_refuses_an_interview_years_away(self) -> None:
        with self.assertRaisesRegex(
            ValidationError,
            r"\(Monday 10 March 2031\) must be between Wednesday 10 March 2021 "
            "and Friday 10 March 2028",
        ):
            add_interview(self.app, at=datetime(2031, 3, 10, 9, 0, tzinfo=UTC), now=NOW)

    def test_it_says_a_refused_date_in_french_not_iso(self) -> None:
        interview = self.make_interview(self.app)
        with translation.override("fr"), self.assertRaises(ValidationError) as refused:
            save_agreement(interview, NOW, decision_date=date(2046, 3, 1))
        text = " ".join(refused.exception.messages)
        self.assertNotRegex(text, r"\d{4}-\d{2}-\d{2}")
        self.assertIn("(jeudi 1er mars 2046)", text)
        self.assertIn("le vendredi 10 mars 2028", text)

    def test_it_names_a_skipped_hour_in_words(self) -> None:
        with translation.override("fr"), self.assertRaises(ValidationError) as refused:
            parse_moment("2026-03-29 02:30", "Europe/Paris")
        self.assertIn("dimanche 29 mars, 02:30", " ".join(refused.exception.messages))

    def test_it_refuses_a_decision_date_decades_away(self) -> None:
        interview = self.make_interview(self.app)
        with self.assertRaisesRegex(ValidationError, "more than 2 years away"):
            save_agreement(interview, NOW, decision_date=date(2046, 3, 10))
        interview.refresh_from_db()
        self.assertIsNone(interview.decision_date)

    def test_it_refuses_a_decision_date_near_9999_without_crashing(self) -> None:
        interview = self.make_interview(self.app)
        with self.assertRaises(ValidationError):
            save_agreement(interview, NOW, decision_date=date(9999, 12, 31))

    def test_it_parses_the_extreme_years_into_a_validation_error(self) -> None:
        for typed in ("9999-12-31 23:59", "0001-01-01 00:00", "0026-03-10 09:00"):
            with self.subTest(typed), self.assertRaisesRegex(ValidationError, "year"):
                parse_moment(typed, "Europe/Paris")
        with self.assertRaisesRegex(ValidationError, "year"):
            parse_day("9999-12-31")

    def test_it_refuses_a_company_longer_than_its_column(self) -> None:
        with self.assertRaisesRegex(ValidationError, "10000 characters, at most 200"):
            create_application(self.alice, company="x" * 10_000, position="chef", now=NOW)
        self.assertEqual(Application.objects.count(), 1)

    def test_it_refuses_a_nul_byte(self) -> None:
        with self.assertRaisesRegex(ValidationError, "U\\+0000"):
            create_application(self.alice, company="Lipp\x00", position="chef", now=NOW)

    def test_it_refuses_a_javascript_job_url(self) -> None:
        with self.assertRaisesRegex(ValidationError, "http:// or https://"):
            create_application(
                self.alice, company="Lipp", position="chef", job_url="javascript:alert(1)", now=NOW
            )

    def test_it_keeps_an_https_job_url(self) -> None:
        app = create_application(
            self.alice, company="Lipp", position="chef", job_url="https://ex.org/1", now=NOW
        )
        self.assertEqual(app.job_url, "https://ex.org/1")

    def test_it_refuses_a_subject_with_a_line_separator(self) -> None:
        followup = self.thank_you()
        with self.assertRaisesRegex(ValidationError, "one line.*U\\+2028"):
            save_draft(followup, subject="Merci\u2028Bcc: x@y.org", body="Bonjour", now=NOW)
        self.assertEqual(FollowUp.objects.get(pk=followup.pk).subject, "")

    def test_it_keeps_newlines_in_a_body_but_refuses_control_characters(self) -> None:
        followup = self.thank_you()
        save_draft(followup, subject="Merci", body="Bonjour,\n\nMerci.", now=NOW)
        with self.assertRaisesRegex(ValidationError, "U\\+001B"):
            save_draft(followup, subject="Merci", body="Bonjour\x1b[2J", now=NOW)

    def test_it_refuses_a_lone_surrogate_in_a_debrief(self) -> None:
        interview = self.make_interview(self.app)
        with self.assertRaisesRegex(ValidationError, "U\\+D800"):
            save_debrief(interview, NOW, notes="oops \ud800")

    def test_it_refuses_a_zone_that_is_a_file_not_an_iana_name(self) -> None:
        for name in ("localtime", "../../etc/passwd", "Europe/Paris\x00", ""):
            with self.subTest(name), self.assertRaises(ValidationError):
                validate_timezone(name)

    def test_it_refuses_a_contact_name_on_two_lines(self) -> None:
        with self.assertRaisesRegex(ValidationError, "one line"):
            add_contact(self.app, last_name="Durand\r\nBcc: x@y.org", now=NOW)
        self.assertFalse(Contact.objects.exists())

    def test_it_refuses_a_profile_phone_that_is_no_number(self) -> None:
        with self.assertRaisesRegex(ValidationError, "phone"):
            update_profile(self.profile, NOW, phone="12")

    def test_it_refuses_a_profile_email_with_a_line_break(self) -> None:
        with self.assertRaises(ValidationError):
            update_profile(self.profile, NOW, email="a@b.org\r\nBcc: c@d.org")
