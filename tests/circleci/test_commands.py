"""The CLI commands, run through argparse exactly as triage.cli does."""

from __future__ import annotations

import argparse
import json

import httpx
import pytest

from triage.fakeci.harness import FakeCircleCI
from triage.sources.circleci.commands import COMMANDS, register

from ..conftest import cli
from .conftest import SECRET


@pytest.fixture()
def env(fake: FakeCircleCI) -> dict[str, str]:
    return {"CIRCLECI_TOKEN": fake.token, "CIRCLECI_BASE_URL": fake.api_url}


def test_every_command_is_registered_and_documented() -> None:
    parser = argparse.ArgumentParser(prog="triage")
    sub = parser.add_subparsers()
    register(sub)
    assert set(COMMANDS) <= set(sub.choices)
    for name in COMMANDS:
        assert sub.choices[name].format_help()
        assert any(a.help for a in sub._choices_actions if a.dest == name)


def test_connect(env: dict[str, str]) -> None:
    code, out, _ = cli(["connect"], env)
    assert code == 0
    assert out.startswith("Connected to http://127.0.0.1:")
    assert "as demo-dev (Demo Developer)" in out and "gh/acme/web" in out
    code, out, _ = cli(["connect", "--format", "json"], env)
    data = json.loads(out)
    assert data["schema"] == "triage.connect/1" and data["user"]["login"] == "demo-dev"
    assert len(data["projects"]) == 4 and data["deployment"] == "server"


def test_status_flags_failures(env: dict[str, str]) -> None:
    code, out, _ = cli(["status"], env)
    assert code == 0
    lines = {line.split()[1]: line for line in out.splitlines()[1:]}
    assert lines["gh/acme/web"].startswith("✗") and " failed " in lines["gh/acme/web"]
    assert lines["gh/acme/api"].startswith("✗") and "config error" in lines["gh/acme/api"]
    assert lines["bb/acme/legacy"].startswith("✓")
    _, out, _ = cli(["status", "gh/acme/web", "--branch", "feat/login", "--format", "json"],
                       env)
    [row] = json.loads(out)["projects"]
    assert row["pipeline"]["number"] == 41 and row["status"] == "failed"


def test_status_of_another_organisation_is_no_projects_error(env: dict[str, str]) -> None:
    code, _, err = cli(["status", "gh/elsewhere/repo"], env)
    assert code == 19 and "not one of the organisations" in err


def test_workflows_and_jobs(env: dict[str, str]) -> None:
    code, out, _ = cli(["workflows", "42", "--project", "gh/acme/web"], env)
    assert code == 0 and "build-and-test" in out and "deploy" in out
    code, out, _ = cli(["workflows", "gh/acme/web", "--format", "json"], env)
    workflows = json.loads(out)["workflows"]
    code, out, _ = cli(["jobs", workflows[1]["id"]], env)
    assert code == 0
    hold = next(line for line in out.splitlines() if "hold-deploy" in line)
    assert " - " in hold and "approval" in hold and "on_hold" in hold


def test_logs_streams_cleaned_failed_steps(env: dict[str, str]) -> None:
    code, out, _ = cli(["logs", "gh/acme/web/421"], env)
    assert code == 0
    headers = [line for line in out.splitlines() if line.startswith("==> ")]
    assert headers == [
        "==> job 421 node 0 step 99 'Run tests' (failed, exit 1) <==",
        "==> job 421 node 2 step 99 'Run tests' (failed, exit 1) <==",
    ]
    assert "\x1b[" not in out and "E       AssertionError: assert None == 'bob'" in out
    code, out, _ = cli(["logs", "421", "--project", "gh/acme/web", "--node", "1",
                        "--step", "checkout"], env)
    assert out.splitlines()[1:] == ["$ Checkout code", "Done: Checkout code on node 1."]


def test_logs_without_failed_step_is_input_error(env: dict[str, str]) -> None:
    code, _, err = cli(["logs", "gh/acme/web/400"], env)
    assert code == 2 and "--step" in err


def test_logs_falls_back_to_private_route(fake: FakeCircleCI, env: dict[str, str]) -> None:
    fake.fault(r"^/output/", status=403, host="output", times=None)
    code, out, _ = cli(["logs", "gh/acme/web/420"], env)
    assert code == 0 and "private route" in out and "no-unused-vars" in out


