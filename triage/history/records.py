"""Typed per-job records: what the history store keeps about one CI job.

Contract:
- A :class:`JobRecord` is built once, from CircleCI models and scanner
  reports (:func:`from_circleci`) or from a local log and its metadata
  (:mod:`.importer`), and is then plain frozen data.
- Records hold only what the source said: no ingest time, no batch id, so the
  same job scanned twice gives an equal record (resumed syncs equal clean ones).
- ``job_key`` identifies a job across syncs: ``circleci:<project>:<number>``,
  or ``local:<project>:<sha256 of the log, 16 hex>``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from triage.models import Cause, JobReport
from triage.redact import redact
from triage.rules import RuleSet, load_rules

__all__ = [
    "FAILED_STATUSES",
    "TERMINAL_STATUSES",
    "CauseRecord",
    "JobRecord",
    "TestRecord",
    "circleci_key",
    "parse_time",
]

#: job statuses that end a job (others — running, queued, blocked, not_run ... — are skipped)
TERMINAL_STATUSES = frozenset({
    "success", "failed", "timedout", "infrastructure_fail", "canceled", "unauthorized",
})
#: job statuses that count as a failure
FAILED_STATUSES = frozenset({"failed", "timedout", "infrastructure_fail", "failing"})

#: the longest text kept per cause line / test message / excerpt (characters)
LINE_CAP = 400
MESSAGE_CAP = 300
EXCERPT_CAP = 1200


def circleci_key(project: str, job_number: int) -> str:
    return f"circleci:{project}:{job_number}"


def parse_time(text: str | None) -> datetime | None:
    """An ISO-8601 time (``Z`` or an offset) as an aware UTC datetime; None when absent."""
    if not text:
        return None
    try:
        t = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=UTC)
    return t.astimezone(UTC)


def iso_time(t: object) -> str | None:
    """A datetime as ISO-8601 with ``Z`` (the inverse of :func:`parse_time`); None otherwise."""
    return t.isoformat().replace("+00:00", "Z") if isinstance(t, datetime) else None


def _cap(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class CauseRecord:
    """One cause of one node×step report (ranked in its log by :mod:`triage.rank`)."""

    node: int
    step: str
    rank: int
    score: float
    category: str
    rule: str
    kind: str  # the rule's kind: error, test, summary, wrapper; "synthetic" for CI flags
    signature: str
    fingerprint: str
    line_number: int
    line: str
    excerpt: str
    occurrences: int
    hint: str | None = None


@dataclass(frozen=True, slots=True)
class TestRecord:
    """A failing test of a job (from its log, its stored test metadata, or both)."""

    __test__ = False  # not a pytest class

    test_id: str
    name: str
    classname: str
    file: str | None
    framework: str
    source: str  # "log", "metadata" or "log+metadata"
    message: str


@dataclass(frozen=True, slots=True)
class JobRecord:
    """Everything the store keeps about one job (schema: docs/history.md)."""

    job_key: str
    provider: str
    project: str
    job_name: str
    status: str
    pipeline_id: str | None = None
    pipeline_number: int | None = None
    pipeline_created_at: datetime | None = None
    workflow_id: str | None = None
    workflow: str | None = None
    job_number: int | None = None
    branch: str | None = None
    commit: str | None = None
    started_at: datetime | None = None
    stopped_at: datetime | None = None
    parallelism: int = 1
    log_bytes: int = 0
    log_complete: bool = True
    url: str | None = None
    causes: tuple[CauseRecord, ...] = ()
    tests: tuple[TestRecord, ...] = field(default_factory=tuple)

    @property
    def failed(self) -> bool:
        return self.status in FAILED_STATUSES

    @property
    def duration_s(self) -> float | None:
        if self.started_at is None or self.stopped_at is None:
            return None
        return max(0.0, (self.stopped_at - self.started_at).total_seconds())

    @property
    def when(self) -> datetime | None:
        """The job's time for windows and partitions: start, else its pipeline's creation."""
        return self.started_at or self.pipeline_created_at or self.stopped_at

    @property
    def category(self) -> str:
        """The category of the job's best non-wrapper cause; ``none`` when it passed."""
        if not self.failed:
            return "none"
        real = [c for c in self.causes if c.kind != "wrapper"] or list(self.causes)
        if not real:
            return "test_failure" if self.tests else "unknown"
        return max(real, key=lambda c: (c.score, -c.rank, -c.node)).category


def cause_records(
    report: JobReport, node: int, step: str, causes: Sequence[Cause] | None = None,
    rules: RuleSet | None = None,
) -> list[CauseRecord]:
    """The causes of one scanner report (or ``causes``, e.g. with synthesised ones)."""
    rules = rules or load_rules()
    out = []
    for c in causes if causes is not None else report.causes:
        kind = rules.rule(c.rule).kind if c.rule in rules.by_id else "synthetic"
        excerpt = "\n".join(f"{e.n}: {e.text}" for e in c.excerpt)
        out.append(CauseRecord(
            node=node, step=step, rank=c.rank, score=float(c.score), category=c.category,
            rule=c.rule, kind=kind, signature=_cap(c.signature, LINE_CAP),
            fingerprint=c.fingerprint, line_number=c.line_number, line=_cap(c.line, LINE_CAP),
            excerpt=_cap(excerpt, EXCERPT_CAP), occurrences=c.occurrences, hint=c.hint,
        ))
    return out


def sorted_causes(causes: Iterable[CauseRecord]) -> tuple[CauseRecord, ...]:
    return tuple(sorted(causes, key=lambda c: (c.node, c.step, c.rank, c.fingerprint)))


def sorted_tests(tests: Iterable[TestRecord]) -> tuple[TestRecord, ...]:
    return tuple(sorted(tests, key=lambda t: (t.test_id, t.source)))


def cap_message(text: str) -> str:
    """The first line of a test's message, redacted and capped."""
    first = redact(text.strip().splitlines()[0]) if text.strip() else ""
    return _cap(first, MESSAGE_CAP)
