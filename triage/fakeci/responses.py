"""Pure routing of fake API requests to JSON replies (no sockets here).

Contract: :func:`api_reply` maps ``(path, query)`` under ``/api/`` to a
:class:`Reply`; shapes follow the CircleCI v2/v1.1/private replies described in
research/circleci-api.md (snake_case, ``next_page_token`` paging, ``{"message"}``
errors). :func:`output_body` gives a step's output as the JSON envelope
CircleCI's presigned URLs serve, or as plain text for the private route.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from .world import MOBILE_ORG, T0, Job, PipelineSpec, ProjectSpec, World, ts, uid

__all__ = ["Reply", "api_reply", "envelope", "output_body", "step_actions"]

PAGE = 5
_SHORT = {"github": "gh", "bitbucket": "bb", "circleci": "circleci"}


@dataclass
class Reply:
    status: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


def _json(data: Any, status: int = 200) -> Reply:
    return Reply(status, json.dumps(data).encode())


def _error(status: int, message: str) -> Reply:
    return _json({"message": message}, status)


NOT_FOUND = "Entity not found"


def _page(items: list[Any], query: dict[str, str], size: int = PAGE) -> Reply:
    token = query.get("page-token", "")
    start = int(token[1:]) if re.fullmatch(r"p\d+", token) else 0
    chunk = items[start:start + size]
    nxt = f"p{start + size}" if start + size < len(items) else None
    return _json({"items": chunk, "next_page_token": nxt})


def envelope(text: bytes, lines_per_message: int = 40) -> bytes:
    """Text as CircleCI's output JSON: ``[{"message", "time", "type", "truncated"}]``."""
    lines = text.decode("utf-8", "replace").splitlines(keepends=True)
    messages = [
        {"message": "".join(lines[i:i + lines_per_message]), "time": T0, "type": "out",
         "truncated": False}
        for i in range(0, len(lines), lines_per_message)
    ]
    return json.dumps(messages, ensure_ascii=False).encode()


# -- world → JSON -----------------------------------------------------------


def _pipeline(project: ProjectSpec, p: PipelineSpec) -> dict[str, Any]:
    return {
        "id": p.id, "number": p.number, "project_slug": project.slug, "state": p.state,
        "created_at": p.at or ts(p.minutes), "updated_at": p.at or ts(p.minutes + 1),
        "errors": p.errors,
        "trigger": {"type": "webhook", "received_at": p.at or ts(p.minutes),
                    "actor": {"login": "demo-dev", "avatar_url": None}},
        "trigger_parameters": {},
        "vcs": {"provider_name": "GitHub", "branch": p.branch, "tag": None,
                "revision": p.revision or _revision(project, p),
                "commit": {"subject": p.subject, "body": ""},
                "origin_repository_url": f"https://github.com/{project.org}/{project.name}",
                "target_repository_url": f"https://github.com/{project.org}/{project.name}"},
    }


def _revision(project: ProjectSpec, p: PipelineSpec) -> str:
    return uid(f"rev:{project.slug}:{p.number}").replace("-", "")[:40]


def _workflow(project: ProjectSpec, p: PipelineSpec, w: Any) -> dict[str, Any]:
    return {
        "id": w.id, "name": w.name, "status": w.status, "pipeline_id": p.id,
        "pipeline_number": p.number, "project_slug": project.slug,
        "created_at": p.at or ts(p.minutes),
        "stopped_at": max((j.stopped_at for j in w.jobs if j.stopped_at), default=None)
        or ts(p.minutes + 9),
        "started_by": uid("user:demo"), "tag": None,
    }


def _workflow_job(project: ProjectSpec, w: Any, j: Job) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": j.id, "name": j.name, "type": j.type, "status": j.status,
        "project_slug": project.slug, "dependencies": [uid(f"job:{w.id}:{d}")
                                                       for d in j.dependencies],
        "started_at": (j.started_at or T0) if j.number else None,
        "stopped_at": (j.stopped_at or T0) if j.number else None,
    }
    if j.number is not None:
        item["job_number"] = j.number
    if j.type == "approval":
        item["approval_request_id"] = j.id
    return item


def step_actions(
    world: World, project: ProjectSpec, j: Job, output_base: str
) -> list[dict[str, Any]]:
    """The v1.1 ``steps`` list of a job, one action per parallel node."""
    steps = []
    for number, spec in enumerate(j.steps):
        step_no = 99 if number == 3 else number  # CircleCI numbers run steps sparsely
        actions = []
        for node in range(j.parallelism):
            status, _log = spec.failures.get(node, ("success", None))
            failed = status != "success"
            actions.append({
                "index": node, "step": step_no, "name": spec.name, "type": "test",
                "status": status, "failed": True if status == "failed" else None,
                "exit_code": spec.exit_code if failed else 0, "has_output": True,
                "truncated": spec.truncated, "parallel": j.parallelism > 1,
                "timedout": True if status == "timedout" else None,
                "infrastructure_fail": True if status == "infrastructure_fail" else None,
                "canceled": None, "bash_command": f"./{spec.name.lower().replace(' ', '_')}.sh",
                "run_time_millis": 1200, "start_time": T0, "end_time": T0,
                "output_url": (f"{output_base}/output/{project.slug}/{j.number}/{node}/{step_no}"
                               f"?X-Amz-Expires=600&X-Amz-Signature={uid(f'sig:{j.id}:{node}')}"),
            })
        steps.append({"name": spec.name, "actions": actions})
    return steps


