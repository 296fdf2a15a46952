"""The per-candidate delays, with the defaults and sources of docs/policy.md."""

from __future__ import annotations

from dataclasses import dataclass, fields

from relance.core.i18n import N_


@dataclass(frozen=True, slots=True)
class PolicyField:
    """One setting as the settings page shows it."""

    name: str
    default: int
    label: str  # N_-marked
    help: str  # N_-marked
    source: str  # N_-marked: publications, with a word on what they say
    min: int
    max: int


POLICY_FIELDS: tuple[PolicyField, ...] = (
    PolicyField(
        "catchup_grace_days",
        2,
        N_("Catch-up grace (working days)"),
        N_("How many more working days a late catch-up e-mail may still be sent."),
        N_("La Voix l'Emploi (the day after, 48 h at worst)"),
        0,
        5,
    ),
    PolicyField(
        "decision_followup_days",
        2,
        N_("Delay after a decision date (working days)"),
        N_("Follow up this many working days after the date the recruiter gave, never before."),
        N_("Indeed (EN) +1–2 business days; CareerNetwork; Cadremploi « à la date convenue »"),
        0,
        10,
    ),
    PolicyField(
        "no_date_followup_days",
        5,
        N_("Delay without a date (working days)"),
        N_(
            "When no date was given, follow up this many working days after the interview. "
            "Lengthen it for senior roles (10), shorten it for urgent ones (2)."
        ),
        N_(
            "HelloWork, Cadremploi (one week); Indeed FR (~10 days); Indeed/JournalismJobs (5–7 "
            "business days); Cadremploi (10, senior roles); Meteojob, AJ Conseil (2, urgent roles)"
        ),
        2,
        20,
    ),
    PolicyField(
        "after_catchup_min_days",
        3,
        N_("Gap after a catch-up e-mail (working days)"),
        N_("At least this many working days between the catch-up e-mail and the follow-up."),
        N_("HelloWork, Cadremploi; docs/policy.md"),
        1,
        10,
    ),
    PolicyField(
        "close_no_answer_days",
        10,
        N_("Suggest closing after (working days)"),
        N_("After the single follow-up goes unanswered this long, suggest closing as no answer."),
        N_("The article (never follow up twice); Apec and two.jobs on ghosting"),
        3,
        40,
    ),
    PolicyField(
        "extra_call_attempts",
        2,
        N_("Extra call attempts"),
        N_("Calls that reach nobody and leave no message: how many more tries before writing."),
        N_("docs/policy.md (a call reaches nobody)"),
        0,
        5,
    ),
)

_BY_NAME = {f.name: f for f in POLICY_FIELDS}


@dataclass(frozen=True, slots=True)
class Policy:
    catchup_grace_days: int = 2
    decision_followup_days: int = 2
    no_date_followup_days: int = 5
    after_catchup_min_days: int = 3
    close_no_answer_days: int = 10
    extra_call_attempts: int = 2

    def validate(self) -> None:
        """Raise ValueError naming the first setting out of its range."""
        for f in fields(self):
            spec = _BY_NAME[f.name]
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{f.name} must be a whole number of days, not {value!r}")
            if not spec.min <= value <= spec.max:
                raise ValueError(f"{f.name} must be between {spec.min} and {spec.max}, not {value}")


DEFAULT_POLICY = Policy()
