"""Targets: slugs, ids, numbers and web URLs."""

from __future__ import annotations

import pytest

from triage.errors import InputError
from triage.sources.circleci.targets import parse_target

WF = "5034460f-c7c4-4c43-9457-de07e2029e7b"
PL = "8e3c1a0c-1b7e-4a1b-9c55-2e1f2d3c4b5a"
ORG = "9509802b-c4ca-5c8d-a54d-1360ef6f549a"
PRJ = "0377246c-181b-5c6f-9f5f-0ac7fa453b3d"


@pytest.mark.parametrize(("text", "kw", "expected"), [
    ("gh/acme/web", {}, {"kind": "project", "project": "gh/acme/web"}),
    ("github/acme/web", {}, {"kind": "project", "project": "gh/acme/web"}),
    ("bitbucket/acme/legacy", {}, {"kind": "project", "project": "bb/acme/legacy"}),
    (f"circleci/{ORG}/{PRJ}", {}, {"kind": "project", "project": f"circleci/{ORG}/{PRJ}"}),
    ("gh/acme/web", {"branch": "dev"}, {"kind": "project", "branch": "dev"}),
    ("gh/acme/web/421", {}, {"kind": "job", "project": "gh/acme/web", "job_number": 421}),
    ("42", {"project": "gh/acme/web"}, {"kind": "pipeline", "pipeline_number": 42}),
    ("421", {"project": "gh/acme/web", "expect": "job"}, {"kind": "job", "job_number": 421}),
    (PL, {}, {"kind": "uuid", "uuid": PL}),
    (PL, {"expect": "pipeline"}, {"kind": "pipeline", "pipeline_id": PL}),
    (WF.upper(), {"expect": "workflow"}, {"kind": "workflow", "workflow_id": WF}),
    (f"workflow:{WF}", {}, {"kind": "workflow", "workflow_id": WF}),
    (f"pipeline:{PL}", {}, {"kind": "pipeline", "pipeline_id": PL}),
    ("pipeline:42", {"project": "gh/acme/web"}, {"kind": "pipeline", "pipeline_number": 42}),
    ("job:7", {"project": "gh/acme/web"}, {"kind": "job", "job_number": 7}),
    ("project:gh/acme/web", {}, {"kind": "project", "project": "gh/acme/web"}),
    ("https://app.circleci.com/pipelines/github/acme/web", {},
     {"kind": "project", "project": "gh/acme/web", "host": "app.circleci.com"}),
    ("https://app.circleci.com/pipelines/github/acme/web?branch=feat%2Fx", {},
     {"kind": "project", "branch": "feat/x"}),
    ("https://app.circleci.com/pipelines/gh/acme/web/42", {},
     {"kind": "pipeline", "pipeline_number": 42, "project": "gh/acme/web"}),
    (f"https://app.circleci.com/pipelines/github/acme/web/42/workflows/{WF}", {},
     {"kind": "workflow", "workflow_id": WF, "pipeline_number": 42}),
    (f"https://app.circleci.com/pipelines/github/acme/web/42/workflows/{WF}/jobs/421", {},
     {"kind": "job", "job_number": 421, "workflow_id": WF}),
    (f"https://app.circleci.com/pipelines/github/acme/web/42/workflows/{WF}/jobs/421/steps", {},
     {"kind": "job", "job_number": 421}),
    (f"app.circleci.com/pipelines/circleci/{ORG}/{PRJ}/12", {},
     {"kind": "pipeline", "project": f"circleci/{ORG}/{PRJ}", "pipeline_number": 12}),
    ("https://circleci.com/gh/acme/web/421", {},
     {"kind": "job", "project": "gh/acme/web", "job_number": 421}),
    ("https://circleci.com/gh/acme/web", {}, {"kind": "project", "project": "gh/acme/web"}),
    (f"https://circleci.com/workflow-run/{WF}", {}, {"kind": "workflow", "workflow_id": WF}),
    ("https://app.circleci.com/jobs/github/acme/web/421", {},
     {"kind": "job", "job_number": 421}),
    ("https://ci.corp.example/gh/acme/web/421", {},
     {"kind": "job", "job_number": 421, "host": "ci.corp.example"}),
    (f"https://app.ci.corp.example/pipelines/github/acme/web/42/workflows/{WF}", {},
     {"kind": "workflow", "workflow_id": WF, "host": "app.ci.corp.example"}),
])
def test_parse(text: str, kw: dict[str, str], expected: dict[str, object]) -> None:
    target = parse_target(text, **kw)  # type: ignore[arg-type]
    for key, value in expected.items():
        assert getattr(target, key) == value, (key, target)


@pytest.mark.parametrize(("text", "kw"), [
    ("", {}),
    ("42", {}),  # a number needs --project
    ("nonsense", {}),
    ("gh/acme", {}),
    ("https://example.com/foo", {}),
    ("workflow:12", {}),
    (PL, {"expect": "job"}),
    ("https://app.circleci.com/pipelines/github/acme/web/abc", {}),
])
def test_parse_errors_are_input_errors(text: str, kw: dict[str, str]) -> None:
    with pytest.raises(InputError) as err:
        parse_target(text, **kw)  # type: ignore[arg-type]
    assert err.value.exit_code == 2
