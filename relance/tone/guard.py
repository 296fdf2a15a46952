"""check(): the tone guard's pipeline over one text, five stages with plain data between them:

1. lexing.lex: tokens with their lemma keys (pure);
2. spelling.annotate: the words that may hide an insult get the insult's keys;
3. matching: the rule book, the register, private content, timing and form checks give
   hits;
4. scoring.weigh: the learned model gates the rule hits and adds its own (engines
   "combined", the default, and "model"); the register hits are never gated;
5. explain.findings: each hit worded from its rule's data, its suggestion replacing its
   whole sentence, in the order of the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from relance.core.i18n import N_
from relance.tone import explain, lapse, matching, offer, register, scoring, spelling
from relance.tone.context import quoted_spans
from relance.tone.language import detect
from relance.tone.lexing import lex, normalise
from relance.tone.model import KINDS, LANGS, Hit, ToneResult

# Past this size only the beginning is read for wording (a message is never this long;
# the length check still counts every word).
MAX_ANALYSED_CHARS = 50_000
WORD_COUNT_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# "combined" (the default) gates the rule findings with the learned model and adds its own:
# on the frozen test split of corpus v2 it catches more than the rules alone with fewer false
# alarms, and its thresholds sit above every score of the app's own drafts and of the rule
# counterexamples (bench/tone_train.py). "rules" alone and "model" alone are for the benchmark.
ENGINES = ("rules", "combined", "model")
# "message": a text sent as it is; "fragment": a piece of one (a note quoted in a draft),
# which the model's thresholds, calibrated on messages, do not fit (scoring.weigh)
UNITS = ("message", "fragment")


def check(
    text: str,
    lang: str = "auto",
    kind: str = "free",
    *,
    context: Mapping[str, object] | None = None,
    engine: str = "combined",
    unit: str = "message",
) -> ToneResult:
    """Findings on the tone and form of `text`, a message from a candidate to a recruiter.

    `context` may give (every key optional; the Django layer fills them from the
    application):
    - "position": str and "interview_date": datetime.date, so that a follow-up, call or
      voicemail is checked for naming them;
    - "days_before_recruiter_date": int, how many days remain before the date the recruiter
      gave for their answer: a follow-up sent before it is impatient, however polite;
    - "messages_already_sent": int, the candidate's messages since the interview that got no
      answer: a follow-up happens once, a third message is impatient.
    `engine`: "combined" (default: rules gated by the learned model, plus its own findings),
    "rules" or "model" alone (for the benchmark).
    `unit`: "message" (default) or "fragment", a few words meant to sit inside a message
    (the drafts' note fragments): the model then raises a finding of its own only when it
    is confident, since a bare note ("réponse la semaine prochaine") reads unlike any
    sentence it was calibrated on.
    """
    if lang not in LANGS:
        raise ValueError(N_("Unknown language %(lang)s: use auto, fr or en.") % {"lang": lang})
    if kind not in KINDS:
        raise ValueError(N_("Unknown kind %(kind)s.") % {"kind": kind})
    if engine not in ENGINES:
        raise ValueError(f"Unknown engine {engine}: use one of {ENGINES}.")
    if unit not in UNITS:
        raise ValueError(f"Unknown unit {unit}: use one of {UNITS}.")
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    analysed = normalise(text[:MAX_ANALYSED_CHARS])
    if lang == "auto":
        lang = detect(analysed)
    word_count = len(WORD_COUNT_RE.findall(text))
    if not analysed.strip():
        return ToneResult(lang, (), 0)
    tokens = spelling.annotate(lex(analysed, lang), analysed, lang)
    quotes = quoted_spans(analysed)
    hits: list[Hit] = []
    kept: list[Hit] = []  # the register's hits (tutoiement, emojis...): never gated
    if engine != "model":
        hits = matching.rule_hits(analysed, tokens, lang, quotes)
        kept = matching.register_hits(analysed, tokens, lang, quotes)
    if engine != "rules":
        hits = scoring.weigh(
            analysed, tokens, quotes, lang, hits, kept, engine == "model", unit == "fragment"
        )
    hits = offer.settled(hits, analysed, lang)  # an offer thanked for: its logistics
    hits = lapse.owned(hits, tokens, lang)  # a lapse owned, then apologised for again
    hits = register.agreed_register(hits, analysed, tokens, lang)  # « tu » agreed
    hits += kept
    if engine != "model":  # not a tone fault: never gated, never the model's to judge
        hits += matching.private_hits(analysed, tokens, lang, quotes)
    hits += matching.timing_hits(context)
    hits += matching.form_hits(kind, analysed, tokens, word_count, context)
    return ToneResult(lang, explain.findings(hits, lang, analysed), word_count)
