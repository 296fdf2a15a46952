from relance.drafts.text import calm_capitals, count_words, one_line, person_name, strip_controls


def test_it_strips_control_and_format_characters() -> None:
    assert strip_controls("Du\x00ra\u200bnd\x1b[31m") == "Durand[31m"


def test_it_turns_line_breaks_into_spaces_on_one_line() -> None:
    assert one_line("Durand\r\nBcc: evil@example.org") == "Durand Bcc: evil@example.org"


def test_it_capitalises_a_name_typed_in_capitals() -> None:
    assert person_name("DURAND") == "Durand"
    assert person_name("n'diaye") == "N'Diaye"
    assert person_name("LEFÈVRE-ÉLUARD") == "Lefèvre-Éluard"
    assert person_name("jean de la fontaine") == "Jean de La Fontaine"


def test_it_keeps_a_name_typed_with_care() -> None:
    assert person_name("O'Connor") == "O'Connor"
    assert person_name("McDonald") == "McDonald"


def test_it_calms_shouted_words_but_keeps_acronyms() -> None:
    assert calm_capitals("TRÈS MOTIVÉE pour le CAP") == "très motivée pour le CAP"
    assert calm_capitals("norme HACCP et BTS") == "norme HACCP et BTS"


def test_it_counts_words_generously() -> None:
    assert count_words("d'Orange") == 2
    assert count_words("Bonjour ?") == 2


def test_it_writes_particles_and_mc_as_names_are_written() -> None:
    assert person_name("D'Aubigné") == "d'Aubigné"
    assert person_name("De la Fontaine") == "de La Fontaine"
    assert person_name("Mckenzie") == "McKenzie"
    assert person_name("macdonald") == "MacDonald"
    assert person_name("Mackenzie") == "Mackenzie"


def test_it_calms_a_shouted_run_broken_by_a_number() -> None:
    assert (
        calm_capitals("J'AI FORME 12 APPRENTIS CHEZ ORANGE")
        == "j'ai forme 12 apprentis chez orange"
    )
    assert calm_capitals("GERE 3 MAGASINS") == "gere 3 magasins"
    assert calm_capitals("CAP 3 BTS") == "CAP 3 BTS"


def test_it_keeps_the_capital_of_a_d_that_is_no_french_particle() -> None:
    assert person_name("D'Souza") == "D'Souza"  # writer Y's y37: "Ms d'Souza"
    assert person_name("d'souza") == "D'Souza"


def test_it_calms_a_shouted_sentence_of_short_words() -> None:
    assert calm_capitals("J'AIME LE BOIS") == "j'aime le bois"
    assert calm_capitals("LE PATRON A VU") == "le patron a vu"
    assert calm_capitals("BTS MCO EN CDI") == "BTS MCO EN CDI"
