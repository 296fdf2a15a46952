from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MailboxConfig(AppConfig):
    name = "relance.mailbox"
    label = "mailbox"
    verbose_name = _("Mailbox")
    default_auto_field = "django.db.models.BigAutoField"
