"""The tone guard: is this message to a recruiter impatient, aggressive, demanding,
begging, over-familiar, too long, shouted or vague? French and English, framework-free."""

from relance.tone.guard import check
from relance.tone.model import CATEGORIES, KINDS, Finding, ToneResult

__all__ = ["CATEGORIES", "KINDS", "Finding", "ToneResult", "check"]
