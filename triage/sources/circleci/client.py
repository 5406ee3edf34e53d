"""The synchronous facade over :class:`AsyncCircleCI`.

Contract: one private event loop (``asyncio.Runner``) per facade, so the
async client and its connection pool live on one loop for the facade's life;
methods mirror :class:`AsyncCircleCI` and block until done. Not thread-safe;
do not call it from inside a running event loop (use the async client there).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx

from .api import AsyncCircleCI
from .collect import summarise
from .config import Settings
from .http import ApiHttp, Sleep
from .logs import JobScan, ScannerFactory, default_scanner_factory, scan_job
from .models import (
    Artifact,
    Build,
    Collaboration,
    FlakyTest,
    FollowedProject,
    JobDetails,
    Pipeline,
    Project,
    TestResult,
    User,
    Workflow,
    WorkflowJob,
)
from .progress import Progress
from .retry import RetryPolicy
from .summary import Summary
from .targets import Target

__all__ = ["CircleCI"]

T = TypeVar("T")


class CircleCI:
    """Blocking CircleCI client. Use as a context manager or call :meth:`close`."""

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        concurrency: int = 8,
        sleep: Sleep | None = None,
    ) -> None:
        self.settings = settings
        self._runner = asyncio.Runner()
        http = ApiHttp(
            settings,
            transport=transport,
            retry=retry,
            concurrency=concurrency,
            **({"sleep": sleep} if sleep else {}),
        )
        self.aio = AsyncCircleCI(settings, http=http)

    def __enter__(self) -> CircleCI:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"CircleCI(base_url={self.settings.base_url!r})"

    def close(self) -> None:
        try:
            self._runner.run(self.aio.http.aclose())
        finally:
            self._runner.close()

    def _call(self, fn: Callable[[AsyncCircleCI], Awaitable[T]]) -> T:
        async def run() -> T:
            return await fn(self.aio)

        return self._runner.run(run())

    def me(self) -> User:
        return self._call(lambda c: c.me())

    def collaborations(self) -> list[Collaboration]:
        return self._call(lambda c: c.collaborations())

    def followed_projects(self) -> list[FollowedProject]:
        return self._call(lambda c: c.followed_projects())

    def project(self, slug: str) -> Project:
        return self._call(lambda c: c.project(slug))

    def pipelines(self, slug: str, *, branch: str | None = None, limit: int = 20) -> list[Pipeline]:
        return self._call(lambda c: c.pipelines(slug, branch=branch, limit=limit))

    def latest_pipeline(self, slug: str, *, branch: str | None = None) -> Pipeline | None:
        return self._call(lambda c: c.latest_pipeline(slug, branch=branch))

    def latest_failed_pipeline(
        self, slug: str, *, branch: str | None = None, search: int = 30
    ) -> tuple[Pipeline, list[Workflow]] | None:
        return self._call(lambda c: c.latest_failed_pipeline(slug, branch=branch, search=search))

    def pipeline(self, pipeline_id: str) -> Pipeline:
        return self._call(lambda c: c.pipeline(pipeline_id))

    def pipeline_by_number(self, slug: str, number: int) -> Pipeline:
        return self._call(lambda c: c.pipeline_by_number(slug, number))

    def workflows(self, pipeline_id: str) -> list[Workflow]:
        return self._call(lambda c: c.workflows(pipeline_id))

    def workflow(self, workflow_id: str) -> Workflow:
        return self._call(lambda c: c.workflow(workflow_id))

    def workflow_jobs(self, workflow_id: str) -> list[WorkflowJob]:
        return self._call(lambda c: c.workflow_jobs(workflow_id))

    def job(self, slug: str, number: int) -> JobDetails:
        return self._call(lambda c: c.job(slug, number))

    def build(self, slug: str, number: int) -> Build:
        return self._call(lambda c: c.build(slug, number))

    def tests(self, slug: str, number: int) -> list[TestResult]:
        return self._call(lambda c: c.tests(slug, number))

    def artifacts(self, slug: str, number: int) -> list[Artifact]:
        return self._call(lambda c: c.artifacts(slug, number))

    def flaky_tests(self, slug: str) -> list[FlakyTest]:
        return self._call(lambda c: c.flaky_tests(slug))

    def scan_job(
        self,
        slug: str,
        number: int,
        *,
        scanner_factory: ScannerFactory = default_scanner_factory,
        progress: Progress | None = None,
    ) -> JobScan:
        return self._call(
            lambda c: scan_job(c, slug, number, scanner_factory=scanner_factory, progress=progress)
        )

    def summarise(
        self,
        target: Target,
        *,
        scanner_factory: ScannerFactory = default_scanner_factory,
        progress: Progress | None = None,
        search: int = 30,
    ) -> Summary:
        return self._call(
            lambda c: summarise(
                c, target, scanner_factory=scanner_factory, progress=progress, search=search
            )
        )
