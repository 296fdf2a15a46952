from __future__ import annotations

from tests.web.base import WebTestCase

PROFILE = {
    "name": "Alice Martin",
    "email": "alice@example.org",
    "phone": "",
    "signature": "Alice",
    "language": "fr",
    "country": "FR",
    "subdivision": "57",
    "timezone": "Europe/Paris",
}


class SettingsTestCase(WebTestCase):
    def test_it_lists_the_sections_each_on_its_own_page(self) -> None:
        r = self.client.get("/settings/")
        for slug in ("account", "delays", "calendar", "api", "data"):
            self.assertContains(r, f'href="/settings/{slug}/"')
        self.assertContains(r, 'href="/mailbox/"')
        self.assertNotContains(r, "Délai sans date")  # the index only: short on a phone

    def test_it_shows_one_section_and_the_way_to_the_others(self) -> None:
        r = self.client.get("/settings/calendar/")
        self.assertContains(r, 'id="feed-url"')
        self.assertContains(r, 'href="/settings/delays/"')
        self.assertContains(r, 'aria-current="page">Agenda</a>')
        self.assertNotContains(r, 'id="id_signature"')
        self.assertContains(r, 'href="/settings/" aria-current="page"')  # the bottom bar

    def test_it_is_a_404_for_an_unknown_section(self) -> None:
        self.assertEqual(self.client.get("/settings/nowhere/").status_code, 404)

    def test_it_shows_the_delays_with_defaults_and_sources(self) -> None:
        r = self.client.get("/settings/delays/")
        self.assertContains(r, "Délai sans date (jours ouvrés)")
        self.assertContains(r, "Par défaut\u00a0: 5.")
        self.assertContains(r, "HelloWork")

    def test_it_saves_the_profile(self) -> None:
        r = self.client.post("/settings/profile/", {**PROFILE, "signature": "Alice M."})
        self.assertRedirects(r, "/settings/account/", fetch_redirect_response=False)
        self.profile.refresh_from_db()
        self.assertEqual((self.profile.signature, self.profile.subdivision), ("Alice M.", "57"))

    def test_it_saves_the_gender_for_job_titles(self) -> None:
        self.client.post("/settings/profile/", {**PROFILE, "gender": "f"})
        self.profile.refresh_from_db()
        self.assertEqual(self.profile.gender, "f")
        self.client.post("/settings/profile/", {**PROFILE, "gender": ""})
        self.profile.refresh_from_db()
        self.assertEqual(self.profile.gender, "")

    def test_it_switches_the_language(self) -> None:
        self.client.post("/settings/profile/", {**PROFILE, "language": "en"})
        self.assertContains(self.client.get("/settings/"), "Delays")

    def test_it_refuses_a_delay_out_of_range(self) -> None:
        r = self.client.post("/settings/policy/", {"catchup_grace_days": 99})
        self.assertEqual(r.status_code, 400)
        self.profile.refresh_from_db()
        self.assertEqual(self.profile.catchup_grace_days, 2)

    def test_it_saves_delays_and_resets_them(self) -> None:
        data = {
            "catchup_grace_days": 1,
            "decision_followup_days": 2,
            "no_date_followup_days": 10,
            "after_catchup_min_days": 3,
            "close_no_answer_days": 10,
            "extra_call_attempts": 2,
        }
        self.client.post("/settings/policy/", data)
        self.profile.refresh_from_db()
        self.assertEqual(self.profile.no_date_followup_days, 10)
        self.client.post("/settings/policy/reset/")
        self.profile.refresh_from_db()
        self.assertEqual(self.profile.no_date_followup_days, 5)

    def test_it_revokes_the_calendar_address(self) -> None:
        old = self.profile.calendar_token
        self.client.post("/settings/calendar/rotate/")
        self.profile.refresh_from_db()
        self.assertNotEqual(self.profile.calendar_token, old)
        self.assertEqual(self.client.get(f"/calendar/{old}.ics").status_code, 404)

    def test_it_marks_a_wrong_phone_next_to_its_field(self) -> None:
        r = self.client.post("/settings/profile/", {**PROFILE, "phone": "12"})
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_phone", "12")
        self.assertContains(r, 'type="tel"', status_code=400)

    def test_it_marks_a_delay_out_of_range_next_to_its_field(self) -> None:
        r = self.client.post("/settings/policy/", {"catchup_grace_days": "-4"})
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_catchup_grace_days", "supérieure ou égale")
