import pytest

from relance.drafts import catchup_email
from relance.drafts.determiners import fr_tools
from tests.drafts.factories import make_ctx


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Excel", "ma maîtrise d'Excel"),
        ("Excel et SAP", "ma maîtrise d'Excel et de SAP"),
        ("Canva, Jira et Figma", "ma maîtrise de Canva, de Jira et de Figma"),
    ],
)
def test_it_says_tools_as_a_mastery(typed: str, said: str) -> None:
    assert fr_tools(typed) == said


@pytest.mark.parametrize("typed", ["Excel et la caisse", "BTS", "Sage"])
def test_it_says_nothing_of_what_is_not_only_tools(typed: str) -> None:
    assert fr_tools(typed) == ""


def test_it_gathers_tools_typed_on_lines_of_their_own() -> None:
    text = catchup_email(make_ctx(strong_points="- figma\n- jira")).text
    assert "mettre en avant ma maîtrise de Figma et de Jira." in text
    assert "mon Figma" not in text


def test_it_never_owns_a_tool_with_a_possessive() -> None:
    text = catchup_email(make_ctx(strong_points="- Excel\n- 5 ans en cabinet")).text
    assert "ma maîtrise d'Excel" in text
    assert "mon Excel" not in text
