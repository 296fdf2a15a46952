"""What writer BB's reader quoted and session 39 mended (issue 11): a result to get ("bring
shrinkage down") read as a document to bring, the same document said twice (once from the
notes, once with its stage), an inclusive title with a hyphen (« Technicien-ne ») left as
typed, and the candidate's own answer to an offer said as the recruiter's.

The debriefs' own interview day is make_ctx's (Tuesday 13 October 2026, sent the 14th).
"""

from __future__ import annotations

from relance.drafts import catchup_email
from relance.drafts.notes import fragments
from tests.drafts.factories import make_ctx


def test_it_reads_bring_down_as_no_document() -> None:
    draft = catchup_email(make_ctx(lang="en", expectations="bring shrinkage down"))
    assert "bring my shrinkage" not in draft.text


def test_it_says_a_document_brought_once_with_its_stage() -> None:
    draft = catchup_email(
        make_ctx(
            lang="en",
            notes="bring passport for right to work",
            process="second interview Friday 16th at 10am in store, bring passport",
        )
    )
    assert draft.text.count("passport") == 1


def test_it_writes_a_hyphenated_inclusive_title_for_a_woman() -> None:
    position = "Technicien-ne en analyses biomédicales ES - CDD 12 mois"
    draft = catchup_email(make_ctx(position=position, candidate_gender="f"))
    assert "poste de technicienne en analyses biomédicales" in draft.text


def test_it_keeps_a_compound_title_whole() -> None:
    draft = catchup_email(make_ctx(position="Aide-soignant de nuit H/F", candidate_gender="m"))
    assert "poste d'aide-soignant de nuit" in draft.text


def test_it_says_the_answer_to_an_offer_is_the_candidates() -> None:
    process = "il me propose le contrat du 1er novembre au 30 avril, réponse avant mardi 20"
    draft = catchup_email(make_ctx(process=process))
    assert "je vous donnerai ma réponse d'ici le mardi 20 octobre" in draft.text
    assert "vous me donneriez" not in draft.text


def test_it_names_a_campsite_without_its_stars() -> None:
    draft = catchup_email(make_ctx(company="camping les mimosas ****"))
    assert "****" not in draft.text
    assert "Camping Les Mimosas" in draft.text


def test_it_writes_a_title_without_its_stars() -> None:
    draft = catchup_email(make_ctx(position="Réceptionniste de nuit (H/F) 4* - Nice - CDI 39h"))
    assert "poste de réceptionniste de nuit." in draft.text


def test_it_reads_a_list_numbered_inside_one_line() -> None:
    note = "3 points forts : 1) mes 4 langues 2) Opera PMS maîtrisé 3) l'audit de nuit"
    assert fragments(note) == ["mes 4 langues", "Opera PMS maîtrisé", "l'audit de nuit"]
    assert fragments("shift 2) then 3) ok") == ["shift 2 then 3 ok"]


def test_it_never_puts_forward_a_skill_with_its_verdict() -> None:
    draft = catchup_email(make_ctx(strong_points="Opera PMS maîtrisé"))
    assert "mon Opera PMS maîtrisé" not in draft.text