def output_body(world: World, slug: str, number: int, node: int, step: int) -> bytes | None:
    """The plain text of one action's output, or None when there is no such action."""
    found = world.jobs.get((slug, number))
    if found is None:
        return None
    job = found[3]
    for index, spec in enumerate(job.steps):
        if (99 if index == 3 else index) == step and 0 <= node < job.parallelism:
            _status, log = spec.failures.get(node, ("success", None))
            if log is not None:
                return world.logs.text(log)
            return f"$ {spec.name}\nDone: {spec.name} on node {node}.\n".encode()
    return None


def _tests(world: World, j: Job) -> list[dict[str, Any]]:
    if j.test_log is None:
        return []
    out: list[dict[str, Any]] = []
    message = world.logs.cause(j.test_log)
    for test_id in world.logs.failing_tests(j.test_log):
        if "::" in test_id:
            file, *rest = test_id.split("::")
            module = file[:-3].replace("/", ".") if file.endswith(".py") else file
            classname = ".".join([module, *rest[:-1]])
            name = rest[-1]
        else:
            file, classname, name = "", j.name, test_id
        out.append({"name": name, "classname": classname, "file": file or None,
                    "result": "failure", "message": message, "run_time": "0.125",
                    "source": world.logs.framework(j.test_log) or "junit"})
    for i in range(7):
        out.append({"name": f"test_ok_{i}", "classname": "tests.test_ok", "file":
                    "tests/test_ok.py", "result": "success", "message": "", "run_time": 0.01,
                    "source": "pytest"})
    return out


# -- routing -----------------------------------------------------------------


def api_reply(world: World, path: str, query: dict[str, str], output_base: str) -> Reply:
    """Answer a GET under ``/api/`` (``path`` without the ``/api`` prefix)."""
    parts = [unquote(p) for p in path.strip("/").split("/")]
    version, rest = parts[0], parts[1:]
    if version == "v2":
        return _v2(world, rest, query)
    if version == "v1.1":
        return _v11(world, rest, output_base)
    if version == "private":
        return _private(world, rest, query)
    return _error(404, NOT_FOUND)


def _project(world: World, rest: list[str]) -> tuple[ProjectSpec | None, Reply | None]:
    slug = "/".join(rest[:3])
    if slug in world.forbidden:
        return None, _error(403, "Permission denied")
    project = world.projects.get(slug)
    if project is None:
        return None, _error(404, "Project not found")
    return project, None


