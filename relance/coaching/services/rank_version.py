"""Which definition of the reasons a stored rank was computed with.

The triggers (relance.coaching.attention_triggers) see every write a reason reads, but not a
change of the reasons themselves in the code: a new reason, another order, another fortnight.
Each stored rank therefore carries the `REASONS_VERSION` it was computed with
(`CandidateTally.ranked_reasons`) and a rank of another version is out of date, computed again
by the next page or the worker like any other.

`fingerprint()` digests what the stored ranks are computed from: the reasons' module and the
rank's functions (their syntax trees, so a comment or a reformatting changes nothing), and the
states, statuses and debrief fields they name. `FINGERPRINTS` records the digest each version
was written for; tests/coaching/test_rank_version.py fails when the digest is not the one of
the current version, so the definition cannot change without the version: write the new
version and its digest as a new entry, never edit an old one.
"""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path

REASONS_VERSION = 2
# version -> fingerprint() of the definition it was written for; 0 (and 1) are the ranks
# stored before the versions were (Session 7).
FINGERPRINTS = {
    2: "ebea2b2b4170",
}


HERE = Path(__file__).resolve().parent
# What the stored ranks and places are computed from: the reasons' module, whole, and these
# functions of the rank's (read from the files: the rank's module imports this one).
RANK_FUNCTIONS = ("ranks_of", "next_instants", "sort_key", "name_key")


def _without_docstrings(tree: ast.AST) -> ast.AST:
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            body[0] = ast.Pass()
    return tree


def _tree(source: str, only: tuple[str, ...] = ()) -> str:
    """A module's syntax tree without its docstrings (comments and layout are not in it);
    with `only`, just those top-level functions."""
    tree = _without_docstrings(ast.parse(source))
    assert isinstance(tree, ast.Module)
    if only:
        found = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name in only]
        assert sorted(n.name for n in found) == sorted(only), only
        return "\n".join(ast.dump(n, annotate_fields=False) for n in found)
    return ast.dump(tree, annotate_fields=False)


def fingerprint() -> str:
    from relance.core.facts import CLOSED_STATUSES
    from relance.tracker import lifecycle as lc
    from relance.tracker.models.interview import DEBRIEF_FIELDS

    parts = [
        _tree((HERE / "reasons.py").read_text(encoding="utf-8")),
        _tree((HERE / "attention_rank.py").read_text(encoding="utf-8"), RANK_FUNCTIONS),
        repr(sorted(str(s) for s in CLOSED_STATUSES)),
        repr(DEBRIEF_FIELDS),
        *(
            repr(sorted(getattr(lc, name)))
            for name in ("CANCELLABLE", "SETTLEABLE", "EDITABLE", "GONE_OR_GOING")
        ),
        repr((lc.DRAFTED, lc.APPROVED)),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
