"""Does each frame of the catch-ups hold a fragment of the shape it was made for?

    python bench/catchup_frames.py               # every set, one line per set
    python bench/catchup_frames.py --only p --show

Every sentence of a catch-up's body outside its marked places is matched against the
composer's frames (`templates/<lang>/phrases.txt`: the frame's words are the frame, what
fills its `$slot` is the notes). The slot is then read by a checker of its own, which
imports none of the composer's word lists nor its readings:

- French: Grammalecte's lexicon (its own import, `catchup_proofread.checker`): a noun phrase
  starts with a determiner and its first word after it is a noun (or a name, a number); an
  infinitive slot starts with an infinitive, and its object keeps its article ("rédiger
  actes" fails); "quelqu'un de" takes a masculine or epicene adjective; a company after
  "de", "chez" keeps its article ("de centre hospitalier" fails).
- English: lemminflect's lexicon (a dependency already; no English spaCy model is on the
  index, docs/drafts.md): a noun phrase starts with a determiner, a possessive, a number, a
  gerund or a plural, and ends on a noun; an action's object that is a count noun in the
  singular keeps its article ("help dentist" fails).
- Any slot: no hedge ("il me semble", "honestly", "maybe", "je pense") and no clause of the
  notes in a noun's place.

A sentence that matches no frame is counted as `unframed`: the notes' own sentence pasted.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from catchup_proofread import checker  # noqa: E402
from catchup_quality import SETS, body_of, context, load  # noqa: E402

from relance.drafts import catchup_email  # noqa: E402

MARKED = re.compile(r"\s*\[(?:à compléter|to fill in)\s*:[^\]]*\]")
HEDGES = {
    "fr": r"\b(?:il me semble|je pense|je crois|honnêtement|franchement|peut-être|en gros|genre|"
    r"pis|ben|trop|grave)\b",
    "en": r"\b(?:maybe|honestly|i think|i guess|probably|kinda|sort of|tbh|like,)\b",
}
FR_DETERMINERS = set(
    [
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d'",
        "au",
        "aux",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "son",
        "sa",
        "ses",
        "notre",
        "nos",
        "votre",
        "vos",
        "leur",
        "leurs",
        "ce",
        "cet",
        "cette",
        "ces",
        "chaque",
        "plusieurs",
        "quelques",
        "certains",
        "certaines",
        "tout",
        "toute",
        "tous",
        "toutes",
    ]
)
EN_DETERMINERS = set(
    [
        "the",
        "a",
        "an",
        "my",
        "your",
        "our",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "these",
        "those",
        "some",
        "any",
        "each",
        "every",
        "several",
        "many",
        "more",
        "most",
        "all",
        "both",
    ]
)
NP_SLOTS = {"items", "what", "place", "of"}
FRAME_SLOT = re.compile(r"\$(\w+)")


def frames(lang: str) -> list[tuple[str, re.Pattern[str], list[str]]]:
    """(key, whole-sentence pattern, slot names) of every sentence of every frame."""
    out = []
    path = ROOT / f"relance/drafts/templates/{lang}/phrases.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" not in line or line.startswith("#"):
            continue
        key, text = (part.strip() for part in line.split("=", 1))
        for sentence in re.split(r"(?<=[.?!])\s+", text):
            slots = FRAME_SLOT.findall(sentence)
            if not slots or len(sentence) < 12:
                continue
            pattern = re.escape(sentence)
            for slot in dict.fromkeys(slots):
                pattern = pattern.replace(re.escape("$" + slot), f"(?P<{slot}>.+?)", 1)
                pattern = pattern.replace(re.escape("$" + slot), "(?:.+?)")
            out.append((key, re.compile("^" + pattern + "$"), slots))
    # The longest frames first: "vous recherchez $items et capable $actions" before "$items".
    return sorted(out, key=lambda frame: -len(frame[1].pattern))


FIXED = {
    "fr": re.compile(
        r"^(?:Je vous remercie pour notre entretien|Je vous confirme ma motivation|Comme convenu|"
        r"Pourriez-vous|Vous m'avez indiqué|Bien cordialement|J'apporterai|Je vous transmettrai|"
        r"Je reste disponible|Je vous ferai parvenir|Je vous apporterai|Merci)"
    ),
    "en": re.compile(
        r"^(?:Thank you for our interview|I am very interested in joining|As agreed|Could you|"
        r"You told me|Kind regards|I will (?:also )?(?:send|bring)|I remain available|Thank|"
        r"I remain at your disposal|I look forward)"
    ),
}


@lru_cache(maxsize=8192)
def fr_morph(word: str) -> tuple[str, ...]:
    return tuple(checker().getSpellChecker().getMorph(word))


def fr_has(word: str, tag: str) -> bool:
    return any(tag in reading for reading in fr_morph(word))


def en_parts(word: str) -> dict[str, tuple[str, ...]]:
    import lemminflect

    return dict(lemminflect.getAllLemmas(word.lower()))


def en_count_singular(word: str) -> bool:
    """A singular noun the lexicon never uses without an article ('dentist', 'team')."""
    import lemminflect

    low = word.lower()
    parts = en_parts(low)
    if low not in parts.get("NOUN", ()) or "ADJ" in parts or "ADV" in parts or "ADP" in parts:
        return False
    plurals = lemminflect.getAllInflections(low, "NOUN").get("NNS", ())
    return bool(plurals) and low not in plurals


def conjuncts(slot: str, lang: str) -> list[str]:
    parts = re.split(r",\s+(?:(?:et|and|ou|or)\s+)?|\s+(?:et|and|ou|or)\s+", slot)
    return [part.strip() for part in parts if part.strip()]


def name_like(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def fr_np(part: str, of: bool = False) -> str:
    words = re.findall(r"[\w'’-]+|\S", part)
    if not words:
        return ""
    lowered = [w.lower() for w in words]
    first = lowered[0]
    if first.startswith(("l'", "d'")):
        head = words[0][2:]
    elif first in FR_DETERMINERS or first[:1].isdigit():
        rest = words[1:]
        if first in ("de", "d'") and rest and rest[0].lower() in ("la", "l'"):
            rest = rest[1:]
        head = next((w for w in rest if not fr_has(w, ":A") or fr_has(w, ":N")), "")
    elif name_like(words[0]):
        return ""  # a name ("Epic", "Rungis") stands without an article in French
    else:
        return f"no determiner: {part}"
    if not head or name_like(head):
        return ""
    if not fr_has(head, ":N"):
        return f"no noun after the determiner: {part}"
    return ""


def fr_infinitive(part: str) -> str:
    words = part.split()
    while words and words[0].lower() in ("de", "d'", "à", "pour"):
        words = words[1:]
    if not words:
        return ""
    first = re.sub(r"^(?:d'|l'|s'|se |m')", "", words[0].lower())
    if not fr_has(first, ":Y") and words[0].lower() not in ("être", "avoir"):
        return f"no infinitive: {part}"
    if len(words) > 1:
        nxt = words[1]
        bare_noun = (
            nxt.islower() and fr_has(nxt, ":N") and not fr_has(nxt, ":G") and not fr_has(nxt, ":W")
        )
        if bare_noun and not fr_has(nxt, ":A") and not fr_has(nxt, ":Y"):
            return f"object without its article: {part}"
    return ""


def fr_quality(part: str) -> str:
    word = re.sub(r"^(?:quelqu'un\s+)?(?:de\s+|d')", "", part).split(" ", 1)[0]
    if not word or part.startswith(("quelqu'un qui", "une ", "un ", "des ")):
        return ""
    if not fr_has(word, ":A"):
        return f"no adjective after 'quelqu'un de': {part}"
    if not any(":A" in r and (":m" in r or ":e" in r) for r in fr_morph(word)):
        return f"feminine after 'quelqu'un de': {part}"
    return ""


EN_PREPOSITIONS = {"on", "from", "for", "with", "of", "in", "at", "to", "by", "as", "about"}


def en_np(part: str) -> str:
    """Determined ("the food hall"), a gerund, a name, or a head noun that needs no article
    (a plural, a mass noun: "vendor contracts", "records management"); never a count noun in
    the singular alone ("good allowance for night shift") nor a lone adjective ("stable")."""
    words = [re.sub(r"[^\w'-]+$", "", w) for w in part.split()]
    words = [w for w in words if w]
    if not words:
        return ""
    first, low = words[0], words[0].lower()
    if low in EN_DETERMINERS or first[:1].isdigit() or low.endswith("'s"):
        return ""
    if low.endswith("ing") and "VERB" in en_parts(low):
        return ""  # a gerund phrase
    if name_like(first) and all(name_like(w) or not w.isalpha() for w in words):
        return ""  # a name
    head_at = next((i for i, w in enumerate(words) if w.lower() in EN_PREPOSITIONS), len(words))
    head = words[max(head_at - 1, 0)]
    if not head.isalpha() or name_like(head):
        return ""
    parts = en_parts(head.lower())
    if not parts:
        return ""  # a word the lexicon lacks: a trade's word, not a frame's fault
    if "NOUN" not in parts:
        return f"no noun: {part}"
    if en_count_singular(head):
        return f"no determiner: {part}"
    return ""


def en_action(part: str) -> str:
    words = [w for w in part.split() if w]
    if not words:
        return ""
    if "VERB" not in en_parts(words[0]):
        return f"no verb: {part}"
    for word in words[1:]:
        low = word.lower()
        if low in EN_DETERMINERS or not word.isalpha() or name_like(word):
            return ""
        parts = en_parts(low)
        if "NOUN" not in parts or set(parts) & {"ADJ", "ADV", "ADP", "PRON", "DET"}:
            return ""
        nxt = words[words.index(word) + 1] if words.index(word) + 1 < len(words) else ""
        if nxt and "NOUN" in en_parts(nxt.lower()) and nxt.isalpha() and nxt.islower():
            continue  # "job sheets": the head is the last noun of the run
        return f"object without its article: {part}" if en_count_singular(low) else ""
    return ""


def company(slot: str, lang: str) -> str:
    first = slot.split(" ", 1)[0]
    first = re.sub(r"^(?:de |d'|du |chez )", "", first)
    if lang == "fr" and first.islower() and (fr_has(first, ":N") or not fr_morph(first)):
        return f"company without its article: {slot}"
    return ""


def check(key: str, slot: str, value: str, lang: str) -> str:
    value = value.strip()
    if not value or value.startswith("["):
        return ""
    hedge = re.search(HEDGES[lang], value, re.IGNORECASE)
    if hedge:
        return f"hedge '{hedge.group(0)}': {value}"
    if slot in ("company_of", "company", "client"):
        return company(value, lang)
    if slot == "clause":
        return ""
    if slot in ("actions", "action"):
        test = fr_infinitive if lang == "fr" else en_action
        return next((f for part in conjuncts(value, lang) if (f := test(part))), "")
    if (
        key.startswith("needs_") and key not in ("needs_stress", "needs_stress_first")
    ) or key == "expectations_quality":
        if re.match(r"^quelqu'un (?:qui|pour|à|avec|capable|sachant)\b", value):
            return ""
        if re.match(r"^(?:quelqu'un|someone)\b", value) and lang == "fr":
            return next((f for p in conjuncts(value, lang) if (f := fr_quality(p))), "")
        if re.match(r"^(?:quelqu'un|someone|une personne|a person)\b", value):
            return ""
    if slot in NP_SLOTS:
        test = fr_np if lang == "fr" else en_np
        return next((f for part in conjuncts(value, lang) if (f := test(part))), "")
    return ""


def sentences(body: str) -> list[str]:
    """The sentences outside the marked places: a marked place that stands in a frame's slot
    is kept as "[…]" (the frame around it is read, the slot is not); a marked place that is a
    sentence of its own is left out."""
    text = MARKED.sub(" […]", body)
    out = []
    for line in text.splitlines():
        for sentence in re.split(r"(?<=[.?!;\]])\s+(?=[A-ZÀ-Ý\[])", line.strip()):
            sentence = sentence.strip()
            if sentence == "[…]" or not sentence.endswith((".", "?", "!", ";")):
                continue  # a marked place alone, the signature, the greeting
            out.append(sentence)
    return out


def _matched(sentence: str, lang: str) -> tuple[str, dict[str, str]] | None:
    for key, pattern, _slots in frames_of(lang):
        found = pattern.match(sentence)
        if found:
            return key, found.groupdict()
    return None


@lru_cache(maxsize=2)
def frames_of(lang: str) -> list[tuple[str, re.Pattern[str], list[str]]]:
    return frames(lang)


def read(body: str, lang: str) -> tuple[int, list[str], list[str]]:
    """(sentences read, slot failures, unframed sentences) of one body."""
    failed, unframed = [], []
    lines = sentences(body)
    for sentence in lines:
        if FIXED[lang].match(sentence):
            continue
        matched = _matched(sentence, lang)
        if matched is None:
            unframed.append(sentence)
            continue
        key, slots = matched
        for slot, value in slots.items():
            fault = check(key, slot, value, lang)
            if fault:
                failed.append(f"[{key}] {fault}")
    return len(lines), failed, unframed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", action="append")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    for name, path in SETS.items():
        if args.only and name not in args.only:
            continue
        counts: Counter[str] = Counter()
        for case in load(path):
            ctx = context(case)
            email = catchup_email(ctx)
            body = body_of(email.text)
            read_n, failed, unframed = read(body, ctx.lang)
            counts["drafts"] += 1
            counts["sentences"] += read_n
            counts["slot_fails"] += len(failed)
            counts["unframed"] += len(unframed)
            counts["drafts_with_fault"] += bool(failed or unframed)
            if args.show and (failed or unframed):
                print(f"== {case['id']}")
                for fault in failed:
                    print("   slot:", fault)
                for sentence in unframed:
                    print("   unframed:", sentence)
        print(name.ljust(5), " ".join(f"{k}={v}" for k, v in counts.items()), flush=True)


if __name__ == "__main__":
    main()
