"""The speed-ups of the twelfth pass find what the plain walk found (bench/tone_same.py checks
the corpora; these check the cases one by one)."""

import zlib

from relance.core.accents import strip_combining
from relance.core.hashed_grams import word_grams
from relance.core.private_words import reason
from relance.tone.candidates import Bucket, Buckets, match_candidate
from relance.tone.context import _ends_frame as ends_frame
from relance.tone.context import in_frame
from relance.tone.learned import fold as learned_fold
from relance.tone.lexing import Token, lex, normalise
from relance.tone.patterns import compile_pattern, match_at
from relance.tone.scoring import first_at


def tokens(text: str, lang: str = "fr") -> list[Token]:
    return lex(normalise(text), lang)


def bucket(*sources: str) -> Bucket[str]:
    return Bucket.of([(source, compile_pattern(source, {})) for source in sources])


def test_it_tries_a_pattern_only_when_the_next_word_can_continue_it() -> None:
    found = bucket("je vous exige", "je te déteste").candidates(tokens("je vous écris"), 0)
    assert [source for source, _ in found] == ["je vous exige"]


def test_it_always_tries_the_patterns_whose_second_word_is_loose() -> None:
    sources = ("je", "je vous? exige", "je ... exige", "je * exige")
    found = bucket(*sources).candidates(tokens("je m'excuse"), 0)
    assert [source for source, _ in found] == list(sources)


def test_it_keeps_the_patterns_in_the_order_of_the_index() -> None:
    sources = ("je vous exige", "je ... exige", "je vous ordonne")
    found = bucket(*sources).candidates(tokens("je vous ordonne"), 0)
    assert [source for source, _ in found] == list(sources)


def test_it_tries_nothing_that_needs_a_next_word_at_the_end() -> None:
    assert bucket("je vous exige").candidates(tokens("je"), 0) == ()


def test_it_builds_one_bucket_per_set_of_the_books_keys_a_word_carries() -> None:
    pattern = compile_pattern("je vous", {})
    lazy = Buckets({"je": (("a", pattern),), "~je": (("a", pattern),)})
    word = tokens("je")[0].keys
    assert [source for source, _ in lazy.word(word).entries] == ["a"]  # once, not per key
    assert lazy.word(word) is lazy.word(frozenset({"je", "~je"}))
    assert lazy.word(tokens("tu")[0].keys) is None


def test_it_keeps_the_books_order_not_the_keys() -> None:
    first, second = compile_pattern("vous exigez", {}), compile_pattern("exiger", {})
    order = {id(first): 0, id(second): 1}
    book = Buckets({"exiger": (("b", second),), "exigez": (("a", first),)}, order)
    found = book.word(frozenset({"exigez", "exiger"}))
    assert [source for source, _ in found.entries] == ["a", "b"]


def test_it_groups_the_candidates_of_one_rule() -> None:
    rule, other = "rule", "other"
    entries = [(rule, compile_pattern(s, {})) for s in ("je", "je ... exige")]
    entries.append((other, compile_pattern("je * exige", {})))
    found = Bucket.of(entries).groups(tokens("je exige"), 0)
    assert [(name, len(patterns)) for name, patterns in found] == [(rule, 2), (other, 1)]


def test_it_tries_only_the_words_after_the_second_of_a_plain_candidate() -> None:
    plain = compile_pattern("je vous exige", {})
    assert match_candidate(plain, tokens("je vous exige"), 0) == 3
    assert match_candidate(plain, tokens("je vous écris"), 0) == -1
    assert match_candidate(plain, tokens("je vous"), 0) == -1  # the text ends first
    loose = compile_pattern("je ... exige", {})
    assert match_candidate(loose, tokens("je vous exige"), 0) == 3
    assert match_candidate(loose, tokens("je vous écris"), 0) == -1


def test_it_matches_plain_patterns_as_the_recursive_matcher_does() -> None:
    words = tokens("nous exigeons une réponse")
    assert match_at(compile_pattern("exiger une réponse", {}), words, 1) == 4
    assert match_at(compile_pattern("exiger une décision", {}), words, 1) == -1
    assert match_at(compile_pattern("exiger une réponse immédiate", {}), words, 1) == -1


def test_it_finds_a_frame_anywhere_in_the_sentence_but_not_beyond() -> None:
    frame = (compile_pattern("comme convenu", {}),)
    assert in_frame(frame, tokens("Je vous rappelle, comme convenu, demain."), 0)
    assert not in_frame(frame, tokens("Je vous rappelle demain. Comme convenu."), 0)


def test_it_finds_the_first_token_of_a_sentence() -> None:
    words = tokens("Merci. Je reste disponible.")
    assert first_at(words, 6) == 2  # "Je" starts at 7: the first token at or after 6
    assert first_at(words, 100) is None


def test_it_hashes_the_same_columns_as_the_whole_strings() -> None:
    for word in ("exige", "déteste", "x" * 40, "a"):
        padded = f"<{word[:30]}>"
        grams = {f"w:{word[:30]}"} | {f"c:{padded[i : i + 4]}" for i in range(len(padded) - 3)}
        columns = sorted(zlib.crc32(gram.encode("utf-8")) % 1024 for gram in grams)
        assert word_grams(word, (4,), 1024, 30) == tuple(columns)


def test_it_strips_accents_only() -> None:
    assert strip_combining("e\u0301te\u0301") == "ete"
    assert strip_combining("ça") == "ça"  # a precomposed letter is no combining accent
    assert strip_combining("plain") == "plain"


def test_it_finds_a_private_entry_by_its_prefix_but_not_a_near_word() -> None:
    def same(token: str, _lang: str) -> str:
        return token

    assert reason("on était harcelés", "fr", same) == "employer"  # "harcel*"
    assert reason("des tickets resto", "fr", same) == "salary"  # "ticket* resto"
    assert reason("un ticket de caisse", "fr", same) == ""
    assert reason("on était harcel", "fr", same) == "employer"  # the prefix itself
    assert reason("on était harce", "fr", same) == ""


def test_it_folds_plain_and_accented_words_alike() -> None:
    assert learned_fold("ASAP") == "asap"
    assert learned_fold("Déjà’") == "deja'"


def test_it_ends_a_frame_at_a_sentence_end_but_not_at_a_colon() -> None:
    words = tokens("Désolé : j'étais absent !! Merci.")
    ends = [token.text for token in words if ends_frame(token)]
    assert ends == ["!!", "."]
