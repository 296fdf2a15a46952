"""The README's mailbox walk-through, as written, against the real local servers of the suite.

Only the servers' names and ports change (and the test CA, which a real provider does not need):
every line runs in bash, after the first walk-through, in a fresh data folder.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_walkthrough import PASSWORD, README, SHELL_CLOCK, walkthrough_lines
from tests.fixtures.mail_servers import Dovecot, SmtpServer

pytestmark = pytest.mark.mailserver


def mailbox_lines() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(), re.DOTALL)
    block = next(b for b in blocks if b.lstrip().startswith("relance mailbox set"))
    return [line for line in block.replace("\\\n", " ").splitlines() if line.startswith("relance ")]


def local(line: str, dovecot: Dovecot, smtp: SmtpServer, address: str) -> str:
    line = line.replace("--address alice@example.org", f"--address {address}")
    line = line.replace("smtp.example.org", "localhost").replace("imap.example.org", "localhost")
    line = line.replace("--smtp-port 587", f"--smtp-port {smtp.port}")
    line = line.replace("--imap-port 993", f"--imap-port {dovecot.port_imaps}")
    if line.startswith("relance mailbox set"):
        line = line.replace("   #", f" --ca-file {dovecot.tls.ca_file}   #", 1)
    return line


def test_the_readme_mailbox_walkthrough_runs_as_written(
    tmp_path: Path, dovecot: Dovecot, smtp_starttls: SmtpServer
) -> None:
    address = dovecot.new_user("alice", "example.test")
    env = {
        name: value for name, value in os.environ.items()
        if not name.startswith(("RELANCE_", "DJANGO_", "DATABASE_", "LC_"))
    }  # fmt: skip
    env.update(RELANCE_DATA_DIR=str(tmp_path / "data"), LANG="en_US.UTF-8")
    mailbox = [local(line, dovecot, smtp_starttls, address) for line in mailbox_lines()]
    assert mailbox[0].startswith("relance mailbox set") and "--ca-file" in mailbox[0]
    typed = {"relance init": f"{PASSWORD}\n{PASSWORD}\n", "relance mailbox set": "%s\n"}
    said = {}
    for number, line in enumerate([*walkthrough_lines(), *mailbox]):
        env["WALKTHROUGH_LINE"] = str(number)
        given = next((v for k, v in typed.items() if line.startswith(k)), "")
        done = subprocess.run(
            ["bash", "-c", f"set -o pipefail\n{SHELL_CLOCK}\n{line}"],
            input=given.replace("%s", dovecot.users[address]), cwd=tmp_path, env=env,
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, f"{line}\n{done.stdout}\n{done.stderr}"
        said[line.split("#")[0].strip()] = done.stdout
    approved = next(v for k, v in said.items() if k.startswith("relance followup approve"))
    assert "Relance sends it from your mailbox" in approved
    shown = next(v for k, v in said.items() if k.startswith("relance followup show"))
    assert "Approved" in shown and "Relance, from my mailbox" in shown
