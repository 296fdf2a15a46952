from django.apps import AppConfig


class CoachingConfig(AppConfig):
    name = "relance.coaching"
    label = "coaching"

    def ready(self) -> None:
        from relance.coaching import signals  # noqa: F401  (connects the login hook)
