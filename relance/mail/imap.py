"""IMAP: the candidate's mailbox, read for replies and for the evidence of a send.

Thin wrapper over IMAPClient: verified TLS (plaintext only to a server marked local), special-use
folders, searches by Message-ID and by threading headers, UID-based polling with UIDVALIDITY, and
IDLE as a hint (always followed by a search).
"""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from relance.mail.errors import MailError
from relance.mail.smtp import Security, tls_context

# Servers drop IDLE after 30 minutes (RFC 2177 asks clients to renew before 29).
IDLE_RENEW_SECONDS = 25 * 60
FULL_FETCH_LIMIT = 2_000_000  # bigger messages: headers and the start of the text only
PARTIAL_TEXT_BYTES = 65_536

SPECIAL_USE = {"sent": b"\\Sent", "junk": b"\\Junk", "all": b"\\All"}
FALLBACK_NAMES = {
    "sent": ("Sent", "Sent Items", "Sent Messages", "Envoyés", "Éléments envoyés", "INBOX.Sent"),
    "junk": ("Junk", "Spam", "Junk E-mail", "Courrier indésirable", "INBOX.Junk", "INBOX.Spam"),
    "all": (),
}


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    security: Security = Security.TLS
    username: str = ""
    password: str = field(default="", repr=False)
    local: bool = False
    cafile: str | None = None
    timeout: float = 30.0


@dataclass(frozen=True)
class SpecialFolders:
    sent: str | None = None
    junk: str | None = None
    all: str | None = None

    def reply_folders(self) -> list[str]:
        """Where a recruiter's reply may land (Gmail's All Mail catches archived ones)."""
        return ["INBOX", *(name for name in (self.junk, self.all) if name)]


@dataclass(frozen=True)
class FolderState:
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class FetchedMessage:
    folder: str
    uid: int
    raw: bytes
    internal_date: datetime | None
    truncated: bool = False


