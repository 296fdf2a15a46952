"""Test-wide set-up: an isolated data directory, so no test touches ~/.local/share."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("RELANCE_DATA_DIR", tempfile.mkdtemp(prefix="relance-test-"))
