"""The model's tables read without numpy, value for value as numpy reads them."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from relance.tone import learned, npz


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_it_reads_every_table_as_numpy_does(lang: str) -> None:
    path = learned.DATA_DIR / f"model_{lang}.npz"
    tables = npz.read(path)
    with np.load(path) as expected:
        assert sorted(tables) == sorted(expected.files)
        for name in expected.files:
            assert tables[name].shape == expected[name].shape, name
            assert tables[name].values == expected[name].ravel().tolist(), name


def test_it_reads_a_scalar_and_a_two_byte_header(tmp_path: Path) -> None:
    path = tmp_path / "tables.npz"
    np.savez(path, lang=np.array("fr"), small=np.arange(3, dtype=np.int64))
    tables = npz.read(path)
    assert tables["lang"] == npz.Table((), ["fr"])
    assert tables["small"] == npz.Table((3,), [0, 1, 2])


def test_it_refuses_a_dtype_it_does_not_read(tmp_path: Path) -> None:
    path = tmp_path / "tables.npz"
    np.savez(path, odd=np.zeros(2, dtype=np.complex64))
    with pytest.raises(npz.TableError, match=r"dtype .<c8"):
        npz.read(path)


def test_it_scores_like_a_float32_dot_product() -> None:
    model = learned.load("en")
    assert model is not None
    text = "Why have I still not heard back? I expect an answer by Friday."
    weights = np.array(model.weights.values, dtype=np.float32).reshape(model.weights.shape)
    for scored in model.score(text):
        words = learned.sentence_words(text[scored.start : scored.end])
        feats = learned.features([word for word, _, _ in words])
        index = np.fromiter(feats.keys(), dtype=np.int64)
        values = np.fromiter(feats.values(), dtype=np.float32)
        logits = values @ weights.take(index, axis=0) + np.array(model.bias, dtype=np.float32)
        expected = 1.0 / (1.0 + np.exp(-logits))
        assert scored.probabilities == pytest.approx(expected.tolist(), abs=1e-6)


def test_it_checks_a_message_without_importing_numpy() -> None:
    code = (
        "import sys; from relance.tone import check; "
        "check('Je reste à votre disposition. Merci de me répondre sous 24h !', 'fr'); "
        "print('numpy' in sys.modules)"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "False"
