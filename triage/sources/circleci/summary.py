"""The workflow/pipeline summary (schema ``triage.summary/1``, documented in docs/summary.md).

Contract: :meth:`Summary.to_dict` is the versioned JSON contract; the same
inputs give the same output (timings in ``stats`` aside). Every item that
could not be fetched is listed in ``unavailable``; causes beyond
``max_causes`` are cut with ``causes_total`` giving the full count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .logs import NodeReport, Unavailable
from .merge import MergedCause, MergedTest
from .models import Pipeline, Workflow, WorkflowJob, overall_status

__all__ = ["SUMMARY_SCHEMA", "FailedJob", "Summary"]

SUMMARY_SCHEMA = "triage.summary/1"


@dataclass(slots=True)
class FailedJob:
    """A job that was scanned (a failed one, or the job a target names)."""

    job: WorkflowJob
    workflow: Workflow | None
    web_url: str | None = None
    reports: list[NodeReport] = field(default_factory=list)
    tests_stored: int | None = None  # None: metadata not fetched / unavailable
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.job.job_number,
            "name": self.job.name,
            "status": self.job.status,
            "workflow": self.workflow.name if self.workflow else None,
            "workflow_id": self.workflow.id if self.workflow else None,
            "web_url": self.web_url,
            "tests_stored": self.tests_stored,
            "note": self.note,
            "reports": [n.report.to_dict() for n in self.reports],
        }


@dataclass(slots=True)
class Summary:
    """Why a pipeline, workflow or job failed."""

    target: dict[str, Any]
    base_url: str
    pipeline: Pipeline | None
    workflows: list[Workflow]
    jobs: dict[str, list[WorkflowJob]]
    failed_jobs: list[FailedJob]
    tests: list[MergedTest]
    causes: list[MergedCause]
    unavailable: list[Unavailable]
    explanation: str
    stats: dict[str, Any] = field(default_factory=dict)
    flaky_known: int | None = None
    #: Causes kept in ``to_dict`` (``causes_total`` always gives the full count).
    max_causes: int = 20
    #: Set by :func:`triage.history.scoring.annotate_summary` when the local history
    #: store has the project: a pipeline-level block, and per-fingerprint facts added
    #: to each cause as ``history`` (both absent otherwise; see docs/history.md).
    history: dict[str, Any] | None = None
    cause_history: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        if status != "errored" and any(f.job.failed for f in self.failed_jobs):
            return "failed"
        return status

    def to_dict(self) -> dict[str, Any]:
        p = self.pipeline
        return {
            "schema": SUMMARY_SCHEMA,
            "target": self.target,
            "base_url": self.base_url,
            "status": self.status,
            "explanation": self.explanation,
            "pipeline": None if p is None else {
                "id": p.id, "number": p.number, "project": p.project_slug, "state": p.state,
                "branch": p.branch, "tag": p.tag, "revision": p.revision,
                "commit_subject": p.commit_subject, "created_at": p.created_at,
                "trigger": p.trigger_type, "actor": p.actor,
            },
            "errors": [] if p is None else [e.to_dict() for e in p.errors],
            "workflows": [
                {
                    "id": w.id, "name": w.name, "status": w.status,
                    "jobs": [
                        {"number": j.job_number, "name": j.name, "type": j.type,
                         "status": j.status}
                        for j in self.jobs.get(w.id, [])
                    ],
                }
                for w in self.workflows
            ],
            "failed_jobs": [j.to_dict() for j in self.failed_jobs],
            "failing_tests": [t.to_dict() for t in self.tests],
            "causes": [
                self._cause(c, rank) for rank, c in enumerate(self.causes[: self.max_causes], 1)
            ],
            "causes_total": len(self.causes),
            "flaky_known": self.flaky_known,
            "unavailable": [u.to_dict() for u in self.unavailable],
            "stats": self.stats,
            **({"history": self.history} if self.history is not None else {}),
        }

    def _cause(self, c: MergedCause, rank: int) -> dict[str, Any]:
        out = c.to_dict(rank)
        extra = self.cause_history.get(c.cause.fingerprint)
        if extra is not None:
            out["history"] = extra
        return out
