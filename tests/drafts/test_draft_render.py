import json
from email import message_from_bytes
from pathlib import Path

from relance.cli.draft_render import render_json, render_text, write_eml
from relance.drafts import call_script, catchup_email, followup_email
from tests.drafts.factories import empty_debrief, make_ctx


def test_it_prints_the_subject_then_the_text() -> None:
    draft = followup_email(make_ctx())
    assert render_text(draft) == f"{draft.subject}\n\n{draft.text}"


def test_it_prints_a_call_script() -> None:
    script = call_script(make_ctx())
    assert render_text(script).startswith("Bonjour Madame Durand")


def test_it_renders_json_with_the_mailto_link() -> None:
    ctx = make_ctx()
    data = render_json(followup_email(ctx), ctx)
    assert data["approvable"] is True
    assert str(data["mailto"]).startswith("mailto:")
    json.dumps(data)


def test_it_lists_placeholders_in_json() -> None:
    data = render_json(catchup_email(empty_debrief()))
    assert data["approvable"] is False
    assert "motivation" in data["placeholders"]


def test_it_renders_a_call_script_as_json() -> None:
    data = render_json(call_script(make_ctx()))
    answers = data["answers"]
    assert isinstance(answers, dict)
    assert set(answers) == {"not_decided", "not_selected", "call_back_later", "send_email"}


def test_it_writes_an_eml_file(tmp_path: Path) -> None:
    ctx = make_ctx()
    path = write_eml(followup_email(ctx), ctx, tmp_path / "relance.eml")
    message = message_from_bytes(path.read_bytes())
    assert message["X-Unsent"] == "1"
