"""What the user points at: a project, pipeline, workflow or job.

Accepted forms (``parse_target``):

- project slug ``gh/org/repo``, ``bb/org/repo``, ``github/...``, ``bitbucket/...``,
  ``circleci/<org-id>/<project-id>``; ``--branch`` narrows it;
- ``gh/org/repo/123`` (legacy job form) → job 123;
- a pipeline id (UUID) or workflow id (UUID); a bare UUID is resolved by the
  caller (pipeline first, then workflow) unless the command expects one kind;
- a number, with ``--project``: a pipeline number (a job number for
  ``logs``/``tests``);
- explicit prefixes ``project:``, ``pipeline:``, ``workflow:``, ``job:``;
- web URLs: ``https://app.circleci.com/pipelines/{vcs}/{org}/{repo}[/{n}
  [/workflows/{id}[/jobs/{n}]]][?branch=B]``, legacy
  ``https://circleci.com/{vcs}/{org}/{repo}[/{n}]``, ``.../workflow-run/{id}``,
  ``.../jobs/{vcs}/{org}/{repo}/{n}``, and the same paths on a Server host
  (``https://app.ci.example.com/...`` or ``https://ci.example.com/...``).

Contract: parsing is pure (no network); an unusable input raises
:class:`triage.errors.InputError` saying which forms are accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qs, unquote, urlsplit

from triage.errors import InputError

__all__ = ["Kind", "Target", "normalise_slug", "parse_target"]

Kind = Literal["project", "pipeline", "workflow", "job", "uuid"]
Expect = Literal["pipeline", "workflow", "job"] | None

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_VCS = {"gh": "gh", "github": "gh", "bb": "bb", "bitbucket": "bb", "circleci": "circleci"}
_FORMS = (
    "a project slug (gh/org/repo, bb/org/repo, circleci/<org-id>/<project-id>), "
    "a pipeline or workflow id, a number with --project, or a CircleCI web URL"
)


@dataclass(frozen=True, slots=True)
class Target:
    """A parsed target. Fields not implied by the input are None."""

    kind: Kind
    text: str
    project: str | None = None
    branch: str | None = None
    pipeline_id: str | None = None
    pipeline_number: int | None = None
    workflow_id: str | None = None
    job_number: int | None = None
    uuid: str | None = None
    #: Host of a pasted web URL (to check it matches the base URL), else None.
    host: str | None = None


def normalise_slug(text: str) -> str:
    """``github/org/repo`` → ``gh/org/repo``; raises :class:`InputError` if not a slug."""
    parts = [p for p in text.strip().strip("/").split("/") if p]
    if len(parts) != 3 or parts[0].lower() not in _VCS:
        raise InputError(f"{text!r} is not a project slug (gh/org/repo, bb/org/repo, circleci/...)")
    return "/".join([_VCS[parts[0].lower()], parts[1], parts[2]])


def _int(text: str, what: str) -> int:
    if not text.isdigit():
        raise InputError(f"{what} must be a number, got {text!r}")
    return int(text)


def _with_project(project: str | None, number: int, kind: Kind, text: str) -> Target:
    if not project:
        raise InputError(
            f"{text!r} is a {kind} number; also give the project with --project gh/org/repo"
        )
    slug = normalise_slug(project)
    if kind == "job":
        return Target("job", text, project=slug, job_number=number)
    return Target("pipeline", text, project=slug, pipeline_number=number)


def _from_uuid(value: str, text: str, expect: Expect, project: str | None) -> Target:
    slug = normalise_slug(project) if project else None
    if expect == "pipeline":
        return Target("pipeline", text, project=slug, pipeline_id=value.lower())
    if expect == "workflow":
        return Target("workflow", text, project=slug, workflow_id=value.lower())
    if expect == "job":
        raise InputError(f"{text!r} is an id; a job is named by its number (with --project)")
    return Target("uuid", text, project=slug, uuid=value.lower())


def _from_url(text: str, branch: str | None) -> Target:
    url = text if "://" in text else "https://" + text
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    segs = [unquote(s) for s in parts.path.split("/") if s]
    query_branch = parse_qs(parts.query).get("branch", [None])[0]
    branch = branch or query_branch
    if segs[:1] == ["pipelines"] and len(segs) >= 4 and segs[1].lower() in _VCS:
        slug = normalise_slug("/".join(segs[1:4]))
        rest = segs[4:]
        if not rest:
            return Target("project", text, project=slug, branch=branch, host=host)
        number = _int(rest[0], "pipeline number")
        if len(rest) >= 3 and rest[1] == "workflows" and _UUID.match(rest[2]):
            if len(rest) >= 5 and rest[3] == "jobs":
                return Target("job", text, project=slug, job_number=_int(rest[4], "job number"),
                              workflow_id=rest[2].lower(), pipeline_number=number, host=host)
            return Target("workflow", text, project=slug, workflow_id=rest[2].lower(),
                          pipeline_number=number, host=host)
        return Target("pipeline", text, project=slug, pipeline_number=number, host=host)
    if segs[:1] == ["workflow-run"] and len(segs) >= 2 and _UUID.match(segs[1]):
        return Target("workflow", text, workflow_id=segs[1].lower(), host=host)
    if segs[:1] in (["jobs"], ["projects"], ["project"]) and len(segs) >= 4:
        segs = segs[1:]
    if len(segs) >= 3 and segs[0].lower() in _VCS:
        slug = normalise_slug("/".join(segs[:3]))
        if len(segs) >= 4 and segs[3].isdigit():
            return Target("job", text, project=slug, job_number=int(segs[3]), host=host)
        return Target("project", text, project=slug, branch=branch, host=host)
    raise InputError(f"cannot read the CircleCI URL {text!r}; expected {_FORMS}")


def parse_target(
    text: str,
    *,
    project: str | None = None,
    branch: str | None = None,
    expect: Expect = None,
) -> Target:
    """Parse ``text`` as a target; ``project``/``branch`` come from flags.

    ``expect`` is the kind the command works on (``workflows PIPELINE`` expects
    a pipeline), used to read bare ids and numbers.
    """
    raw = text.strip()
    if not raw:
        raise InputError(f"no target given; expected {_FORMS}")
    prefix, sep, rest = raw.partition(":")
    if sep and prefix in ("project", "pipeline", "workflow", "job") and not rest.startswith("//"):
        if prefix == "project":
            return Target("project", raw, project=normalise_slug(rest), branch=branch)
        if prefix == "job":
            return _with_project(project, _int(rest, "job number"), "job", raw)
        if rest.isdigit():
            if prefix == "workflow":
                raise InputError("a workflow is named by its id (a UUID), not a number")
            return _with_project(project, int(rest), "pipeline", raw)
        if not _UUID.match(rest):
            raise InputError(f"{raw!r}: expected a UUID after {prefix}:")
        return _from_uuid(rest, raw, prefix, project)  # type: ignore[arg-type]
    if "://" in raw or raw.startswith(("app.circleci.com/", "circleci.com/")):
        return _from_url(raw, branch)
    if _UUID.match(raw):
        return _from_uuid(raw, raw, expect, project)
    if raw.isdigit():
        return _with_project(project, int(raw), "job" if expect == "job" else "pipeline", raw)
    parts = [p for p in raw.strip("/").split("/") if p]
    if parts and parts[0].lower() in _VCS:
        if len(parts) == 3:
            return Target("project", raw, project=normalise_slug(raw), branch=branch)
        if len(parts) == 4 and parts[3].isdigit():
            slug = normalise_slug("/".join(parts[:3]))
            if expect == "pipeline":
                return Target("pipeline", raw, project=slug, pipeline_number=int(parts[3]))
            return Target("job", raw, project=slug, job_number=int(parts[3]))
    raise InputError(f"cannot read the target {raw!r}; expected {_FORMS}")
