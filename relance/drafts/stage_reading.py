"""A stage of the recruitment read in one process note: its name, its day or days, its hour,
whether it is done alone or attended, and whether a condition or a hedge makes it unsure.

`next_steps` says the stage read here; kept apart so that the reading of one note and the
choice of the closing sentence each stay one concept.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from relance.drafts import dates, hours, own_stage, step_shapes, typed_days
from relance.drafts.context import DraftContext
from relance.drafts.stage_names import REMOTE, STAGES, is_done, named_stage
from relance.drafts.step_cues import (
    ANSWER,
    CONDITIONAL,
    DATE_BY_CALL,
    DEADLINE,
    FROM_TO,
    HEDGE,
    THEN_IN,
    TO_ARRANGE,
)


@dataclass(frozen=True)
class Stage:
    """The next stage as the notes name it, and when: a day, two days, or a week."""

    name: str = ""
    day: date | None = None
    last: date | None = None  # "lundi 19 et mardi 20": the stage's last day
    week: date | None = None  # "semaine du 26 oct": that week's Monday
    arranged: bool = False  # the recruiter calls to set it: no day yet
    hour: tuple[int, int] | None = None  # "mercredi 6h": its time, with its day only
    attended: bool = True  # in person, one sitting: not "test en ligne", "2 jours d'essai"
    through: bool = False  # "du lundi 19 au mercredi 21": every day between, not two days
    either: bool = False  # "tue 1st or wed 2nd": one of the two days, to be set
    by: date | None = None  # "drug screen by fri 16th": done by that day, on no set day
    by_hour: tuple[int, int] | None = None  # "à faire avant vendredi 16 18h": the deadline's
    back: bool = False  # "à renvoyer avant …": the work goes back to the recruiter

    def today(self, send_on: date) -> bool:
        """The stage is attended on the sending day: no "d'ici là", no time (it may be past)."""
        one = self.day == send_on and self.last is None and self.week is None
        return one and self.attended

    def over(self, send_on: date) -> bool:
        week_end = self.week + timedelta(days=6) if self.week else None
        ends = self.last or self.day or week_end or self.by
        return ends is not None and ends < send_on

    def when(self, send_on: date, lang: str) -> str:
        if self.day and self.last:
            first = dates.format_date(self.day, lang, weekday=True, today=send_on)
            last = dates.format_date(self.last, lang, weekday=True, today=send_on)
            if self.day.month == self.last.month:
                first = " ".join(first.split(" ")[:2])  # "lundi 19", "Monday 19"
            if self.through:
                return f", du {first} au {last}" if lang == "fr" else f" from {first} to {last}"
            if self.either:
                return f" le {first} ou le {last}" if lang == "fr" else f" on {first} or {last}"
            return f", les {first} et {last}" if lang == "fr" else f" on {first} and {last}"
        if self.week:
            written = dates.format_date(self.week, lang, weekday=False, today=send_on)
            return f" la semaine du {written}" if lang == "fr" else f" in the week of {written}"
        if self.day and self.day > send_on:
            written = dates.future_day(self.day, send_on, lang)
            if self.hour:
                written += " " + hours.written(self.hour, lang)
            return f" {written}" if lang == "fr" else f" on {written}"
        if self.by:
            return dates.by_day(self.by, send_on, lang)
        return ""


def _aside(item: str, start: int) -> bool:
    """The words at `start` are in brackets left open: "dossier d'embauche (RIB, visite
    médicale, vaccins)" lists the file's pieces, no stage (writer N's n08)."""
    before = item[:start]
    if re.fullmatch(r"\s*[\w'-]+\s*\(", before):
        return False  # "stage (trial shift) friday 27" (writer U's u28): a gloss of the first word
    return before.count("(") > before.count(")")


