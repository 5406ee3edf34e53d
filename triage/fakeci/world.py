"""The fake organisation: projects, pipelines, workflows, jobs, steps and logs.

Contract: the world is deterministic (ids are UUID5 of names, times fixed), so
tests can name things: project ``gh/acme/web`` has pipelines 40 (main, green),
41 (feat/login, red) and 42 (main, red, the latest); ``gh/acme/api``'s latest
pipeline (8) errored on config; ``bb/acme/legacy`` is green;
``circleci/<org>/<project>`` (mobile) failed for infrastructure reasons;
``gh/other/secret`` answers 403; anything else 404. With ``bench`` set, project
``gh/bench/big`` has one workflow of ``jobs × nodes`` failed steps whose logs are
``log_mb`` MB each. With ``history`` set, project ``gh/hist/app`` has months of
pipelines (:func:`history_project`): main and feature branches, a stretch where
main is red on lint, a branch that breaks the type check, a flaky e2e job whose
failures pass on a workflow rerun on the same commit, occasional infrastructure
failures and timeouts, and connection errors whose host names vary.

Logs come from :mod:`triage.fakeci.data` (real tool output copied from the
fixtures) or from ``logs_dir``.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["Bench", "History", "Job", "LogStore", "World", "build_world", "history_project"]

NS = uuid.UUID("6f1c1b4e-6a53-4d0b-9a52-2f0e4c9b1a10")
T0 = "2026-11-20T10:00:00Z"
MOBILE_ORG = str(uuid.uuid5(NS, "org:mobile"))
MOBILE_PROJECT = str(uuid.uuid5(NS, "project:mobile"))
MOBILE_SLUG = f"circleci/{MOBILE_ORG}/{MOBILE_PROJECT}"


def uid(name: str) -> str:
    return str(uuid.uuid5(NS, name))


def ts(minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    return f"2026-11-20T{10 + hours:02d}:{mins:02d}:00Z"


class LogStore:
    """Log texts by name (``pytest_assert_color`` ...) and their expected test ids."""

    def __init__(self, logs_dir: Path | None = None) -> None:
        self._dir = logs_dir
        self._cache: dict[str, bytes] = {}

    def _read(self, name: str) -> bytes:
        if self._dir is not None and (self._dir / name).exists():
            return (self._dir / name).read_bytes()
        return resources.files("triage.fakeci").joinpath("data", name).read_bytes()

    def put(self, name: str, data: bytes) -> None:
        """Register a generated log (the benchmark's big logs)."""
        self._cache[name] = data

    def text(self, name: str) -> bytes:
        if name not in self._cache:
            self._cache[name] = self._read(f"{name}.log")
        return self._cache[name]

    def failing_tests(self, name: str) -> list[str]:
        try:
            data = json.loads(self._read(f"{name}.expect.json"))
        except (FileNotFoundError, ValueError):
            return []
        tests = data.get("failing_tests", [])
        return [t for t in tests if isinstance(t, str)]

    def cause(self, name: str) -> str:
        try:
            data = json.loads(self._read(f"{name}.expect.json"))
        except (FileNotFoundError, ValueError):
            return ""
        lines = data.get("cause_lines") or [""]
        return str(lines[0])

    def framework(self, name: str) -> str:
        try:
            return str(json.loads(self._read(f"{name}.expect.json")).get("framework") or "")
        except (FileNotFoundError, ValueError):
            return ""


@dataclass
class StepSpec:
    name: str
    #: node index → (status, log name or None, flags); nodes not listed succeed.
    failures: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    exit_code: int = 1
    truncated: bool = False


@dataclass
class Job:
    name: str
    status: str
    number: int | None
    type: str = "build"
    parallelism: int = 1
    steps: list[StepSpec] = field(default_factory=list)
    id: str = ""
    #: log name whose failing tests are stored as test metadata
    test_log: str | None = None
    dependencies: tuple[str, ...] = ()
    #: ISO times; None: the world's fixed T0
    started_at: str | None = None
    stopped_at: str | None = None


@dataclass
class Workflow:
    name: str
    status: str
    jobs: list[Job]
    id: str = ""


@dataclass
class PipelineSpec:
    number: int
    branch: str
    state: str
    workflows: list[Workflow]
    errors: list[dict[str, str]] = field(default_factory=list)
    id: str = ""
    minutes: int = 0
    subject: str = ""
    #: ISO creation time (overrides ``minutes``) and commit (default: one per pipeline)
    at: str | None = None
    revision: str | None = None


@dataclass
class ProjectSpec:
    slug: str
    name: str
    org: str
    vcs_type: str
    pipelines: list[PipelineSpec]
    flaky: list[dict[str, Any]] = field(default_factory=list)
    default_branch: str = "main"
    id: str = ""
    #: items per page of the pipeline list (CircleCI's is 20; 2 exercises paging)
    page_size: int = 2


@dataclass(frozen=True)
class Bench:
    jobs: int = 20
    nodes: int = 4
    log_mb: float = 5.0


@dataclass
class World:
    """Indexes over the specs, built once; the server only reads it."""

    projects: dict[str, ProjectSpec]
    logs: LogStore
    user: dict[str, str]
    forbidden: frozenset[str] = frozenset({"gh/other/secret"})
    pipelines: dict[str, tuple[ProjectSpec, PipelineSpec]] = field(default_factory=dict)
    workflows: dict[str, tuple[ProjectSpec, PipelineSpec, Workflow]] = field(default_factory=dict)
    jobs: dict[tuple[str, int], tuple[ProjectSpec, PipelineSpec, Workflow, Job]] = field(
        default_factory=dict
    )

    def __post_init__(self) -> None:
        for project in self.projects.values():
            project.id = project.id or uid(f"project:{project.slug}")
            for p in project.pipelines:
                p.id = uid(f"pipeline:{project.slug}:{p.number}")
                self.pipelines[p.id] = (project, p)
                for w in p.workflows:
                    w.id = w.id or uid(f"workflow:{project.slug}:{p.number}:{w.name}")
                    self.workflows[w.id] = (project, p, w)
                    for j in w.jobs:
                        j.id = uid(f"job:{w.id}:{j.name}")
                        if j.number is not None:
                            self.jobs[(project.slug, j.number)] = (project, p, w, j)


def _std_steps(
    run: str, failures: dict[int, tuple[str, str | None]], *, exit_code: int = 1
) -> list[StepSpec]:
    return [
        StepSpec("Spin up environment"),
        StepSpec("Checkout code"),
        StepSpec("Install dependencies"),
        StepSpec(run, failures, exit_code=exit_code),
        StepSpec("Uploading test results"),
    ]


def _ok(name: str, number: int, parallelism: int = 1) -> Job:
    return Job(name, "success", number, parallelism=parallelism, steps=_std_steps("Run", {}))


def _web() -> ProjectSpec:
    green = PipelineSpec(40, "main", "created", minutes=0, subject="Bump dependencies", workflows=[
        Workflow("build-and-test", "success", [
            _ok("lint", 400), _ok("test", 401, 2),
            Job("hold-release", "success", None, type="approval"),
            _ok("release", 402),
        ]),
    ])
    feature = PipelineSpec(41, "feat/login", "created", minutes=30, subject="Add login form",
                           workflows=[
        Workflow("build-and-test", "failed", [
            _ok("lint", 410),
            Job("test", "failed", 411, parallelism=4, test_log="pytest_assert_color",
                steps=_std_steps("Run tests", {1: ("failed", "pytest_assert_color"),
                                               3: ("failed", "pytest_assert_color")})),
            Job("e2e", "failed", 412, test_log="jest_fail_color",
                steps=_std_steps("Run e2e", {0: ("failed", "jest_fail_color")})),
            Job("hold-release", "blocked", None, type="approval"),
            Job("release", "blocked", None),
        ]),
    ])
    latest = PipelineSpec(42, "main", "created", minutes=60, subject="Cache user lookups",
                          workflows=[
        Workflow("build-and-test", "failed", [
            Job("lint", "failed", 420,
                steps=_std_steps("Run eslint", {0: ("failed", "eslint_errors")})),
            Job("typecheck", "failed", 423,
                steps=_std_steps("Run tsc", {0: ("failed", "tsc_pretty_color")}, exit_code=2)),
            Job("test", "failed", 421, parallelism=4, test_log="pytest_rerunfailures",
                steps=_std_steps("Run tests", {0: ("failed", "pytest_rerunfailures"),
                                               2: ("failed", "pytest_rerunfailures")})),
            Job("integration", "timedout", 422, test_log="pytest_timeout",
                steps=_std_steps("Run integration tests",
                                 {0: ("timedout", "pytest_timeout")})),
        ]),
        Workflow("deploy", "on_hold", [
            Job("hold-deploy", "on_hold", None, type="approval"),
            Job("deploy", "blocked", None, dependencies=("hold-deploy",)),
        ]),
    ])
    flaky = [
        {"test_name": "test_always_broken", "classname": "tests.test_flaky",
         "file": "tests/test_flaky.py", "source": "pytest", "job_name": "test",
         "job_number": 421, "workflow_name": "build-and-test", "workflow_id": uid("wf:flaky"),
         "workflow_created_at": ts(60), "pipeline_number": 42, "times_flaked": 4,
         "time_wasted": 5400},
        {"test_name": "test_eventually_consistent", "classname": "tests.test_flaky",
         "file": "tests/test_flaky.py", "source": "pytest", "job_name": "test",
         "job_number": 401, "workflow_name": "build-and-test", "workflow_id": uid("wf:flaky2"),
         "workflow_created_at": ts(0), "pipeline_number": 40, "times_flaked": 2,
         "time_wasted": 1200},
    ]
    return ProjectSpec("gh/acme/web", "web", "acme", "github", [green, feature, latest], flaky)


def _api() -> ProjectSpec:
    green = PipelineSpec(7, "main", "created", minutes=5, subject="Add health check", workflows=[
        Workflow("ci", "success", [_ok("build", 70)]),
    ])
    errored = PipelineSpec(8, "main", "errored", minutes=50, subject="Rename deploy job",
                           workflows=[], errors=[{
        "type": "config",
        "message": "Config does not conform to schema: {:workflows {:ci {:jobs "
                   "[{:deploy {:requires [\"build-and-push\"]}}]}}}: job 'build-and-push' "
                   "is not defined in the jobs section",
    }])
    return ProjectSpec("gh/acme/api", "api", "acme", "github", [green, errored])


def _legacy() -> ProjectSpec:
    green = PipelineSpec(3, "master", "created", minutes=10, subject="Fix typo", workflows=[
        Workflow("build", "success", [_ok("build", 30)]),
    ])
    return ProjectSpec("bb/acme/legacy", "legacy", "acme", "bitbucket", [green],
                       default_branch="master")


def _mobile() -> ProjectSpec:
    red = PipelineSpec(12, "main", "created", minutes=45, subject="Upgrade Gradle", workflows=[
        Workflow("build", "failed", [
            Job("android-build", "infrastructure_fail", 120,
                steps=_std_steps("Build APK", {0: ("infrastructure_fail", "bash_killed")},
                                 exit_code=137)),
            _ok("unit", 121),
        ]),
    ])
    return ProjectSpec(MOBILE_SLUG, "mobile", "acme-mobile", "circleci", [red],
                       id=MOBILE_PROJECT)


def _bench(b: Bench) -> ProjectSpec:
    jobs = [
        Job(f"shard-{i:02d}", "failed", 1000 + i, parallelism=b.nodes,
            steps=_std_steps("Run tests", {n: ("failed", "bench") for n in range(b.nodes)}))
        for i in range(b.jobs)
    ]
    p = PipelineSpec(1, "main", "created", minutes=90, subject="Bench",
                     workflows=[Workflow("bench", "failed", jobs)])
    return ProjectSpec("gh/bench/big", "big", "bench", "github", [p])


def bench_log(store: LogStore, size: int) -> bytes:
    """``size`` bytes of a realistic pytest run: passing lines, then a real failure log."""
    tail = store.text("pytest_assert_color")
    lines: list[bytes] = []
    total = 0
    i = 0
    while total < size - len(tail):
        line = (f"tests/unit/test_module_{i // 50:04d}.py::test_case_{i:06d} PASSED"
                f"{' ' * 20}[{(i * 7) % 100:3d}%]\n").encode()
        lines.append(line)
        total += len(line)
        i += 1
    return b"".join(lines) + tail


@dataclass(frozen=True)
class History:
    """``gh/hist/app``: ``pipelines`` pipelines of ``jobs`` jobs over ``days`` days."""

    pipelines: int = 60
    jobs: int = 5
    days: int = 28
    seed: int = 7


HISTORY_SLUG = "gh/hist/app"
HISTORY_END = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
_HIST_JOBS = ("lint", "build", "test", "e2e", "integration", "typecheck", "docs")
_HOSTS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel")


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def conn_refused_log(host: str) -> bytes:
    """A pytest failure whose message names a host: same error, different values."""
    return (
        "============================= test session starts ==============================\n"
        "collected 12 items\n\n"
        "tests/integration/test_db.py .........F..                                [100%]\n\n"
        "=================================== FAILURES ===================================\n"
        "____________________________ test_replica_roundtrip ____________________________\n"
        "    def test_replica_roundtrip():\n"
        ">       conn = connect(REPLICA)\n"
        f"E       ConnectionRefusedError: could not connect to server db-replica-{host}: "
        "Connection refused\n\n"
        "tests/integration/test_db.py:41: ConnectionRefusedError\n"
        "=========================== short test summary info ============================\n"
        "FAILED tests/integration/test_db.py::test_replica_roundtrip - "
        f"ConnectionRefusedError: could not connect to server db-replica-{host}\n"
        "========================= 1 failed, 11 passed in 3.02s =========================\n"
    ).encode()


def history_project(h: History, store: LogStore) -> ProjectSpec:
    """Deterministic months of history (see the module docstring)."""
    for host in _HOSTS:
        store.put(f"conn_refused_{host}", conn_refused_log(host))
    names = [_HIST_JOBS[i % len(_HIST_JOBS)] + (f"-{i // len(_HIST_JOBS)}"
                                                 if i >= len(_HIST_JOBS) else "")
             for i in range(max(1, h.jobs))]
    step = timedelta(days=h.days) / max(1, h.pipelines)
    start = HISTORY_END - step * (h.pipelines - 1)
    features = ("feat/login", "feat/cart", "fix/typo")
    number = 5000
    pipelines: list[PipelineSpec] = []
    for i in range(h.pipelines):
        rng = random.Random(h.seed * 1_000_003 + i)
        at = start + step * i
        branch = "main" if i % 3 != 1 else features[(i // 3) % len(features)]
        frac = i / max(1, h.pipelines - 1)
        failures: dict[str, tuple[str, str]] = {}  # job name -> (status, log)
        if branch == "main" and 0.45 <= frac < 0.55 and "lint" in names:
            failures["lint"] = ("failed", "eslint_errors")
        if branch == "main" and i >= h.pipelines - 6 and "integration" in names:
            failures["integration"] = ("failed", f"conn_refused_{_HOSTS[i % len(_HOSTS)]}")
        if branch == "feat/cart" and frac >= 0.7:
            failures["typecheck" if "typecheck" in names else "build"] = (
                "failed", "tsc_pretty_color")
        flaky = "e2e" in names and rng.random() < 0.15
        if flaky:
            failures["e2e"] = ("failed", "jest_fail_color")
        if branch != "main" and "test" in names and rng.random() < 0.08:
            failures["test"] = ("failed", "pytest_assert_color")
        if rng.random() < 0.03:
            failures[rng.choice(names)] = ("infrastructure_fail", "bash_killed")
        if "integration" in names and "integration" not in failures and rng.random() < 0.02:
            failures["integration"] = ("timedout", "pytest_timeout")

        def job(name: str, outcome: tuple[str, str] | None, t0: datetime,
                rng: random.Random = rng) -> Job:
            nonlocal number
            number += 1
            secs = rng.randint(60, 600)
            status, log = outcome or ("success", "")
            fails: dict[int, tuple[str, str | None]] = {0: (status, log)} if outcome else {}
            return Job(name, status, number, steps=_std_steps(f"Run {name}", fails,
                                                                exit_code=137 if status ==
                                                                "infrastructure_fail" else 1),
                       test_log=log if outcome and log.startswith(("pytest", "jest")) else None,
                       started_at=_iso(t0), stopped_at=_iso(t0 + timedelta(seconds=secs)))

        jobs = [job(n, failures.get(n), at + timedelta(minutes=1)) for n in names]
        workflows = [Workflow("ci", "failed" if failures else "success", jobs)]
        if flaky:  # rerun from failed: the failed jobs again, on the same commit
            again = [job(n, None if n == "e2e" else failures[n], at + timedelta(minutes=20))
                     for n in names if n in failures]
            wf = Workflow("ci", "success" if len(failures) == 1 else "failed", again,
                          id=uid(f"workflow:{HISTORY_SLUG}:{i + 1}:ci:rerun"))
            workflows.append(wf)
        pipelines.append(PipelineSpec(i + 1, branch, "created", workflows=workflows,
                                      subject=f"Change {i + 1}", at=_iso(at)))
    flaky_insights = [
        {"test_name": "pads cents to two digits", "classname": "cart › formatPrice",
         "file": "tests/cart.test.js", "source": "jest", "job_name": "e2e",
         "workflow_name": "ci", "times_flaked": 3, "time_wasted": 900},
    ]
    return ProjectSpec(HISTORY_SLUG, "app", "hist", "github", pipelines, flaky_insights,
                       page_size=20)


def build_world(logs_dir: Path | None = None, bench: Bench | None = None,
                history: History | None = None) -> World:
    projects = [_web(), _api(), _legacy(), _mobile()]
    store = LogStore(logs_dir)
    if bench is not None:
        projects.append(_bench(bench))
        store.put("bench", bench_log(store, int(bench.log_mb * 1024 * 1024)))
    if history is not None:
        projects.append(history_project(history, store))
    return World(
        projects={p.slug: p for p in projects},
        logs=store,
        user={"id": uid("user:demo"), "login": "demo-dev", "name": "Demo Developer"},
    )
