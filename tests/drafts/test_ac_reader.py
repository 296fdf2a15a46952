"""What writer AC's reader found wrong, and writer AD's drafts showed, mended (issue 11): a
point the candidate marked as a minus, a time phrase cut from its action, a role note naming
the job, a grade read as a verb, an English document without its article, the title the
notes give, a noun after an acronym read as a verb."""

from __future__ import annotations

from relance.drafts import catchup_email, morph
from relance.drafts.en_determiners import en_expected, en_indefinite
from relance.drafts.grammar import clean_position
from relance.drafts.motivation import motivation
from relance.drafts.notes import fragments
from relance.drafts.people import greeting
from relance.drafts.reading import pieces
from relance.drafts.role_phrasing import expectations
from relance.drafts.settled import part_preview
from relance.drafts.title_items import head
from tests.drafts.factories import make_ctx

NAMES = {"company": "Acme", "company_of": "Acme", "position": "the role"}
AC16_POINTS = (
    "- kata en live => réussi ++\n- parlé microservices, kafka, j'ai pas tout su sur k8s --"
)


def test_it_keeps_a_minus_marked_point_out_of_the_strong_points() -> None:
    ctx = make_ctx(strong_points=AC16_POINTS, candidate_gender="m")
    preview = part_preview(ctx, "strong_points")
    assert "Kafka" not in catchup_email(ctx).text
    assert [(left.text, left.reason) for left in preview.left_out] == [
        ("parlé microservices, Kafka, j'ai pas tout su sur k8s", "self")
    ]


def test_it_keeps_a_line_of_hyphens_as_a_separator() -> None:
    ctx = make_ctx(strong_points="- deux ans en brasserie\n--\n- anglais courant")
    assert [left.reason for left in part_preview(ctx, "strong_points").left_out] != ["self"]


def test_it_keeps_a_time_phrase_with_the_action_before_it() -> None:
    assert pieces("démarrer vite, avant la fin du mois", "fr") == [
        "démarrer vite, avant la fin du mois"
    ]
    assert pieces("start soon, before the peak", "en") == ["start soon, before the peak"]
    assert pieces("caisse, accueil", "fr") == ["caisse", "accueil"]
    assert pieces("ponctualité, démarrer vite, avant le 15", "fr") == [
        "ponctualité",
        "démarrer vite, avant le 15",
    ]


def test_it_leaves_the_job_title_out_of_the_role() -> None:
    ctx = make_ctx(
        lang="en",
        position="Bus Driver (PCV licence holders) - Glasgow Depot - Full time",
        role_understood="bus driver city centre, ticket machine, help passengers",
    )
    preview = part_preview(ctx, "role_understood")
    assert "bus driver" not in preview.sentence
    assert [(left.text, left.reason) for left in preview.left_out] == [
        ("bus driver city centre", "title")
    ]


def test_it_keeps_french_role_notes_that_start_with_the_title_s_word() -> None:
    ctx = make_ctx(position="Aide boulanger (H/F)", role_understood="aide au four, façonnage")
    assert "aide au four" in part_preview(ctx, "role_understood").sentence


def test_it_keeps_a_task_whose_verb_is_the_title_s_noun() -> None:
    ctx = make_ctx(
        lang="en",
        position="Tasting Room Host - Permanent",
        role_understood="host tastings, sell wine club memberships",
    )
    assert "host tastings" in part_preview(ctx, "role_understood").sentence
    assert head("Software Engineer II, Backend (Java) - Boston") == "engineer"


def test_it_keeps_a_role_task_that_mentions_the_job_after_a_preposition() -> None:
    ctx = make_ctx(lang="en", position="Driver", role_understood="training for the new driver")
    assert part_preview(ctx, "role_understood").left_out == ()


def test_it_reads_a_grade_before_a_noun_as_a_noun_phrase() -> None:
    assert morph.shape("class 1 licence", "en").kind == "noun"
    assert morph.shape("hit 120 picks an hour", "en").kind == "infinitive"
    said = expectations(fragments("work in rain\nclass 1 licence", "en"), "en").sentence
    assert "rain and class" not in said


