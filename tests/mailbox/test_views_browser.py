"""The mailbox pages in Chromium, on a phone and a desktop: axe, no sideways scroll, screenshots."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest

from relance.mailbox.models import IncomingMessage, MailboxSettings
from relance.tracker.models import FollowUp, Reply
from relance.tracker.services.accounts import create_account
from relance.tracker.services.applications import add_contact, create_application
from relance.tracker.services.interviews import add_interview
from tests.fixtures.browser import DESKTOP, PHONE, BrowserTestCase
from tests.fixtures.clock import NOW
from tests.fixtures.mailbox import connect_mailbox, make_incoming

PASSWORD = "une phrase de passe solide"


@pytest.mark.browser
class MailboxBrowserTestCase(BrowserTestCase):
    def setUp(self) -> None:
        super().setUp()
        user = create_account(
            username="alice", password=PASSWORD, name="Alice Martin", now=NOW,
            email="alice@example.org", language="fr",
        )  # fmt: skip
        self.app = create_application(
            user, company="Brasserie Lipp", position="chef de rang", now=NOW
        )
        add_contact(
            self.app, first_name="Claire", last_name="Durand", email="claire@example.com",
            is_decision_maker=True, now=NOW,
        )  # fmt: skip
        add_interview(self.app, at=NOW - timedelta(days=1), now=NOW)
        self.followup = self.app.followups.get(kind="catchup")
        FollowUp.objects.filter(pk=self.followup.pk).update(state="unknown")
        mailbox = connect_mailbox(
            user, address="alice.martin@example.org", sent_folder="Éléments envoyés"
        )
        MailboxSettings.objects.update(
            last_error="imap.example.org refused the user name or password: "
            "[AUTHENTICATIONFAILED] Authentication failed."
        )
        self.incoming = make_incoming(mailbox, self.app, received_at=NOW - timedelta(hours=1))

    def sign_in(self, page: Any) -> None:
        page.goto(self.url("/login/"))
        page.fill("#id_username", "alice")
        page.fill("#id_password", PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url(self.url("/today/"))

    def walk(self, viewport: dict[str, int], tag: str) -> None:
        with self.page(viewport, "fr") as page:
            self.sign_in(page)
            page.wait_for_selector("#replies-title")  # the banner, loaded by htmx
            self.check_page(page, f"mailbox-{tag}-today")
            page.goto(self.url("/mailbox/"))
            self.check_page(page, f"mailbox-{tag}-settings")
            page.goto(self.url("/mailbox/replies/"))
            self.check_page(page, f"mailbox-{tag}-replies")
            page.goto(self.url(f"/followups/{self.followup.pk}/"))
            self.check_page(page, f"mailbox-{tag}-editor-unknown")
            page.goto(self.url(f"/applications/{self.app.pk}/"))
            self.check_page(page, f"mailbox-{tag}-application-unknown")

    def test_it_is_usable_on_a_phone(self) -> None:
        self.walk(PHONE, "360")

    def test_it_is_usable_on_a_desktop(self) -> None:
        self.walk(DESKTOP, "1280")

    def test_it_confirms_a_reply_from_today_and_settles_the_unknown_send(self) -> None:
        with self.page(PHONE, "fr") as page:
            self.sign_in(page)
            page.wait_for_selector("#replies-title")
            page.get_by_role("button", name="Confirmer").click()
            page.wait_for_url(self.url("/today/"))
            page.wait_for_selector(".message.success")
            self.assertEqual(page.locator("#replies-title").count(), 0)
            self.assertEqual(Reply.objects.get().new_date.isoformat(), "2026-03-20")
            self.assertEqual(IncomingMessage.objects.get().status, "confirmed")
            page.goto(self.url(f"/applications/{self.app.pk}/"))
            page.get_by_role("button", name=re.compile("Je l.ai trouvé")).click()
            # Settled where the message is read, with what to do next.
            page.wait_for_url(self.url(f"/followups/{self.followup.pk}/"))
            self.followup.refresh_from_db()
            self.assertEqual(self.followup.state, "sent")
