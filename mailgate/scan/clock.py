"""Today's date for the recognizers that judge birth dates, read from the clock once a day.

A dense MB asks for it some 57,000 times; `dt.date.today()` builds a new date each time.
The cached date is kept until the next local midnight, so a long-running service still
turns the day.
"""

from __future__ import annotations

import datetime as dt
import time

_today = dt.date.min
_until = 0.0  # time.time() at which _today stops being today


def today() -> dt.date:
    global _today, _until
    now = time.time()
    if now >= _until:
        _today = dt.date.fromtimestamp(now)
        midnight = dt.datetime.combine(_today + dt.timedelta(days=1), dt.time())
        _until = midnight.timestamp()
    return _today
