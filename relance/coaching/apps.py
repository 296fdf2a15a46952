from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoachingConfig(AppConfig):
    name = "relance.coaching"
    label = "coaching"

    def ready(self) -> None:
        from relance.coaching import signals  # noqa: F401  (connects the login hook)
        from relance.coaching.tally_triggers import on_post_migrate

        # SQLite drops a table's triggers when a migration rebuilds it: put them back.
        post_migrate.connect(on_post_migrate, sender=self)