def test_condensed_logs_is_cloud_only(env: dict[str, str]) -> None:
    code, _, err = cli(["logs", "gh/acme/web/421", "--condensed"], env)
    assert code == 20 and "not available on CircleCI Server" in err


def test_condensed_logs_on_cloud_use_v3_with_bearer() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.startswith("/api/v1.1/"):
            return httpx.Response(200, json={
                "build_num": 7, "workflows": {"job_id": "job-uuid", "job_name": "t"},
                "steps": [{"name": "Run", "actions": [
                    {"index": 0, "step": 3, "status": "failed", "failed": True}]}]})
        return httpx.Response(200, text="E  boom\n")

    code, out, _ = cli(["logs", "gh/acme/web/7", "--condensed"], {"CIRCLECI_TOKEN": SECRET},
                       transport=httpx.MockTransport(handler))
    assert code == 0 and out.splitlines()[1] == "E  boom"
    v3 = seen[1]
    assert v3.url.path == "/api/v3/jobs/job-uuid/stdout/condensed"
    assert v3.url.params["filter[execution]"] == "0" and v3.url.params["filter[step_num]"] == "3"
    assert v3.headers["Authorization"] == f"Bearer {SECRET}" and "Circle-Token" not in v3.headers


def test_tests_command(env: dict[str, str]) -> None:
    code, out, _ = cli(["tests", "gh/acme/web/421", "--failed"], env)
    assert code == 0
    assert "tests.test_flaky.test_always_broken" in out and "test_ok" not in out
    code, out, _ = cli(["tests", "gh/acme/web/420", "--format", "json"], env)
    assert json.loads(out)["tests"] == []
    code, out, _ = cli(["tests", "gh/acme/web/420"], env)
    assert "store_test_results" in out


def test_why_json_text_markdown(env: dict[str, str]) -> None:
    code, out, _ = cli(["why", "gh/acme/web", "--format", "json"], env)
    data = json.loads(out)
    assert code == 0 and data["schema"] == "triage.summary/1" and data["status"] == "failed"
    code, text, _ = cli(["why", "gh/acme/web"], env)
    assert text.startswith("✗ pipeline 42 of gh/acme/web on main failed in 4 job(s)")
    assert "[known flaky: 4×]" in text and "Causes (top 5 of" in text
    code, md, _ = cli(["why", "gh/acme/api", "--format", "markdown"], env)
    assert md.startswith("## ✗ pipeline 8 of `gh/acme/api`: errored")
    assert "### Pipeline errors" in md


def test_why_progress_goes_to_stderr_only(env: dict[str, str]) -> None:
    _, out, err = cli(["why", "gh/acme/web", "--progress", "--format", "json"], env)
    json.loads(out)
    assert "triage: [5/5]" in err


def test_token_missing(fake: FakeCircleCI) -> None:
    code, out, err = cli(["connect"], {"CIRCLECI_BASE_URL": fake.api_url})
    assert code == 11 and "CIRCLECI_TOKEN" in err and out == ""


def test_invalid_token_never_printed(fake: FakeCircleCI) -> None:
    bad = "0123456789abcdef0123456789abcdef01234567"
    code, out, err = cli(["why", "gh/acme/web", "--token", bad, "--progress"],
                         {"CIRCLECI_BASE_URL": fake.api_url})
    assert code == 12 and "rejected" in err
    assert bad not in out + err


def test_demo_runs_end_to_end() -> None:
    code, out, _ = cli(["demo"], {})
    assert code == 0
    for step in ("$ triage connect", "$ triage status", "$ triage why gh/acme/web"):
        assert step in out
    assert "Connected to" in out and "failed in 4 job(s)" in out


def test_demo_as_one_json_document_and_one_markdown_page() -> None:
    code, out, _ = cli(["demo", "--format", "json"], {})
    assert code == 0
    data = json.loads(out)
    assert [s["command"] for s in data["steps"]] == [
        "triage connect", "triage status", "triage why gh/acme/web"]
    why = data["steps"][2]["output"]
    assert why["schema"] == "triage.summary/1" and why["status"] == "failed"
    assert data["steps"][0]["output"]["user"]["login"] == "demo-dev"
    code, out, _ = cli(["demo", "--format", "markdown"], {})
    assert code == 0 and out.startswith("# triage demo")
    assert out.count("## `$ triage") == 3
    assert out.split("## `$ triage why")[0].count("```") == 4  # connect's and status's text
    assert "## ✗ pipeline 42 of `gh/acme/web`: failed" in out
