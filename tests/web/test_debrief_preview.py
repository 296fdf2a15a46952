from __future__ import annotations

import re

from tests.web.base import WebTestCase


class DebriefPreviewTestCase(WebTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, self.interview = self.interviewed(agreement_obtained=False)
        self.url = f"/interviews/{self.interview.pk}/debrief/preview/"

    def preview(self, part: str, typed: str) -> str:
        r = self.client.post(f"{self.url}{part}/", {part: typed}, HTTP_HX_REQUEST="true")
        self.assertEqual(r.status_code, 200)
        return r.content.decode()

    def test_it_shows_the_sentence_the_email_will_contain(self) -> None:
        html = self.preview("recruiter_needs", "qqn de ponctuel")
        self.assertIn("Dans l’e-mail de rattrapage", html)
        self.assertIn("vous recherchez quelqu&#x27;un de ponctuel", html)

    def test_it_lists_the_corrections_it_applied(self) -> None:
        html = self.preview("recruiter_needs", "qqn de ponctuel")
        self.assertIn("abréviation développée : qqn → quelqu&#x27;un", html)

    def test_it_restores_accents(self) -> None:
        html = self.preview("strong_points", "j'ai deja fait de la prépa vocale")
        self.assertIn("accent rétabli : deja → déjà", html)

    def test_it_says_what_it_leaves_out_and_why(self) -> None:
        html = self.preview("strong_points", "mon ancien chef etait nul")
        self.assertIn("Laissé hors de l’e-mail", html)
        self.assertIn("ancien employeur", html)
        self.assertNotIn("preview-sentence", html.split("Laissé")[0].split("[à compléter")[-1])

    def test_it_highlights_a_fragment_to_rewrite(self) -> None:
        html = self.preview("recruiter_needs", "qqn de ponctuel, palettes frais + froid")
        self.assertIn('<mark class="to-rewrite">', html)
        self.assertIn("Vos notes pour cette partie", html)
        # session 19: the piece that can be said is, only the other goes back
        self.assertIn("vous recherchez quelqu&#x27;un de ponctuel.", html)
        self.assertIn("<li>palettes frais et froid</li>", html)
        self.assertNotIn("palettes", html.split("</blockquote>")[0])

    def test_it_marks_an_empty_note_as_to_complete(self) -> None:
        html = self.preview("motivation", "")
        self.assertIn('<mark class="to-rewrite">[à compléter', html)

    def test_it_speaks_english_to_an_english_user(self) -> None:
        session = self.client.session
        session["relance_language"] = "en"
        session.save()
        html = self.preview("recruiter_needs", "qqn de ponctuel")
        self.assertIn("In the catch-up e-mail", html)
        self.assertIn("abbreviation expanded: qqn → quelqu&#x27;un", html)

    def test_it_writes_the_sentence_in_the_recruiters_language(self) -> None:
        self.app.language = "en"
        self.app.save()
        html = self.preview("recruiter_needs", "someone reliable w/ a forklift licence")
        self.assertIn('lang="en"', html)
        self.assertIn("with a forklift licence", html)
        self.assertIn("Dans l’e-mail de rattrapage", html)  # the page stays in French

    def test_it_says_when_no_catchup_is_planned(self) -> None:
        _app, interview = self.interviewed(agreement_obtained=True, decision_date=None)
        r = self.client.post(
            f"/interviews/{interview.pk}/debrief/preview/strong_points/",
            {"strong_points": "mon expérience en brasserie"},
        )
        self.assertContains(r, "aucun n’est prévu")

    def test_it_does_not_save_the_note(self) -> None:
        self.preview("strong_points", "mon expérience en brasserie")
        self.interview.refresh_from_db()
        self.assertEqual(self.interview.strong_points, "")

    def test_it_refuses_a_note_too_long(self) -> None:
        r = self.client.post(f"{self.url}strong_points/", {"strong_points": "a" * 50_001})
        self.assertEqual(r.status_code, 400)
        self.assertContains(r, "errorlist", status_code=400)

    def test_it_is_a_404_for_another_users_interview(self) -> None:
        r = self.as_bob().post(f"{self.url}strong_points/", {"strong_points": "x"})
        self.assertEqual(r.status_code, 404)

    def test_it_is_a_404_for_a_field_that_is_not_a_note(self) -> None:
        r = self.client.post(f"{self.url}process/", {"process": "x"})
        self.assertEqual(r.status_code, 404)

    def test_it_needs_a_post(self) -> None:
        r = self.client.get(f"{self.url}strong_points/")
        self.assertEqual(r.status_code, 405)

    def test_it_asks_a_bounded_number_of_queries(self) -> None:
        self.preview("strong_points", "warm up")  # the drafts' dictionaries load once
        with self.assertNumQueries(6):
            self.preview("recruiter_needs", "qqn de ponctuel")


class DebriefPagePreviewTestCase(WebTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, self.interview = self.interviewed(agreement_obtained=False)
        self.url = f"/interviews/{self.interview.pk}/debrief/"

    def test_it_wires_each_note_to_its_preview(self) -> None:
        html = self.client.get(self.url).content.decode()
        for part in ("strong_points", "recruiter_needs", "motivation"):
            self.assertIn(f'hx-target="#preview-{part}"', html)
            self.assertIn(f'id="preview-{part}"', html)
        self.assertIn('hx-trigger="input changed delay:500ms"', html)

    def test_it_asks_for_the_preview_of_a_note_already_written_once_shown(self) -> None:
        self.interview.recruiter_needs = "qqn de ponctuel"
        self.interview.save()
        html = self.client.get(self.url).content.decode()
        preview = re.search(r'<div class="preview" id="preview-recruiter_needs"[^>]*>', html)
        assert preview is not None
        self.assertIn('hx-trigger="load"', preview[0])
        self.assertIn('hx-target="this"', preview[0])
        empty = re.search(r'<div class="preview" id="preview-motivation"[^>]*>', html)
        assert empty is not None
        self.assertNotIn("hx-trigger", empty[0])
