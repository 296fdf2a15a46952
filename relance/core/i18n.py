"""Marking strings for translation in the framework-free core.

The core must not import Django, yet its messages reach users. They are marked with
`gettext_noop` (picked up by `makemessages`) and translated by the caller, e.g.
`django.utils.translation.gettext(message) % params` in the Django layer.
"""


def gettext_noop(message: str) -> str:
    return message


N_ = gettext_noop
