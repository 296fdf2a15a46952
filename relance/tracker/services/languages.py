"""Which language the messages to a recruiter are written in.

The job's place decides, not the interface: a candidate using Relance in English writes to a
Paris brasserie in French. The candidate can choose otherwise per application.
"""

from __future__ import annotations

from relance.tracker.models import Application, Profile

# Where French is the usual language of a job application (Switzerland and Belgium are
# mixed: French is the better first guess for a candidate of a French-speaking tool).
FRENCH_SPEAKING = frozenset({"FR", "BE", "CH", "LU", "MC"})


def draft_language(app: Application, profile: Profile) -> str:
    if app.language:
        return app.language
    country = app.place(profile.place).country.upper()
    if country in FRENCH_SPEAKING:
        return "fr"
    if country == "CA":
        return profile.language  # Québec or elsewhere: the candidate knows
    return "en"
