"""Batch CircleCI history into the store: pipelines → workflows → jobs, newest first.

Contract:
- Pipelines are walked newest first and the walk stops at the first one created
  before ``since``; ``until`` skips newer ones; ``branch`` narrows the list.
- A job already in the catalog is skipped (incremental and resumable). Jobs
  that have not finished (running, queued, on hold, blocked, not run) and
  approval jobs are not recorded, so a later sync picks them up.
- Passing jobs are recorded from the job list alone (no request); failed ones
  are fetched and scanned concurrently, at most ``jobs`` at a time, through
  the CircleCI client (whose HTTP layer bounds requests in flight, retries and
  honours ``Retry-After``); their stored test metadata is fetched too.
- Records are committed in batches (``batch_size`` jobs or ``batch_seconds``);
  a crash loses at most the batch in progress, Ctrl-C commits what is done.
- A job whose logs or test metadata could not be fetched is not recorded and
  is listed in ``failed`` with why; it is tried again by the next sync, and
  recorded as incomplete (``log_complete = false``) after ``max_attempts``.
- A pipeline whose workflows have all finished, whose jobs are all recorded
  and that is older than ``settle_after`` is marked settled and not listed
  again (a workflow rerun after that is missed unless ``recheck``).
- The same CircleCI state gives the same records however the sync was cut up
  (killed and resumed, or run at once): records carry no sync-time data.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TextIO
from urllib.parse import quote

from triage.errors import CircleCIError, InputError, NotFoundError
from triage.redact import redact
from triage.sources.circleci.api import AsyncCircleCI
from triage.sources.circleci.logs import JobScan, scan_job
from triage.sources.circleci.merge import merge_tests, node_causes
from triage.sources.circleci.models import Pipeline, TestResult, Workflow, WorkflowJob

from .catalog import InsightFlaky
from .records import (
    TERMINAL_STATUSES,
    CauseRecord,
    JobRecord,
    TestRecord,
    cap_message,
    cause_records,
    circleci_key,
    parse_time,
    sorted_causes,
    sorted_tests,
)
from .store import Store

__all__ = ["SyncOptions", "SyncProgress", "SyncResult", "parse_since", "sync"]

HISTORY_SCHEMA = "triage.history/1"
#: workflow statuses after which a workflow will not change (short of a rerun)
FINISHED_WORKFLOWS = frozenset({"success", "failed", "error", "canceled", "unauthorized",
                                "not_run"})


def parse_since(text: str, now: datetime) -> datetime:
    """``30d``, ``12h``, ``2w`` before ``now``, or an ISO date/time (UTC if no offset)."""
    t = text.strip()
    units = {"h": 3600, "d": 86400, "w": 7 * 86400}
    if t[-1:].lower() in units and t[:-1].isdigit():
        return now - timedelta(seconds=int(t[:-1]) * units[t[-1].lower()])
    parsed = parse_time(t if "T" in t else t + "T00:00:00")
    if parsed is None:
        raise InputError(f"--since {text!r}: expected a duration (30d, 12h, 2w) or a date "
                         "(2026-10-01)")
    return parsed


@dataclass(frozen=True, slots=True)
class SyncOptions:
    since: datetime
    until: datetime | None = None
    branch: str | None = None
    jobs: int = 8
    batch_size: int = 50
    batch_seconds: float = 10.0
    max_attempts: int = 3
    settle_after: timedelta = timedelta(days=3)
    recheck: bool = False
    insights: bool = True
    now: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(slots=True)
class FetchProblem:
    """A job (or a project-level item) that could not be fetched, and why."""

    what: str
    project: str
    job_number: int | None
    job_name: str
    error: str
    message: str
    attempts: int = 1
    recorded: bool = False  # recorded as incomplete after max_attempts

    def to_dict(self) -> dict[str, Any]:
        return {"what": self.what, "project": self.project, "job_number": self.job_number,
                "job_name": self.job_name, "error": self.error, "message": self.message,
                "attempts": self.attempts, "recorded_incomplete": self.recorded}


@dataclass(slots=True)
class SyncResult:
    projects: list[str] = field(default_factory=list)
    pipelines: int = 0
    pipelines_settled_skipped: int = 0
    jobs_seen: int = 0
    scanned: int = 0  # failed jobs fetched and scanned
    recorded: int = 0  # records written (passing and failed)
    skipped: int = 0  # already in the store
    unfinished: int = 0  # not finished yet: left for a later sync
    failed: list[FetchProblem] = field(default_factory=list)
    problems: list[FetchProblem] = field(default_factory=list)  # project-level
    batches: int = 0
    elapsed_s: float = 0.0
    requests: int = 0
    retries: int = 0
    bytes_streamed: int = 0
    interrupted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": HISTORY_SCHEMA, "kind": "sync", "projects": self.projects,
            "pipelines": self.pipelines,
            "pipelines_settled_skipped": self.pipelines_settled_skipped,
            "jobs_seen": self.jobs_seen, "recorded": self.recorded, "scanned": self.scanned,
            "skipped": self.skipped, "unfinished": self.unfinished,
            "failed": [f.to_dict() for f in self.failed],
            "problems": [p.to_dict() for p in self.problems],
            "batches": self.batches, "interrupted": self.interrupted,
            "stats": {"elapsed_s": round(self.elapsed_s, 3), "requests": self.requests,
                      "retries": self.retries, "bytes_streamed": self.bytes_streamed,
                      "jobs_per_s": round(self.jobs_seen / self.elapsed_s, 1)
                      if self.elapsed_s else None},
        }


class SyncProgress:
    """A one-line progress bar with counts and rate on stderr.

    Contract: silent unless enabled (stderr is a TTY, or ``--progress``); never
    writes to stdout; on a TTY the line is redrawn at most 10 times a second,
    elsewhere a plain line is written at most once a second.
    """

    def __init__(self, enabled: bool, stream: TextIO | None = None) -> None:
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._t0 = time.monotonic()
        self._last = 0.0
        self._drawn = False

    @classmethod
    def auto(cls, forced: bool, stream: TextIO | None = None) -> SyncProgress:
        out = stream if stream is not None else sys.stderr
        return cls(forced or out.isatty(), out)

    def update(self, r: SyncResult, queued: int, final: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self._last < (0.1 if self.tty else 1.0):
            return
        self._last = now
        elapsed = max(now - self._t0, 1e-9)
        done = r.recorded + r.skipped + len(r.failed)
        total = max(done + queued, 1)
        width = 24
        fill = int(width * done / total)
        bar = "#" * fill + "-" * (width - fill)
        line = (f"triage: [{bar}] {done}/{total} jobs, {done / elapsed:.1f} jobs/s "
                f"(recorded {r.recorded}, scanned {r.scanned}, skipped {r.skipped}, "
                f"failed {len(r.failed)}; {r.pipelines} pipelines)")
        if self.tty:
            self.stream.write("\r\x1b[2K" + line + ("\n" if final else ""))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


@dataclass(slots=True)
class _Pending:
    """A pipeline's jobs still to record, and whether it settles once they are."""

    left: int
    settle: bool
    row: tuple[str, str, int, str | None, str | None]


