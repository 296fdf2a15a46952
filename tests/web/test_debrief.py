from __future__ import annotations

import re
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

    def live_error(self, html: str, field_id: str) -> str:
        """The error an autosave swaps in beside `field_id` ("" when it clears it)."""
        pattern = rf'<div class="live-error" id="{field_id}_live"[^>]*>(.*?)</div>'
        slot = re.search(pattern, html, re.S)
        assert slot is not None, f"no slot beside #{field_id}"
        assert 'hx-swap-oob="true"' in slot[0], slot[0]
        return re.sub(r"<[^>]+>", "", slot[1]).strip()

    def test_it_puts_an_autosave_error_beside_its_field(self) -> None:
        data = {**FILLED, "decision_date": "2026-01-01"}
        r = self.client.post(f"{self.url}save/", data, HTTP_HX_REQUEST="true")
        html = r.content.decode()
        self.assertIn("ne peut pas précéder", self.live_error(html, "id_decision_date"))
        self.assertIn('id="id_decision_date_live_error"', html)
        self.assertEqual(self.live_error(html, "id_callback_date"), "")

    def test_it_puts_an_autosave_error_beside_its_field_in_english(self) -> None:
        session = self.client.session
        session["relance_language"] = "en"
        session.save()
        data = {**FILLED, "callback_date_missing": "", "callback_date": "2026-01-01"}
        r = self.client.post(f"{self.url}save/", data, HTTP_HX_REQUEST="true")
        self.assertIn("cannot be before", self.live_error(r.content.decode(), "id_callback_date"))

    def test_it_clears_the_mark_once_the_field_is_fixed(self) -> None:
        self.client.post(
            f"{self.url}save/", {**FILLED, "decision_date": "2026-01-01"}, HTTP_HX_REQUEST="true"
        )
        r = self.client.post(f"{self.url}save/", FILLED, HTTP_HX_REQUEST="true")
        self.assertEqual(self.live_error(r.content.decode(), "id_decision_date"), "")

    def test_it_has_a_slot_beside_every_field_an_autosave_answers_for(self) -> None:
        html = self.client.get(self.url).content.decode()
        for name in ("decision_date", "preferred_channel", "no_news_means_no_by", "motivation"):
            self.assertIn(f'id="id_{name}_live" data-for="{name}"', html)
