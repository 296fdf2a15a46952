"""Real mail servers on 127.0.0.1 for tests: Dovecot (IMAP + LMTP) and an in-process SMTP server.

The SMTP server (aiosmtpd) delivers each recipient to Dovecot over LMTP, like a real MTA would, in a
shielded task: once it has read the final "." the message is delivered even if the client vanishes.
Knobs on `SmtpKnobs` let a test make it refuse, be slow, or pause around the delivery.

Starting these never skips: a missing binary is a failure, so CI cannot go green over a missing
install step.
"""

from __future__ import annotations

import asyncio
import contextlib
import imaplib
import os
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServerProtocol
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

MAIL_UID = 65534  # Dovecot refuses uid 0 for mail when run as root
DEFAULT_FOLDERS = ("Sent", "Junk", "Drafts", "Trash")


class ServerSetupError(RuntimeError):
    """A test server could not start: the suite must fail, never skip."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def require_binary(name: str) -> str:
    path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/local/sbin:/sbin")
    if path is None:
        raise ServerSetupError(
            f"{name} is not installed: apt-get install -y dovecot-imapd dovecot-lmtpd"
        )
    return path


@dataclass
class Tls:
    """A throwaway CA and a certificate for localhost, written to files for Dovecot and clients."""

    directory: Path
    ca: trustme.CA = field(default_factory=trustme.CA)

    def __post_init__(self) -> None:
        cert = self.ca.issue_cert("localhost", "127.0.0.1")
        self.ca_file = self.directory / "ca.pem"
        self.chain_file = self.directory / "chain.pem"
        self.key_file = self.directory / "key.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_file))
        cert.private_key_and_cert_chain_pem.write_to_path(str(self.chain_file))
        cert.private_key_pem.write_to_path(str(self.key_file))
        self.server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(self.server_context)

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))


DOVECOT_CONF = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
instance_name = relance-test-{port_imap}
listen = 127.0.0.1
protocols = imap lmtp
mail_location = maildir:~/Maildir
first_valid_uid = 1
disable_plaintext_auth = no
auth_mechanisms = plain login
ssl = yes
ssl_cert = <{chain}
ssl_key = <{key}
ssl_dh = </usr/share/dovecot/dh.pem
{internal_users}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users/%u
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/users/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
  }}
  mailbox Drafts {{
    special_use = \\Drafts
  }}
  mailbox Trash {{
    special_use = \\Trash
  }}
  mailbox Junk {{
    special_use = \\Junk
  }}
  mailbox "All Mail" {{
    special_use = \\All
  }}
}}
service imap-login {{
  inet_listener imap {{
    port = {port_imap}
  }}
  inet_listener imaps {{
    port = {port_imaps}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {port_lmtp}
  }}
}}
"""


