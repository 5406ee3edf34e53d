"""Answer "why did it fail?" for a target: resolve, fetch, scan, merge.

Contract:
- A project resolves to its latest *failed* pipeline (optionally on a branch);
  a pipeline to all its workflows; a workflow to itself; a job to itself.
- Only failed, timed-out and infrastructure-failed jobs are scanned; approval
  jobs are listed but never asked for details.
- Test metadata is fetched for every failed job, flaky insights once per
  project; failures of either land in ``unavailable`` and do not stop the
  summary.
- Requests run concurrently, bounded by the client's concurrency limit.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from triage.errors import (
    CircleCIError,
    FeatureUnavailableError,
    InputError,
    NotFoundError,
)

from .api import AsyncCircleCI
from .features import FLAKY_INSIGHTS
from .logs import (
    JobScan,
    ScannerFactory,
    Unavailable,
    default_scanner_factory,
    scan_job,
)
from .merge import flag_flaky, merge_causes, merge_tests, pipeline_error_causes
from .models import FlakyTest, Pipeline, TestResult, Workflow, WorkflowJob
from .progress import Progress
from .summary import FailedJob, Summary
from .targets import Target

__all__ = ["Resolved", "resolve", "summarise"]


class Resolved:
    """The pipeline, workflows and (for a job target) the job a target names."""

    def __init__(
        self,
        pipeline: Pipeline | None,
        workflows: list[Workflow],
        project: str,
        job_number: int | None = None,
        note: str = "",
    ) -> None:
        self.pipeline = pipeline
        self.workflows = workflows
        self.project = project
        self.job_number = job_number
        self.note = note


async def resolve(ci: AsyncCircleCI, target: Target, *, search: int = 30) -> Resolved:
    """Turn a parsed target into a pipeline and the workflows to look at.

    A project that answers 404 raises :class:`NoProjectsError` when its
    organisation is not the user's (wrong organisation), else the 404 error.
    """
    try:
        return await _resolve(ci, target, search)
    except NotFoundError as exc:
        if target.project and target.kind in ("project", "pipeline", "job"):
            raise await ci.explain_missing(target.project, exc) from None
        raise


async def _resolve(ci: AsyncCircleCI, target: Target, search: int) -> Resolved:
    if target.kind == "project":
        assert target.project
        found = await ci.latest_failed_pipeline(target.project, branch=target.branch, search=search)
        if found is None:
            latest = await ci.latest_pipeline(target.project, branch=target.branch)
            where = f" on branch {target.branch}" if target.branch else ""
            if latest is None:
                return Resolved(None, [], target.project, note=f"no pipelines{where} yet")
            workflows = await ci.workflows(latest.id)
            return Resolved(
                latest, workflows, target.project,
                note=f"no failed pipeline{where} among the latest {search}; showing the latest",
            )
        return Resolved(found[0], found[1], target.project)
    was_uuid = target.kind == "uuid"
    if target.kind in ("pipeline", "uuid"):
        pipeline: Pipeline | None = None
        if target.pipeline_id or target.uuid:
            try:
                pipeline = await ci.pipeline(target.pipeline_id or target.uuid or "")
            except NotFoundError:
                if not was_uuid:
                    raise
        elif target.project and target.pipeline_number is not None:
            pipeline = await ci.pipeline_by_number(target.project, target.pipeline_number)
        if pipeline is not None:
            return Resolved(pipeline, await ci.workflows(pipeline.id), pipeline.project_slug)
        target = Target("workflow", target.text, project=target.project, workflow_id=target.uuid)
    if target.kind == "workflow":
        assert target.workflow_id
        try:
            workflow = await ci.workflow(target.workflow_id)
        except NotFoundError:
            if not was_uuid:
                raise
            raise NotFoundError(
                f"{target.text!r} is neither a pipeline nor a workflow the token can see; "
                "check the id, or pass a project slug or a CircleCI URL"
            ) from None
        pipeline = await ci.pipeline(workflow.pipeline_id) if workflow.pipeline_id else None
        return Resolved(pipeline, [workflow], workflow.project_slug or (target.project or ""))
    if target.kind == "job":
        assert target.project and target.job_number is not None
        job = await ci.job(target.project, target.job_number)
        job_workflows: list[Workflow] = []
        pipeline = None
        if job.workflow_id:
            job_workflows = [await ci.workflow(job.workflow_id)]
        if job.pipeline_id:
            pipeline = await ci.pipeline(job.pipeline_id)
        return Resolved(pipeline, job_workflows, target.project, job_number=target.job_number)
    raise InputError(f"cannot summarise target {target.text!r}")


async def summarise(
    ci: AsyncCircleCI,
    target: Target,
    *,
    scanner_factory: ScannerFactory = default_scanner_factory,
    progress: Progress | None = None,
    search: int = 30,
) -> Summary:
    """Build the ``triage.summary/1`` summary for a target."""
    t0 = time.monotonic()
    progress = progress or Progress(False)
    progress.note(f"resolving {target.text}")
    resolved = await resolve(ci, target, search=search)
    slug = resolved.project
    unavailable: list[Unavailable] = []

    jobs_by_wf: dict[str, list[WorkflowJob]] = {}
    lists = await asyncio.gather(
        *(ci.workflow_jobs(w.id) for w in resolved.workflows), return_exceptions=True
    )
    for w, jobs in zip(resolved.workflows, lists, strict=True):
        if isinstance(jobs, CircleCIError):
            unavailable.append(Unavailable("workflow jobs", type(jobs).__name__, str(jobs)))
            jobs_by_wf[w.id] = []
        elif isinstance(jobs, BaseException):
            raise jobs
        else:
            jobs_by_wf[w.id] = jobs

    failed: list[FailedJob] = []
    for w in resolved.workflows:
        for j in jobs_by_wf[w.id]:
            if j.is_approval or j.job_number is None:
                continue
            if resolved.job_number is not None:
                if j.job_number == resolved.job_number:
                    failed.append(FailedJob(j, w))
            elif j.failed:
                failed.append(FailedJob(j, w))
    if resolved.job_number is not None and not failed:
        stub = WorkflowJob(
            id="", name=f"job {resolved.job_number}", type="build", status="unknown",
            job_number=resolved.job_number, project_slug=slug, started_at=None,
            stopped_at=None, dependencies=(), approval_request_id=None,
        )
        failed.append(FailedJob(stub, resolved.workflows[0] if resolved.workflows else None))
    failed.sort(key=lambda f: (f.workflow.name if f.workflow else "", f.job.name,
                               f.job.job_number or 0))
    if failed:
        progress.note(f"scanning {len(failed)} failed job(s) of {slug}")

    async def tests_of(f: FailedJob) -> list[TestResult]:
        assert f.job.job_number is not None
        try:
            return await ci.tests(slug, f.job.job_number)
        except CircleCIError as exc:
            unavailable.append(Unavailable(
                "test metadata", type(exc).__name__, str(exc), job_number=f.job.job_number,
            ))
            return []

    async def flaky() -> list[FlakyTest] | None:
        if not failed:
            return []
        try:
            return await ci.flaky_tests(slug)
        except CircleCIError as exc:
            if isinstance(exc, NotFoundError) and not ci.settings.is_cloud:
                exc = FeatureUnavailableError(
                    f"flaky-test insights are not available on this CircleCI Server install "
                    f"({ci.settings.base_url} answered 404); {FLAKY_INSIGHTS.instead}"
                )
            unavailable.append(Unavailable("flaky-test insights", type(exc).__name__, str(exc)))
            return None

    scans_f = asyncio.gather(*(
        scan_job(ci, slug, f.job.job_number or 0, f.job.name,
                 scanner_factory=scanner_factory, progress=progress)
        for f in failed
    ))
    tests_f = asyncio.gather(*(tests_of(f) for f in failed))
    scans, tests, flaky_list = await asyncio.gather(scans_f, tests_f, flaky())

    metadata: list[tuple[int, str, TestResult]] = []
    for f, scan, stored in zip(failed, scans, tests, strict=True):
        _attach(f, scan, stored)
        unavailable.extend(scan.unavailable)
        metadata.extend((f.job.job_number or 0, f.job.name, t) for t in stored)
    nodes = [n for f in failed for n in f.reports]
    pipeline_causes = pipeline_error_causes(resolved.pipeline.errors) if resolved.pipeline else []
    merged_tests = merge_tests(metadata, nodes)
    flaky_count = flag_flaky(merged_tests, flaky_list) if flaky_list is not None else None
    summary = Summary(
        target=_target_dict(target, slug),
        base_url=ci.settings.base_url,
        pipeline=resolved.pipeline,
        workflows=resolved.workflows,
        jobs=jobs_by_wf,
        failed_jobs=failed,
        tests=merged_tests,
        causes=merge_causes(nodes, pipeline_causes),
        unavailable=sorted(unavailable, key=_unavailable_key),
        explanation="",
        flaky_known=flaky_count,
    )
    summary.explanation = _explain(summary, resolved.note)
    stats = ci.http.stats
    summary.stats = {
        "requests": stats.requests,
        "retries": stats.retries,
        "bytes_streamed": stats.bytes_streamed,
        "jobs_scanned": len(failed),
        "reports": len(nodes),
        "elapsed_s": round(time.monotonic() - t0, 3),
    }
    return summary


def _attach(f: FailedJob, scan: JobScan, stored: list[TestResult]) -> None:
    f.reports = sorted(scan.reports, key=lambda n: (n.node, n.step))
    f.tests_stored = len(stored)
    if scan.build is not None:
        f.web_url = scan.build.build_url
        if not scan.reports and not scan.unavailable:
            f.note = "no failed step found in the job's steps"


def _unavailable_key(u: Unavailable) -> tuple[int, int, int, str]:
    return (u.job_number or 0, u.node or 0, u.step or 0, u.what)


def _target_dict(target: Target, slug: str) -> dict[str, Any]:
    return {"kind": target.kind, "input": target.text, "project": slug, "branch": target.branch}


def _explain(s: Summary, note: str) -> str:
    """One sentence saying what happened, for text output and agents."""
    p = s.pipeline
    head = f"pipeline {p.number} of {p.project_slug}" if p else "the target"
    if p and p.branch:
        head += f" on {p.branch}"
    if note and not s.failed_jobs and s.status != "errored":
        return f"{note}: {head} is {s.status}."
    if s.status == "errored" and p:
        kinds = ", ".join(sorted({e.type for e in p.errors})) or "unknown"
        ran = "before any workflow ran" if not s.workflows else "while setting up"
        return f"{head} errored {ran} ({kinds} error): {p.errors[0].message if p.errors else ''}"
    if not s.failed_jobs:
        return f"{head}: no failed jobs ({s.status})."
    names = ", ".join(sorted({f.job.name for f in s.failed_jobs}))
    top = s.causes[0].cause if s.causes else None
    lead = f"; top cause ({top.category}): {top.line}" if top else ""
    tests = f"; {len(s.tests)} failing test(s)" if s.tests else ""
    return f"{head} failed in {len(s.failed_jobs)} job(s) ({names}){tests}{lead}"
