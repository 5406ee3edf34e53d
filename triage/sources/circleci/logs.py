"""Stream the failed steps of a job through the scanner, one report per node×step.

Contract:
- For every action (parallel node × step) that failed, timed out or failed for
  infrastructure reasons, the step output is downloaded as a stream and each
  chunk is fed straight into a fresh scanner: no log is held whole in memory.
- Route order: the presigned ``output_url`` (no token sent), then the private
  plain-text route on the API host (stdout, then stderr) when the URL is
  missing, expired (403/404) or fails.
- A stream cut off mid-way is retried once from the start with a fresh scanner;
  if it still fails, the partial report is kept with ``origin.complete = False``
  and the failure is listed in ``unavailable`` — nothing is dropped silently.
- Each report's ``origin`` carries project, job number and name, node index,
  step number and name, status, exit code and the truncated / timed-out /
  infrastructure-failure flags.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from triage.errors import CircleCIError, NotFoundError, PermissionDeniedError
from triage.models import JobReport

from .api import AsyncCircleCI
from .models import Action, Build
from .progress import Progress

__all__ = [
    "JobScan",
    "NodeReport",
    "ScannerFactory",
    "ScannerLike",
    "Unavailable",
    "default_scanner_factory",
    "scan_build",
    "scan_job",
]


class ScannerLike(Protocol):
    """What :class:`triage.scanner.Scanner` offers: push bytes, then finish."""

    def feed(self, chunk: bytes) -> None: ...

    def finish(self) -> JobReport: ...


#: a scanner for a step's log, given its label and the step's exit code (None: unknown)
ScannerFactory = Callable[[str, int | None], ScannerLike]


def default_scanner_factory(name: str, exit_code: int | None = None) -> ScannerLike:
    """A :class:`triage.scanner.Scanner` with the shipped rules; a non-zero ``exit_code``
    tells it the step failed (see :class:`triage.scanner.ScanOptions`)."""
    from triage.scanner import Scanner, ScanOptions

    # step output is JSON that httpx has already decoded: nothing to inflate
    scanner: ScannerLike = Scanner(name=name, rules=None,
                                   options=ScanOptions(exit_code=exit_code, inflate=False))
    return scanner


@dataclass(frozen=True, slots=True)
class Unavailable:
    """Something that could not be fetched; always reported, never dropped."""

    what: str
    error: str
    message: str
    job_number: int | None = None
    node: int | None = None
    step: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class NodeReport:
    """The scanner's report for one step on one node of one job."""

    job_number: int
    job_name: str
    node: int
    step: int
    step_name: str
    report: JobReport


@dataclass(slots=True)
class JobScan:
    """Everything learnt from one job's failed steps."""

    job_number: int
    job_name: str
    build: Build | None = None
    reports: list[NodeReport] = field(default_factory=list)
    unavailable: list[Unavailable] = field(default_factory=list)
    bytes: int = 0


def _unavailable(what: str, exc: CircleCIError, job: int, a: Action | None = None) -> Unavailable:
    return Unavailable(
        what=what,
        error=type(exc).__name__,
        message=str(exc),
        job_number=job,
        node=a.index if a else None,
        step=a.step if a else None,
    )


async def scan_job(
    ci: AsyncCircleCI,
    slug: str,
    job_number: int,
    job_name: str = "",
    *,
    scanner_factory: ScannerFactory = default_scanner_factory,
    progress: Progress | None = None,
) -> JobScan:
    """Fetch the job's v1.1 details and scan every failed action of every node."""
    scan = JobScan(job_number=job_number, job_name=job_name)
    try:
        build = await ci.build(slug, job_number)
    except CircleCIError as exc:
        scan.unavailable.append(_unavailable("job steps (v1.1)", exc, job_number))
        return scan
    return await scan_build(
        ci, slug, build, job_name, scanner_factory=scanner_factory, progress=progress, scan=scan
    )


