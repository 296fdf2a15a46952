"""What around a match changes its meaning: a negation before it, quotation marks around it."""

from __future__ import annotations

import re

from relance.tone.tokens import Token

NEGATORS = {
    "fr": frozenset({"ne", "n'", "pas", "jamais", "sans", "aucunement", "nullement", "ni"}),
    "en": frozenset({"not", "n't", "never", "without", "nor", "no"}),
}
CLAUSE_BREAKS = frozenset({",", "mais", "but", "car", "because", "however", "cependant", "(", ")"})
NEGATION_WINDOW = 6
QUOTE_RE = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


def is_negated(tokens: list[Token], index: int, lang: str) -> bool:
    """A negation shortly before tokens[index], in the same clause."""
    negators = NEGATORS.get(lang, NEGATORS["fr"])
    for back in range(index - 1, max(-1, index - 1 - NEGATION_WINDOW), -1):
        token = tokens[back]
        if token.is_boundary or token.text in CLAUSE_BREAKS:
            return False
        if token.text in negators:
            return True
    return False


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks: the recruiter's words, not the candidate's."""
    return [(match.start(), match.end()) for match in QUOTE_RE.finditer(text)]


def is_quoted(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(span_start < start and end <= span_end for span_start, span_end in spans)
