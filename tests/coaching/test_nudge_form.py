"""The nudge page: a template filled with the candidate's real dates, in their language,
editable before sending."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils import translation
from django.utils.formats import date_format

from relance.coaching.models import Nudge, Sharing
from relance.tracker.models import Profile
from tests.coaching.base import CoachingTestCase


class NudgeFormTestCase(CoachingTestCase):
    sharing = Sharing.STATUSES

    def page(self, template: str, application: int | str = "") -> str:
        url = f"/coaching/candidates/{self.membership.pk}/nudge/"
        r = self.signed_in(self.carole).get(url, {"template": template, "application": application})
        self.assertEqual(r.status_code, 200)
        return r.content.decode()

    def day(self, moment: datetime, language: str = "fr") -> str:
        with translation.override(language):
            return date_format(moment.astimezone(ZoneInfo("Europe/Paris")), "l j F")

    def test_it_fills_the_template_with_the_candidates_dates(self) -> None:
        app, interview = self.interviewed()
        html = self.page("debrief_fresh", app.pk)
        self.assertIn("Bonjour Alice Martin", html)
        self.assertIn(f"{app.position} ({app.company})", html)
        self.assertIn(self.day(interview.at), html)

    def test_it_gives_the_follow_up_window(self) -> None:
        app, _interview = self.interviewed()
        followup = self.pending(app)
        html = self.page("followup_today", app.pk)
        self.assertIn(self.day(followup.earliest_at), html)
        self.assertIn(self.day(followup.latest_at), html)

    def test_it_writes_in_the_candidates_language(self) -> None:
        Profile.objects.filter(user=self.alice).update(language="en")
        app, interview = self.interviewed()
        html = self.page("debrief_fresh", app.pk)
        self.assertIn("Hello Alice Martin", html)
        self.assertIn(self.day(interview.at, "en"), html)

    def test_it_ignores_another_candidates_application(self) -> None:
        theirs = self.make_application(self.bob, company="Secret Corp")
        self.make_interview(theirs, self.clock)
        html = self.page("debrief_fresh", theirs.pk)
        self.assertNotIn("Secret Corp", html)
        self.assertIn("Bonjour Alice Martin", html)

    def test_it_gives_no_dates_when_the_candidate_shares_nothing(self) -> None:
        app, _interview = self.interviewed()
        self.set_sharing(Sharing.NOTHING)
        self.assertNotIn(app.company, self.page("debrief_fresh", app.pk))

    def test_it_sends_the_text_as_the_coach_edited_it(self) -> None:
        r = self.signed_in(self.carole).post(
            f"/coaching/candidates/{self.membership.pk}/nudge/",
            {
                "template": "check_in",
                "subject": "Point",
                "body": "Bonjour Alice, on se voit jeudi ?",
            },
        )
        self.assertRedirects(r, "/coaching/")
        nudge = Nudge.objects.get()
        self.assertEqual(
            (nudge.subject, nudge.body), ("Point", "Bonjour Alice, on se voit jeudi ?")
        )
        html = self.client.get("/coaching/mine/nudges/today/").content.decode()
        self.assertIn("on se voit jeudi", html)

    def test_it_refuses_an_empty_message(self) -> None:
        r = self.signed_in(self.carole).post(
            f"/coaching/candidates/{self.membership.pk}/nudge/",
            {"template": "check_in", "subject": "Point", "body": "  "},
        )
        self.assertEqual(r.status_code, 200)
        self.assertFalse(Nudge.objects.exists())
