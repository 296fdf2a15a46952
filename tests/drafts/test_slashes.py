"""A slash typed between spaces: a list, a pair, a rate or two shifts."""

from __future__ import annotations

from django.test import SimpleTestCase

from relance.drafts import catchup_email
from relance.drafts.slashes import unslashed
from tests.drafts.factories import empty_debrief, handed_back


class UnslashedTestCase(SimpleTestCase):
    def test_it_reads_three_items_as_a_list(self) -> None:
        self.assertEqual(
            unslashed("fini l'intermittence / revenu fixe / j'aime conduire", "fr"),
            "fini l'intermittence; revenu fixe; j'aime conduire",
        )

    def test_it_leaves_one_word_s_alternatives_in_their_phrase(self) -> None:
        typed = "pauses de matin / aprem / nuit en rotation"
        self.assertEqual(unslashed(typed, "fr"), typed)
        self.assertEqual(unslashed("wolof / français / anglais", "fr"), "wolof; français; anglais")

    def test_it_keeps_a_list_in_brackets_in_its_note(self) -> None:
        self.assertEqual(
            unslashed("structure (état sanitaire / conditions de transport / contrepartie)", "fr"),
            "structure (état sanitaire, conditions de transport, contrepartie)",
        )

    def test_it_splits_a_strong_point_only_into_notes_that_stand_alone(self) -> None:
        typed = "j'ai bien répondu sur FAIR / plan de gestion de données"
        self.assertEqual(unslashed(typed, "fr", standing_alone=True), typed)
        self.assertEqual(
            unslashed("TSA + polyhandicap / 8 ans en MAS", "fr", standing_alone=True),
            "TSA + polyhandicap; 8 ans en MAS",
        )

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

    def test_it_reads_two_things_as_two_notes(self) -> None:
        self.assertEqual(
            unslashed("dispo samedi matin 1 sur 2 / ponctuelle", "fr"),
            "dispo samedi matin 1 sur 2; ponctuelle",
        )
        self.assertEqual(
            unslashed("maintenance preventive / gmao sap pm", "fr"),
            "maintenance preventive; gmao sap pm",
        )

    def test_it_joins_two_spells_of_the_same_job(self) -> None:
        self.assertEqual(unslashed("2j ecole / 3j magasin", "fr"), "2j ecole et 3j magasin")
        self.assertEqual(unslashed("horaires 6h-14h / 12h-20h", "fr"), "horaires 6h-14h et 12h-20h")
        self.assertEqual(unslashed("astreinte 1 semaine / 6", "fr"), "astreinte 1 semaine sur 6")

    def test_it_leaves_rates_and_lone_clock_times_as_typed(self) -> None:
        for typed in ("3 nuits / semaine", "horaire 7h30 / 18h30 en roulement", "1 day / week"):
            with self.subTest(typed=typed):
                self.assertEqual(unslashed(typed, "fr"), typed)

    def test_it_leaves_a_slash_without_spaces(self) -> None:
        self.assertEqual(unslashed("France/Suisse, w/ kids", "en"), "France/Suisse, w/ kids")


class SlashedNotesTestCase(SimpleTestCase):
    def test_it_says_reasons_typed_with_slashes(self) -> None:
        written = catchup_email(
            empty_debrief(motivation="la proximité de chez moi / un cabinet neuf")
        )
        self.assertIn("la proximité de chez moi", written.text)
        self.assertIn("un cabinet neuf", written.text)
        self.assertEqual(handed_back(written, "motivation"), [])
