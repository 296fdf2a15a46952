"""Export and import all of a user's data in one versioned JSON format.

The format is documented in docs/export-format.md. The CLI (`relance export`,
`relance import`) and the settings page both use these functions.
"""

from relance.tracker.exchange.errors import ImportRefused
from relance.tracker.exchange.exporter import FORMAT, VERSION, export_user
from relance.tracker.exchange.importer import import_user
from relance.tracker.exchange.summary import import_summary

__all__ = ["FORMAT", "VERSION", "ImportRefused", "export_user", "import_summary", "import_user"]