class Dovecot:
    """One Dovecot instance for the whole test session; users are added on the fly."""

    def __init__(self) -> None:
        self.binary = require_binary("dovecot")
        if not Path("/usr/lib/dovecot/lmtp").exists():
            raise ServerSetupError("dovecot-lmtpd is not installed: apt-get install dovecot-lmtpd")
        # pytest's tmp_path lives under a 0700 directory and Dovecot's workers need o+x everywhere;
        # unix socket paths must also stay under 108 bytes.
        self.root = Path(tempfile.mkdtemp(prefix="dc", dir="/tmp"))
        self.root.chmod(0o755)
        self.tls = Tls(self.root)
        self.port_imap, self.port_imaps, self.port_lmtp = free_port(), free_port(), free_port()
        # One passwd-file per user: Dovecot loads a new file on first use, whereas it re-reads a
        # changed shared file only after a while (a just-added user would fail to log in).
        self.passwd_dir = self.root / "users"
        self.passwd_dir.mkdir()
        self.passwd_dir.chmod(0o755)
        self.users: dict[str, str] = {}
        self._lock = threading.Lock()
        self._counter = 0
        self.process: subprocess.Popen[bytes] | None = None

    def _config(self) -> str:
        internal = ""
        if os.geteuid() != 0:
            me = os.environ.get("USER") or str(os.geteuid())
            internal = (
                f"default_internal_user = {me}\ndefault_internal_group = {me}\n"
                f"default_login_user = {me}\n"
            )
        return DOVECOT_CONF.format(
            root=self.root,
            chain=self.tls.chain_file,
            key=self.tls.key_file,
            port_imap=self.port_imap,
            port_imaps=self.port_imaps,
            port_lmtp=self.port_lmtp,
            internal_users=internal,
        )

    def start(self) -> None:
        conf = self.root / "dovecot.conf"
        conf.write_text(self._config())
        probe = self.add_user("probe@example.test", "probe")
        self.output = open(self.root / "stdout.log", "wb")  # noqa: SIM115 - lives with the process
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(conf)], stdout=self.output, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerSetupError("dovecot exited: " + self._logs())
            # The port answers before authentication is ready: only a real LOGIN proves readiness.
            with contextlib.suppress(OSError, imaplib.IMAP4.error):
                client = imaplib.IMAP4("127.0.0.1", self.port_imap, timeout=2)
                client.login(probe, "probe")
                client.logout()
                return
            time.sleep(0.05)
        self.stop()
        raise ServerSetupError("dovecot did not accept a login within 15 s: " + self._logs())

    def _logs(self) -> str:
        parts = []
        for name in ("stdout.log", "dovecot.log"):
            path = self.root / name
            if path.exists():
                parts.append(path.read_text(errors="replace")[-3000:])
        return "\n".join(parts)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)

    def add_user(
        self,
        address: str,
        password: str = "secret",  # noqa: S107
        folders: tuple[str, ...] = DEFAULT_FOLDERS,
    ) -> str:
        """Create a mailbox with these Maildir folders (omit "Sent" for a mailbox without one)."""
        with self._lock:
            home = self.root / "home" / address
            maildir = home / "Maildir"
            for sub in ("cur", "new", "tmp"):
                (maildir / sub).mkdir(parents=True, exist_ok=True)
            for folder in folders:
                for sub in ("cur", "new", "tmp"):
                    (maildir / f".{folder}" / sub).mkdir(parents=True, exist_ok=True)
            for path in [self.root / "home", home, *home.rglob("*")]:
                os.chown(path, MAIL_UID, MAIL_UID)
            (self.root / "home").chmod(0o755)
            line = f"{address}:{{PLAIN}}{password}:{MAIL_UID}:{MAIL_UID}::{home}::\n"
            (self.passwd_dir / address).write_text(line)
            self.users[address] = password
        return address

    def new_user(self, prefix: str, domain: str = "example.test", **kwargs: Any) -> str:
        with self._lock:
            self._counter += 1
            number = self._counter
        return self.add_user(f"{prefix}{number}@{domain}", **kwargs)

    def imap(self, address: str) -> imaplib.IMAP4:
        """A plain, already logged-in imaplib client, for the tests' own checks."""
        client = imaplib.IMAP4("127.0.0.1", self.port_imap, timeout=10)
        client.login(address, self.users[address])
        return client

    def count_message_id(self, address: str, message_id: str, folder: str = "INBOX") -> int:
        client = self.imap(address)
        try:
            client.select(f'"{folder}"', readonly=True)
            _, data = client.search(None, "HEADER", "Message-ID", f'"{message_id}"')
            return len(data[0].split())
        finally:
            client.logout()

    def append(self, address: str, folder: str, raw: bytes) -> None:
        client = self.imap(address)
        try:
            client.append(f'"{folder}"', "", "", raw)
        finally:
            client.logout()

    def lmtp_deliver(self, mail_from: str, recipient: str, raw: bytes) -> None:
        with smtplib.LMTP("127.0.0.1", self.port_lmtp, timeout=30) as lmtp:
            lmtp.sendmail(mail_from, [recipient], raw)


@dataclass
class SmtpKnobs:
    """What the SMTP server does at DATA; reset between tests."""

    refuse: tuple[int, str] | None = None  # e.g. (451, "4.3.0 Try again later") at DATA
    slow: float = 0.0  # seconds before answering the end of DATA (client timeouts)
    delay_before_delivery: float = 0.0
    delay_after_delivery: float = 0.0  # delivered, but the 250 is not yet sent
    refuse_recipients: set[str] = field(default_factory=set)
    saves_sent: bool = False  # like Gmail: the server files submitted mail in the sender's Sent

    def reset(self) -> None:
        self.__init__()  # type: ignore[misc]


