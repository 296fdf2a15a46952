"""Server-rendered SVG bar charts: no JavaScript, no CDN (no Django here either).

Horizontal bars, one per line, with the label above each bar and the figure beside it, in
a 320-unit-wide view box: the chart scales down to a 360 px phone and stays legible. The
<title> and <desc> carry every figure in words for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from itertools import count

WIDTH = 320
BAR_AREA = 230  # the rest of the width holds the figure
LINE = 40  # label (16) + bar (18) + gap
_ids = count(1)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # on the chart's scale; None: not shown (hidden or no data)
    text: str  # the figure in words, beside the bar and in <desc>


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
        parts.append(
            f'<text class="chart-label" x="0" y="{top + 13}">{escape(bar.label)}</text>'
            f'<rect class="chart-track" x="0" y="{top + 17}" width="{BAR_AREA}" '
            f'height="16" rx="3"/>'
        )
        if bar.value is not None and scale > 0:
            width = round(BAR_AREA * max(0.0, min(bar.value, scale)) / scale, 1)
            parts.append(
                f'<rect class="chart-bar" x="0" y="{top + 17}" width="{width}" height="16" rx="3"/>'
            )
        parts.append(
            f'<text class="chart-value" x="{BAR_AREA + 6}" y="{top + 30}">{escape(bar.text)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
