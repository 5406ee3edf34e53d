"""Plain, frozen data passed between the stages. No behaviour beyond serialisation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "CATEGORIES",
    "Cause",
    "ExcerptLine",
    "FailingTest",
    "Hit",
    "JobReport",
    "SourceInfo",
    "Status",
]

REPORT_SCHEMA = "triage.report/1"

#: The category vocabulary (DESIGN §4.1, a contract).
CATEGORIES: tuple[str, ...] = (
    "test_failure",
    "build_error",
    "lint",
    "dependency",
    "network",
    "timeout",
    "oom",
    "crash",
    "infrastructure",
    "config",
    "unknown",
    "none",
)

Status = Literal["failed", "passed", "unknown"]


@dataclass(frozen=True, slots=True)
class ExcerptLine:
    n: int
    text: str


@dataclass(frozen=True, slots=True)
class Hit:
    """One rule confirmed on one line.

    ``line_number`` is 1-based over the de-enveloped log (DESIGN §4.2); ``offset``
    is the byte offset of the line start in that same stream.
    """

    rule_id: str
    line_number: int
    offset: int
    text: str
    captures: Mapping[str, str]
    derived_from: int | None = None  # line number of the section start that led here


@dataclass(frozen=True, slots=True)
class FailingTest:
    id: str
    framework: str
    line_number: int
    message: str = ""
    #: failing subtests folded into this test (go: ``TestFoo/sub_case`` under ``TestFoo``)
    subtests: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "framework": self.framework,
            "line_number": self.line_number,
            "message": self.message,
        }
        if self.subtests:
            out["subtests"] = list(self.subtests)
        return out


@dataclass(frozen=True, slots=True)
class Cause:
    rank: int
    score: float
    category: str
    rule: str
    line_number: int
    line: str
    signature: str
    fingerprint: str
    occurrences: int
    excerpt: tuple[ExcerptLine, ...]
    reasons: tuple[str, ...]
    hint: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "score": self.score,
            "category": self.category,
            "rule": self.rule,
            "line_number": self.line_number,
            "line": self.line,
            "signature": self.signature,
            "fingerprint": self.fingerprint,
            "occurrences": self.occurrences,
            "excerpt": [{"n": e.n, "text": e.text} for e in self.excerpt],
            "reasons": list(self.reasons),
            "hint": self.hint,
        }


@dataclass(frozen=True, slots=True)
class SourceInfo:
    name: str
    bytes: int
    lines: int
    truncated: bool = False
    truncated_lines: int = 0
    envelope: str = "plain"
    compression: str | None = None  # "gzip", "bzip2" or "xz": the log was inflated
    #: "utf-16-le", "utf-16-be", "utf-32-le" or "utf-32-be": a byte order mark said so,
    #: and the log was read as such
    encoding: str | None = None
    #: why the log could not be read to its end (then ``truncated`` is true too)
    problem: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "bytes": self.bytes,
            "lines": self.lines,
            "truncated": self.truncated,
            "truncated_lines": self.truncated_lines,
            "envelope": self.envelope,
            "compression": self.compression,
            "encoding": self.encoding,
            "problem": self.problem,
        }


@dataclass(frozen=True, slots=True)
class JobReport:
    """The report of one log (DESIGN §4.3, schema ``triage.report/1``)."""

    source: SourceInfo
    status: Status
    category: str
    failing_tests: tuple[FailingTest, ...]
    causes: tuple[Cause, ...]
    stats: Mapping[str, Any] = field(default_factory=dict)
    #: Where the log came from (CircleCI job, node, step, exit code ...); set by sources.
    origin: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": REPORT_SCHEMA,
            "source": self.source.to_dict(),
            "status": self.status,
            "category": self.category,
            "failing_tests": [t.to_dict() for t in self.failing_tests],
            "causes": [c.to_dict() for c in self.causes],
            "stats": dict(self.stats),
        }
        if self.origin:
            out["origin"] = dict(self.origin)
        return out
