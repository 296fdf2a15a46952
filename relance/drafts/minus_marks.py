"""A note line the candidate marked as a minus: their own verdict that the point went badly.

Phone notes mark points with "++" and "--" ("kata en live => réussi ++", "parlé microservices,
kafka, j'ai pas tout su sur k8s --", writer AC's ac16). A line marked so is no strong point, and
its words must not come back as one: "kafka" was "ma maîtrise de Kafka". The line leaves the
catch-up whole and is listed to the candidate as a doubt about their own interview.
"""

from __future__ import annotations

import re

# Two hyphens or more, two minus signs, or "(-)" ending a line after a word; a line of hyphens
# alone is the note's separator, not a verdict.
MARK = r"(?:-{2,}|−{1,2}|\(-\))\s*$"
MINUS = re.compile(r"\w[^\n]*?(?:\s|^)" + MARK)
TRAILING_MARK = re.compile(r"\s*" + MARK)


def minus_lines(typed: str) -> tuple[str, list[str]]:
    """The note without its minus-marked lines, and those lines less their mark."""
    kept: list[str] = []
    marked: list[str] = []
    for line in typed.split("\n"):
        if MINUS.search(line):
            marked.append(TRAILING_MARK.sub("", line))
        else:
            kept.append(line)
    return "\n".join(kept), marked
