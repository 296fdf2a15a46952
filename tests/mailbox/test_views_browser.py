"""The mailbox pages in Chromium, on a phone and a desktop: axe, no sideways scroll, screenshots."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from relance.mailbox.models import IncomingMessage, MailboxSettings
from relance.tracker.models import FollowUp, Reply
from tests.fixtures.browser import DESKTOP, PHONE, BrowserTestCase
from tests.fixtures.clock import NOW
from tests.fixtures.mailbox import connect_mailbox, make_incoming


@pytest.mark.browser
class MailboxBrowserTestCase(BrowserTestCase):
    def setUp(self) -> None:
        super().setUp()
        user = self.make_account()
        self.app = self.make_interviewed(user).application
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

    def walk(self, viewport: dict[str, int], tag: str) -> None:
        with self.page(viewport, "fr") as page:
            self.sign_in(page, "alice")
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
            self.sign_in(page, "alice")
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
