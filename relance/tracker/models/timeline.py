"""The append-only history of an application."""

from __future__ import annotations

from typing import Any

from django.db import models

from relance.tracker.models.application import Application


class TimelineEvent(models.Model):
    application = models.ForeignKey(Application, models.CASCADE, related_name="events")
    at = models.DateTimeField()
    kind = models.CharField(max_length=40)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "id"]
        # The coaches' dashboard looks for the last fortnight's activity only.
        indexes = [models.Index(fields=["at"], name="timeline_at")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.kind}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("Timeline events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ValueError("Timeline events are append-only.")
