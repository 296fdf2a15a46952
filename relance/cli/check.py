"""`relance check`: run the tone guard on a message, or on many (--jsonl) for evaluation."""

from __future__ import annotations

import json
import os
import sys
from typing import IO, Any

import click

from relance.tone import KINDS, ToneResult
from relance.tone import check as check_tone
from relance.tone.model import Finding

MAX_INPUT_BYTES = 1_000_000  # larger input is read up to this size, with a note on stderr
SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


class BadInput(click.ClickException):
    """Unreadable input: exit 2, so that 1 keeps meaning "an error-level finding remains"."""

    exit_code = 2


def _user_lang() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def _decode(data: bytes, name: str) -> str:
    """UTF-8 text, or a clear error: invalid bytes and binary files are refused."""
    if b"\x00" in data[:8192]:
        raise BadInput(f"{name}: this looks like a binary file, not a text message.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadInput(
            f"{name}: not valid UTF-8 (byte {error.start}); save the message as UTF-8 text."
        ) from None


def _read(stream: IO[bytes], name: str) -> str:
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        click.echo(
            f"{name}: longer than {MAX_INPUT_BYTES} bytes, only the start is checked.", err=True
        )
        data = data[:MAX_INPUT_BYTES]
        # do not cut a UTF-8 sequence in half
        while data and (data[-1] & 0xC0) == 0x80:
            data = data[:-1]
        if data and data[-1] >= 0xC0:
            data = data[:-1]
    return _decode(data, name)


def _highlight(text: str, findings: tuple[Finding, ...], colour: bool) -> str:
    spans = sorted((f.start, f.end, f.severity) for f in findings if f.end > f.start)
    out: list[str] = []
    cursor = 0
    for start, end, severity in spans:
        if start < cursor:
            continue
        out.append(text[cursor:start])
        piece = text[start:end]
        if colour:
            out.append(click.style(piece, fg=SEVERITY_COLOURS[severity], bold=True, underline=True))
        else:
            out.append(f"[[{piece}]]")
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def _render(text: str, result: ToneResult, lang: str, colour: bool) -> str:
    if not text.strip():
        return (
            "Empty message: nothing to check."
            if lang == "en"
            else "Message vide : rien à vérifier."
        )
    if result.clean:
        return "No problem found." if lang == "en" else "Aucun problème relevé."
    lines = [_highlight(text, result.findings, colour), ""]
    for finding in result.findings:
        label = f"{finding.severity}: {finding.category} ({finding.rule_id})"
        if colour:
            label = click.style(label, fg=SEVERITY_COLOURS[finding.severity], bold=True)
        excerpt = text[finding.start : finding.end]
        where = f' "{excerpt}"' if excerpt else ""
        lines.append(f"- {label}{where}")
        lines.append(f"    {finding.explanation(lang)}")
        if finding.suggestion:
            lines.append(
                f"    Suggestion : {finding.suggestion}"
                if lang == "fr"
                else f"    Suggestion: {finding.suggestion}"
            )
    return "\n".join(lines)


def _batch(stream: IO[bytes], name: str, default_lang: str, default_kind: str) -> int:
    """One JSON object per input line in, one JSON result per line out; bad lines get an error."""
    worst = 0
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        record: dict[str, Any] = {"line": number}
        try:
            item = json.loads(raw.decode("utf-8"))
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('each line must be a JSON object with a "text" string')
            record["id"] = item.get("id", number)
            lang = str(item.get("lang") or default_lang)
            kind = str(item.get("kind") or default_kind)
            result = check_tone(item["text"], lang=lang, kind=kind)
            record.update(result.as_dict(item["text"]))
            worst = max(worst, int(result.has_errors))
        except (UnicodeDecodeError, ValueError, TypeError) as error:
            record["error"] = f"{name}:{number}: {error}"
            worst = max(worst, 2)
        click.echo(json.dumps(record, ensure_ascii=False))
    return worst


@click.command(name="check")
@click.argument("source", required=False, default="-", type=click.Path(allow_dash=True))
@click.option("--lang", type=click.Choice(["auto", "fr", "en"]), default="auto", show_default=True)
@click.option("--kind", type=click.Choice(list(KINDS)), default="free", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@click.option("--jsonl", is_flag=True, help='Batch: one {"id", "text", "lang"?, "kind"?} per line.')
@click.option(
    "--days-before-date",
    type=click.IntRange(0, 3650),
    default=None,
    help="The message would go this many days before the recruiter's date (too early).",
)
@click.option(
    "--messages-sent",
    type=click.IntRange(0, 1000),
    default=None,
    help="How many messages already went to this recruiter without an answer.",
)
def check_command(
    source: str,
    lang: str,
    kind: str,
    as_json: bool,
    jsonl: bool,
    days_before_date: int | None,
    messages_sent: int | None,
) -> None:
    """Check the tone of a message to a recruiter (FILE, or - for standard input).

    Exit status: 0 when no error-level finding remains, 1 otherwise, 2 on bad input.
    """
    name = "<stdin>" if source == "-" else source
    try:
        with click.open_file(source, "rb") as stream:
            if jsonl:
                sys.exit(_batch(stream, name, lang, kind))
            text = _read(stream, name)
    except OSError as error:
        raise BadInput(f"{name}: {error.strerror or error}") from None
    context: dict[str, object] = {}
    if days_before_date is not None:
        context["days_before_recruiter_date"] = days_before_date
    if messages_sent is not None:
        context["messages_already_sent"] = messages_sent
    result = check_tone(text, lang=lang, kind=kind, context=context or None)
    if as_json:
        click.echo(json.dumps(result.as_dict(text), ensure_ascii=False, indent=2))
    else:
        colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
        click.echo(_render(text, result, _user_lang(), colour))
    sys.exit(1 if result.has_errors else 0)


check = check_command  # the name the lead registers in the `relance` group