@dataclass(frozen=True, slots=True)
class _Work:
    project: str
    pipeline: Pipeline
    workflow: Workflow
    job: WorkflowJob


def _slug_path(slug: str) -> str:
    return "/".join(quote(part, safe="") for part in slug.strip("/").split("/"))


def passing_record(w: _Work) -> JobRecord:
    """The record of a job that did not fail: from the workflow's job list alone."""
    return _record(w, causes=(), tests=(), scan=None)


def _record(w: _Work, causes: tuple[CauseRecord, ...], tests: tuple[TestRecord, ...],
            scan: JobScan | None, complete: bool = True) -> JobRecord:
    j, p = w.job, w.pipeline
    build = scan.build if scan else None
    assert j.job_number is not None
    return JobRecord(
        job_key=circleci_key(w.project, j.job_number), provider="circleci",
        project=w.project, job_name=j.name, status=j.status, pipeline_id=p.id,
        pipeline_number=p.number, pipeline_created_at=parse_time(p.created_at),
        workflow_id=w.workflow.id, workflow=w.workflow.name, job_number=j.job_number,
        branch=p.branch, commit=p.revision, started_at=parse_time(j.started_at),
        stopped_at=parse_time(j.stopped_at), parallelism=build.parallel if build else 1,
        log_bytes=scan.bytes if scan else 0, log_complete=complete,
        url=build.build_url if build else None, causes=causes, tests=tests,
    )


def _tests(metadata: list[TestResult], scan: JobScan, w: _Work) -> tuple[TestRecord, ...]:
    number = w.job.job_number or 0
    merged = merge_tests([(number, w.job.name, t) for t in metadata], scan.reports)
    return sorted_tests(
        TestRecord(test_id=redact(m.id), name=redact(m.name), classname=m.classname, file=m.file,
                   framework=m.framework, source="+".join(sorted(m.sources)),
                   message=cap_message(m.message))
        for m in merged
    )


