"""Cleaned step output for ``triage logs``: de-enveloped, ANSI-free, line by line.

Contract: :class:`LogCleaner` accepts chunks split anywhere and returns only
complete lines, each cleaned with :func:`triage.decode.clean_line` (ANSI and CI
timestamp prefixes removed, ``\\r`` redraws collapsed to their last segment);
the CircleCI JSON envelope is detected from the first bytes and removed
incrementally. Memory is bounded by one line plus the detection head.
"""

from __future__ import annotations

from triage.decode import CircleCIEnvelope, clean_line, looks_like_circleci_json

__all__ = ["LogCleaner"]

_DETECT = 64
_LINE_CAP = 1 << 20


class LogCleaner:
    """Feed raw step-output bytes; get cleaned text lines back."""

    def __init__(self) -> None:
        self._head = b""
        self._env: CircleCIEnvelope | None = None
        self._decided = False
        self._carry = b""

    @property
    def truncated(self) -> bool:
        """Whether CircleCI marked any output chunk as truncated."""
        return self._env is not None and self._env.truncated

    def feed(self, chunk: bytes) -> list[str]:
        if not self._decided:
            self._head += chunk
            if len(self._head.lstrip()) < _DETECT:
                return []
            chunk, self._head = self._head, b""
            self._decide(chunk)
        return self._text(self._env.feed(chunk) if self._env else chunk)

    def finish(self) -> list[str]:
        lines: list[str] = []
        if not self._decided:
            head, self._head = self._head, b""
            self._decide(head)
            lines = self._text(self._env.feed(head) if self._env else head)
        if self._carry:
            lines.append(clean_line(self._carry, _LINE_CAP))
            self._carry = b""
        return lines

    def _decide(self, head: bytes) -> None:
        self._decided = True
        if looks_like_circleci_json(head):
            self._env = CircleCIEnvelope()

    def _text(self, data: bytes) -> list[str]:
        if not data:
            return []
        data = self._carry + data
        *complete, self._carry = data.split(b"\n")
        if len(self._carry) > _LINE_CAP:
            complete.append(self._carry)
            self._carry = b""
        return [clean_line(line, _LINE_CAP) for line in complete]