class ImapMailbox:
    def __init__(self, settings: ImapSettings, overrides: dict[str, str] | None = None) -> None:
        self.settings = settings
        self.overrides = overrides or {}  # folder names the candidate chose by hand
        self.client: Any = None
        self._selected: str | None = None

    def __enter__(self) -> ImapMailbox:
        self.connect()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def connect(self) -> None:
        settings = self.settings
        where = {"host": settings.host, "port": settings.port}
        if settings.security is Security.NONE and not settings.local:
            # Dovecot treats loopback as secure and would accept it: refusing is our job.
            raise MailError("tls_required", where, permanent=True)
        try:
            socket.getaddrinfo(settings.host, settings.port, type=socket.SOCK_STREAM)
        except socket.gaierror as error:
            raise MailError("dns", {"host": settings.host}, permanent=True) from error
        context = tls_context(settings.cafile)
        try:
            client = IMAPClient(
                settings.host,
                settings.port,
                ssl=settings.security is Security.TLS,
                ssl_context=context,
                timeout=settings.timeout,
            )
            if settings.security is Security.STARTTLS:
                client.starttls(context)
        except ssl.SSLCertVerificationError as error:
            reason = error.verify_message
            raise MailError("tls_certificate", {**where, "reason": reason}, True) from error
        except ssl.SSLError as error:
            raise MailError("tls", {**where, "reason": str(error)}, True) from error
        except TimeoutError as error:
            raise MailError("timeout", where) from error
        except (OSError, IMAPClientError) as error:
            raise MailError("connect", {**where, "reason": str(error)}) from error
        try:
            client.login(settings.username, settings.password)
        except LoginError as error:
            client.shutdown()
            raise MailError("auth", {**where, "reason": _text(error)}, permanent=True) from error
        except (OSError, IMAPClientError) as error:
            client.shutdown()
            raise MailError("connection_lost", {**where, "reason": str(error)}) from error
        self.client = client

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.logout()
            except (OSError, IMAPClientError):
                self.client.shutdown()
            self.client = None
            self._selected = None

    def special_folders(self) -> SpecialFolders:
        listed = self.client.list_folders()
        found: dict[str, str | None] = {}
        for role, flag in SPECIAL_USE.items():
            if role in self.overrides:
                found[role] = self.overrides[role]
                continue
            by_flag = [name for flags, _, name in listed if flag in flags]
            by_name = [
                name for _, _, name in listed if name in FALLBACK_NAMES[role]
            ]  # old servers without SPECIAL-USE
            found[role] = (by_flag or by_name or [None])[0]
        return SpecialFolders(**found)

    def select(self, folder: str) -> dict[bytes, Any]:
        info: dict[bytes, Any] = self.client.select_folder(folder, readonly=True)
        self._selected = folder
        return info

    def forget_selection(self) -> None:
        self._selected = None

    def find_by_message_id(self, folder: str, message_id: str) -> list[int]:
        self.select(folder)
        return sorted(self.client.search(["HEADER", "Message-ID", message_id]))

    def search_replies(self, folder: str, message_ids: Iterable[str]) -> list[int]:
        """Messages answering ours; either header suffices (some clients drop one)."""
        self.select(folder)
        uids: set[int] = set()
        for message_id in message_ids:
            criteria = [
                "OR",
                "HEADER",
                "In-Reply-To",
                message_id,
                "HEADER",
                "References",
                message_id,
            ]
            uids.update(self.client.search(criteria))
        return sorted(uids)

    def search_text(self, folder: str, text: str) -> list[int]:
        """Bounces quote our Message-ID in an attachment: TEXT finds it, HEADER does not."""
        self.select(folder)
        return sorted(self.client.search(["TEXT", text]))

    def search_from(self, folder: str, address_or_domain: str, since: datetime) -> list[int]:
        self.select(folder)
        return sorted(self.client.search(["FROM", address_or_domain, "SINCE", since.date()]))

    def new_messages(self, folder: str, state: FolderState | None) -> tuple[list[int], FolderState]:
        """UIDs above the last one seen; everything again if UIDVALIDITY changed."""
        info = self.select(folder)
        uidvalidity = int(info[b"UIDVALIDITY"])
        last_uid = state.last_uid if state and state.uidvalidity == uidvalidity else 0
        # "UID n:*" always returns the highest UID, even when it is below n: filter.
        uids = sorted(
            uid for uid in self.client.search(["UID", f"{last_uid + 1}:*"]) if uid > last_uid
        )
        return uids, FolderState(uidvalidity, max([last_uid, *uids]))

    def fetch(
        self, folder: str, uids: Iterable[int], limit: int = FULL_FETCH_LIMIT
    ) -> list[FetchedMessage]:
        uids = list(uids)
        if not uids:
            return []
        if self._selected != folder:
            self.select(folder)
        sizes = self.client.fetch(uids, ["RFC822.SIZE", "INTERNALDATE"])
        small = [uid for uid in uids if sizes.get(uid, {}).get(b"RFC822.SIZE", 0) <= limit]
        large = [uid for uid in uids if uid in sizes and uid not in small]
        result: list[FetchedMessage] = []
        if small:
            for uid, data in self.client.fetch(small, ["BODY.PEEK[]"]).items():
                raw = data.get(b"BODY[]") or b""
                result.append(FetchedMessage(folder, uid, raw, _date(sizes, uid)))
        if large:
            parts = ["BODY.PEEK[HEADER]", f"BODY.PEEK[TEXT]<0.{PARTIAL_TEXT_BYTES}>"]
            for uid, data in self.client.fetch(large, parts).items():
                raw = (data.get(b"BODY[HEADER]") or b"") + (data.get(b"BODY[TEXT]<0>") or b"")
                result.append(FetchedMessage(folder, uid, raw, _date(sizes, uid), truncated=True))
        return sorted(result, key=lambda message: message.uid)

    def append_sent(self, raw: bytes, when: datetime | None = None) -> str:
        sent = self.special_folders().sent
        if sent is None:
            raise MailError("folder_missing", {"folder": "Sent"}, permanent=True)
        self.client.append(sent, raw, flags=[b"\\Seen"], msg_time=when)
        return sent

    def has_idle(self) -> bool:
        return b"IDLE" in self.client.capabilities()

    def wait_for_change(self, folder: str, timeout: float, poll_interval: float = 60.0) -> bool:
        """Block until the server hints at new mail (IDLE) or the time is up; a hint only."""
        timeout = min(timeout, IDLE_RENEW_SECONDS)
        if not self.has_idle():
            time.sleep(min(timeout, poll_interval))
            return True
        self.select(folder)
        self.client.idle()
        try:
            responses = self.client.idle_check(timeout=timeout)
        finally:
            self.client.idle_done()
        return any(len(item) > 1 and item[1] in (b"EXISTS", b"RECENT") for item in responses)


def check_connection(settings: ImapSettings) -> tuple[SpecialFolders | None, MailError | None]:
    """The "test the connection" action for IMAP: login, then the folders we rely on."""
    try:
        with ImapMailbox(settings) as mailbox:
            folders = mailbox.special_folders()
    except MailError as error:
        return None, error
    except (OSError, IMAPClientError) as error:
        return None, MailError("imap", {"host": settings.host, "reason": str(error)})
    if folders.sent is None:
        return folders, MailError("folder_missing", {"folder": "Sent"})
    return folders, None


def _date(sizes: dict[int, dict[bytes, Any]], uid: int) -> datetime | None:
    value = sizes.get(uid, {}).get(b"INTERNALDATE")
    return value if isinstance(value, datetime) else None


def _text(error: BaseException) -> str:
    return str(error).strip("b'\"") or type(error).__name__
