"""The real client against the fake CircleCI over real HTTP (a subprocess)."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from triage.errors import (
    AuthenticationError,
    NetworkError,
    NoProjectsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
)
from triage.fakeci.harness import FakeCircleCI
from triage.sources.circleci.client import CircleCI
from triage.sources.circleci.config import Settings
from triage.sources.circleci.targets import parse_target

from .conftest import FAST_RETRY, fake_settings


def _why(fake: FakeCircleCI, text: str, timeout_s: float = 30.0, **kw: Any) -> dict[str, Any]:
    with CircleCI(fake_settings(fake, timeout_s), retry=FAST_RETRY) as ci:
        return ci.summarise(parse_target(text, **kw)).to_dict()


def _reports(data: dict[str, Any]) -> dict[tuple[int, int], dict[str, Any]]:
    return {(r["origin"]["job_number"], r["origin"]["node"]): r
            for job in data["failed_jobs"] for r in job["reports"]}


def test_why_project_summarises_latest_failed_pipeline(fake: FakeCircleCI) -> None:
    data = _why(fake, "gh/acme/web")
    assert data["schema"] == "triage.summary/1"
    assert data["status"] == "failed" and data["pipeline"]["number"] == 42
    assert [j["number"] for j in data["failed_jobs"]] == [422, 420, 421, 423]
    reports = _reports(data)
    assert set(reports) == {(420, 0), (421, 0), (421, 2), (422, 0), (423, 0)}
    origin = reports[(422, 0)]["origin"]
    assert origin["step_name"] == "Run integration tests" and origin["timedout"] is True
    assert origin["route"] == "output_url" and origin["complete"] is True
    assert reports[(423, 0)]["origin"]["exit_code"] == 2
    assert reports[(421, 2)]["source"]["envelope"] == "circleci-json"
    # The same failure on nodes 0 and 2 of job 421 is one cause.
    broken = [c for c in data["causes"] if "assert None == 'bob'" in c["line"]]
    assert len(broken) == 1 and broken[0]["jobs"] == [421]
    assert [p["node"] for p in broken[0]["places"]] == [0, 2]
    tests = {t["id"]: t for t in data["failing_tests"]}
    flaky = tests["tests/test_flaky.py::test_always_broken"]
    assert flaky["sources"] == ["log", "metadata"] and flaky["flaky"]["times_flaked"] == 4
    assert data["unavailable"] == []
    assert data["workflows"][1]["jobs"][0] == {"number": None, "name": "hold-deploy",
                                               "type": "approval", "status": "on_hold"}


def test_token_never_reaches_the_output_host(fake: FakeCircleCI) -> None:
    _why(fake, "gh/acme/web")
    requests = fake.requests()
    outputs = [r for r in requests if r["host"] == "output"]
    assert len(outputs) == 5
    assert not any(r["had_token"] for r in outputs)
    assert all(r["had_token"] for r in requests if r["host"] == "api")


def test_only_failed_jobs_are_fetched_never_approvals(fake: FakeCircleCI) -> None:
    _why(fake, "gh/acme/web")
    paths = [r["path"] for r in fake.requests()]
    v11 = sorted(p for p in paths if p.startswith("/api/v1.1/project/"))
    assert v11 == [f"/api/v1.1/project/gh/acme/web/{n}" for n in (420, 421, 422, 423)]
    assert not any("/job/" in p for p in paths)  # approval jobs have no details to ask for


def test_errored_pipeline_is_explained_from_its_errors(fake: FakeCircleCI) -> None:
    data = _why(fake, "gh/acme/api")
    assert data["status"] == "errored" and data["workflows"] == []
    assert data["errors"][0]["type"] == "config"
    assert "before any workflow ran" in data["explanation"]
    assert data["causes"][0]["category"] == "config"


def test_targets_pipeline_workflow_job_and_url(fake: FakeCircleCI) -> None:
    by_number = _why(fake, "41", project="gh/acme/web")
    assert by_number["pipeline"]["branch"] == "feat/login"
    assert sorted(j["number"] for j in by_number["failed_jobs"]) == [411, 412]
    workflow_id = by_number["workflows"][0]["id"]
    by_workflow = _why(fake, workflow_id)  # a bare id: pipeline tried first, then workflow
    assert by_workflow["target"]["kind"] == "uuid"
    assert [w["id"] for w in by_workflow["workflows"]] == [workflow_id]
    by_url = _why(fake, f"{fake.api_url}/pipelines/github/acme/web/41/workflows/{workflow_id}")
    assert [j["number"] for j in by_url["failed_jobs"]] == [412, 411]
    by_job = _why(fake, "gh/acme/web/411")
    assert [j["number"] for j in by_job["failed_jobs"]] == [411]
    assert sorted(_reports(by_job)) == [(411, 1), (411, 3)]
    by_pipeline_id = _why(fake, by_number["pipeline"]["id"])
    assert by_pipeline_id["pipeline"]["number"] == 41


def test_branch_narrows_project(fake: FakeCircleCI) -> None:
    data = _why(fake, "gh/acme/web", branch="feat/login")
    assert data["pipeline"]["number"] == 41


def test_green_project_says_so(fake: FakeCircleCI) -> None:
    data = _why(fake, "bb/acme/legacy")
    assert data["status"] == "passed" and data["failed_jobs"] == []
    assert "no failed pipeline" in data["explanation"]


def test_infrastructure_failure_reaches_origin_and_causes(fake: FakeCircleCI) -> None:
    with CircleCI(fake_settings(fake), retry=FAST_RETRY) as ci:
        slug = next(p.slug for p in ci.followed_projects() if p.slug.startswith("circleci/"))
        assert next(p for p in ci.followed_projects() if p.slug == slug).name == "mobile"
        data = ci.summarise(parse_target(slug)).to_dict()
    origin = _reports(data)[(120, 0)]["origin"]
    assert origin["infrastructure_fail"] is True and origin["exit_code"] == 137
    assert "infrastructure" in {c["category"] for c in data["causes"]}


def test_rate_limit_and_5xx_are_retried(fake: FakeCircleCI) -> None:
    fake.fault(r"^/api/v1\.1/project/", status=429, retry_after="0.05", body="Rate limited.",
               times=2)
    fake.fault(r"/workflow/[^/]+/job$", status=503, times=1)
    data = _why(fake, "gh/acme/web")
    assert data["unavailable"] == [] and data["stats"]["retries"] >= 3
    statuses = [r["status"] for r in fake.requests()]
    assert statuses.count(429) == 2 and statuses.count(503) == 1


def test_cut_stream_is_retried_from_the_start(fake: FakeCircleCI) -> None:
    fake.fault(r"^/output/gh/acme/web/421/0/", kind="cut", cut_after=300, host="output")
    data = _why(fake, "gh/acme/web")
    report = _reports(data)[(421, 0)]
    assert report["origin"]["route"] == "output_url" and report["origin"]["complete"]
    assert report["source"]["bytes"] > 300


def test_expired_output_url_falls_back_to_private_route(fake: FakeCircleCI) -> None:
    fake.fault(r"^/output/gh/acme/web/420/", status=403, host="output", times=None,
               body="<Error><Code>AccessDenied</Code></Error>")
    data = _why(fake, "gh/acme/web")
    report = _reports(data)[(420, 0)]
    assert report["origin"]["route"] == "private" and report["source"]["envelope"] == "plain"
    assert report["status"] == "failed"
    assert any(r["path"].startswith("/api/private/output/raw/gh/acme/web/420/output/0/")
               for r in fake.requests())


def test_slow_stream_times_out_then_private_route(fake: FakeCircleCI) -> None:
    fake.fault(r"^/output/gh/acme/web/423/", kind="slow", chunk_delay_s=1.0, host="output",
               times=None)
    data = _why(fake, "gh/acme/web", timeout_s=0.3)
    assert _reports(data)[(423, 0)]["origin"]["route"] == "private"


def test_unfetchable_output_is_listed_never_dropped(fake: FakeCircleCI) -> None:
    fake.fault(r"output/.*gh/acme/web/422/", status=404, times=None)
    data = _why(fake, "gh/acme/web")
    assert (422, 0) not in _reports(data)
    [missing] = [u for u in data["unavailable"] if u["job_number"] == 422]
    assert (missing["what"], missing["node"], missing["step"], missing["error"]) == (
        "step output", 0, 99, "NotFoundError")


def test_cut_everywhere_keeps_partial_report_marked_incomplete(fake: FakeCircleCI) -> None:
    fake.fault(r"output/.*gh/acme/web/420/", kind="cut", cut_after=200, times=None)
    data = _why(fake, "gh/acme/web")
    origin = _reports(data)[(420, 0)]["origin"]
    assert origin["complete"] is False and origin["route"] == "partial"
    assert any(u["job_number"] == 420 and u["error"] == "NetworkError"
               for u in data["unavailable"])


def test_metadata_and_insights_failures_are_listed(fake: FakeCircleCI) -> None:
    fake.fault(r"/421/tests$", status=500, times=None)
    fake.fault(r"/flaky-tests$", status=404, times=None)
    data = _why(fake, "gh/acme/web")
    whats = {(u["what"], u["job_number"], u["error"]) for u in data["unavailable"]}
    assert whats == {("test metadata", 421, "UnavailableError"),
                     ("flaky-test insights", None, "FeatureUnavailableError")}
    assert data["flaky_known"] is None
    tests = {t["id"]: t for t in data["failing_tests"]}
    assert tests["tests/test_flaky.py::test_always_broken"]["sources"] == ["log"]


def test_invalid_token_is_authentication_error(fake: FakeCircleCI) -> None:
    settings = Settings.resolve(token="not-the-token", base_url=fake.api_url, env={})
    with CircleCI(settings, retry=FAST_RETRY) as ci, pytest.raises(AuthenticationError) as err:
        ci.me()
    assert "not-the-token" not in str(err.value)


def test_forbidden_and_missing_projects(fake: FakeCircleCI) -> None:
    with CircleCI(fake_settings(fake), retry=FAST_RETRY) as ci:
        with pytest.raises(PermissionDeniedError):
            ci.summarise(parse_target("gh/other/secret"))
        with pytest.raises(NotFoundError):
            ci.summarise(parse_target("gh/acme/nope"))
        with pytest.raises(NoProjectsError, match="'elsewhere' is not one of"):
            ci.summarise(parse_target("gh/elsewhere/repo"))


def test_rate_limited_after_retries(fake: FakeCircleCI) -> None:
    fake.fault(r"^/api/v2/me$", status=429, retry_after="0", times=None)
    with CircleCI(fake_settings(fake), retry=FAST_RETRY) as ci, pytest.raises(RateLimitedError):
        ci.me()


def test_unreachable_is_network_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = Settings.resolve(token="t0k3n-value", base_url=f"http://127.0.0.1:{port}", env={})
    with CircleCI(settings, retry=FAST_RETRY) as ci, pytest.raises(NetworkError) as err:
        ci.me()
    assert "t0k3n-value" not in str(err.value)


def test_discovery_endpoints(fake: FakeCircleCI) -> None:
    with CircleCI(fake_settings(fake), retry=FAST_RETRY) as ci:
        assert ci.me().login == "demo-dev"
        assert {o.slug for o in ci.collaborations()} >= {"gh/acme", "bb/acme"}
        assert ci.project("gh/acme/web").default_branch == "main"
        assert ci.latest_pipeline("gh/acme/web", branch="main").number == 42  # type: ignore[union-attr]
        found = ci.latest_failed_pipeline("gh/acme/web", branch="feat/login")
        assert found is not None and found[0].number == 41
        assert [p.number for p in ci.pipelines("gh/acme/web", limit=5)] == [42, 41, 40]
        job = ci.job("gh/acme/web", 421)
        assert job.parallelism == 4 and job.workflow_name == "build-and-test"
        build = ci.build("gh/acme/web", 421)
        assert len(build.steps[3].actions) == 4
        tests = ci.tests("gh/acme/web", 421)  # paged by 5 in the fake
        assert len(tests) == 8 and sum(t.failed for t in tests) == 1
        assert len(ci.artifacts("gh/acme/web", 421)) == 4
        assert ci.flaky_tests("gh/acme/web")[0].times_flaked == 4
