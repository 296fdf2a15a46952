"""Set-up and running: `relance init`, `relance serve`, `relance worker`."""

from __future__ import annotations

import gc
import logging
import signal
import subprocess
import sys
import threading
from collections.abc import Callable

import click
from django.core.management import call_command
from django.utils import timezone

from relance.cli.common import _, fail
from relance.tracker.services.accounts import create_account
from relance.tracker.services.validation import validate_email


def migrate() -> None:
    call_command("migrate", interactive=False, verbosity=0)


@click.command(help=_("Create the database and your account and profile (first run)."))
@click.option("--username", help=_("Login name (default: the part of the e-mail before @)."))
@click.option("--name", prompt=_("Your name"), help=_("Your name, as you sign."))
@click.option("--email", prompt=_("Your e-mail"), help=_("Your e-mail address."))
@click.option("--phone", default="", help=_("Your phone number."))
@click.option("--signature", default="", help=_("Signature under your messages."))
@click.option("--language", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
@click.option(
    "--gender",
    type=click.Choice(["f", "m"]),
    default=None,
    help=_(
        "How job titles are written for you: f (factrice, alternante) or m (facteur, "
        "alternant); neutral wording when left out."
    ),
)
@click.option("--country", default="FR", show_default=True, help=_("Country of the place of work."))
@click.option("--subdivision", default="", help=_("Region or département (57, 67, 68, 974…)."))
@click.option("--timezone", "tz", default="Europe/Paris", show_default=True)
@click.option(
    "--password",
    envvar="RELANCE_PASSWORD",
    prompt=_("Password for the web app"),
    hide_input=True,
    confirmation_prompt=_("Repeat the password"),
    help=_("Password for the web app. Also RELANCE_PASSWORD."),
)
def init(
    username: str | None,
    name: str,
    email: str,
    phone: str,
    signature: str,
    language: str,
    gender: str | None,
    country: str,
    subdivision: str,
    tz: str,
    password: str,
) -> None:
    migrate()
    email = validate_email(email)
    username = username or email.split("@")[0]
    # The web's rules: password validators, user names unique whatever their case. A refusal
    # is printed by the command group's handler (relance/cli/main.py).
    user = create_account(
        username=username,
        password=password,
        name=name,
        now=timezone.now(),
        email=email,
        phone=phone,
        signature=signature,
        language=language,
        gender=gender or "",
        country=country,
        subdivision=subdivision,
        timezone=tz,
    )
    username = user.username
    click.echo(
        _("Account “%(u)s” created. Next: relance app add COMPANY POSITION") % {"u": username}
    )


@click.command(help=_("Serve the web app and run the background worker."))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--no-worker", is_flag=True, help=_("Do not start the background worker."))
def serve(host: str, port: int, no_worker: bool) -> None:
    import waitress

    migrate()
    call_command("collectstatic", interactive=False, verbosity=0)
    from relance.wsgi import application  # after collectstatic: WhiteNoise scans at start

    try:
        # Bound before the worker starts: a busy port or a bad host stops here, cleanly.
        server = waitress.create_server(application, host=host, port=port, threads=8)
    except (OSError, ValueError, OverflowError) as error:
        fail(
            _("Cannot listen on %(host)s port %(port)d: %(why)s")
            % {"host": host, "port": port, "why": getattr(error, "strerror", None) or error}
        )
    # The catch-up's language models load in the background (~7 s on a small machine), so
    # that the first debrief preview or catch-up does not wait for them.
    threading.Thread(target=_warm_drafts, name="relance-warm-drafts", daemon=True).start()
    worker_process = None
    if not no_worker:
        worker_process = subprocess.Popen([sys.executable, "-m", "relance.cli.main", "worker"])
    click.echo(
        _("Relance is running at http://%(host)s:%(port)d/ (Ctrl+C to stop)")
        % {"host": host, "port": port}
    )

    def interrupt(*_args: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        if worker_process is not None:
            worker_process.send_signal(signal.SIGTERM)
            worker_process.wait(timeout=10)
        _skip_final_collection()


def _skip_final_collection() -> None:
    """Called as a long-running command stops: Python's last garbage collection would walk
    every object still alive (the drafts' language models: about a second), only for the
    system to free the memory anyway."""
    gc.freeze()


def _warm_drafts() -> None:
    from relance.drafts import morph

    _load_the_app()
    try:
        morph.warm()
    except Exception:  # a missing model shows on the first catch-up, with its own error
        logging.getLogger(__name__).exception("Could not load the drafts' language models")
    _freeze_what_lives()


def _load_the_app() -> None:
    """What Django loads on the first requests (every view, through the URL patterns; each
    language's catalogue), loaded before the freeze: else it joins the objects every full
    collection walks (~55k, 33-62 ms a collection on the coach dashboards' bench)."""
    from django.conf import settings
    from django.urls import get_resolver
    from django.utils import translation

    get_resolver().url_patterns  # noqa: B018 (the property imports every view module)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Relance")


def _freeze_what_lives() -> None:
    """Once the server and its language models are loaded, their objects live as long as the
    process: out of the garbage collector's sight, a full collection no longer walks them
    (with the models, ~100 ms of CPU holding every request thread; after, ~0)."""
    gc.collect()
    gc.freeze()


@click.command(help=_("Send approved follow-ups and watch for replies."))
@click.option("--once", is_flag=True, help=_("Do one pass and exit."))
@click.option("--interval", default=5.0, show_default=True, help=_("Seconds between passes."))
@click.option(
    "--poll-now",
    is_flag=True,
    help=_("Read every mailbox now, even if its next poll is later (with --once: a check)."),
)
def worker(once: bool, interval: float, poll_now: bool) -> None:
    from relance.worker import make_polls_due, run_pass, wait

    if poll_now:
        make_polls_due()

    stop = _Stopper()
    signal.signal(signal.SIGTERM, stop.request)
    signal.signal(signal.SIGINT, stop.request)  # Ctrl+C reaches `relance serve`'s worker too
    while not stop.requested:
        worked = run_pass()  # a SIGTERM now waits for the pass: a send is never cut
        if once:
            break
        if not worked:
            stop.between_passes(wait, interval)
    if stop.requested:
        _skip_final_collection()


class _Stopped(BaseException):
    """A stop request that arrived while the worker was only waiting between passes."""


class _Stopper:
    """The worker's stop request: honoured at once while it waits (a sleep or an IMAP IDLE),
    after the pass while it works. `relance serve` stops in well under a second when idle,
    instead of at the end of the interval, and never in the middle of a send."""

    def __init__(self) -> None:
        self.requested = False
        self.waiting = False

    def request(self, *_args: object) -> None:
        self.requested = True
        if self.waiting:  # a second signal (Ctrl+C, then serve's SIGTERM) finds it False
            self.waiting = False
            raise _Stopped  # interrupts the sleep or the IDLE read; nothing is in progress

    def between_passes(self, wait: Callable[[float], None], interval: float) -> None:
        # No `finally`: a signal handled between the lines of a finally block would escape
        # this `except`. Every line of this `try` is covered by it.
        try:
            self.waiting = True
            if not self.requested:
                wait(interval)
            self.waiting = False
        except _Stopped:
            pass
