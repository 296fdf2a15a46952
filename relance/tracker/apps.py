from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrackerConfig(AppConfig):
    name = "relance.tracker"
    label = "tracker"
    verbose_name = _("Follow-ups")

    def ready(self) -> None:
        from relance.tracker import checks  # noqa: F401  (registers the system checks)
