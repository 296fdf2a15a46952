"""The registry of rule ids: every action and every refusal names one of these.

Golden rules come from the article (the seed text); defaults are where the article is
silent, each with its sources as listed in docs/policy.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from relance.core.i18n import N_


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    explanation: str  # N_-marked, shown to the user
    source: str  # N_-marked: publications, with a word on what they say


RESPECT_DEADLINES = "golden.respect_deadlines"
ONCE = "golden.once"
PHONE_DIRECT_LINE = "golden.phone_direct_line"
RECRUITER_CHANNEL = "default.recruiter_channel"
CATCHUP_NEXT_DAY = "default.catchup_next_day"
CATCHUP_GRACE = "default.catchup_grace"
THANKYOU = "default.thankyou"
DECISION_DELAY = "default.decision_delay"
CALLBACK_DATE = "default.callback_date"
NO_DATE_DELAY = "default.no_date_delay"
AFTER_CATCHUP_DELAY = "default.after_catchup_delay"
NO_NEWS_MEANS_NO = "default.no_news_means_no"
CLOSE_NO_ANSWER = "default.close_no_answer"
REPLY_NEW_DATE = "default.reply_new_date"
REPLY_REOPENS = "default.reply_reopens"
DECISION_ENDS = "default.decision_ends"
FEEDBACK_REQUEST = "default.feedback_request"
NEXT_ROUND = "default.next_round"
CALL_ATTEMPTS = "default.call_attempts"
TIME_WINDOW = "default.time_window"
SENDABLE_DAY = "default.sendable_day"
SLOW_PERIOD = "default.slow_period"
CLOSED = "default.closed"
AFTER_INTERVIEW = "default.after_interview"
REPLY_PENDING = "default.reply_pending"
RECRUITER_AWAY = "default.recruiter_away"
UPCOMING_INTERVIEW = "default.upcoming_interview"

_ALL = (
    Rule(
        RESPECT_DEADLINES,
        N_("Respect the dates the recruiter gave: never follow up before them."),
        N_("Les Clés de l'emploi : l'art de la relance (golden rules)"),
    ),
    Rule(
        ONCE,
        N_("Never follow up more than once between two messages from the recruiter."),
        N_("Les Clés de l'emploi : l'art de la relance (golden rules)"),
    ),
    Rule(
        PHONE_DIRECT_LINE,
        N_("Call only when you have the direct line of the person who decides."),
        N_("Les Clés de l'emploi : l'art de la relance (Le téléphone sous conditions)"),
    ),
    Rule(
        RECRUITER_CHANNEL,
        N_("The channel the recruiter prefers wins; without a usable phone, write."),
        N_("Wunderland; Les Clés de l'emploi : l'art de la relance"),
    ),
    Rule(
        CATCHUP_NEXT_DAY,
        N_("Next steps were not obtained: send a catch-up e-mail the next working day."),
        N_("Les Clés de l'emploi : l'art de la relance (L'e-mail de rattrapage); La Voix l'Emploi"),
    ),
    Rule(
        CATCHUP_GRACE,
        N_("A catch-up e-mail stays worth sending for a short grace period, then lapses."),
        N_("La Voix l'Emploi (the day after, 48 h at worst)"),
    ),
    Rule(
        THANKYOU,
        N_("Next steps were agreed: an optional short thank-you that asks nothing."),
        N_("Career sources (thank-you-plus-recap), docs/policy.md"),
    ),
    Rule(
        DECISION_DELAY,
        N_("A decision date was promised: follow up a little after it, never before."),
        N_("Indeed (EN) +1–2 business days; CareerNetwork; Cadremploi"),
    ),
    Rule(
        CALLBACK_DATE,
        N_("A call-back date was agreed: follow up on that date, by the agreed channel."),
        N_("Cadremploi; Les Clés de l'emploi : l'art de la relance (end-of-interview questions)"),
    ),
    Rule(
        NO_DATE_DELAY,
        N_("No date was given: follow up about a week of working days after the interview."),
        N_("HelloWork, Cadremploi (one week); Indeed FR (~10 days); Indeed/JournalismJobs (5–7)"),
    ),
    Rule(
        AFTER_CATCHUP_DELAY,
        N_("Leave a few working days between the catch-up e-mail and the follow-up."),
        N_("HelloWork, Cadremploi; docs/policy.md"),
    ),
    Rule(
        NO_NEWS_MEANS_NO,
        N_("The recruiter said no news by a date means no: do not follow up."),
        N_("Indeed FR; recruiters' own words"),
    ),
    Rule(
        CLOSE_NO_ANSWER,
        N_("The single follow-up went unanswered: suggest closing, a later reply reopens."),
        N_("Les Clés de l'emploi : l'art de la relance; Apec; two.jobs (ghosting)"),
    ),
    Rule(
        REPLY_NEW_DATE,
        N_("The recruiter gave a new date: one new follow-up a little after it."),
        N_("Les Clés de l'emploi : l'art de la relance (golden rules)"),
    ),
    Rule(
        REPLY_REOPENS,
        N_("The recruiter wrote: a new silence period starts, one follow-up allowed in it."),
        N_("Les Clés de l'emploi : l'art de la relance (golden rules)"),
    ),
    Rule(
        DECISION_ENDS,
        N_("The recruiter gave a decision: nothing more to send."),
        N_("Keejob"),
    ),
    Rule(
        FEEDBACK_REQUEST,
        N_(
            "After a refusal: one optional short e-mail asking what would have strengthened "
            "the application, within a few working days, then it lapses."
        ),
        N_("Keejob (ask for the reasons)"),
    ),
    Rule(
        NEXT_ROUND,
        N_("A next round was announced: wait for the next interview, which starts a new cycle."),
        N_("docs/policy.md"),
    ),
    Rule(
        CALL_ATTEMPTS,
        N_("A call that reached nobody is not a follow-up: try again another day, then write."),
        N_("docs/policy.md (a call reaches nobody)"),
    ),
    Rule(
        TIME_WINDOW,
        N_(
            "E-mails 09:30–11:30, calls 10:00–12:00 or 14:30–17:30, recruiter's time; "
            "never Monday before 11:00 or Friday after 14:00."
        ),
        N_("HelloWork, Flexijobs, Keljob, Inc."),
    ),
    Rule(
        SENDABLE_DAY,
        N_("Not on a weekend, a public holiday or a likely bridge day."),
        N_("Flexijobs; the holidays package"),
    ),
    Rule(
        SLOW_PERIOD,
        N_("Slow period (summer, year end): answers may take longer."),
        N_("Cadremploi, Europe 1"),
    ),
    Rule(CLOSED, N_("The application is closed: nothing to do."), N_("docs/policy.md")),
    Rule(
        AFTER_INTERVIEW,
        N_("Follow-ups come after an interview: record the interview first."),
        N_("Les Clés de l'emploi : l'art de la relance"),
    ),
    Rule(
        REPLY_PENDING,
        N_(
            "A message that may be the recruiter's answer waits for your word: nothing goes "
            "to the recruiter until you confirm or dismiss it."
        ),
        N_("Les Clés de l'emploi : l'art de la relance (golden rules: never follow up twice)"),
    ),
    Rule(
        RECRUITER_AWAY,
        N_(
            "The recruiter's automatic reply gave a return date: the follow-up waits for the "
            "first working day after it; an automatic reply is not an answer."
        ),
        N_("Les Clés de l'emploi : l'art de la relance (golden rules: respect their dates)"),
    ),
    Rule(
        UPCOMING_INTERVIEW,
        N_(
            "The interview has not taken place yet: prepare the four closing questions; the "
            "debrief and the follow-ups come after it."
        ),
        N_("Les Clés de l'emploi : l'art de la relance (end-of-interview questions)"),
    ),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _ALL}


def explain(rule_id: str) -> Rule:
    """The rule behind an id; KeyError for an id that is not registered."""
    return RULES[rule_id]
