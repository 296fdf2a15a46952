import json
from pathlib import Path

from click.testing import CliRunner

from relance.cli.check import check_command


def run(args: list[str], stdin: str | bytes | None = None, lang: str = "en_GB.UTF-8"):
    return CliRunner().invoke(check_command, args, input=stdin, env={"LANG": lang})


def test_it_exits_0_on_a_clean_message() -> None:
    result = run(["-"], "Je reste à votre disposition.")
    assert result.exit_code == 0
    assert "No problem found" in result.output


def test_it_exits_1_and_marks_the_span_on_an_error() -> None:
    result = run(["--lang", "fr"], "J'exige une réponse.")
    assert result.exit_code == 1
    assert "[[exige]]" in result.output


def test_it_explains_in_the_users_language() -> None:
    result = run(["-"], "J'exige une réponse.", lang="fr_FR.UTF-8")
    assert "On ne pose pas d'exigence" in result.output


def test_it_prints_json() -> None:
    result = run(["--json", "--kind", "followup"], "Any updates???")
    data = json.loads(result.output)
    assert data["lang"] == "en" and not data["clean"]


def test_it_checks_a_batch_line_by_line(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [
        {"id": "a", "text": "J'exige une réponse."},
        {"id": "b", "text": "Merci.", "kind": "thankyou"},
    ]
    batch.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    result = run(["--jsonl", str(batch)])
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r.get("id") for r in records] == ["a", "b", None]
    assert records[0]["has_errors"] and records[1]["clean"] and "error" in records[2]
    assert result.exit_code == 2


def test_it_refuses_invalid_utf8_and_binary_files_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 \xff")
    result = run([str(bad)])
    assert result.exit_code == 2 and "not valid UTF-8" in result.output
    binary = tmp_path / "bin.dat"
    binary.write_bytes(bytes(range(256)) * 10)
    assert "binary" in run([str(binary)]).output


def test_it_handles_an_empty_message_and_a_missing_file() -> None:
    assert run(["-"], "").exit_code == 0
    missing = run(["/nonexistent/message.txt"])
    assert missing.exit_code == 2 and "Traceback" not in missing.output


def test_it_reads_a_one_megabyte_message() -> None:
    result = run(["--kind", "followup", "-"], "Je reste à votre disposition. " * 40_000)
    assert result.exit_code == 1  # far too long for a follow-up: a length error
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_it_flags_a_polite_follow_up_sent_before_the_recruiters_date() -> None:
    text = "Je me permets de revenir vers vous au sujet du poste de chef de rang."
    early = run(
        ["-", "--lang", "fr", "--kind", "followup", "--days-before-date", "3", "--json"], text
    )
    assert early.exit_code == 1
    assert "timing.too_early" in [f["rule_id"] for f in json.loads(early.output)["findings"]]
    on_time = run(["-", "--lang", "fr", "--kind", "followup", "--json"], text)
    assert "timing.too_early" not in on_time.output