def test_it_gives_a_document_expected_its_article() -> None:
    assert en_expected(morph.shape("valid licence", "en")) == "a valid licence"
    assert en_expected(morph.shape("UAE driving licence", "en")) == "a UAE driving licence"
    assert en_expected(morph.shape("background check", "en")) == "a background check"
    assert en_indefinite("HGV licence") == "an HGV licence"
    assert en_indefinite("apron") == "an apron"


def test_it_drops_an_already_closing_a_note() -> None:
    assert fragments("- 2 ans chez Intelcia déjà", "fr") == ["2 ans chez Intelcia"]
    assert fragments("CSCS card already", "en") == ["CSCS card"]


def test_it_greets_the_contact_with_the_title_the_notes_give() -> None:
    ctx = make_ctx(
        contact_civility="madame",
        contact_first_name="Pascal",
        contact_last_name="Deschamps",
        strong_points="entretien avec M. Deschamps : il a aimé mon expérience",
    )
    assert greeting(ctx) == "Bonjour Monsieur Deschamps,"


def test_it_keeps_the_picked_title_when_the_notes_name_someone_else() -> None:
    ctx = make_ctx(contact_last_name="Durand", strong_points="le DRH M. Martin était là")
    assert greeting(ctx) == "Bonjour Madame Durand,"


def test_it_keeps_an_acronym_pair_in_the_title() -> None:
    assert clean_position("UX/UI Designer (F/H/X) - CDI - Bruxelles", "fr", "f") == (
        "UX/UI designer"
    )


def test_it_takes_one_of_two_titles_or_two_spellings() -> None:
    assert clean_position("Assistant(e) RH / Assistant·e ressources humaines", "fr", "f") == (
        "assistante RH"
    )
    assert clean_position("Serveur / Chef de rang (H/F) saison hiver", "fr", "m") == "serveur"
    assert clean_position("Planificateur Transport / Logisticien (F/H)", "fr", "m") == (
        "planificateur transport"
    )
    assert clean_position("IBODE / Infirmier(e) de bloc opératoire H/F", "fr", "f") == (
        "infirmière de bloc opératoire"
    )


def test_it_writes_the_feminine_of_an_inclusive_title_with_its_accent() -> None:
    assert clean_position("Ouvrier(e) agricole polyvalent(e)", "fr", "f") == (
        "ouvrière agricole polyvalente"
    )
    assert clean_position("Technicien(e) de maintenance", "fr", "f") == (
        "technicienne de maintenance"
    )


def test_it_leaves_the_ad_s_slogan_out_of_the_title() -> None:
    assert clean_position("Vendeur·se Sport Passionné·e – CDI 24h", "fr", "f") == "vendeuse sport"
    assert clean_position("Comptable confirmé H/F - CDI", "fr", "m") == "comptable confirmé"


def test_it_gives_a_quality_and_its_thing_the_indefinite_article_as_a_motive() -> None:
    said = motivation(fragments("outdoor work, good team", "en"), "en", NAMES).sentence
    assert "outdoor work and a good team" in said
    said = motivation(fragments("biggest hotel in SG", "en"), "en", NAMES).sentence
    assert "the biggest hotel in SG" in said
    assert "the public sector" in motivation(fragments("public sector", "en"), "en", NAMES).sentence


def test_it_keeps_the_picked_title_when_the_notes_speak_of_the_contact_so() -> None:
    ctx = make_ctx(
        contact_civility="monsieur",
        contact_first_name="Bernard",
        contact_last_name="Dupuis",
        strong_points="il a apprécié que je sois de la vallée",
        expectations="tuilage avec Mme Dupuis decembre-janvier",
    )
    assert greeting(ctx) == "Bonjour Monsieur Dupuis,"


def test_it_leaves_the_french_title_and_where_the_job_is_done_out_of_the_role() -> None:
    ctx = make_ctx(position="Boucher H/F - CDI", role_understood="boucher en boutique")
    preview = part_preview(ctx, "role_understood")
    assert "boucher en boutique" not in preview.sentence
    assert [left.reason for left in preview.left_out] == ["title"]


def test_it_reads_a_noun_after_an_acronym_as_no_verb() -> None:
    # "IDE nuit 12 h" (writer AD's ad02) was "Si j'ai bien compris, IDE nuit 12 h."
    assert morph.shape("IDE nuit 12 h", "fr").kind == "noun"
    assert morph.shape("Marie travaille le samedi", "fr").kind == "clause"
