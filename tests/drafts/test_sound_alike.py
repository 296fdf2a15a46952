"""Notes spelt by ear go back to the candidate rather than into the e-mail as typed."""

from __future__ import annotations

import pytest

from relance.drafts import catchup_email, morph
from relance.drafts.gate import faults
from relance.drafts.sound_alike import spelt_by_ear
from tests.drafts.factories import make_ctx

CONFUSED = (
    ("en", "its closer then my old job"),
    ("en", "there phones ring all day"),
    ("en", "your the best team I met"),
    ("fr", "sa va avec mes horaires"),
    ("fr", "il mon dit que le poste était pour moi"),
    ("fr", "ces un bon poste"),
)
WRITTEN = (
    ("en", "the company and its values"),
    ("en", "closer than my old job"),
    ("en", "there are three shifts"),
    ("en", "your team's new depot"),
    ("fr", "sa fille est à la crèche"),
    ("fr", "ces horaires me conviennent"),
    ("fr", "mon ancien poste"),
)


@pytest.mark.parametrize(("lang", "note"), CONFUSED)
def test_it_tells_sound_alikes_a_neighbour_proves(lang: str, note: str) -> None:
    assert spelt_by_ear(note, lang)
    assert not morph.shape(note, lang).clean


@pytest.mark.parametrize(("lang", "note"), WRITTEN)
def test_it_leaves_the_same_words_in_their_place(lang: str, note: str) -> None:
    assert spelt_by_ear(note, lang) == ""


def test_it_keeps_a_confused_note_out_of_the_catch_up() -> None:
    # writer AE's ae37: "What attracts me to the role is the its closer then my old job."
    ctx = make_ctx(lang="en", motivation="its closer then my old job")
    text = catchup_email(ctx).text
    assert "closer then" not in text
    assert "[to fill in: what motivates you in this role]" in text


def test_it_refuses_a_sentence_whose_notes_confuse_sound_alikes() -> None:
    assert "spelt by ear" in faults("What attracts me to the role is the its closer.", "en")


def test_it_says_no_quality_from_a_word_about_the_interview() -> None:
    # writer AE's ae06: the strong point "bien" was « je suis bien »
    text = catchup_email(make_ctx(strong_points="bien")).text
    assert "je suis bien" not in text
    assert (
        "je suis ponctuelle"
        in catchup_email(make_ctx(strong_points="ponctuelle", candidate_gender="f")).text
    )


def test_it_reads_there_before_a_span_of_time_as_a_place() -> None:
    assert spelt_by_ear("worked there years ago", "en") == ""
    assert spelt_by_ear("went there weekends", "en") == ""
