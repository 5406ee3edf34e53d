"""Models: validated once, open status vocabularies, tolerant of known variants."""

from __future__ import annotations

import pytest

from triage.errors import ResponseError
from triage.sources.circleci.models import (
    Action,
    Build,
    Collaboration,
    FollowedProject,
    Pipeline,
    TestResult,
    Workflow,
    WorkflowJob,
    overall_status,
)


def test_unknown_statuses_are_kept_not_fatal() -> None:
    w = Workflow.from_json({"id": "w", "name": "x", "status": "brand_new_status"})
    assert w.status == "brand_new_status" and not w.failed
    j = WorkflowJob.from_json({"id": "j", "name": "x", "type": "mystery", "status": "zzz"})
    assert j.job_number is None and not j.failed and not j.is_approval
    assert overall_status(None, [w]) == "unknown"


def test_approval_job_has_no_number() -> None:
    j = WorkflowJob.from_json({"id": "j", "name": "hold", "type": "approval",
                               "status": "on_hold", "approval_request_id": "j"})
    assert j.is_approval and j.job_number is None


def test_pipeline_errors_and_vcs() -> None:
    p = Pipeline.from_json({"id": "p", "number": "8", "state": "errored",
                            "errors": [{"type": "config", "message": "bad yaml"}],
                            "vcs": {"branch": "main", "commit": {"subject": "s"}}})
    assert p.number == 8 and p.errors[0].type == "config" and p.branch == "main"
    assert overall_status(p, []) == "errored"


def test_action_flags_and_needs_scan() -> None:
    a = Action.from_json({"index": 2, "step": 99, "status": "timedout", "timedout": True,
                          "exit_code": None, "failed": None})
    assert a.needs_scan and a.timedout and a.index == 2
    ok = Action.from_json({"index": 0, "step": 1, "status": "success"})
    assert not ok.needs_scan


def test_build_steps() -> None:
    b = Build.from_json({"build_num": 5, "parallel": 2, "workflows": {"job_name": "test"},
                         "steps": [{"name": "Run", "actions": [{"index": 0, "step": 1},
                                                               {"index": 1, "step": 1}]}]})
    assert b.job_name == "test" and len(b.steps[0].actions) == 2


def test_run_time_as_string_or_number() -> None:
    assert TestResult.from_json({"name": "t", "result": "failure", "run_time": "0.5"}
                                ).run_time == 0.5
    assert TestResult.from_json({"name": "t", "result": "success", "run_time": 2}
                                ).run_time == 2.0
    assert TestResult.from_json({"name": "t", "result": "failure"}).failed


def test_variants_of_vcs_and_slugs() -> None:
    assert Collaboration.from_json({"name": "acme", "vcs-type": "github"}).slug == "gh/acme"
    p = FollowedProject.from_v1({"username": "acme", "reponame": "legacy",
                                 "vcs_type": "bitbucket"})
    assert p.slug == "bb/acme/legacy"


@pytest.mark.parametrize("data", [None, [], "x", {"name": "no id"}, {"id": 3}])
def test_wrong_shapes_raise_response_error(data: object) -> None:
    with pytest.raises(ResponseError):
        Workflow.from_json(data)


def test_wrong_field_type_names_field() -> None:
    with pytest.raises(ResponseError, match="'failed'"):
        Action.from_json({"step": 1, "failed": "yes"})
