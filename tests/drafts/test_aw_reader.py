"""What writer AW's reader quoted and session 37 mended (issue 11): « le samedi et
dimanche », "It also covers the rubbish out.", "You mentioned energy, energy and energy."
(the CV and test promises, the repeated quality and the feasts are in test_av_reader.py and
test_said_once.py)."""

from __future__ import annotations

from relance.drafts import gate
from relance.drafts.fr_slips import mended
from relance.drafts.reading import join


def test_it_gives_each_day_its_article() -> None:
    assert mended("travailler le samedi et dimanche") == "travailler le samedi et le dimanche"
    assert mended("lundi et mardi") == "lundi et mardi"
    assert mended("classes le mardi et jeudi matin") == "classes le mardi et jeudi matin"


def test_it_refuses_a_particle_left_without_its_verb() -> None:
    assert gate.faults("It also covers the rubbish out.", "en")
    assert not gate.faults("I understood that the role covers the shop floor.", "en")


def test_it_says_each_item_of_a_list_once() -> None:
    assert join(["energy", "energy", "energy"], "en") == "energy"
    assert join(["la caisse", "le rayon"], "fr") == "la caisse et le rayon"


def test_it_seeks_people_in_a_recruiter_s_register() -> None:
    # writer AW's aw03, aw15: « vous recherchez des gens solides » read as too casual
    from relance.drafts import catchup_email
    from tests.drafts.factories import empty_debrief

    written = catchup_email(empty_debrief(recruiter_needs="des gens motivés pour la nuit")).text
    assert "vous recherchez des personnes motivées pour la nuit" in written