async def scan_build(
    ci: AsyncCircleCI,
    slug: str,
    build: Build,
    job_name: str = "",
    *,
    scanner_factory: ScannerFactory = default_scanner_factory,
    progress: Progress | None = None,
    scan: JobScan | None = None,
) -> JobScan:
    """Scan the failed actions of an already fetched :class:`Build`, concurrently."""
    name = job_name or build.job_name or f"job {build.build_num}"
    scan = scan or JobScan(job_number=build.build_num, job_name=name)
    scan.job_name = name
    scan.build = build
    todo = [(step.name, a) for step in build.steps for a in step.actions if a.needs_scan]
    todo.sort(key=lambda sa: (sa[1].index, sa[1].step))
    if progress:
        progress.expect(len(todo))

    async def one(step_name: str, a: Action) -> NodeReport | None:
        result = await _scan_action(
            ci, slug, build.build_num, name, step_name, a, scanner_factory, scan
        )
        if progress:
            progress.advance(f"job {build.build_num} node {a.index} step {step_name!r}")
        return result

    results = await asyncio.gather(*(one(step_name, a) for step_name, a in todo))
    scan.reports.extend(r for r in results if r is not None)
    return scan


async def _scan_action(
    ci: AsyncCircleCI,
    slug: str,
    number: int,
    job_name: str,
    step_name: str,
    action: Action,
    factory: ScannerFactory,
    scan: JobScan,
) -> NodeReport | None:
    label = f"job {number} node {action.index} step {step_name!r}"
    # the step failed: an exit code of 0 beside that (a timeout, an infrastructure
    # failure) says nothing of how its command went, so the scanner is not told it
    exit_code = action.exit_code or None
    origin: dict[str, Any] = {
        "provider": "circleci",
        "project": slug,
        "job_number": number,
        "job_name": job_name,
        "node": action.index,
        "step": action.step,
        "step_name": step_name,
        "status": action.status,
        "exit_code": action.exit_code,
        "truncated": action.truncated,
        "timedout": action.timedout,
        "infrastructure_fail": action.infrastructure_fail,
    }
    routes: list[tuple[str, Callable[[], list[AbstractAsyncContextManager[httpx.Response]]]]] = []
    if action.output_url:
        url = action.output_url
        routes.append(("output_url", lambda: [ci.step_output(url, f"{label} output")]))
    routes.append((
        "private",
        lambda: [
            ci.private_output(slug, number, kind, action.index, action.step, f"{label} {kind}")
            for kind in ("output", "error")
        ],
    ))
    if not action.has_output and not action.output_url:
        report = factory(label, exit_code).finish()
        origin.update(route=None, complete=True)
        return _node(number, job_name, action, step_name, report, origin)

    last_partial: JobReport | None = None
    errors: list[CircleCIError] = []
    for route, opener in routes:
        for attempt in (1, 2):
            scanner = factory(label, exit_code)
            fed = 0
            try:
                for stream in opener():
                    async with stream as response:
                        async for chunk in _chunks(ci, response, label):
                            scanner.feed(chunk)
                            fed += len(chunk)
            except (NotFoundError, PermissionDeniedError) as exc:
                # Expired or missing presigned URL (or no private route): next route.
                errors.append(exc)
                scan.bytes += fed
                if fed:
                    last_partial = scanner.finish()
                break
            except CircleCIError as exc:
                errors.append(exc)
                scan.bytes += fed
                if fed:
                    last_partial = scanner.finish()
                if attempt == 1 and fed:
                    continue  # cut off mid-stream: retry once from the start
                break
            scan.bytes += fed
            origin.update(route=route, complete=True)
            return _node(number, job_name, action, step_name, scanner.finish(), origin)
    for failure in errors[-1:]:
        scan.unavailable.append(_unavailable("step output", failure, number, action))
    if last_partial is not None:
        origin.update(route="partial", complete=False)
        return _node(number, job_name, action, step_name, last_partial, origin)
    return None


async def _chunks(ci: AsyncCircleCI, response: httpx.Response, what: str) -> AsyncIterator[bytes]:
    """The response body chunk by chunk; httpx errors become typed errors."""
    iterator = response.aiter_bytes().__aiter__()
    while True:
        try:
            chunk = await iterator.__anext__()
        except StopAsyncIteration:
            return
        except httpx.HTTPError as exc:
            raise ci.http.translate(exc, what) from None
        ci.http.stats.bytes_streamed += len(chunk)
        yield chunk


def _node(
    number: int,
    job_name: str,
    action: Action,
    step_name: str,
    report: JobReport,
    origin: dict[str, Any],
) -> NodeReport:
    return NodeReport(
        job_number=number,
        job_name=job_name,
        node=action.index,
        step=action.step,
        step_name=step_name,
        report=dataclasses.replace(
            report,
            source=dataclasses.replace(
                report.source, truncated=report.source.truncated or action.truncated
            ),
            origin=origin,
        ),
    )
