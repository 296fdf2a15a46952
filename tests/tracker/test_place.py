"""The working days of an application are those of its place of work (default: the profile's)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError

from relance.tracker.exchange import export_user, import_user
from relance.tracker.models import Application, Profile
from relance.tracker.services.applications import set_place
from relance.tracker.services.interviews import add_interview, save_agreement
from tests.base import BaseTestCase

# Wednesday 1 April 2026; Good Friday (3 April) is a holiday in Moselle only.
INTERVIEW = datetime(2026, 4, 1, 8, 0, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")


class PlaceOfWorkTestCase(BaseTestCase):
    def followup_day(self, app: Application) -> date:
        interview = add_interview(app, at=INTERVIEW, now=INTERVIEW)
        save_agreement(
            interview, INTERVIEW, agreement_obtained=True, decision_date=date(2026, 4, 2)
        )
        row = app.followups.get(kind="followup_email")
        return row.earliest_at.astimezone(PARIS).date()

    def test_it_counts_the_profiles_holidays_by_default(self) -> None:
        app = self.make_application()
        self.make_contact(app)
        self.assertEqual(self.followup_day(app), date(2026, 4, 7))

    def test_it_counts_good_friday_for_a_job_in_metz(self) -> None:
        app = self.make_application(company="Brasserie de Metz")
        self.make_contact(app)
        set_place(app, country="", subdivision="57", timezone="", now=INTERVIEW)
        self.assertEqual(self.followup_day(app), date(2026, 4, 8))

    def test_it_refuses_an_unknown_place(self) -> None:
        app = self.make_application()
        with self.assertRaises(ValidationError):
            set_place(app, country="FR", subdivision="999", timezone="", now=INTERVIEW)
        app.refresh_from_db()
        self.assertEqual(app.place_subdivision, "")

    def test_it_carries_the_place_through_export_and_import(self) -> None:
        app = self.make_application()
        set_place(app, country="FR", subdivision="57", timezone="", now=INTERVIEW)
        document = export_user(self.alice)
        carol = User.objects.create_user("carol", "carol@example.org", "pw")
        Profile.objects.create(user=carol, name="Carol", email="carol@example.org")
        import_user(carol, document, now=INTERVIEW)
        copy = Application.objects.get(owner=carol)
        self.assertEqual((copy.place_country, copy.place_subdivision), ("FR", "57"))


class DraftLanguageTestCase(BaseTestCase):
    def test_it_writes_to_a_paris_recruiter_in_french_from_an_english_interface(self) -> None:
        from relance.tracker.services.languages import draft_language

        profile = self.bob.profile  # Bob uses Relance in English, from France
        app = self.make_application(self.bob)
        self.assertEqual(draft_language(app, profile), "fr")

    def test_it_writes_in_english_for_a_job_abroad_unless_told_otherwise(self) -> None:
        from relance.tracker.services.applications import set_language
        from relance.tracker.services.languages import draft_language

        app = self.make_application()
        set_place(app, country="GB", subdivision="", timezone="Europe/London", now=INTERVIEW)
        self.assertEqual(draft_language(app, self.profile), "en")
        set_language(app, "fr", now=INTERVIEW)
        self.assertEqual(draft_language(app, self.profile), "fr")