class _Run:
    """One sync: the walk, the workers and the batch buffer."""

    def __init__(self, ci: AsyncCircleCI, store: Store, options: SyncOptions,
                 progress: SyncProgress) -> None:
        self.ci = ci
        self.store = store
        self.opt = options
        self.progress = progress
        self.result = SyncResult()
        self.queue: asyncio.Queue[_Work | None] = asyncio.Queue(maxsize=options.jobs * 4)
        self.buffer: list[JobRecord] = []
        self.last_flush = time.monotonic()
        self.pending: dict[str, _Pending] = {}
        self.settled_rows: list[tuple[str, str, int, str | None, str | None]] = []
        #: pipelines whose workflows and jobs are being listed, at most ``jobs`` at once
        self.listing = asyncio.Semaphore(max(1, options.jobs))
        self.listers: set[asyncio.Task[None]] = set()

    # -- batches ----------------------------------------------------------------

    def add(self, record: JobRecord, pipeline_id: str, clean: bool = True) -> None:
        self.buffer.append(record)
        self.result.recorded += clean
        self._job_done(pipeline_id)
        if (len(self.buffer) >= self.opt.batch_size
                or time.monotonic() - self.last_flush >= self.opt.batch_seconds):
            self.flush()

    def _job_done(self, pipeline_id: str) -> None:
        entry = self.pending.get(pipeline_id)
        if entry is None:
            return
        entry.left -= 1
        if entry.left <= 0:
            del self.pending[pipeline_id]
            if entry.settle:
                self.settled_rows.append(entry.row)

    def flush(self) -> None:
        if self.buffer:
            self.store.append(self.buffer, source="circleci")
            self.result.batches += 1
            self.buffer = []
        if self.settled_rows:  # only after their jobs are committed
            self.store.catalog.settle_pipelines(self.settled_rows)
            self.settled_rows = []
        self.last_flush = time.monotonic()

    # -- walk ---------------------------------------------------------------------

    async def walk(self, project: str) -> None:
        catalog = self.store.catalog
        known = catalog.known_jobs(project)
        settled = set() if self.opt.recheck else catalog.settled_pipelines(project)
        params = {"branch": self.opt.branch} if self.opt.branch else None
        path = f"v2/project/{_slug_path(project)}/pipeline"
        async for item in self.ci.http.paginate(path, params, max_pages=100_000):
            pipeline = Pipeline.from_json(item)
            created = parse_time(pipeline.created_at)
            if created is not None and self.opt.until is not None and created > self.opt.until:
                continue
            if created is not None and created < self.opt.since:
                break
            if pipeline.id in settled:
                self.result.pipelines_settled_skipped += 1
                continue
            self.result.pipelines += 1
            await self.listing.acquire()
            task = asyncio.create_task(self._pipeline(project, pipeline, created, known))
            self.listers.add(task)
            task.add_done_callback(self._listed)
        while self.listers:
            await asyncio.gather(*list(self.listers))

    def _listed(self, task: asyncio.Task[None]) -> None:
        self.listers.discard(task)
        self.listing.release()

    async def _pipeline(self, project: str, pipeline: Pipeline, created: datetime | None,
                        known: set[str]) -> None:
        try:
            workflows = await self.ci.workflows(pipeline.id)
            lists = await asyncio.gather(*(self.ci.workflow_jobs(w.id) for w in workflows))
        except CircleCIError as exc:  # listed again by the next sync
            self.result.problems.append(FetchProblem(
                f"workflows of pipeline {pipeline.number}", project, None, "",
                type(exc).__name__, str(exc)))
            return
        finished = bool(workflows) and all(w.status in FINISHED_WORKFLOWS for w in workflows)
        old = created is not None and created < self.opt.now - self.opt.settle_after
        todo: list[_Work] = []
        for w, jobs in zip(workflows, lists, strict=True):
            for j in sorted(jobs, key=lambda j: (j.job_number or 0, j.name)):
                if j.is_approval or j.job_number is None:
                    continue
                self.result.jobs_seen += 1
                if j.status not in TERMINAL_STATUSES:
                    self.result.unfinished += 1
                    finished = False
                    continue
                if circleci_key(project, j.job_number) in known:
                    self.result.skipped += 1
                    continue
                todo.append(_Work(project, pipeline, w, j))
        row = (project, pipeline.id, pipeline.number, pipeline.branch, pipeline.created_at)
        if not todo:
            if finished and old:
                self.settled_rows.append(row)
            return
        self.pending[pipeline.id] = _Pending(len(todo), finished and old, row)
        for work in todo:
            if work.job.failed:
                await self.queue.put(work)
            else:
                self.add(passing_record(work), pipeline.id)
            self.progress.update(self.result, self.queue.qsize())

    # -- workers ---------------------------------------------------------------------

    async def worker(self) -> None:
        while True:
            work = await self.queue.get()
            try:
                if work is None:
                    return
                await self._failed_job(work)
                self.progress.update(self.result, self.queue.qsize())
            finally:
                self.queue.task_done()

    async def _failed_job(self, w: _Work) -> None:
        number = w.job.job_number
        assert number is not None

        async def metadata() -> list[TestResult] | CircleCIError:
            try:
                return await self.ci.tests(w.project, number)
            except CircleCIError as exc:
                return exc

        scan, tests = await asyncio.gather(
            scan_job(self.ci, w.project, number, w.job.name), metadata())
        self.result.scanned += 1
        problems = [(u.what, u.error, u.message) for u in scan.unavailable]
        if isinstance(tests, CircleCIError):
            problems.append(("test metadata", type(tests).__name__, str(tests)))
            tests = []
        causes = sorted_causes(
            c for node in scan.reports
            for c in cause_records(node.report, node.node, node.step_name, node_causes(node)))
        record_tests = _tests(tests, scan, w)
        if not problems:
            self.add(_record(w, causes, record_tests, scan), w.pipeline.id)
            return
        what, error, message = problems[0]
        key = circleci_key(w.project, number)
        attempts = self.store.catalog.note_failure(key, w.project, error, f"{what}: {message}")
        problem = FetchProblem(what, w.project, number, w.job.name, error, message, attempts)
        if attempts >= self.opt.max_attempts:
            problem.recorded = True
            # listed under failed, not counted as a clean record
            self.add(_record(w, causes, record_tests, scan, complete=False), w.pipeline.id,
                     clean=False)
        else:
            self._job_done_unsettled(w.pipeline.id)
        self.result.failed.append(problem)

    def _job_done_unsettled(self, pipeline_id: str) -> None:
        entry = self.pending.get(pipeline_id)
        if entry is not None:
            entry.settle = False  # a job is missing: list the pipeline again next time
            self._job_done(pipeline_id)

    # -- insights -----------------------------------------------------------------------

    async def insights(self, project: str) -> None:
        try:
            items = await self.ci.flaky_tests(project)
        except CircleCIError as exc:
            what = "flaky-test insights"
            if isinstance(exc, NotFoundError):
                message = f"{exc} (not available on this install; local evidence only)"
            else:
                message = str(exc)
            self.result.problems.append(
                FetchProblem(what, project, None, "", type(exc).__name__, message))
            return
        self.store.catalog.replace_insights(project, [
            InsightFlaky(project, f.test_name, f.classname, f.file, f.job_name,
                         f.workflow_name, f.times_flaked, f.time_wasted) for f in items])


