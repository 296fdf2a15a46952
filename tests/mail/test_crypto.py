import os
import stat

import pytest
from cryptography.fernet import Fernet

from relance.mail.crypto import KEY_ENV, SecretBox, SecretError, load_key


@pytest.fixture(autouse=True)
def no_env_key(monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)


def test_it_round_trips_a_password(tmp_path):
    box = SecretBox.for_data_dir(tmp_path)
    token = box.encrypt("app-pässword")
    assert "app-pässword" not in token
    assert box.decrypt(token) == "app-pässword"


def test_it_creates_the_key_file_private(tmp_path):
    load_key(tmp_path)
    mode = stat.S_IMODE(os.stat(tmp_path / "mailbox.key").st_mode)
    assert mode == 0o600


def test_it_reuses_the_key_file(tmp_path):
    token = SecretBox.for_data_dir(tmp_path).encrypt("s")
    assert SecretBox.for_data_dir(tmp_path).decrypt(token) == "s"


def test_it_prefers_the_environment_key(tmp_path, monkeypatch):
    key = Fernet.generate_key()
    monkeypatch.setenv(KEY_ENV, key.decode())
    assert load_key(tmp_path) == key
    assert not (tmp_path / "mailbox.key").exists()


def test_it_refuses_a_token_from_another_key(tmp_path):
    token = SecretBox(Fernet.generate_key()).encrypt("s")
    with pytest.raises(SecretError):
        SecretBox.for_data_dir(tmp_path).decrypt(token)
