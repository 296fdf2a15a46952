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
import inspect
from types import ModuleType

REASONS_VERSION = 2
# version -> fingerprint() of the definition it was written for (1: Session 7, before this).
FINGERPRINTS = {
    2: "847dd66b8dbf",
}


def _tree(source: str) -> str:
    """A module's or a function's syntax tree, without its docstrings."""
    tree = ast.parse(inspect.cleandoc(source) if source.startswith((" ", "\t")) else source)
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
    return ast.dump(tree, annotate_fields=False)


def fingerprint() -> str:
    from relance.coaching.services import attention_rank, reasons
    from relance.core.facts import CLOSED_STATUSES
    from relance.tracker import lifecycle as lc
    from relance.tracker.models.interview import DEBRIEF_FIELDS

    def source(module: ModuleType) -> str:
        return inspect.getsource(module)

    parts = [
        _tree(source(reasons)),
        *(
            _tree(inspect.getsource(function))
            for function in (
                attention_rank.ranks_of,
                attention_rank.next_instants,
                attention_rank.sort_key,
                attention_rank.name_key,
            )
        ),
        repr(sorted(str(s) for s in CLOSED_STATUSES)),
        repr(DEBRIEF_FIELDS),
        *(
            repr(sorted(getattr(lc, name)))
            for name in ("CANCELLABLE", "SETTLEABLE", "EDITABLE", "GONE_OR_GOING")
        ),
        repr((lc.DRAFTED, lc.APPROVED)),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
