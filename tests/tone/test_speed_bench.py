"""The speed bench's "server warm" column warms up on other e-mails of the corpus, never on
the frozen test writer's nor on the timed texts (bench/tone_speed.py, docs/tone-speed.md)."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from tone_speed import CORPUS, EN_150, FR_150, warm_up_texts


def _texts_of(writer: str) -> set[str]:
    path = CORPUS / f"writer_{writer.lower()}.jsonl"
    return {json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()}


def test_it_warms_up_on_messages_of_the_measured_language() -> None:
    french = warm_up_texts("fr", 40)
    assert len(french) == 40
    assert len(set(french)) > 30
    assert set(french).isdisjoint(warm_up_texts("en", 40))


def test_it_never_warms_up_on_the_frozen_writer_nor_the_timed_texts() -> None:
    texts = set(warm_up_texts("fr")) | set(warm_up_texts("en"))
    frozen = _texts_of("C")
    leaked = sum(text in frozen for text in texts)  # a count: C's texts are never shown
    assert leaked == 0
    assert FR_150 not in texts and EN_150 not in texts
    assert texts & _texts_of("A")  # the training writers are read