class LmtpRelayHandler:
    def __init__(self, dovecot: Dovecot, knobs: SmtpKnobs) -> None:
        self.dovecot = dovecot
        self.knobs = knobs
        self.delivered: list[tuple[str, str]] = []  # (recipient, Message-ID)
        self._tasks: set[asyncio.Task[None]] = set()

    async def handle_RCPT(
        self,
        server: SMTPServerProtocol,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if address in self.knobs.refuse_recipients or address not in self.dovecot.users:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(
        self, server: SMTPServerProtocol, session: Session, envelope: Envelope
    ) -> str:
        knobs = self.knobs
        if knobs.refuse is not None:
            code, text = knobs.refuse
            return f"{code} {text}"
        # A real MTA has queued the message once it read the final ".": finish the delivery even
        # if the client disconnects (aiosmtpd cancels this coroutine when it does).
        task = asyncio.ensure_future(self._deliver(envelope))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        await asyncio.shield(task)
        if knobs.slow:
            await asyncio.sleep(knobs.slow)
        return "250 2.0.0 Message accepted for delivery"

    def idle(self) -> bool:
        """No delivery in progress (one may outlive the client that sent it)."""
        return not self._tasks

    async def _deliver(self, envelope: Envelope) -> None:
        knobs = self.knobs
        if knobs.delay_before_delivery:
            await asyncio.sleep(knobs.delay_before_delivery)
        raw = envelope.original_content or b""
        message_id = _message_id(raw)
        loop = asyncio.get_running_loop()
        for recipient in envelope.rcpt_tos:
            await loop.run_in_executor(
                None, self.dovecot.lmtp_deliver, envelope.mail_from or "", recipient, raw
            )
            self.delivered.append((recipient, message_id))
        if knobs.saves_sent and envelope.mail_from in self.dovecot.users:
            await loop.run_in_executor(None, self.dovecot.append, envelope.mail_from, "Sent", raw)
        if knobs.delay_after_delivery:
            await asyncio.sleep(knobs.delay_after_delivery)


def _message_id(raw: bytes) -> str:
    from email.parser import BytesHeaderParser

    return str(BytesHeaderParser().parsebytes(raw).get("Message-ID", ""))


class SmtpServer:
    """aiosmtpd in a thread; `mode` is "plain", "starttls" (AUTH required) or "tls" (implicit)."""

    def __init__(self, dovecot: Dovecot, mode: str) -> None:
        self.dovecot = dovecot
        self.mode = mode
        self.knobs = SmtpKnobs()
        self.handler = LmtpRelayHandler(dovecot, self.knobs)
        self.port = free_port()
        self.controller: Controller | None = None

    def _authenticate(
        self,
        server: SMTPServerProtocol,
        session: Session,
        envelope: Envelope,
        mechanism: str,
        auth_data: Any,
    ) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode()
            if self.dovecot.users.get(login) == auth_data.password.decode():
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    def start(self) -> None:
        tls = self.dovecot.tls.server_context
        kwargs: dict[str, Any] = {"hostname": "127.0.0.1", "port": self.port}
        if self.mode == "starttls":
            kwargs.update(
                tls_context=tls,
                require_starttls=True,
                authenticator=self._authenticate,
                auth_required=True,
            )
        elif self.mode == "tls":
            # auth_require_tls=False: aiosmtpd does not see implicit TLS as TLS (bug 281).
            kwargs.update(
                ssl_context=tls,
                authenticator=self._authenticate,
                auth_required=True,
                auth_require_tls=False,
            )
        with warnings.catch_warnings():
            # The implicit-TLS mode's AUTH-without-STARTTLS warning is expected (aiosmtpd bug 281).
            warnings.simplefilter("ignore")
            self.controller = Controller(self.handler, **kwargs)
        try:
            self.controller.start()
        except Exception as error:
            raise ServerSetupError(f"aiosmtpd ({self.mode}) did not start: {error}") from error

    def stop(self) -> None:
        """Also the "down" knob: connections are refused until `start()`."""
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def is_up(self) -> bool:
        return self.controller is not None

    def delivered_to(self, recipient: str) -> list[str]:
        return [mid for rcpt, mid in self.handler.delivered if rcpt == recipient]


def smtp_settings(server: SmtpServer, user: str, **overrides: Any) -> Any:
    """Client settings for one of the test servers, logged in as `user`."""
    from relance.mail.smtp import Security, SmtpSettings

    security = {"plain": Security.NONE, "starttls": Security.STARTTLS, "tls": Security.TLS}
    values: dict[str, Any] = {
        "host": "127.0.0.1" if server.mode == "plain" else "localhost",
        "port": server.port,
        "security": security[server.mode],
        "username": user if server.mode != "plain" else "",
        "password": server.dovecot.users[user],
        "local": server.mode == "plain",
        "cafile": str(server.dovecot.tls.ca_file),
        "timeout": 10.0,
    }
    values.update(overrides)
    return SmtpSettings(**values)


def imap_settings(dovecot: Dovecot, user: str, security: str = "tls", **overrides: Any) -> Any:
    """Client settings for the test Dovecot, logged in as `user`."""
    from relance.mail.imap import ImapSettings
    from relance.mail.smtp import Security

    values: dict[str, Any] = {
        "host": "localhost",
        "port": dovecot.port_imaps if security == "tls" else dovecot.port_imap,
        "security": Security(security),
        "username": user,
        "password": dovecot.users[user],
        "local": security == "none",
        "cafile": str(dovecot.tls.ca_file),
        "timeout": 10.0,
    }
    values.update(overrides)
    return ImapSettings(**values)


def raw_message(
    sender: str,
    to: str,
    message_id: str,
    body: str = "Bonjour,\n\nMerci pour votre message.\n",
    subject: str = "Re: Suite à notre entretien",
    headers: dict[str, str] | None = None,
    date: str = "Tue, 04 Mar 2025 10:00:00 +0100",
) -> bytes:
    """A canned incoming message, as bytes ready for LMTP or APPEND."""
    from email.message import EmailMessage
    from email.policy import SMTP

    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = date
    message["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message.as_bytes()
