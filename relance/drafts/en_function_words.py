"""English function words the confidence gate's shape checks share (`gate_shapes`,
`gate_en`): kept apart so that neither module imports the other's body."""

from __future__ import annotations

EN_PREPOSITIONS = frozenset(
    [
        "on",
        "from",
        "for",
        "with",
        "of",
        "in",
        "at",
        "to",
        "by",
        "about",
        "within",
        "during",
        "like",
        "across",
        "around",
        "near",
        "behind",
        "beside",
        "outside",
        "inside",
        "through",
        "throughout",
        "toward",
        "towards",
        "without",
        "under",
        "over",
        "into",
        "after",
        "before",
        "since",
        "until",
        "per",
        "via",
        "among",
        "along",
        "against",
        "above",
        "below",
        "beyond",
        "off",
        "than",
    ]
)
# verbs followed by a bare infinitive ("help guests find sizes", "let me know")
EN_BEFORE_BASE = frozenset(["go", "come", "help", "let", "make", "see", "hear"])
