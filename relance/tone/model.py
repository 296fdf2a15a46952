"""What the tone guard returns: findings with a span, a category and a severity."""

from __future__ import annotations

from dataclasses import dataclass

from relance.core.i18n import N_

CATEGORIES = (
    "impatience",
    "aggression",
    "demand",
    "supplication",
    "familiarity",
    "length",
    "shouting",
    "concreteness",
    "private",
)
SEVERITIES = ("error", "warning", "info")
KINDS = ("catchup", "followup", "thankyou", "feedback_request", "call", "voicemail", "free")
LANGS = ("auto", "fr", "en")

# One msgid per category: the Django layer translates it with gettext; the rule's own
# explanation (fr and en, from the rule data) says precisely what is wrong.
CATEGORY_MESSAGES = {
    "impatience": N_("This sounds impatient."),
    "aggression": N_("This sounds aggressive or reproachful."),
    "demand": N_("This sounds like a demand or an ultimatum."),
    "supplication": N_("This puts you in a begging position."),
    "familiarity": N_("This is too familiar for a recruiter."),
    "length": N_("This message is too long for its kind."),
    "shouting": N_("This reads as shouting."),
    "concreteness": N_("This message lacks a concrete detail."),
    "private": N_("This is private: a recruiter should not read it."),
}


@dataclass(frozen=True, slots=True)
class Hit:
    """What stages 3 (matching) and 4 (scoring) find, before stage 5 (explain) words it:
    a rule of the rule book or a rule checked in code (`builtin`), over a span of the text.
    `severity` None is the rule's own; `params` fill its explanation (counts, limits)."""

    rule_id: str
    category: str
    start: int
    end: int
    builtin: bool = False
    severity: str | None = None
    params: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    category: str
    rule_id: str
    severity: str
    start: int
    end: int
    message: str
    suggestion: str | None = None
    explanation_fr: str = ""
    explanation_en: str = ""
    # the sentence a suggestion replaces as a whole (a calmer sentence, never a fragment
    # inside the old one); -1 when the finding has no suggestion for the text itself
    replace_start: int = -1
    replace_end: int = -1

    def applied(self, text: str) -> str:
        """`text` with the whole sentence of this finding replaced by its suggestion."""
        if self.suggestion is None or self.replace_start < 0:
            return text
        return text[: self.replace_start] + self.suggestion + text[self.replace_end :]

    def explanation(self, lang: str) -> str:
        """The rule's explanation in French or English (the rule data holds both)."""
        if lang.startswith("fr") and self.explanation_fr:
            return self.explanation_fr
        return self.explanation_en or self.explanation_fr

    def as_dict(self, text: str | None = None) -> dict[str, object]:
        data: dict[str, object] = {
            "category": self.category,
            "rule_id": self.rule_id,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "suggestion": self.suggestion,
            "explanation_fr": self.explanation_fr,
            "explanation_en": self.explanation_en,
            "replace_start": self.replace_start,
            "replace_end": self.replace_end,
        }
        if text is not None:
            data["excerpt"] = text[self.start : self.end]
        return data


@dataclass(frozen=True, slots=True)
class ToneResult:
    lang: str
    findings: tuple[Finding, ...]
    word_count: int

    @property
    def clean(self) -> bool:
        return not self.findings

    @property
    def has_errors(self) -> bool:
        return any(finding.severity == "error" for finding in self.findings)

    @property
    def categories(self) -> frozenset[str]:
        return frozenset(finding.category for finding in self.findings)

    def as_dict(self, text: str | None = None) -> dict[str, object]:
        return {
            "lang": self.lang,
            "word_count": self.word_count,
            "clean": self.clean,
            "has_errors": self.has_errors,
            "findings": [finding.as_dict(text) for finding in self.findings],
        }
