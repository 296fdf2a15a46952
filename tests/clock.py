"""The one moment every test and bench pretends it is (no Django here: benches import it).

A Tuesday, well away from public holidays and DST changes: 09:00 in Paris.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
# 10:30 in Paris, inside the e-mail window (09:30–11:30): when the worker's tests send.
SENDING_TIME = NOW + timedelta(hours=1, minutes=30)
