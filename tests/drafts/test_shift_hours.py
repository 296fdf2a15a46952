"""A shift's hours and rota typed in the role, said as one clause (session 19, French)."""

from __future__ import annotations

from relance.drafts.role_phrasing import expectations, role
from relance.drafts.shift_hours import fr_hours_clause, fr_rota, fr_time_clause


def fr(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_it_says_a_span_of_hours_as_the_hours() -> None:
    # writers W and Z type "de 7h à 15h"; writer T "horaires de 8 h 30 à 19 h"
    assert fr_hours_clause("de 7 h à 15 h") == "les horaires sont de 7 h à 15 h"
    assert fr_hours_clause("horaires de 8 h 30 à 19 h") == "les horaires sont de 8 h 30 à 19 h"


def test_it_joins_a_split_shift_and_keeps_an_alternative() -> None:
    assert fr_hours_clause("de 6 h 45 à 9 h / de 16 h à 18 h 30") == (
        "les horaires sont de 6 h 45 à 9 h et de 16 h à 18 h 30"
    )
    assert fr_hours_clause("de 6 h à 14 h ou de 13 h à 21 h") == (
        "les horaires sont de 6 h à 14 h ou de 13 h à 21 h"
    )
    assert fr_hours_clause("de 22 h à 5 h lundi au vendredi") == (
        "les horaires sont de 22 h à 5 h, du lundi au vendredi"
    )


def test_it_says_the_hours_of_a_week() -> None:
    assert fr_hours_clause("25 h par semaine") == "le temps de travail est de 25 h par semaine"
    assert fr_hours_clause("18 h/semaine") == "le temps de travail est de 18 h par semaine"


def test_it_leaves_what_is_not_only_hours_to_the_candidate() -> None:
    for typed in (
        "de 9 h à 19 h avec pause",
        "de 7 h 30 à 14 h lundi mardi jeudi vendredi",
        "de 7 h à 12 h 13 h-16 h",
        "de 30 h à 7 h",
        "39 h",
        "1600 h par semaine",
        "être à l'heure au dépôt à 7 h 30",
    ):
        assert not fr_time_clause(typed), typed


def test_it_says_a_rota_as_the_days_worked() -> None:
    # writers H, P, T: "1 samedi sur 2", "1 dimanche sur 2", "1 WE sur 2"
    assert fr_rota("1 samedi sur 2") == "un samedi travaillé sur deux"
    assert fr_rota("samedi matin 1 sur 3") == "un samedi matin travaillé sur trois"
    assert fr_rota("1 WE sur 2") == "un week-end travaillé sur deux"
    assert fr_rota("1 nuit sur 4") == "une nuit travaillée sur quatre"
    assert not fr_rota("1 samedi sur 2 en saison")


def test_it_writes_the_hours_of_the_role_instead_of_handing_them_back() -> None:
    written = role(["caisse et accueil, 25 h par semaine"], "fr")
    assert "le poste comprend la caisse et l'accueil." in fr(written.sentence)
    assert "le temps de travail est de 25 h par semaine." in fr(written.sentence)
    assert not written.to_rewrite
    written = role(["de 8h30 à 17h, 1 samedi matin sur 3"], "fr")
    assert fr(written.sentence) == (
        "Si j'ai bien compris, les horaires sont de 8 h 30 à 17 h, "
        "avec un samedi matin travaillé sur trois."
    )


def test_it_hands_back_the_piece_of_the_hours_it_cannot_say() -> None:
    written = role(["de 9h à 19h avec pause repas, mise en rayon des produits frais"], "fr")
    assert "la mise en rayon des produits frais" in written.sentence
    assert "19 h" not in written.sentence
    assert written.to_rewrite == ("de 9h à 19h avec pause repas",)


def test_it_says_the_hours_typed_among_the_expectations_with_the_role() -> None:
    assert not expectations(["1 dimanche sur 2"], "fr", facts_to_role=True).sentence
    written = role([], "fr", ("1 dimanche sur 2",))
    assert "le planning prévoit un dimanche travaillé sur deux." in fr(written.sentence)


def test_it_reads_noon_typed_as_a_word_but_not_the_meal() -> None:
    from relance.drafts.hours import first_hour

    assert first_hour("à rendre pour lundi 30 midi") == (12, 0)
    assert first_hour("due mon 30th noon") == (12, 0)
    assert first_hour("pause midi 12h-14h") is None
    assert first_hour("le midi et le soir") is None
