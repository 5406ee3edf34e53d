"""Fault injection for the fake server, selected per request path.

A fault is a JSON object::

    {"path": "<regex searched in the request path>",
     "host": "api" | "output" | null,          # which listener; null = both
     "kind": "status" | "slow" | "cut" | "delay",
     "status": 429, "body": "Rate limited.", "retry_after": "1",   # kind=status
     "chunk_delay_s": 0.2,                                          # kind=slow
     "cut_after": 4096,                                             # kind=cut
     "delay_s": 0.5,                                                # kind=delay
     "times": 1}                                 # how many requests it hits; null = forever

Contract: faults are checked in the order added; the first live one whose
``path`` and ``host`` match applies and its ``times`` is decremented. Shorthand
for the command line: ``PATH_REGEX=429[:TIMES]``, ``=401``, ``=403``,
``=404``, ``=500``, ``=503``, ``=slow``, ``=cut``.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

__all__ = ["Fault", "FaultBook", "parse_fault_arg"]

_KINDS = ("status", "slow", "cut", "delay")
_BODIES = {
    401: '{"message":"You must log in first."}',
    403: '{"message":"Permission denied"}',
    404: '{"message":"Entity not found"}',
    429: "Rate limited.",
    500: '{"message":"Internal server error"}',
    502: "<html><body>502 Bad Gateway</body></html>",
    503: '{"message":"Service unavailable"}',
    504: "<html><body>504 Gateway Time-out</body></html>",
}


@dataclass
class Fault:
    path: str
    kind: str = "status"
    host: str | None = None
    status: int = 500
    body: str | None = None
    retry_after: str | None = None
    chunk_delay_s: float = 0.2
    cut_after: int = 4096
    delay_s: float = 0.5
    times: int | None = 1

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fault:
        kind = str(data.get("kind", "status"))
        if kind not in _KINDS:
            raise ValueError(f"unknown fault kind {kind!r}")
        re.compile(str(data["path"]))
        times = data.get("times", 1)
        return cls(
            path=str(data["path"]),
            kind=kind,
            host=data.get("host"),
            status=int(data.get("status", 500)),
            body=data.get("body"),
            retry_after=None if data.get("retry_after") is None else str(data["retry_after"]),
            chunk_delay_s=float(data.get("chunk_delay_s", 0.2)),
            cut_after=int(data.get("cut_after", 4096)),
            delay_s=float(data.get("delay_s", 0.5)),
            times=None if times is None else int(times),
        )

    def error_body(self) -> bytes:
        return (self.body if self.body is not None else _BODIES.get(self.status, "")).encode()


def parse_fault_arg(text: str) -> Fault:
    """``PATH_REGEX=KIND[:TIMES]`` where KIND is a status code, slow or cut."""
    path, sep, spec = text.rpartition("=")
    if not sep:
        raise ValueError(f"fault {text!r}: expected PATH_REGEX=KIND[:TIMES]")
    kind, _, times = spec.partition(":")
    count: int | None = int(times) if times else 1
    if times == "*":
        count = None
    if kind.isdigit():
        retry = "1" if kind == "429" else None
        return Fault.from_json({"path": path, "kind": "status", "status": int(kind),
                                "retry_after": retry, "times": count})
    return Fault.from_json({"path": path, "kind": kind, "times": count})


class FaultBook:
    """The live faults, shared by the server threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, host: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.host not in (None, host) or not re.search(fault.path, path):
                    continue
                if fault.times is not None:
                    if fault.times <= 0:
                        continue
                    fault.times -= 1
                return fault
        return None
