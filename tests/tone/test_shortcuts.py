"""Session 21's shortcuts find what the long way found (bench/tone_same.py checks the
corpora; these check each shortcut against the long way, case by case)."""

import itertools
import re
import zlib

from relance.core import private_words
from relance.tone import learned, private
from relance.tone.candidates import Bucket, grouped, needed_keys
from relance.tone.context import QUOTE_RE
from relance.tone.lemmas import private_lemma
from relance.tone.lexing import Token, lex, normalise
from relance.tone.patterns import compile_pattern
from relance.tone.register import EMOJI_RE

# the plain forms the shortcuts replace
PLAIN_QUOTE_RE = re.compile(
    r"«[^»]*»|“[^”]*”|‘[^’\n]*’|\"[^\"\n]*\"|(?<![\w'])'(?=\S)[^\n]{1,120}?(?<=\S)'(?![\w'])"
)
PLAIN_EMOJI_RE = re.compile(
    "[\U0001f300-\U0001faff\U0001f000-\U0001f2ff\u2600-\u27bf\u2b50\u2b55\u2764\u263a]"
    r"|(?<![\w/])(?:[:;=][-']?[)(DPp3/\]\[|]+|[xX]D+|\^[_.]?\^|<3)(?![\w/])"
)
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def tokens(text: str, lang: str = "fr") -> list[Token]:
    return lex(normalise(text), lang)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def test_the_next_words_groups_are_those_of_the_candidates() -> None:
    sources = ("je vous exige", "je ... exige", "je vous ordonne", "je te déteste", "je")
    entries = [(source.split()[-1], compile_pattern(source, {})) for source in sources]
    bucket = Bucket.of(entries)
    for text in ("je vous ordonne", "je te hais", "je m'excuse", "je", "je vous exige"):
        words = tokens(text)
        expected = grouped(bucket.candidates(words, 0))
        assert list(bucket.groups(words, 0)) == expected
        assert bucket.groups(words, 0) is bucket.groups(words, 0) or not expected[1:]


def test_a_pattern_is_ruled_out_only_by_a_word_it_needs() -> None:
    gap, optional, anyword = (
        compile_pattern(s, {}) for s in ("je ... exige", "je vous? exige", "je * exige")
    )
    assert needed_keys(gap) == needed_keys(optional) == needed_keys(anyword)
    assert needed_keys(gap) == (frozenset({"exige", "~exige"}),)
    assert needed_keys(compile_pattern("je vous?", {})) == ()
    bucket = Bucket.of([("a", gap)])
    present = frozenset().union(*[token.keys for token in tokens("je vous écris")])
    assert not bucket.may_match(gap, present)
    present = frozenset().union(*[token.keys for token in tokens("j'exige")])
    assert bucket.may_match(gap, present)


def test_apostrophes_are_normalised_as_by_a_translation_table() -> None:
    for text in ("l’été", "‘quote’ `x` ʼa", "plain", "", "é’’"):
        assert normalise(text) == text.translate(APOSTROPHES)


def test_quotes_and_emojis_are_found_as_by_the_plain_patterns() -> None:
    texts = (
        "Il m'a dit « revenez lundi » et 'ASAP' puis 'you're useless' :)",
        "l'entretien 'test' x'y' ' spaced ' «a» “b” ‘c’ \"d\"",
        "Merci :-) ;P xD XDD ^^ ^_^ <3 a:) /:( :)a 👍 ❤ ☺ ⭐ 🀄 http://x.fr",
        "'",
        "''",
        "' '",
        ":",
        "x",
        "<3<3",
        ":)):",
    )
    for a, b in itertools.product(texts, texts):
        text = a + " " + b
        assert spans(QUOTE_RE, text) == spans(PLAIN_QUOTE_RE, text)
        assert spans(EMOJI_RE, text) == spans(PLAIN_EMOJI_RE, text)


def test_the_words_a_regex_needs_are_in_each_of_its_examples() -> None:
    for lang, text in (
        ("fr", "gestion du turnover"),
        ("fr", "prevention des accidents du travail"),
        ("fr", "test paie sur excel"),
        ("fr", "gestionnaire de paie"),
        ("en", "reducing staff turnover"),
        ("en", "calm with anxious owners"),
        ("en", "distressed witnesses"),
    ):
        assert private_words.JOB_CONTENT[lang].search(text)
        assert any(word in text for word in private_words.JOB_CONTENT_WORDS[lang])
    for text in ("une contre-offre", "a counter offer", "demander plus"):
        assert private._counter_offer(text)
    assert not private._counter_offer("contrepartie")
    for text in ("my turnover reduction case study", "Absence management", "ACCIDENT plans"):
        assert private.TASK_NOUN.search(text) and private._may_name_a_task(text)
    assert not private._may_name_a_task("I managed the team") and private._may_name_a_task("é")


def test_the_private_lists_index_finds_the_first_entry_a_scan_finds() -> None:
    for lang, text in (
        ("fr", "mon ancien chef était nul et on était harcelés, ma vie privée aussi"),
        ("fr", "des tickets resto et un salaire de misère"),
        ("en", "my old boss was a total idiot and they harassed us"),
        ("en", "nothing private here at all"),
    ):
        words = private_words.tokens(text)
        entries = private_words.lexicon(lang)
        for listed in (words, [private_lemma(word, lang) for word in words]):
            scan = next(
                (n for n, (_, p) in enumerate(entries) if private_words.found(p, listed)),
                len(entries),
            )
            every = tuple([True] * len(entries))
            assert private_words._first_match(listed, lang, every, len(entries)) == scan


def test_spaced_letters_are_still_joined() -> None:
    assert [token.text for token in tokens("vous êtes des f e m m e s")][-1] == "femmes"
    assert [token.text for token in tokens("a b c d")] == ["abcd"]
    assert [token.text for token in tokens("a b c")] == ["a", "b", "c"]


def test_a_sentences_words_read_in_place_are_those_of_its_copy() -> None:
    text = "Bonjour !! Je vous écris 😀 pour l'offre. Merci d'avance"
    for start, end in learned.sentences(text):
        copied = learned.sentence_words(text[start:end])
        in_place = learned.sentence_words(text, start, end)
        assert [(w, s + start, e + start) for w, s, e in copied] == in_place


def test_a_sentences_features_are_those_of_the_plain_loop() -> None:
    def plain(words: list[str]) -> list[int]:
        found: dict[int, None] = {}
        padded = ["<s>", *words, "</s>"]
        for word in words:
            found.update(dict.fromkeys(learned.word_features(word)))
        for left, right in itertools.pairwise(padded):
            found[zlib.crc32(f"b:{left} {right}".encode()) % learned.BUCKETS] = None
        for left, right in zip(padded, padded[2:], strict=False):
            found[zlib.crc32(f"k:{left} {right}".encode()) % learned.BUCKETS] = None
        return list(found)

    for words in (["merci"], [], ["je", "vous", "écris", "je", "vous"], ["a", "b"]):
        assert learned.feature_keys(words) == plain(words)
