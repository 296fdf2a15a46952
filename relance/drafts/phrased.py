"""A debrief field's phrasing: its sentences, the marked place, the notes handed back.

`Phrased` is what each field's phrasing returns (`phrasing`, `motivation`); `done` puts the
sentences and the field's one marked place together.
"""

from __future__ import annotations

from dataclasses import dataclass

from relance.drafts import voice
from relance.drafts.proofread import Fix
from relance.drafts.templates import phrase


@dataclass(frozen=True)
class Phrased:
    sentence: str  # the field's sentences, the marked place for what is to rewrite included
    to_rewrite: tuple[str, ...] = ()  # pieces kept as typed, for the candidate to rewrite
    dropped: tuple[str, ...] = ()  # clean pieces left out so the e-mail stays short
    marked: str = ""  # the field's one marked place, at the end of `sentence`
    fixes: tuple[Fix, ...] = ()  # what the proofreader wrote otherwise (`catchup.phrased`)
    faulty: tuple[str, ...] = ()  # notes of `to_rewrite` whose sentence the proofreader doubted
    as_typed: tuple[str, ...] = ()  # notes said as the candidate typed them (`typed_sentences`)

    @property
    def phrased(self) -> str:
        """The sentences without the marked place, for a paragraph that ends with it."""
        if self.marked and self.sentence.endswith(self.marked):
            return self.sentence[: -len(self.marked)].rstrip()
        return self.sentence


def sentence(text: str) -> str:
    return voice.sentence(text)


def marked(lang: str, part: str, rewrite: list[str], alone: bool) -> str:
    """The field's marked place: a short label saying what to write, in the e-mail's
    language, never the notes themselves (they are shown beside the text, `to_rewrite`).
    `alone`: nothing of the field was phrased, the label names the whole field."""
    if not rewrite:
        return ""
    key = f"label_{part}" if alone else f"label_more_{part}"
    return phrase(lang, "placeholder", label=phrase(lang, key))


def unique(notes: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(note for note in notes if note))


def done(
    lang: str,
    part: str,
    sentences: list[str],
    rewrite: list[str],
    dropped: list[str],
    frame: str = "",
) -> Phrased:
    """The sentences, then the marked place; a field with nothing phrased keeps its frame
    around the marked place ("J'ai retenu que le poste comprend [à compléter : ce que vous
    avez compris du poste]": once filled in, a sentence)."""
    if not sentences and rewrite and frame:
        place = marked(lang, part, rewrite, alone=True)
        return Phrased(phrase(lang, frame, items=place), unique(rewrite), tuple(dropped))
    place = marked(lang, part, rewrite, alone=False)
    text = " ".join(s for s in (*sentences, place) if s)
    return Phrased(text, unique(rewrite), tuple(dropped), place)
