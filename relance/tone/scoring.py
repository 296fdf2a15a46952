"""Stage 4 of the tone guard: weigh the hits with the learned model (engines "combined" and
"model"; the default engine "rules" keeps the hits as they are)."""

from __future__ import annotations

from relance.tone import learned
from relance.tone.matching import builtin_hit
from relance.tone.model import Hit


def weigh(text: str, lang: str, hits: list[Hit], model_only: bool) -> list[Hit]:
    """Drop the hits whose sentence the model reads as clean for their category (a trigger
    word out of context), and add the model's own hits where no rule of that category
    spoke."""
    model = learned.load(lang)
    if model is None:
        return [] if model_only else hits
    dropped: set[int] = set()
    raised: list[Hit] = []
    every = model.score(text)
    raise_at = model.raise_at[int(len(every) > 1)]
    for scored in every:
        inside = [hit for hit in hits if scored.start <= hit.start < scored.end]
        for hit in inside:
            if hit.category in learned.FAULT_CATEGORIES:
                column = learned.FAULT_CATEGORIES.index(hit.category)
                if scored.probabilities[column] < model.gate_below[column]:
                    dropped.add(id(hit))
        spoken = {hit.category for hit in inside if id(hit) not in dropped}
        for column, category in enumerate(learned.FAULT_CATEGORIES):
            if category in spoken or scored.probabilities[column] < raise_at[column]:
                continue
            start, end = model.strongest_span(scored, column)
            raised.append(builtin_hit(f"model.{category}", start, end))
    if model_only:
        return raised
    return [hit for hit in hits if id(hit) not in dropped] + raised