async def sync(
    ci: AsyncCircleCI,
    store: Store,
    projects: Sequence[str],
    options: SyncOptions,
    progress: SyncProgress | None = None,
) -> SyncResult:
    """Bring ``projects``' history since ``options.since`` into ``store``.

    Call inside ``with store.writer():``. Raises :class:`CircleCIError` when a
    project cannot be listed at all; per-job problems land in ``failed``.
    """
    t0 = time.monotonic()
    run = _Run(ci, store, options, progress or SyncProgress(False))
    run.result.projects = list(projects)
    workers = [asyncio.create_task(run.worker()) for _ in range(max(1, options.jobs))]
    try:
        for project in projects:
            if options.insights:
                await run.insights(project)
            try:
                await run.walk(project)
            except NotFoundError as exc:
                raise await ci.explain_missing(project, exc) from None
        for _ in workers:
            await run.queue.put(None)
        await asyncio.gather(*workers)
    except BaseException:
        run.result.interrupted = True
        for task in [*workers, *run.listers]:
            task.cancel()
        await asyncio.gather(*workers, *run.listers, return_exceptions=True)
        run.flush()  # keep every job finished before the interruption
        raise
    run.flush()
    run.result.elapsed_s = time.monotonic() - t0
    stats = ci.http.stats
    run.result.requests, run.result.retries = stats.requests, stats.retries
    run.result.bytes_streamed = stats.bytes_streamed
    run.result.failed.sort(key=lambda f: (f.project, f.job_number or 0))
    if progress is not None:
        progress.update(run.result, 0, final=True)
    return run.result
