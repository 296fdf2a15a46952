"""A slash typed between spaces: a pair, two shifts, a rate, a list of words, or a list of
notes left as typed (writer AU's reader marked such notes down when split and said)."""

from __future__ import annotations

from django.test import SimpleTestCase

from relance.drafts import catchup_email
from relance.drafts.slashes import unslashed
from tests.drafts.factories import empty_debrief, handed_back


class UnslashedTestCase(SimpleTestCase):
    def test_it_reads_single_words_as_a_list(self) -> None:
        self.assertEqual(
            unslashed("pneus / vidange / plaquettes / batterie", "fr"),
            "pneus, vidange, plaquettes, batterie",
        )

    def test_it_leaves_a_list_of_longer_notes_as_typed(self) -> None:
        for typed in (
            "remplacement congé / dosages HPLC / dissolution",
            "fini l'intermittence / revenu fixe / j'aime conduire",
            "dispo samedi matin 1 sur 2 / ponctuelle",
            "maintenance preventive / gmao sap pm",
            "pauses de matin / aprem / nuit en rotation",
        ):
            with self.subTest(typed=typed):
                self.assertEqual(unslashed(typed, "fr"), typed)

    def test_it_reads_two_words_in_one_place_as_a_pair(self) -> None:
        for typed, meant in (
            ("polyvalence fauteuil / secrétariat", "polyvalence fauteuil et secrétariat"),
            (
                "développer le secteur industrie / logistique",
                "développer le secteur industrie et logistique",
            ),
            ("habilitation PGN / PGP obligatoire", "habilitation PGN et PGP obligatoire"),
            ("check in / check out", "check in and check out"),
            (
                "gestion des dossiers dégâts des eaux / habitation, relation assurés",
                "gestion des dossiers dégâts des eaux et habitation, relation assurés",
            ),
        ):
            with self.subTest(typed=typed):
                self.assertEqual(unslashed(typed, "en" if "check" in typed else "fr"), meant)

    def test_it_joins_two_spells_of_the_same_job(self) -> None:
        self.assertEqual(unslashed("2j ecole / 3j magasin", "fr"), "2j ecole et 3j magasin")
        self.assertEqual(unslashed("horaires 6h-14h / 12h-20h", "fr"), "horaires 6h-14h et 12h-20h")
        self.assertEqual(unslashed("astreinte 1 semaine / 6", "fr"), "astreinte 1 semaine sur 6")

    def test_it_leaves_rates_and_lone_clock_times_as_typed(self) -> None:
        for typed in ("3 nuits / semaine", "horaire 7h30 / 18h30 en roulement", "2 sem / 2 sem"):
            with self.subTest(typed=typed):
                self.assertEqual(unslashed(typed, "fr"), typed)

    def test_it_leaves_a_slash_without_spaces(self) -> None:
        self.assertEqual(unslashed("France/Suisse, w/ kids", "en"), "France/Suisse, w/ kids")


class SlashedNotesTestCase(SimpleTestCase):
    def test_it_says_duties_typed_as_words_between_slashes(self) -> None:
        written = catchup_email(
            empty_debrief(role_understood="accueil / secrétariat / stérilisation")
        )
        self.assertIn("l'accueil, le secrétariat et la stérilisation", written.text)
        self.assertEqual(handed_back(written, "role_understood"), [])

    def test_it_hands_back_a_list_of_notes_whole(self) -> None:
        typed = "remplacement congé / dosages HPLC / dissolution"
        written = catchup_email(empty_debrief(recruiter_needs=typed))
        self.assertNotIn("dissolution", written.text)
        self.assertEqual(handed_back(written, "recruiter_needs"), [typed])
