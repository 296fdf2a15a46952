"""Server-rendered SVG bar charts: no JavaScript, no CDN (no Django here either).

Horizontal bars, one per item: the label on the left and the short figure on the right of
one line, the bar under them across the whole width, in a 320-unit-wide view box: the chart
scales down to a 360 px phone and stays legible. The <title> and <desc> carry every figure
in words (the long form) for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from itertools import count

WIDTH = 320
LINE = 40  # label line (17) + bar (16) + gap
LABEL_CHARS = 30  # a longer label (a trade typed by hand) is cut on the chart, whole in <desc>
_ids = count(1)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # on the chart's scale; None: not shown (hidden or no data)
    text: str  # the figure in words, in <desc>
    short: str = ""  # the figure on the chart, when shorter than `text`


def bar_chart(
    title: str, bars: list[Bar], *, scale: float = 100.0, pair: str = "%(label)s: %(text)s"
) -> str:
    """An accessible SVG: one horizontal bar per item, `value` out of `scale`; `pair` words
    one item in <desc> (a translated format)."""
    uid = f"chart{next(_ids)}"
    height = LINE * len(bars) + 4
    desc = "; ".join(pair % {"label": bar.label, "text": bar.text} for bar in bars)
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'aria-labelledby="{uid}-t {uid}-d" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{uid}-t">{escape(title)}</title>',
        f'<desc id="{uid}-d">{escape(desc)}</desc>',
    ]
    for index, bar in enumerate(bars):
        top = index * LINE
        label = bar.label
        if len(label) > LABEL_CHARS:
            label = label[: LABEL_CHARS - 1] + "…"
        parts.append(
            f'<text class="chart-label" x="0" y="{top + 13}">{escape(label)}</text>'
            f'<text class="chart-value" x="{WIDTH}" y="{top + 13}" text-anchor="end">'
            f"{escape(bar.short or bar.text)}</text>"
            f'<rect class="chart-track" x="0" y="{top + 18}" width="{WIDTH}" '
            f'height="14" rx="3"/>'
        )
        if bar.value is not None and scale > 0:
            width = round(WIDTH * max(0.0, min(bar.value, scale)) / scale, 1)
            parts.append(
                f'<rect class="chart-bar" x="0" y="{top + 18}" width="{width}" height="14" rx="3"/>'
            )
    parts.append("</svg>")
    return "".join(parts)
