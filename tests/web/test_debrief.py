from __future__ import annotations

from datetime import date

from tests.web.base import WebTestCase

FILLED = {
    "decision_date": "2026-03-20",
    "process": "Un second entretien avec le chef",
    "callback_date": "",
    "callback_date_missing": "on",
    "preferred_channel": "email",
    "strong_points": "Mon expérience au Procope",
    "recruiter_needs": "Quelqu'un de fiable le week-end",
    "role_understood": "",
    "expectations": "",
    "motivation": "",
}


class DebriefTestCase(WebTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, self.interview = self.interviewed()
        self.url = f"/interviews/{self.interview.pk}/debrief/"

    def test_it_asks_the_four_closing_questions_before_the_notes(self) -> None:
        html = self.client.get(self.url).content.decode()
        questions = [
            html.index(f'name="{n}"')
            for n in ("decision_date", "process", "callback_date", "preferred_channel")
        ]
        self.assertEqual(questions, sorted(questions))
        self.assertLess(questions[-1], html.index('name="strong_points"'))
        self.assertEqual(html.count("Pas obtenu"), 4 + 1)  # four boxes and the hint

    def test_it_saves_as_you_type_from_htmx(self) -> None:
        r = self.client.post(f"{self.url}save/", FILLED, HTTP_HX_REQUEST="true")
        self.assertContains(r, "Enregistré à")
        self.assertEqual(r["X-Relance-Saved"], "1")
        self.interview.refresh_from_db()
        self.assertEqual(self.interview.decision_date, date(2026, 3, 20))
        self.assertTrue(self.interview.agreement_obtained)
        self.assertEqual(self.interview.strong_points, "Mon expérience au Procope")

    def test_it_clears_an_answer_marked_not_obtained(self) -> None:
        data = {**FILLED, "decision_date_missing": "on"}
        self.client.post(f"{self.url}save/", data, HTTP_HX_REQUEST="true")
        self.interview.refresh_from_db()
        self.assertIsNone(self.interview.decision_date)

    def test_it_shows_a_date_before_the_interview_as_an_error(self) -> None:
        data = {**FILLED, "decision_date": "2026-01-01"}
        r = self.client.post(f"{self.url}save/", data, HTTP_HX_REQUEST="true")
        self.assertContains(r, 'class="error"')
        self.assertNotIn("X-Relance-Saved", r)

    def test_it_writes_nothing_when_nothing_changed(self) -> None:
        self.client.post(f"{self.url}save/", FILLED, HTTP_HX_REQUEST="true")
        events = self.app.events.count()
        self.client.post(f"{self.url}save/", FILLED, HTTP_HX_REQUEST="true")
        self.assertEqual(self.app.events.count(), events)

    def test_it_goes_back_to_the_application_when_done(self) -> None:
        r = self.client.post(f"{self.url}save/", FILLED)
        self.assertRedirects(r, f"/applications/{self.app.pk}/", fetch_redirect_response=False)

    def test_it_replans_once_the_next_steps_are_known(self) -> None:
        self.client.post(f"{self.url}save/", FILLED, HTTP_HX_REQUEST="true")
        kinds = set(self.app.followups.filter(state="planned").values_list("kind", flat=True))
        self.assertNotIn("catchup", kinds)

    def test_it_marks_a_date_before_the_interview_next_to_its_field(self) -> None:
        r = self.client.post(f"{self.url}save/", {"decision_date": "2020-01-06"})
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_decision_date", "ne peut pas précéder")
        self.interview.refresh_from_db()
        self.assertIsNone(self.interview.decision_date)
