"""In a browser: a golden-rule finding blocks approval until "this is fine here"; approving
says who sends; a failed or doubtful follow-up offers its ways out. Phone and desktop, fr, en."""

from __future__ import annotations

from typing import Any

import pytest

from relance.tracker.models import FollowUp, TimelineEvent
from tests.fixtures.browser import DESKTOP, PHONE, BrowserTestCase

IMPATIENT = {
    "fr": "Bonjour Madame Durand,\n\nJ'attends votre réponse au plus vite !\n\nAlice Martin",
    "en": "Dear Ms Durand,\n\nI expect your answer as soon as possible!\n\nAlice Martin",
}
WORDS = {
    "fr": {
        "fine": "C'est justifié ici",
        "myself": "Valider : je l'envoie moi-même",
        "blocked": "enfreint une règle d'or",
        "not_sent": "Il n'est pas parti : repasser en brouillon",
        "sent_myself": "Je l'ai envoyé moi-même",
        "not_there": "Introuvable : repasser en brouillon",
    },
    "en": {
        "fine": "This is fine here",
        "myself": "Approve: I send it myself",
        "blocked": "breaks a golden rule",
        "not_sent": "It did not go: back to draft",
        "sent_myself": "I sent it myself",
        "not_there": "Not there: back to draft",
    },
}


@pytest.mark.browser
class SettleInBrowserTestCase(BrowserTestCase):
    def persona(self, lang: str) -> None:
        interview = self.make_interviewed(self.make_account(language=lang))
        self.followup = interview.application.followups.get(kind="catchup")

    def editor(self, page: Any) -> None:
        page.goto(self.url(f"/followups/{self.followup.pk}/"))
        page.wait_for_selector("#tone-findings")

    def state(self) -> str:
        self.followup.refresh_from_db()
        return self.followup.state

    def dismiss_then_approve(self, viewport: dict[str, int], lang: str) -> None:
        w, tag = WORDS[lang], f"{lang}-{viewport['width']}"
        self.persona(lang)
        with self.page(viewport, lang) as page:
            self.sign_in(page, "alice")
            self.editor(page)
            page.fill("#id_subject", "Notre entretien")
            page.fill("#id_body", IMPATIENT[lang])
            page.wait_for_selector(f'#tone-blocks:has-text("{w["blocked"]}")')
            page.get_by_role("button", name=w["myself"]).click()
            page.wait_for_selector(".message.error")
            self.assertEqual(self.state(), "drafted")  # saved, not approved
            self.check_page(page, f"{tag}-settle-01-blocked")
            while page.get_by_role("button", name=w["fine"]).count():
                page.get_by_role("button", name=w["fine"]).first.click()
                page.wait_for_selector(".message.success")
            page.wait_for_selector(".finding.dismissed")
            self.assertTrue(TimelineEvent.objects.filter(kind="tone.dismissed").exists())
            page.get_by_role("button", name=w["myself"]).click()
            page.wait_for_selector(".message.success")
            self.check_page(page, f"{tag}-settle-02-approved")
            self.assertEqual((self.state(), self.followup.send_by), ("approved", "self"))

    def ways_out(self, viewport: dict[str, int], lang: str) -> None:
        w, tag = WORDS[lang], f"{lang}-{viewport['width']}"
        self.persona(lang)
        body = "Bonjour Madame Durand,\n\nMerci pour notre échange d'hier.\n\nAlice Martin"
        FollowUp.objects.filter(pk=self.followup.pk).update(
            state="failed", subject="Merci", body=body,
            last_error="No mailbox is set up (or it is paused): set it up, or send this "
            "follow-up from your own mail program and mark it sent.",
        )  # fmt: skip
        with self.page(viewport, lang) as page:
            self.sign_in(page, "alice")
            self.editor(page)
            self.check_page(page, f"{tag}-settle-03-failed")
            page.get_by_role("button", name=w["not_sent"]).click()
            page.wait_for_selector(".message.success")
            self.assertEqual(self.state(), "drafted")
            FollowUp.objects.filter(pk=self.followup.pk).update(state="failed")
            self.editor(page)
            page.get_by_role("button", name=w["sent_myself"]).click()
            page.wait_for_selector(".message.success")
            self.assertEqual(self.state(), "done")
            FollowUp.objects.filter(pk=self.followup.pk).update(state="unknown")
            self.editor(page)
            self.check_page(page, f"{tag}-settle-04-unknown")
            page.get_by_role("button", name=w["not_there"]).click()
            page.wait_for_selector(".message.success")
            self.assertEqual(self.state(), "drafted")

    def test_it_dismisses_a_finding_then_approves_on_a_phone_in_french(self) -> None:
        self.dismiss_then_approve(PHONE, "fr")

    def test_it_dismisses_a_finding_then_approves_on_a_desktop_in_english(self) -> None:
        self.dismiss_then_approve(DESKTOP, "en")

    def test_it_offers_the_ways_out_on_a_phone_in_french(self) -> None:
        self.ways_out(PHONE, "fr")

    def test_it_offers_the_ways_out_on_a_desktop_in_english(self) -> None:
        self.ways_out(DESKTOP, "en")
