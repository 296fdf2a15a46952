"""The dashboard's table rows, written in Python once per page.

A page shows 50 candidates and about 200 lines. Through the template engine each line was
some 25 nodes resolved, escaped and localised one by one (10,000 nodes a page): two thirds of
the page's template time, about 8 ms of CPU per request at 200 lines (bench/coach.py). Here each
text is translated once per page and each value escaped once, into the same HTML.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from relance.coaching.services.dashboard import Row
from relance.coaching.services.reasons import Line


class _Texts:
    """The fixed texts of the rows, translated once per page (in the request's language)."""

    def __init__(self) -> None:
        self.their_coach_acts = escape(gettext("Their coach acts."))
        self.moving = escape(gettext("Place being updated"))
        self.open_the_draft = escape(gettext("Open the draft"))
        self.nudge = escape(gettext("Nudge"))
        self.shares_nothing = escape(gettext("Shares nothing at the moment."))
        self.nothing_needed = escape(gettext("Nothing needs your attention."))
        self.no_coach = escape(gettext("no coach yet"))
        self.coached_by = gettext("coached by %(name)s")


def rows_html(rows: list[Row]) -> SafeString:
    """The `<tr>` of every line of every row (one per candidate without a line); set each
    line's `label`, `why` and `url` first (relance.coaching.views.coach._present)."""
    texts = _Texts()
    parts: list[str] = []
    for row in rows:
        heading = _heading(row, texts)
        for number, line in enumerate(row.shown):
            parts.append(f'<tr>\n      <th scope="row">{heading if number == 0 else ""}</th>\n')
            parts.append(_cells(row, line, texts))
            parts.append("\n    </tr>")
        parts.append("\n  ")
    return mark_safe("".join(parts))  # noqa: S308 (every value escaped above)


def _heading(row: Row, texts: _Texts) -> str:
    """The candidate's cell: their name (a link for their own coach), cohort and coach."""
    name = escape(row.name)
    html = f'<a href="{escape(row.url)}">{name}</a>' if row.url else name
    cohort = escape(row.cohort_name)
    if cohort or not row.own:
        html += f"<br><small>{cohort}"
        if not row.own:
            if cohort:
                html += " · "
            coach = row.coach_name
            # The translation is ours; only the name is escaped, as {% blocktranslate %} does.
            html += texts.coached_by % {"name": escape(coach)} if coach else texts.no_coach
        html += "</small>"
    if row.moving:
        html += f'<br><small class="moving">{texts.moving}</small>'
    return html


def _cells(row: Row, line: Line | None, texts: _Texts) -> str:
    """A line's three cells (why, rule, action), or one saying why there is none."""
    if line is None:
        text = texts.nothing_needed if row.shared else texts.shares_nothing
        return f'      <td colspan="3">{text}</td>'
    why: str = escape(line.label)
    if line.application:
        app = line.application
        why += f"<br><small>{escape(app.company)} — {escape(app.position)}</small>"
    if not row.own:
        action = f"<small>{texts.their_coach_acts}</small>"
    else:
        label = texts.open_the_draft if line.review_id else texts.nudge
        action = f'<a class="button" href="{escape(line.url)}">{label}</a>'
    rule = f"<code>{escape(line.reason.rule_id)}</code><br><small>{escape(line.why)}</small>"
    return f"      <td>{why}</td>\n      <td>{rule}</td>\n      <td>{action}</td>\n      "
