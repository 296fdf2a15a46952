"""The follow-up lifecycle in the code is the one drawn in docs/lifecycle.md, and `transition()`
follows each edge from exactly its documented source states."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from relance.core.facts import FollowUpState
from relance.tracker import lifecycle as lc
from relance.tracker.models import FollowUp
from relance.tracker.services.transitions import transition
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW

ROOT = Path(__file__).resolve().parents[2]
DIAGRAM_LINE = re.compile(r"^\s*(\w+) --> (\w+): ([A-Z_]+)\s*$")
STATES = {state.value for state in FollowUpState}


def documented_edges() -> dict[str, set[tuple[str, str]]]:
    text = (ROOT / "docs" / "lifecycle.md").read_text()
    diagram = text.split("```mermaid\n", 1)[1].split("```", 1)[0]
    edges: dict[str, set[tuple[str, str]]] = {}
    for line in diagram.splitlines():
        found = DIAGRAM_LINE.match(line)
        if found:
            source, target, name = found.groups()
            edges.setdefault(name, set()).add((source, target))
    return edges


def declared_edges() -> dict[str, set[tuple[str, str]]]:
    return {
        name: {(source.value, edge.target.value) for source in edge.sources}
        for name, edge in lc.EDGES.items()
    }


def test_the_diagram_draws_every_declared_edge_and_no_other() -> None:
    documented = documented_edges()
    assert {s for pairs in documented.values() for pair in pairs for s in pair} <= STATES
    assert documented == declared_edges()


def test_the_table_explains_every_edge() -> None:
    text = (ROOT / "docs" / "lifecycle.md").read_text()
    table = {name for row in text.splitlines() if row.startswith("| `")
             for name in re.findall(r"`([A-Z_]+)`", row.split(" | ")[0])}  # fmt: skip
    assert table == set(lc.EDGES)


def test_no_state_is_spelt_outside_the_lifecycle() -> None:
    """A state compared, filtered on or grouped in a literal belongs in tracker/lifecycle.py.

    Only the definitions are exempt: the core's enum and the models' choices. Other strings that
    happen to share a state's name (an attempt's result, a folder's role) are not looked at.
    """
    exempt = {"relance/core/facts.py", "relance/tracker/models/choices.py"}
    found = []
    for path in sorted((ROOT / "relance").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in exempt or "/migrations/" in name:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            for literal in _state_literals(node):
                found.append(f"{name}:{literal.lineno}: {literal.value!r}")
    assert found == []


TEMPLATE_CONDITION = re.compile(r"{%\s*(?:if|elif)\s+(.*?)\s*%}")
QUOTED = re.compile(r"[\"']([a-z_]+)[\"']")


def test_no_state_is_spelt_in_a_template() -> None:
    """Templates ask the model (`followup.is_approved`) or the panel (`sending.is_unknown`)."""
    found = [
        f"{path.relative_to(ROOT).as_posix()}: {literal}"
        for path in sorted((ROOT / "relance").rglob("templates/**/*.html"))
        for literal in _template_state_literals(path.read_text())
    ]
    assert found == []


def test_it_finds_a_state_spelt_in_a_template() -> None:
    spelt = "{% if fu.state == 'approved' %}{% elif sending.state != \"unknown\" %}{% endif %}"
    assert _template_state_literals(spelt) == ["approved", "unknown"]
    assert _template_state_literals('{% if review.state == "asked" %}{% endif %}') == []


def _template_state_literals(text: str) -> list[str]:
    return [
        literal
        for condition in TEMPLATE_CONDITION.findall(text)
        if "state" in condition
        for literal in QUOTED.findall(condition)
        if literal in STATES
    ]


def _state_literals(node: ast.AST) -> list[ast.Constant]:
    def states(expr: ast.expr) -> list[ast.Constant]:
        items = expr.elts if isinstance(expr, ast.Tuple | ast.List | ast.Set) else [expr]
        return [i for i in items if isinstance(i, ast.Constant) and i.value in STATES]

    if isinstance(node, ast.Compare) and _mentions_state(node.left):
        return [c for comparator in node.comparators for c in states(comparator)]
    if isinstance(node, ast.keyword) and node.arg in ("state", "state__in"):
        return states(node.value)
    if isinstance(node, ast.Tuple | ast.List | ast.Set) and len(node.elts) > 1:
        literals = states(node)
        return literals if len(literals) == len(node.elts) else []  # a group of states
    return []


def _mentions_state(expr: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Attribute | ast.Name)
        and "state" in getattr(n, "attr", getattr(n, "id", ""))
        for n in ast.walk(expr)
    )


class EdgeWalkTestCase(BaseTestCase):
    def test_each_edge_moves_a_row_from_its_sources_only(self) -> None:
        app = self.make_application()
        row = FollowUp.objects.create(
            application=app, kind="followup_email", channel="email",
            earliest_at=NOW, latest_at=NOW, created_at=NOW,
        )  # fmt: skip
        for name, pairs in documented_edges().items():
            sources = {source for source, _target in pairs}
            (target,) = {target for _source, target in pairs}
            for state in sorted(STATES):
                with self.subTest(edge=name, state=state):
                    FollowUp.objects.filter(pk=row.pk).update(state=state)
                    moved = transition(row, lc.EDGES[name], now=NOW)
                    row.refresh_from_db()
                    self.assertEqual(moved, state in sources)
                    self.assertEqual(row.state, target if moved else state)
