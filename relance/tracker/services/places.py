"""A first guess at the place of work from the browser's time zone, so the first run asks
only for a name, an address and a password; the settings page corrects it."""

from __future__ import annotations

# Time zone -> (country, subdivision for public holidays). Overseas France has its own days.
PLACES = {
    "Europe/Paris": ("FR", ""),
    "Indian/Reunion": ("FR", "974"),
    "America/Guadeloupe": ("FR", "971"),
    "America/Martinique": ("FR", "972"),
    "America/Cayenne": ("FR", "973"),
    "Indian/Mayotte": ("FR", "976"),
    "Europe/Brussels": ("BE", ""),
    "Europe/Zurich": ("CH", ""),
    "Europe/Luxembourg": ("LU", ""),
    "Europe/Monaco": ("MC", ""),
    "America/Montreal": ("CA", ""),
    "America/Toronto": ("CA", ""),
    "America/Vancouver": ("CA", ""),
    "Europe/London": ("GB", ""),
    "America/New_York": ("US", ""),
    "America/Chicago": ("US", ""),
    "America/Denver": ("US", ""),
    "America/Los_Angeles": ("US", ""),
    "Africa/Casablanca": ("MA", ""),
    "Africa/Tunis": ("TN", ""),
    "Africa/Dakar": ("SN", ""),
    "Africa/Abidjan": ("CI", ""),
    "Europe/Berlin": ("DE", ""),
    "Europe/Madrid": ("ES", ""),
    "Europe/Rome": ("IT", ""),
}
DEFAULT_ZONE = "Europe/Paris"


def place_for_zone(zone: str) -> tuple[str, str, str]:
    """(country, subdivision, time zone) for a browser's zone; Paris when it is unknown."""
    if zone in PLACES:
        country, subdivision = PLACES[zone]
        return country, subdivision, zone
    return "FR", "", DEFAULT_ZONE
