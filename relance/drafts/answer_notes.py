"""When the answer will come, read among the free notes when the process field is empty.

Framework-free, as the rest of `relance.drafts`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relance.drafts.context import DraftContext

# When the answer will come, typed among the free notes with the process left empty (writer
# BH's bh11, bh20: « réponse "courant avril" par courrier », « résultats "fin avril" par mail »
# were followed by « Pourriez-vous m'indiquer comment se déroule la suite ? »).
ANSWER_NOTE = {
    "fr": re.compile(r"^\W*(?:réponse|reponse|résultats?|resultats?|décision|decision)\b", re.I),
    "en": re.compile(r"^\W*(?:answer|decision|results?|outcome)\b", re.I),
}


def with_answer_notes(ctx: DraftContext) -> DraftContext:
    """The context whose process is the free notes' answer lines when none was typed."""
    if ctx.process.strip() or ctx.lang not in ANSWER_NOTE:
        return ctx
    lines = [line for line in ctx.notes.splitlines() if ANSWER_NOTE[ctx.lang].match(line)]
    return replace(ctx, process="\n".join(lines)) if lines else ctx
