"""Training items labelled clean that hold a clipped word are relabelled as familiarity,
with the reason (bench/tone_relabel_clipped.py, docs/tone.md)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from tone_relabel_clipped import relabelled


def _item(text: str, unit: str = "sentence", label: str = "clean") -> dict[str, object]:
    return {
        "id": "X-fr-1",
        "lang": "fr",
        "unit": unit,
        "label": label,
        "intent": "neg.x",
        "text": text,
    }


def test_it_relabels_a_clean_sentence_with_a_clipped_word() -> None:
    new = relabelled(_item("Comme convenu, je vous renvoie mes dispo."))
    assert new is not None
    assert (new["label"], new["intent"], new["label_by_writer"]) == (
        "familiarity",
        "fam.shorthand",
        "clean",
    )
    assert "'dispo'" in str(new["relabelled"])


def test_it_names_the_faulty_sentence_of_an_email() -> None:
    text = "Bonjour Madame,\n\nJ'étais au boulot quand vous avez appelé.\n\nBien cordialement,"
    new = relabelled(_item(text, unit="message"))
    assert new is not None and new["intent"] == "msg.fam.shorthand"
    assert new["fault_sentence"] == "J'étais au boulot quand vous avez appelé."


def test_it_leaves_the_french_word_tel_and_faulty_items_alone() -> None:
    assert relabelled(_item("Tel que convenu, je vous envoie mes disponibilités.")) is None
    assert relabelled(_item("Je suis dispo jeudi.", label="familiarity")) is None
