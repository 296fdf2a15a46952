"""The documentation names everything a user can set or call: each test reads the code for
the full list (environment variables, rule ids, commands, API routes), then the document."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
from django.urls import reverse

from relance.api.api import api
from relance.core.policy import POLICY_FIELDS
from relance.core.rule_ids import RULES

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
DOCS = {path.name: path.read_text() for path in (ROOT / "docs").glob("*.md")}


def section(text: str, title: str) -> str:
    """From a `## title` heading to the next heading of the same level."""
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


def environment_variables_read_by_the_code() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "relance").rglob("*.py"):
        names.update(re.findall(r"\bRELANCE_[A-Z0-9_]*[A-Z0-9]\b", path.read_text()))
    return names


def test_it_documents_every_environment_variable_in_the_configuration_table() -> None:
    table = section(README, "Configuration")
    documented = {
        name for row in table.splitlines() if row.startswith("| `") for name in
        re.findall(r"`(RELANCE_[A-Z0-9_]+)", row.split(" | ")[0])
    }  # fmt: skip
    assert environment_variables_read_by_the_code() - documented == set()


def test_it_documents_every_rule_id_in_the_policy() -> None:
    missing = [rule_id for rule_id in RULES if f"`{rule_id}`" not in DOCS["policy.md"]]
    assert missing == []


def commands(group: click.Group, prefix: str = "relance") -> Iterator[str]:
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from commands(command, f"{prefix} {name}")
        else:
            yield f"{prefix} {name}"


def test_it_documents_every_command() -> None:
    from relance.cli.main import cli

    everything = README + "".join(DOCS.values())
    listed = list(commands(cli))
    assert "relance mailbox dismiss" in listed  # the walk reaches the nested groups
    assert [name for name in listed if f"`{name}`" not in everything] == []


def api_operations() -> Iterator[str]:
    """Every operation of the API, from the OpenAPI document it serves: `GET /api/v1/…/<id>/`."""
    document = api.get_openapi_schema(path_prefix=reverse("api:openapi-json").rsplit("/", 1)[0])
    for path, operations in document["paths"].items():
        for method in operations:
            yield f"{method.upper()} {path.replace('{pk}', '<id>')}"


def test_it_documents_every_api_route() -> None:
    listed = list(api_operations())
    assert "POST /api/v1/followups/<id>/approve/" in listed  # the walk reads the real document
    assert [name for name in listed if f"`{name}" not in DOCS["api.md"]] == []


def test_it_cites_only_documents_the_repository_has() -> None:
    sources = [spec.source for spec in POLICY_FIELDS] + [rule.source for rule in RULES.values()]
    cited = {name for source in sources for name in re.findall(r"[\w./-]+\.md\b", source)}
    assert cited, "the sources cite docs/policy.md"
    assert [name for name in cited if not (ROOT / name).is_file()] == []
