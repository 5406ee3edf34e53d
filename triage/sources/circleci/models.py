"""Typed CircleCI records, validated once at the edge (``from_json``).

Contract:
- Each ``from_json`` takes one decoded JSON value and returns a frozen model or
  raises :class:`triage.errors.ResponseError` naming the bad field.
- Status vocabularies are open: any string is kept; the ``*_STATUSES`` sets
  only classify known values (an unknown status is neither failed nor green).
- ``to_dict`` gives the JSON used by the CLI's ``--format json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from .fields import Fields

__all__ = [
    "FAILED_ACTION_STATUSES",
    "FAILED_JOB_STATUSES",
    "FAILED_TEST_RESULTS",
    "Action",
    "Artifact",
    "Build",
    "Collaboration",
    "FlakyTest",
    "FollowedProject",
    "JobDetails",
    "Pipeline",
    "PipelineError",
    "Project",
    "Step",
    "TestResult",
    "User",
    "Workflow",
    "WorkflowJob",
    "overall_status",
    "slug_from_vcs",
]

#: v2 job statuses (and v1.1 outcomes) that mean "this job failed".
FAILED_JOB_STATUSES = frozenset({"failed", "infrastructure_fail", "timedout", "failing"})
#: v1.1 action statuses whose output is worth scanning.
FAILED_ACTION_STATUSES = frozenset({"failed", "timedout", "infrastructure_fail"})
#: Test metadata results that mean the test failed.
FAILED_TEST_RESULTS = frozenset({"failure", "failed", "error"})
#: Workflow statuses that mean the workflow failed (or is failing).
FAILED_WORKFLOW_STATUSES = frozenset({"failed", "failing", "error", "unauthorized"})

_VCS_SHORT = {"github": "gh", "gh": "gh", "bitbucket": "bb", "bb": "bb", "circleci": "circleci"}


def slug_from_vcs(vcs_type: str, org: str, repo: str) -> str:
    """``gh/org/repo`` from a v1.1 ``vcs_type`` (github, bitbucket, circleci ...)."""
    return f"{_VCS_SHORT.get(vcs_type.lower(), vcs_type.lower())}/{org}/{repo}"


class _Dict:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload, no-any-return]


@dataclass(frozen=True, slots=True)
class User(_Dict):
    id: str
    login: str
    name: str

    @classmethod
    def from_json(cls, data: Any) -> User:
        f = Fields(data, "GET /me")
        login = f.opt_str("login") or ""
        return cls(id=f.req_str("id"), login=login, name=f.opt_str("name") or login)


@dataclass(frozen=True, slots=True)
class Collaboration(_Dict):
    """An organisation the user belongs to (``GET /me/collaborations``)."""

    id: str
    name: str
    vcs_type: str
    slug: str

    @classmethod
    def from_json(cls, data: Any) -> Collaboration:
        f = Fields(data, "collaboration")
        name = f.req_str("name")
        vcs = f.first_str("vcs-type", "vcs_type") or ""
        slug = f.opt_str("slug") or f"{_VCS_SHORT.get(vcs.lower(), vcs.lower())}/{name}"
        return cls(id=f.opt_str("id") or "", name=name, vcs_type=vcs, slug=slug)


@dataclass(frozen=True, slots=True)
class FollowedProject(_Dict):
    """A followed project (v1.1 ``/projects`` or the private followed-projects list)."""

    slug: str
    name: str
    organization: str
    default_branch: str | None

    @classmethod
    def from_v1(cls, data: Any) -> FollowedProject:
        f = Fields(data, "GET /api/v1.1/projects item")
        org = f.req_str("username")
        repo = f.req_str("reponame")
        vcs = f.opt_str("vcs_type") or "github"
        return cls(
            slug=slug_from_vcs(vcs, org, repo),
            name=repo,
            organization=org,
            default_branch=f.opt_str("default_branch"),
        )

    @classmethod
    def from_private(cls, data: Any) -> FollowedProject:
        f = Fields(data, "GET /api/private/me/followed-projects item")
        slug = f.req_str("slug")
        return cls(
            slug=slug,
            name=f.opt_str("name") or slug.rsplit("/", 1)[-1],
            organization=f.opt_str("organization_name") or slug.split("/")[1],
            default_branch=f.opt_str("default_branch"),
        )


@dataclass(frozen=True, slots=True)
class Project(_Dict):
    """``GET /project/{slug}``."""

    id: str
    slug: str
    name: str
    organization_name: str
    organization_id: str
    default_branch: str | None

    @classmethod
    def from_json(cls, data: Any) -> Project:
        f = Fields(data, "GET /project")
        vcs = f.obj("vcs_info")
        return cls(
            id=f.opt_str("id") or "",
            slug=f.req_str("slug"),
            name=f.opt_str("name") or "",
            organization_name=f.opt_str("organization_name") or "",
            organization_id=f.opt_str("organization_id") or "",
            default_branch=vcs.opt_str("default_branch") if vcs else None,
        )


@dataclass(frozen=True, slots=True)
class PipelineError(_Dict):
    type: str
    message: str


@dataclass(frozen=True, slots=True)
class Pipeline(_Dict):
    id: str
    number: int
    project_slug: str
    state: str
    created_at: str | None
    errors: tuple[PipelineError, ...]
    branch: str | None
    tag: str | None
    revision: str | None
    commit_subject: str | None
    trigger_type: str | None
    actor: str | None

    @classmethod
    def from_json(cls, data: Any) -> Pipeline:
        f = Fields(data, "pipeline")
        vcs = f.obj("vcs")
        commit = vcs.obj("commit") if vcs else None
        trigger = f.obj("trigger")
        actor = trigger.obj("actor") if trigger else None
        errors = tuple(
            PipelineError(type=e.opt_str("type") or "other", message=e.opt_str("message") or "")
            for e in (Fields(x, "pipeline.errors[]") for x in f.seq("errors"))
        )
        return cls(
            id=f.req_str("id"),
            number=f.req_int("number"),
            project_slug=f.opt_str("project_slug") or "",
            state=f.opt_str("state") or "unknown",
            created_at=f.opt_str("created_at"),
            errors=errors,
            branch=vcs.opt_str("branch") if vcs else None,
            tag=vcs.opt_str("tag") if vcs else None,
            revision=vcs.opt_str("revision") if vcs else None,
            commit_subject=commit.opt_str("subject") if commit else None,
            trigger_type=trigger.opt_str("type") if trigger else None,
            actor=actor.opt_str("login") if actor else None,
        )


@dataclass(frozen=True, slots=True)
class Workflow(_Dict):
    id: str
    name: str
    status: str
    pipeline_id: str
    pipeline_number: int | None
    project_slug: str
    created_at: str | None
    stopped_at: str | None

    @classmethod
    def from_json(cls, data: Any) -> Workflow:
        f = Fields(data, "workflow")
        return cls(
            id=f.req_str("id"),
            name=f.opt_str("name") or "",
            status=f.opt_str("status") or "unknown",
            pipeline_id=f.opt_str("pipeline_id") or "",
            pipeline_number=f.opt_int("pipeline_number"),
            project_slug=f.opt_str("project_slug") or "",
            created_at=f.opt_str("created_at"),
            stopped_at=f.opt_str("stopped_at"),
        )

    @property
    def failed(self) -> bool:
        return self.status in FAILED_WORKFLOW_STATUSES


@dataclass(frozen=True, slots=True)
class WorkflowJob(_Dict):
    """An item of ``GET /workflow/{id}/job``. Approval jobs have no ``job_number``."""

    id: str
    name: str
    type: str
    status: str
    job_number: int | None
    project_slug: str
    started_at: str | None
    stopped_at: str | None
    dependencies: tuple[str, ...]
    approval_request_id: str | None

    @classmethod
    def from_json(cls, data: Any) -> WorkflowJob:
        f = Fields(data, "workflow job")
        return cls(
            id=f.req_str("id"),
            name=f.opt_str("name") or "",
            type=f.opt_str("type") or "build",
            status=f.opt_str("status") or "unknown",
            job_number=f.opt_int("job_number"),
            project_slug=f.opt_str("project_slug") or "",
            started_at=f.opt_str("started_at"),
            stopped_at=f.opt_str("stopped_at"),
            dependencies=f.str_list("dependencies"),
            approval_request_id=f.opt_str("approval_request_id"),
        )

    @property
    def is_approval(self) -> bool:
        return self.type == "approval"

    @property
    def failed(self) -> bool:
        return self.status in FAILED_JOB_STATUSES


@dataclass(frozen=True, slots=True)
class JobMessage(_Dict):
    type: str
    message: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class JobDetails(_Dict):
    """``GET /project/{slug}/job/{number}`` (v2): no steps, no logs."""

    number: int
    name: str
    status: str
    web_url: str | None
    parallelism: int
    duration_ms: int | None
    executor: str | None
    resource_class: str | None
    workflow_id: str | None
    workflow_name: str | None
    pipeline_id: str | None
    project_slug: str | None
    messages: tuple[JobMessage, ...]

    @classmethod
    def from_json(cls, data: Any) -> JobDetails:
        f = Fields(data, "job")
        executor = f.obj("executor")
        workflow = f.obj("latest_workflow")
        pipeline = f.obj("pipeline")
        project = f.obj("project")
        messages = tuple(
            JobMessage(
                type=m.opt_str("type") or "",
                message=m.opt_str("message") or "",
                reason=m.opt_str("reason"),
            )
            for m in (Fields(x, "job.messages[]") for x in f.seq("messages"))
        )
        return cls(
            number=f.req_int("number"),
            name=f.opt_str("name") or "",
            status=f.opt_str("status") or "unknown",
            web_url=f.opt_str("web_url"),
            parallelism=f.opt_int("parallelism") or 1,
            duration_ms=f.opt_int("duration"),
            executor=executor.opt_str("type") if executor else None,
            resource_class=executor.opt_str("resource_class") if executor else None,
            workflow_id=workflow.opt_str("id") if workflow else None,
            workflow_name=workflow.opt_str("name") if workflow else None,
            pipeline_id=pipeline.opt_str("id") if pipeline else None,
            project_slug=project.opt_str("slug") if project else None,
            messages=messages,
        )


@dataclass(frozen=True, slots=True)
class Action(_Dict):
    """One step on one parallel node (v1.1 ``steps[].actions[]``)."""

    index: int
    step: int
    name: str
    status: str
    failed: bool
    exit_code: int | None
    has_output: bool
    output_url: str | None
    truncated: bool
    timedout: bool
    infrastructure_fail: bool
    canceled: bool
    run_time_millis: int | None

    @classmethod
    def from_json(cls, data: Any) -> Action:
        f = Fields(data, "v1.1 action")
        return cls(
            index=f.opt_int("index") or 0,
            step=f.req_int("step"),
            name=f.opt_str("name") or "",
            status=f.opt_str("status") or "unknown",
            failed=f.flag("failed"),
            exit_code=f.opt_int("exit_code"),
            has_output=f.flag("has_output", default=True),
            output_url=f.opt_str("output_url"),
            truncated=f.flag("truncated"),
            timedout=f.flag("timedout"),
            infrastructure_fail=f.flag("infrastructure_fail"),
            canceled=f.flag("canceled"),
            run_time_millis=f.opt_int("run_time_millis"),
        )

    @property
    def needs_scan(self) -> bool:
        """Failed, timed out or infrastructure-failed: its output explains the job."""
        return (
            self.failed
            or self.timedout
            or self.infrastructure_fail
            or self.status in FAILED_ACTION_STATUSES
        )


@dataclass(frozen=True, slots=True)
class Step(_Dict):
    name: str
    actions: tuple[Action, ...]


@dataclass(frozen=True, slots=True)
class Build(_Dict):
    """``GET /api/v1.1/project/{slug}/{number}``: a job with steps per node."""

    build_num: int
    status: str
    outcome: str | None
    lifecycle: str | None
    parallel: int
    job_name: str | None
    workflow_id: str | None
    job_id: str | None
    build_url: str | None
    branch: str | None
    vcs_revision: str | None
    steps: tuple[Step, ...]

    @classmethod
    def from_json(cls, data: Any) -> Build:
        f = Fields(data, "v1.1 job")
        workflows = f.obj("workflows")
        steps = tuple(
            Step(
                name=s.opt_str("name") or "",
                actions=tuple(Action.from_json(a) for a in s.seq("actions")),
            )
            for s in (Fields(x, "v1.1 job.steps[]") for x in f.seq("steps"))
        )
        return cls(
            build_num=f.req_int("build_num"),
            status=f.opt_str("status") or "unknown",
            outcome=f.opt_str("outcome"),
            lifecycle=f.opt_str("lifecycle"),
            parallel=f.opt_int("parallel") or 1,
            job_name=workflows.opt_str("job_name") if workflows else None,
            workflow_id=workflows.opt_str("workflow_id") if workflows else None,
            job_id=workflows.opt_str("job_id") if workflows else None,
            build_url=f.opt_str("build_url"),
            branch=f.opt_str("branch"),
            vcs_revision=f.opt_str("vcs_revision"),
            steps=steps,
        )


@dataclass(frozen=True, slots=True)
class TestResult(_Dict):
    """An item of ``GET /project/{slug}/{number}/tests``."""

    __test__ = False  # not a pytest class

    name: str
    classname: str
    file: str | None
    result: str
    message: str
    run_time: float | None
    source: str | None

    @classmethod
    def from_json(cls, data: Any) -> TestResult:
        f = Fields(data, "test metadata item")
        return cls(
            name=f.opt_str("name") or "",
            classname=f.opt_str("classname") or "",
            file=f.opt_str("file") or None,
            result=f.opt_str("result") or "unknown",
            message=f.opt_str("message") or "",
            run_time=f.opt_float("run_time"),
            source=f.opt_str("source"),
        )

    @property
    def failed(self) -> bool:
        return self.result in FAILED_TEST_RESULTS


@dataclass(frozen=True, slots=True)
class FlakyTest(_Dict):
    """An entry of ``GET /insights/{slug}/flaky-tests`` (snake- or kebab-case)."""

    test_name: str
    classname: str
    file: str | None
    job_name: str | None
    workflow_name: str | None
    times_flaked: int
    time_wasted: int | None

    @classmethod
    def from_json(cls, data: Any) -> FlakyTest:
        f = Fields(data, "flaky test")
        flaked = f.first_str("times_flaked", "times-flaked")
        return cls(
            test_name=f.first_str("test_name", "test-name") or "",
            classname=f.opt_str("classname") or "",
            file=f.opt_str("file") or None,
            job_name=f.first_str("job_name", "job-name"),
            workflow_name=f.first_str("workflow_name", "workflow-name"),
            times_flaked=(
                int(flaked) if flaked and flaked.isdigit() else
                (f.opt_int("times_flaked") or f.opt_int("times-flaked") or 0)
            ),
            time_wasted=f.opt_int("time_wasted"),
        )


@dataclass(frozen=True, slots=True)
class Artifact(_Dict):
    path: str
    node_index: int
    url: str

    @classmethod
    def from_json(cls, data: Any) -> Artifact:
        f = Fields(data, "artifact")
        return cls(
            path=f.req_str("path"), node_index=f.opt_int("node_index") or 0, url=f.req_str("url")
        )


def overall_status(pipeline: Pipeline | None, workflows: list[Workflow]) -> str:
    """One word for a pipeline: errored, failed, running, on_hold, passed or unknown."""
    if pipeline is not None and (pipeline.errors or pipeline.state == "errored"):
        return "errored"
    statuses = {w.status for w in workflows}
    if statuses & FAILED_WORKFLOW_STATUSES:
        return "failed"
    if "running" in statuses:
        return "running"
    if "on_hold" in statuses:
        return "on_hold"
    if statuses and statuses <= {"success"}:
        return "passed"
    return "unknown"
