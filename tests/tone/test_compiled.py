"""The compiled rule files kept between processes (relance/tone/compiled.py)."""

import shutil
from pathlib import Path

import pytest

from relance.tone import compiled, rules


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("RELANCE_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    copy = tmp_path / "rules" / "fr"
    shutil.copytree(rules.RULES_DIR / "fr", copy)
    return copy


class Counting:
    """rules._compile, counted: the cache must spare it, not change what it gives."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> compiled.Compiled:
        self.calls += 1
        return rules._compile("fr")


def compilations_over_two_loads(rules_dir: Path) -> int:
    build = Counting()
    compiled.load("fr", rules_dir, build)
    compiled.load("fr", rules_dir, build)
    return build.calls


def test_it_reads_back_what_it_compiled(cache: Path, rules_dir: Path) -> None:
    build = Counting()
    first = compiled.load("fr", rules_dir, build)
    again = compiled.load("fr", rules_dir, build)
    assert build.calls == 1
    assert again == first


def test_it_keeps_the_frames_own_patterns_in_a_rules_unless(cache: Path, rules_dir: Path) -> None:
    compiled.load("fr", rules_dir, Counting())
    _, frames, fields = compiled.load("fr", rules_dir, Counting())
    framed = {id(pattern) for found in frames.values() for pattern in found}
    unless = [pattern for rule in fields for pattern in rule["unless"]]
    assert unless and all(id(pattern) in framed for pattern in unless)


def test_it_gives_each_rule_its_own_pattern_objects(cache: Path, rules_dir: Path) -> None:
    compiled.load("fr", rules_dir, Counting())
    _, _, fields = compiled.load("fr", rules_dir, Counting())
    patterns = [pattern for rule in fields for pattern in rule["patterns"]]
    assert len({id(pattern) for pattern in patterns}) == len(patterns)


def test_it_compiles_again_when_a_rule_file_changes(cache: Path, rules_dir: Path) -> None:
    build = Counting()
    compiled.load("fr", rules_dir, build)
    demand = rules_dir / "demand.toml"
    demand.write_text(demand.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    compiled.load("fr", rules_dir, build)
    assert build.calls == 2
    assert len(list(cache.glob("tone-rules-fr-*.marshal"))) == 1  # the stale one removed


def test_it_compiles_again_over_a_damaged_cache(cache: Path, rules_dir: Path) -> None:
    build = Counting()
    expected = compiled.load("fr", rules_dir, build)
    for path in cache.glob("*.marshal"):
        path.write_bytes(b"\x00not marshal")
    assert compiled.load("fr", rules_dir, build) == expected
    assert build.calls == 2


def test_it_works_when_the_cache_cannot_be_written(
    tmp_path: Path, rules_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("RELANCE_CACHE_DIR", str(blocker / "cache"))
    assert compilations_over_two_loads(rules_dir) == 2


def test_it_compiles_every_time_when_turned_off(
    rules_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELANCE_CACHE_DIR", "off")
    assert compilations_over_two_loads(rules_dir) == 2


def test_it_compiles_every_time_for_a_user_with_no_home(
    rules_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("RELANCE_CACHE_DIR", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    assert compilations_over_two_loads(rules_dir) == 2
