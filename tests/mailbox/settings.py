"""Until the lead adds "relance.mailbox" to INSTALLED_APPS: the project settings plus this app."""

from relance.settings import *  # noqa: F403
from relance.settings import INSTALLED_APPS

if "relance.mailbox" not in INSTALLED_APPS:
    INSTALLED_APPS = [*INSTALLED_APPS, "relance.mailbox"]
