"""Fuzzing the import with mutated valid exports: a clean refusal or a whole import, never
a traceback or a partial write; and export → import → export gives the same document."""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relance.tracker.exchange import ImportRefused, export_user, import_user
from relance.tracker.exchange.reader import read_export
from relance.tracker.models import Application, Profile
from relance.tracker.services.applications import add_contact, create_application
from relance.tracker.services.interviews import add_interview, save_agreement
from tests.fixtures.clock import NOW
from tests.fuzz.base import FUZZ, isolated, make_user

pytestmark = pytest.mark.django_db
SWAPS = [None, True, 0, -1, 10**17, "", "x" * 300, [], {}, [[[]]], "\ud800", "0026-03-10"]


def alice_export() -> dict[str, Any]:
    alice = make_user("alice")
    app = create_application(alice, company="Lipp", position="chef", now=NOW)
    add_contact(app, last_name="Durand", email="claire@example.com", now=NOW)
    interview = add_interview(app, at=NOW, now=NOW)
    save_agreement(interview, NOW, agreement_obtained=True, decision_date=date(2026, 3, 13))
    return json.loads(json.dumps(export_user(alice, NOW), default=str))


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


def replace(document: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    result = copy.deepcopy(document)
    target = result
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new
    return result


def mutate(document: dict[str, Any], kind: str, pick: int, swap: Any) -> bytes:
    raw = json.dumps(document, ensure_ascii=False).encode()
    every = paths(document)
    path = every[pick % len(every)]
    if kind == "truncate":
        return raw[: pick % len(raw)]
    if kind == "swap":
        return json.dumps(replace(document, path, swap)).encode()
    if kind == "nest":
        nested = swap
        for _ in range(13):  # one level deeper than the reader allows
            nested = [nested]
        return json.dumps(replace(document, path, nested)).encode()
    if kind == "duplicate key":  # the same key twice in the top-level object
        return raw[:-1] + b', "format": "relance-export"}'
    return json.dumps(replace(document, path, None)).encode()  # "null"


@FUZZ
@given(
    kind=st.sampled_from(["truncate", "swap", "nest", "duplicate key", "null"]),
    pick=st.integers(0, 10**6),
    swap=st.sampled_from(SWAPS),
)
def test_it_refuses_a_mutated_export_cleanly_or_imports_it_whole(
    kind: str, pick: int, swap: Any
) -> None:
    def example() -> None:
        raw = mutate(alice_export(), kind, pick, swap)
        carol = make_user("carol")
        try:
            import_user(carol, read_export(raw), NOW)
        except ImportRefused as refusal:
            assert str(refusal).strip()
            assert not Application.objects.filter(owner=carol).exists()
            assert Profile.objects.get(user=carol).name == "Carol"
            return
        assert Application.objects.filter(owner=carol).count() == 1

    isolated(example)


def without_volatile(document: dict[str, Any]) -> dict[str, Any]:
    document = copy.deepcopy(document)
    document.pop("exported_at", None)
    for app in document["applications"]:
        app["timeline"] = [e for e in app["timeline"] if e["kind"] != "application.imported"]
    return document


def test_export_import_export_is_the_identity() -> None:
    first = alice_export()
    Application.objects.all().delete()  # frees the follow-up codes, as a move to a new server
    carol = make_user("carol")
    import_user(carol, read_export(json.dumps(first).encode()), NOW)
    second = json.loads(json.dumps(export_user(carol, NOW), default=str))
    assert without_volatile(second)["applications"] == without_volatile(first)["applications"]
    assert second["profile"] == first["profile"]
