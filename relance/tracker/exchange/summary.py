"""What an import added, in one line: the web's message and `relance import`'s output.

Every count has its plural form (French: "1 candidature importée", "0 réponse",
"3 candidatures importées"), never "1 applications".
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def import_summary(counts: Mapping[str, int]) -> str:
    applications = counts.get("applications", 0)
    interviews = counts.get("interviews", 0)
    followups = counts.get("followups", 0)
    replies = counts.get("replies", 0)
    parts = {
        "applications": ngettext(
            "%(count)d application imported", "%(count)d applications imported", applications
        )
        % {"count": applications},
        "interviews": ngettext("%(count)d interview", "%(count)d interviews", interviews)
        % {"count": interviews},
        "followups": ngettext("%(count)d follow-up", "%(count)d follow-ups", followups)
        % {"count": followups},
        "replies": ngettext("%(count)d reply", "%(count)d replies", replies) % {"count": replies},
    }
    return _("%(applications)s, with %(interviews)s, %(followups)s and %(replies)s.") % parts