def _v2(world: World, rest: list[str], query: dict[str, str]) -> Reply:
    if rest == ["me"]:
        return _json(world.user)
    if rest == ["me", "collaborations"]:
        orgs = {(p.vcs_type, p.org) for p in world.projects.values()}
        return _json([
            {"id": uid(f"org:{org}"), "vcs-type": vcs, "name": org, "avatar_url": "",
             "slug": f"{_SHORT[vcs]}/{org}" if vcs != "circleci" else f"circleci/{MOBILE_ORG}"}
            for vcs, org in sorted(orgs)
        ])
    if rest[:1] == ["project"] and len(rest) >= 4:
        project, err = _project(world, rest[1:])
        if err or project is None:
            return err or _error(404, NOT_FOUND)
        tail = rest[4:]
        if not tail:
            return _json({
                "id": project.id, "slug": project.slug, "name": project.name,
                "organization_name": project.org, "organization_slug": project.org,
                "organization_id": uid(f"org:{project.org}"),
                "vcs_info": {"vcs_url": f"https://github.com/{project.org}/{project.name}",
                             "provider": "GitHub", "default_branch": project.default_branch},
            })
        if tail == ["pipeline"]:
            branch = query.get("branch")
            items = [_pipeline(project, p) for p in reversed(project.pipelines)
                     if branch is None or p.branch == branch]
            return _page(items, query, size=project.page_size)
        if len(tail) == 2 and tail[0] == "pipeline" and tail[1].isdigit():
            for p in project.pipelines:
                if p.number == int(tail[1]):
                    return _json(_pipeline(project, p))
            return _error(404, "Pipeline not found")
        if len(tail) == 2 and tail[0] == "job" and tail[1].isdigit():
            found = world.jobs.get((project.slug, int(tail[1])))
            if found is None:
                return _error(404, "Job not found")
            _, p, w, j = found
            return _json({
                "number": j.number, "name": j.name, "status": j.status,
                "web_url": f"https://app.example/pipelines/{project.slug}/{p.number}"
                           f"/workflows/{w.id}/jobs/{j.number}",
                "parallelism": j.parallelism, "duration": 61234, "started_at": T0,
                "stopped_at": T0, "created_at": T0, "queued_at": T0,
                "executor": {"type": "docker", "resource_class": "medium"},
                "latest_workflow": {"id": w.id, "name": w.name},
                "pipeline": {"id": p.id},
                "project": {"id": project.id, "slug": project.slug, "name": project.name,
                            "external_url": ""},
                "organization": {"name": project.org},
                "contexts": [], "messages": [],
                "parallel_runs": [{"index": i, "status": j.status}
                                  for i in range(j.parallelism)],
            })
        if len(tail) == 2 and tail[0].isdigit() and tail[1] in ("tests", "artifacts"):
            found = world.jobs.get((project.slug, int(tail[0])))
            if found is None:
                return _error(404, "Job not found")
            job = found[3]
            if tail[1] == "tests":
                return _page(_tests(world, job), query)
            arts = [{"path": f"reports/junit-{n}.xml", "node_index": n,
                     "url": f"https://output.example/{job.id}/{n}/junit.xml"}
                    for n in range(job.parallelism)]
            return _page(arts, query)
        return _error(404, NOT_FOUND)
    if rest[:1] == ["pipeline"] and len(rest) >= 2:
        found_p = world.pipelines.get(rest[1])
        if found_p is None:
            return _error(404, "Pipeline not found")
        project, p = found_p
        if len(rest) == 2:
            return _json(_pipeline(project, p))
        if rest[2:] == ["workflow"]:
            return _page([_workflow(project, p, w) for w in p.workflows], query)
        return _error(404, NOT_FOUND)
    if rest[:1] == ["workflow"] and len(rest) >= 2:
        found_w = world.workflows.get(rest[1])
        if found_w is None:
            return _error(404, "Workflow not found")
        project, p, w = found_w
        if len(rest) == 2:
            return _json(_workflow(project, p, w))
        if rest[2:] == ["job"]:
            return _page([_workflow_job(project, w, j) for j in w.jobs], query)
        return _error(404, NOT_FOUND)
    if rest[:1] == ["insights"] and rest[-1:] == ["flaky-tests"] and len(rest) == 5:
        project, err = _project(world, rest[1:4])
        if err or project is None:
            return err or _error(404, NOT_FOUND)
        return _json({"flaky_tests": project.flaky, "total_flaky_tests": len(project.flaky)})
    return _error(404, NOT_FOUND)


def _v11(world: World, rest: list[str], output_base: str) -> Reply:
    if rest == ["projects"]:
        return _json([
            {"username": p.org if p.vcs_type != "circleci" else p.slug.split("/")[1],
             "reponame": p.name if p.vcs_type != "circleci" else p.slug.split("/")[2],
             "vcs_type": p.vcs_type, "following": False, "default_branch": p.default_branch,
             "vcs_url": f"https://example.invalid/{p.org}/{p.name}", "branches": {}}
            for p in world.projects.values()
        ])
    if rest[:1] == ["project"] and len(rest) == 5 and rest[4].isdigit():
        project, err = _project(world, rest[1:4])
        if err or project is None:
            return err or _error(404, NOT_FOUND)
        found = world.jobs.get((project.slug, int(rest[4])))
        if found is None:
            return _error(404, "Build not found")
        _, p, w, j = found
        outcome = {"success": "success", "failed": "failed", "timedout": "timedout",
                   "infrastructure_fail": "infrastructure_fail"}.get(j.status)
        return _json({
            "build_num": j.number, "status": j.status, "outcome": outcome,
            "lifecycle": "finished", "parallel": j.parallelism, "branch": p.branch,
            "vcs_revision": p.revision or _revision(project, p),
            "build_url": f"https://app.example/pipelines/{project.slug}/{p.number}/workflows/"
                         f"{w.id}/jobs/{j.number}",
            "workflows": {"job_name": j.name, "job_id": j.id, "workflow_id": w.id,
                          "workflow_name": w.name, "upstream_job_ids": []},
            "steps": step_actions(world, project, j, output_base),
        })
    return _error(404, NOT_FOUND)


def _private(world: World, rest: list[str], query: dict[str, str]) -> Reply:
    if rest == ["me", "followed-projects"]:
        items = [{"id": p.id, "name": p.name, "slug": p.slug, "vcs_type": p.vcs_type,
                  "organization_id": uid(f"org:{p.org}"), "organization_name": p.org,
                  "default_branch": p.default_branch} for p in world.projects.values()]
        return _page(items, query)
    # output/raw/{vcs}/{org}/{repo}/{job}/{output|error}/{node}/{step}
    if rest[:2] == ["output", "raw"] and len(rest) == 9:
        project, err = _project(world, rest[2:5])
        if err or project is None:
            return err or _error(404, NOT_FOUND)
        job, kind, node, step = rest[5:9]
        if not (job.isdigit() and node.isdigit() and step.isdigit()):
            return _error(404, NOT_FOUND)
        body = output_body(world, project.slug, int(job), int(node), int(step))
        if body is None:
            return _error(404, "Output not found")
        return Reply(200, body if kind == "output" else b"", "text/plain; charset=utf-8")
    return _error(404, NOT_FOUND)