def read_stage(item: str, lang: str, ctx: DraftContext) -> Stage | None:
    """The stage typed first in `item` ("entretien avec le DG + test de personnalité"), with
    its day, or None when the item names none still ahead of the candidate."""
    matched = [
        (m.start(), p, name)
        for p, name in STAGES[lang]
        if (m := p.search(item)) and not _aside(item, m.start())
    ]
    if not matched or is_done(item, lang):
        return None  # a stage behind the candidate is no next step to confirm
    _, pattern, fixed = min(matched, key=lambda seen: seen[0])
    match = pattern.search(item)
    assert match is not None
    if (then := THEN_IN[lang].search(item, match.end())) is not None:
        item = item[
            : then.start()
        ]  # "written test at the depot, then ride-along thurs": not its day
    conditional = CONDITIONAL[lang].search(item)
    if conditional and conditional.start() < match.start():
        return None  # "if yes induction fri 16th": only if the answer is yes
    if lang == "en" and conditional and TRAILING_IF.search(item, conditional.start()):
        return None  # "shadow shift monday 30th 8am if references ok" (writer V's v26)
    if HEDGE.search(item[: match.start()]):
        return None  # "maybe 2nd round onsite": not a stage agreed
    dated_by_call = DATE_BY_CALL[lang].search(item, match.end())
    cue = ANSWER[lang].search(item)
    arranged = False
    if cue and cue.start() < match.start():
        arranging = TO_ARRANGE[lang].search(item, cue.end())
        if arranging is None or arranging.end() > match.start():
            return None  # "elle me rappelle pour confirmer l'accueil sécurité": the call is next
        arranged = True
    name = fixed or named_stage(match, lang)
    if not name:
        return None
    if arranged or dated_by_call:
        return Stage(name, arranged=True)
    today = ctx.interview_day
    span = typed_days.day_span(item, lang, today, match.end())
    if span:
        through = bool(FROM_TO.search(item, match.end())) if lang == "fr" else False
        either = typed_days.span_is_choice(item, match.end())
        return Stage(name, span[0], span[1], through=through, either=either)
    week = typed_days.first_week(item, lang, today, match.end())
    day = typed_days.first_day(item, lang, today, match.end())
    hour_from = match.end()
    if day is None and week is None and not cue and not DEADLINE.search(item, 0, match.start()):
        # "revenir samedi 17 pour une matinée d'essai": the day typed before it, unless it
        # is a deadline ("renvoyer le questionnaire d'ici le vendredi 4, ensuite rencontre
        # avec l'associé": writer N's n21 met the partner on the day the papers were due)
        day = typed_days.first_day(item, lang, today, 0)
        week = typed_days.first_week(item, lang, today, 0)
        hour_from = 0  # "come in sat 17 at 8am for a trial": its hour typed before it too
    if HEDGE.search(item, match.end()):
        day = week = None  # "final interview … maybe next week" (writer H, h37): no date;
        # « entretien client probable semaine du 18 » (writer AK's ak18)
    if day is None and week is None and step_shapes.next_unsure(item, lang, today):
        return None  # "trial shift next saturday" on a Tuesday: handed back, with its day
    by = None
    by_hour = None
    deadline = DEADLINE.search(item, match.end())
    # The deadline is the stage's when it governs the day read ("tests en ligne à faire
    # d'ici dimanche"), not when it is typed after it for something else ("2e entretien le
    # mardi 1er décembre à 14h, et je dois envoyer mon extrait de casier avant": n06, n22).
    if deadline and (
        (day is None and week is None)
        or (
            day == typed_days.first_day(item, lang, today, deadline.end())
            and week == typed_days.first_week(item, lang, today, deadline.end())
        )
    ):
        # "tests en ligne à faire d'ici dimanche": by, not on, that day; in French only for
        # a stage done alone ("à faire", "en ligne"), said as the candidate's promise
        typed_by = own_stage.deadline(item[match.end() :], lang)
        alone = lang == "en" or bool(REMOTE.search(item))
        by = day if week is None and typed_by and alone else None
        if by is not None and typed_by is not None:
            by_hour = own_stage.by_hour(item, match.end() + typed_by.end())
        day = week = None
    elif lang == "fr" and deadline and REMOTE.search(item) and _deadline_day(item, deadline):
        # "test … à faire à la maison, il l'envoie demain mercredi, à renvoyer avant vendredi
        # 27 midi" (n19): the day it is sent is not its day; the deadline's day is
        by = typed_days.first_day(item, lang, today, deadline.end())
        by_hour = own_stage.by_hour(item, deadline.end())
        day = week = None
    # an hour typed after the stage is its own ("puis entretien … le même jour 10h", o20);
    # one typed before it only when its day was ("revenir samedi 28 à 9h pour une journée test")
    after = hours.first_hour(item, match.end())
    hour = (after or hours.first_hour(item, hour_from)) if day and not week else None
    attended = not REMOTE.search(item) and not name.startswith(("des ", "deux "))
    back = bool(own_stage.RETURNED[lang].search(item))
    return Stage(
        name, None if week else day, week=week, hour=hour, attended=attended, by=by,
        by_hour=by_hour, back=back,
    )  # fmt: skip


def _deadline_day(item: str, deadline: re.Match[str]) -> bool:
    """The deadline's word is followed by its day ("avant vendredi 27"), not alone ("à faire
    avant", before the interview)."""
    typed_by = own_stage.deadline(item[deadline.start() :], "fr")
    return typed_by is not None and typed_by.start() == 0


# A condition closing the note: "if references ok", "if all good", "if I pass".
TRAILING_IF = re.compile(
    r"\bif\s+(?:(?:my\s+|the\s+)?references?|refs?|all|everything|it|i|dbs|checks?|"
    r"vetting|background)\b[^,;.]{0,30}$",
    re.I,
)
