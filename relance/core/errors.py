"""Errors the core raises when a write would break one of the method's rules."""

from __future__ import annotations

from collections.abc import Mapping


class RuleViolation(Exception):
    """A write (web, CLI, import, API, worker) would break a golden rule or a default.

    `message` is an N_-marked English msgid with %(name)s placeholders filled from
    `params`, so the Django layer can show `gettext(message) % params`.
    """

    def __init__(self, rule_id: str, message: str, params: Mapping[str, object] | None = None):
        self.rule_id = rule_id
        self.message = message
        self.params: dict[str, object] = dict(params or {})
        super().__init__(f"[{rule_id}] {self.rendered()}")

    def rendered(self) -> str:
        """The English message with its placeholders filled in."""
        return self.message % self.params if self.params else self.message


class CalendarError(ValueError):
    """A place of work the calendar cannot handle (unknown country or subdivision)."""
