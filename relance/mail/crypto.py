"""Mailbox passwords encrypted at rest, with a key kept apart from the database.

The key comes from the environment (RELANCE_MAILBOX_KEY) or from `mailbox.key` in the data
directory, created 0600 on first use. A stolen database dump alone does not reveal passwords.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from relance.datadir import read_or_create_secret

KEY_ENV = "RELANCE_MAILBOX_KEY"
KEY_FILE = "mailbox.key"


class SecretError(Exception):
    """The stored secret cannot be decrypted (wrong or lost key)."""


def load_key(data_dir: Path | str) -> bytes:
    from_env = os.environ.get(KEY_ENV, "").strip()
    if from_env:
        return from_env.encode()
    key = read_or_create_secret(
        Path(data_dir), KEY_FILE, lambda: Fernet.generate_key().decode("ascii")
    )
    return key.encode("ascii")


class SecretBox:
    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)

    @classmethod
    def for_data_dir(cls, data_dir: Path | str) -> SecretBox:
        return cls(load_key(data_dir))

    def encrypt(self, secret: str) -> str:
        return self._fernet.encrypt(secret.encode()).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode()
        except (InvalidToken, ValueError) as error:
            raise SecretError("cannot decrypt the mailbox password") from error
