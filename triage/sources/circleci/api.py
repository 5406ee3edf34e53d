"""CircleCI endpoints as typed async methods (API v2, v1.1 and the private route).

Contract: every method returns validated models (:mod:`.models`) or raises a
:mod:`triage.errors` class; nothing here prints, caches or drops items. Lists
are complete (every page) unless a ``limit`` says otherwise.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import quote

import httpx

from triage.errors import CircleCIError, NoProjectsError, NotFoundError, ResponseError

from .config import Settings
from .features import CONDENSED_OUTPUT, require
from .fields import Fields, as_list
from .http import ApiHttp
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

__all__ = ["AsyncCircleCI"]


def _slug(slug: str) -> str:
    return "/".join(quote(part, safe="") for part in slug.strip("/").split("/"))


class AsyncCircleCI:
    """Typed access to one CircleCI install; wraps :class:`ApiHttp`.

    Use as ``async with AsyncCircleCI(settings) as ci`` (or pass ``http=`` to
    share one :class:`ApiHttp`). ``transport`` is forwarded for tests.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        http: ApiHttp | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        concurrency: int = 8,
    ) -> None:
        self.settings = settings
        self.http = http or ApiHttp(settings, transport=transport, concurrency=concurrency)

    async def __aenter__(self) -> AsyncCircleCI:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.http.aclose()

    # -- identity -------------------------------------------------------------

    async def me(self) -> User:
        return User.from_json(await self.http.get_json("v2/me"))

    async def collaborations(self) -> list[Collaboration]:
        data = await self.http.get_json("v2/me/collaborations")
        return [Collaboration.from_json(x) for x in as_list(data, "GET /me/collaborations")]

    async def followed_projects(self) -> list[FollowedProject]:
        """Projects the token's user follows: v1.1 ``/projects``, else the private list.

        Raises :class:`NoProjectsError` when there are none.
        """
        try:
            data = await self.http.get_json("v1.1/projects")
            projects = [FollowedProject.from_v1(x) for x in as_list(data, "GET /v1.1/projects")]
        except NotFoundError:
            projects = []
        if not projects or any(p.slug.startswith("circleci/") for p in projects):
            # The private list names GitHub App / GitLab projects (v1.1 gives only ids).
            try:
                named = {
                    p.slug: p
                    for p in [
                        FollowedProject.from_private(x)
                        async for x in self.http.paginate("private/me/followed-projects")
                    ]
                }
            except NotFoundError:
                named = {}
            if projects:
                projects = [named.get(p.slug, p) for p in projects]
            else:
                projects = list(named.values())
        if not projects:
            raise NoProjectsError(
                "the token's user follows no projects on "
                f"{self.settings.base_url}; follow a project in the CircleCI web app "
                "(Projects → Follow), or check that the token belongs to the right "
                "organisation and install"
            )
        return sorted(projects, key=lambda p: p.slug)

    async def explain_missing(self, slug: str, exc: CircleCIError) -> CircleCIError:
        """For a 404/403 on a project: :class:`NoProjectsError` when its organisation
        is not one of the user's (the token belongs elsewhere), else ``exc``."""
        parts = slug.split("/")
        if len(parts) != 3:
            return exc
        try:
            orgs = await self.collaborations()
        except CircleCIError:
            return exc
        known = {o.name.lower() for o in orgs} | {o.id.lower() for o in orgs if o.id}
        known |= {o.slug.rsplit("/", 1)[-1].lower() for o in orgs}
        if parts[1].lower() in known:
            return exc
        names = ", ".join(sorted({o.name for o in orgs})) or "none"
        return NoProjectsError(
            f"{slug}: organisation {parts[1]!r} is not one of the organisations of the "
            f"token's user ({names}); use a token of a member of {parts[1]!r}, or check the slug"
        )

    async def project(self, slug: str) -> Project:
        return Project.from_json(await self.http.get_json(f"v2/project/{_slug(slug)}"))

    # -- pipelines ------------------------------------------------------------

    async def pipelines(
        self, slug: str, *, branch: str | None = None, limit: int = 20
    ) -> list[Pipeline]:
        """The newest ``limit`` pipelines of a project, newest first."""
        params = {"branch": branch} if branch else None
        out: list[Pipeline] = []
        async for item in self.http.paginate(f"v2/project/{_slug(slug)}/pipeline", params):
            out.append(Pipeline.from_json(item))
            if len(out) >= limit:
                break
        return out

    async def latest_pipeline(self, slug: str, *, branch: str | None = None) -> Pipeline | None:
        found = await self.pipelines(slug, branch=branch, limit=1)
        return found[0] if found else None

    async def latest_failed_pipeline(
        self, slug: str, *, branch: str | None = None, search: int = 30
    ) -> tuple[Pipeline, list[Workflow]] | None:
        """The newest pipeline that errored or has a failed workflow, among the
        newest ``search`` pipelines; with its workflows. None when all are green."""
        for pipeline in await self.pipelines(slug, branch=branch, limit=search):
            if pipeline.errors or pipeline.state == "errored":
                return pipeline, await self.workflows(pipeline.id)
            workflows = await self.workflows(pipeline.id)
            if any(w.failed for w in workflows):
                return pipeline, workflows
        return None

    async def pipeline(self, pipeline_id: str) -> Pipeline:
        return Pipeline.from_json(await self.http.get_json(f"v2/pipeline/{quote(pipeline_id)}"))

    async def pipeline_by_number(self, slug: str, number: int) -> Pipeline:
        data = await self.http.get_json(f"v2/project/{_slug(slug)}/pipeline/{number}")
        return Pipeline.from_json(data)

    async def workflows(self, pipeline_id: str) -> list[Workflow]:
        path = f"v2/pipeline/{quote(pipeline_id)}/workflow"
        return [Workflow.from_json(x) async for x in self.http.paginate(path)]

    async def workflow(self, workflow_id: str) -> Workflow:
        return Workflow.from_json(await self.http.get_json(f"v2/workflow/{quote(workflow_id)}"))

    async def workflow_jobs(self, workflow_id: str) -> list[WorkflowJob]:
        """Every job of a workflow, approval jobs included (they have no number)."""
        path = f"v2/workflow/{quote(workflow_id)}/job"
        return [WorkflowJob.from_json(x) async for x in self.http.paginate(path)]

    # -- jobs -----------------------------------------------------------------

    async def job(self, slug: str, number: int) -> JobDetails:
        """v2 job details. Never call it for approval jobs (CircleCI answers 404)."""
        return JobDetails.from_json(
            await self.http.get_json(f"v2/project/{_slug(slug)}/job/{number}")
        )

    async def build(self, slug: str, number: int) -> Build:
        """v1.1 job details with steps and one action per parallel node."""
        return Build.from_json(await self.http.get_json(f"v1.1/project/{_slug(slug)}/{number}"))

    async def tests(self, slug: str, number: int) -> list[TestResult]:
        path = f"v2/project/{_slug(slug)}/{number}/tests"
        return [TestResult.from_json(x) async for x in self.http.paginate(path)]

    async def artifacts(self, slug: str, number: int) -> list[Artifact]:
        path = f"v2/project/{_slug(slug)}/{number}/artifacts"
        return [Artifact.from_json(x) async for x in self.http.paginate(path)]

    async def flaky_tests(self, slug: str) -> list[FlakyTest]:
        """Known flaky tests (insights); accepts snake- and kebab-case bodies."""
        data: Any = await self.http.get_json(f"v2/insights/{_slug(slug)}/flaky-tests")
        body = Fields(data, "GET /insights/flaky-tests")
        items = body.seq("flaky_tests") or body.seq("flaky-tests")
        if not isinstance(items, list):
            raise ResponseError("GET /insights/flaky-tests: no flaky_tests list")
        return [FlakyTest.from_json(x) for x in items]

    # -- step output ----------------------------------------------------------

    @asynccontextmanager
    async def step_output(self, output_url: str, what: str) -> AsyncIterator[httpx.Response]:
        """Stream a presigned ``output_url`` (JSON message chunks); no token is sent."""
        async with self.http.stream(output_url, what) as response:
            yield response

    @asynccontextmanager
    async def condensed_output(
        self, job_id: str, node: int, step: int, what: str
    ) -> AsyncIterator[httpx.Response]:
        """Stream v3's server-side condensed output of one step (cloud only)."""
        require(self.settings, CONDENSED_OUTPUT)
        url = self.settings.api(
            f"v3/jobs/{quote(job_id)}/stdout/condensed"
            f"?filter%5Bexecution%5D={node}&filter%5Bstep_num%5D={step}"
        )
        async with self.http.stream(url, what, bearer=True) as response:
            yield response

    @asynccontextmanager
    async def private_output(
        self, slug: str, number: int, kind: str, node: int, step: int, what: str
    ) -> AsyncIterator[httpx.Response]:
        """Stream the private plain-text route; ``kind`` is ``output`` or ``error``."""
        url = self.settings.api(f"private/output/raw/{_slug(slug)}/{number}/{kind}/{node}/{step}")
        async with self.http.stream(url, what) as response:
            yield response
