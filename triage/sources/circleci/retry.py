"""When and how long to wait before retrying a request.

Contract:
- Only idempotent requests (GET) are retried, and only on 429, 502, 503, 504 or
  a connection-level error. POSTs are never retried automatically.
- ``Retry-After`` is honoured in both forms (delta seconds or an HTTP date),
  capped at :attr:`RetryPolicy.max_wait_s`; without it the wait is capped,
  full-jitter exponential backoff.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

__all__ = ["RETRY_STATUSES", "RetryPolicy", "parse_retry_after"]

RETRY_STATUSES = frozenset({429, 502, 503, 504})


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value, or None when absent/unparseable."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now or datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Attempts and waits for retryable failures.

    ``attempts`` counts every try, the first included. ``rand`` returns a float
    in [0, 1) and is injectable so tests are deterministic.
    """

    attempts: int = 4
    base_s: float = 0.5
    cap_s: float = 8.0
    max_wait_s: float = 60.0
    rand: Callable[[], float] = field(default=random.random, compare=False)

    def should_retry(self, method: str, status: int | None, attempt: int) -> bool:
        """``status`` None means a connection error. ``attempt`` is 1-based."""
        if method.upper() != "GET" or attempt >= self.attempts:
            return False
        return status is None or status in RETRY_STATUSES

    def wait_s(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to sleep after failed try number ``attempt`` (1-based)."""
        if retry_after is not None:
            return min(retry_after, self.max_wait_s)
        ceiling = min(self.cap_s, self.base_s * 2.0 ** max(0, attempt - 1))
        return ceiling * (0.5 + 0.5 * float(self.rand()))
