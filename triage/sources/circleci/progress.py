"""Progress lines on stderr for long fetches.

Contract: silent unless enabled (stderr is a TTY, or ``--progress``); never
writes to stdout; messages carry no token (they are built from slugs, numbers
and step names only).
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Counts finished units of work and reports them on one stderr line."""

    def __init__(self, enabled: bool, stream: TextIO | None = None) -> None:
        self.enabled = enabled
        self._stream = stream if stream is not None else sys.stderr
        self._total = 0
        self._done = 0
        self._t0 = time.monotonic()

    @classmethod
    def auto(cls, forced: bool = False, stream: TextIO | None = None) -> Progress:
        out = stream if stream is not None else sys.stderr
        return cls(forced or out.isatty(), out)

    def note(self, message: str) -> None:
        if self.enabled:
            self._stream.write(f"triage: {message}\n")
            self._stream.flush()

    def expect(self, n: int) -> None:
        self._total += n

    def advance(self, label: str) -> None:
        self._done += 1
        if self.enabled:
            elapsed = time.monotonic() - self._t0
            self._stream.write(f"triage: [{self._done}/{self._total}] {label} ({elapsed:.1f}s)\n")
            self._stream.flush()
