"""The CircleCI sub-commands: connect, status, workflows, jobs, logs, tests, why, demo.

``triage.cli`` calls :func:`register` with its sub-parsers. Each command is a
thin layer over the library (:mod:`.api`, :mod:`.collect`, :mod:`.logs`) and
returns an exit code; failures are :mod:`triage.errors` exceptions that the CLI
prints as ``error: <message>`` with the class's exit code.

Every command takes ``--token`` (else ``CIRCLECI_TOKEN``) and ``--base-url``
(else ``CIRCLECI_BASE_URL``, default https://circleci.com); listing commands
take ``--format text|json`` and ``why`` also ``markdown``. Progress goes to
stderr only when stderr is a TTY or with ``--progress``.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import sys
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Any, TextIO

import httpx

from triage.errors import CircleCIError, InputError, NotFoundError

from .api import AsyncCircleCI
from .collect import summarise
from .config import Settings
from .features import CONDENSED_OUTPUT, require
from .http import ApiHttp
from .logs import ScannerFactory, default_scanner_factory
from .logtext import LogCleaner
from .models import Action, Build, Pipeline, Workflow, overall_status
from .progress import Progress
from .render import mark, render_summary_markdown, render_summary_text, table
from .retry import RetryPolicy
from .targets import Target, parse_target

__all__ = ["COMMANDS", "Deps", "register"]

COMMANDS = ("connect", "status", "workflows", "jobs", "logs", "tests", "why", "demo")

Handler = Callable[[argparse.Namespace], int]
Command = Callable[[argparse.Namespace, "Deps"], int]


@dataclass(frozen=True)
class Deps:
    """What the commands need from outside; injected in tests, defaults in the CLI."""

    transport: httpx.AsyncBaseTransport | None = None
    env: Mapping[str, str] | None = None
    stdout: TextIO | None = None
    stderr: TextIO | None = None
    scanner_factory: ScannerFactory = default_scanner_factory
    retry: RetryPolicy | None = None

    def out(self) -> TextIO:
        return self.stdout if self.stdout is not None else sys.stdout

    def err(self) -> TextIO:
        return self.stderr if self.stderr is not None else sys.stderr


# -- plumbing -------------------------------------------------------------------


def _settings(args: argparse.Namespace, deps: Deps) -> Settings:
    return Settings.resolve(token=args.token, base_url=args.base_url, env=deps.env)


def _run(
    args: argparse.Namespace,
    deps: Deps,
    body: Callable[[AsyncCircleCI], Coroutine[Any, Any, int]],
) -> int:
    settings = _settings(args, deps)

    async def main() -> int:
        http = ApiHttp(settings, transport=deps.transport, concurrency=args.concurrency,
                       retry=deps.retry)
        async with AsyncCircleCI(settings, http=http) as ci:
            return await body(ci)

    return asyncio.run(main())


def _emit(deps: Deps, text: str) -> None:
    out = deps.out()
    out.write(text if text.endswith("\n") else text + "\n")
    out.flush()


def _json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def _progress(args: argparse.Namespace, deps: Deps) -> Progress:
    return Progress.auto(getattr(args, "progress", False), deps.err())


def _common(p: argparse.ArgumentParser, formats: tuple[str, ...] = ("text", "json")) -> None:
    g = p.add_argument_group("connection")
    g.add_argument("--token", help="personal API token (default: $CIRCLECI_TOKEN)")
    g.add_argument("--base-url", help="https://circleci.com or your CircleCI Server URL "
                   "(default: $CIRCLECI_BASE_URL, else https://circleci.com)")
    g.add_argument("--concurrency", type=int, default=8, help="requests in flight (default 8)")
    p.add_argument("--format", choices=formats, default="text")
    p.add_argument("--progress", action="store_true", help="progress on stderr even if not a TTY")


# -- connect --------------------------------------------------------------------


async def connect_data(ci: AsyncCircleCI) -> dict[str, Any]:
    """User, organisations and followed projects (``triage.connect/1``)."""
    user = await ci.me()
    orgs, projects = await asyncio.gather(ci.collaborations(), ci.followed_projects())
    return {
        "schema": "triage.connect/1",
        "base_url": ci.settings.base_url,
        "deployment": ci.settings.deployment,
        "user": user.to_dict(),
        "organizations": [o.to_dict() for o in orgs],
        "projects": [p.to_dict() for p in projects],
    }


def render_connect(data: dict[str, Any]) -> str:
    user = data["user"]
    lines = [
        f"Connected to {data['base_url']} ({data['deployment']}) as {user['login']}"
        f" ({user['name']})",
        "Organisations: " + (", ".join(f"{o['name']} ({o['slug']})"
                                       for o in data["organizations"]) or "none"),
        f"Followed projects ({len(data['projects'])}):",
    ]
    rows = [[p["slug"], p["organization"], p.get("default_branch") or ""]
            for p in data["projects"]]
    lines.extend("  " + line for line in table(["PROJECT", "ORG", "DEFAULT BRANCH"],
                                               rows).splitlines())
    return "\n".join(lines)


def _connect(args: argparse.Namespace, deps: Deps) -> int:
    async def body(ci: AsyncCircleCI) -> int:
        data = await connect_data(ci)
        _emit(deps, _json(data) if args.format == "json" else render_connect(data))
        return 0

    return _run(args, deps, body)


# -- status ---------------------------------------------------------------------


def _pipeline_dict(p: Pipeline | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"id": p.id, "number": p.number, "state": p.state, "branch": p.branch,
            "revision": p.revision, "created_at": p.created_at,
            "errors": [e.to_dict() for e in p.errors]}


async def status_data(
    ci: AsyncCircleCI, project: str | None, branch: str | None
) -> dict[str, Any]:
    """Latest pipeline and workflow statuses per project (``triage.status/1``)."""
    slugs = [project] if project else [p.slug for p in await ci.followed_projects()]

    async def row(slug: str) -> dict[str, Any]:
        entry: dict[str, Any] = {"project": slug, "branch": branch, "pipeline": None,
                                 "workflows": [], "status": "unknown", "error": None}
        try:
            pipeline = await ci.latest_pipeline(slug, branch=branch)
            workflows: list[Workflow] = await ci.workflows(pipeline.id) if pipeline else []
        except CircleCIError as exc:
            if project and isinstance(exc, NotFoundError):
                raise await ci.explain_missing(slug, exc) from None
            if project:
                raise
            entry["error"] = {"type": type(exc).__name__, "message": str(exc)}
            return entry
        entry["pipeline"] = _pipeline_dict(pipeline)
        entry["workflows"] = [{"id": w.id, "name": w.name, "status": w.status}
                              for w in workflows]
        entry["status"] = overall_status(pipeline, workflows) if pipeline else "none"
        return entry

    rows = await asyncio.gather(*(row(s) for s in slugs))
    return {"schema": "triage.status/1", "base_url": ci.settings.base_url, "projects": rows}


def render_status(data: dict[str, Any]) -> str:
    rows = []
    for r in data["projects"]:
        p = r["pipeline"]
        if r["error"]:
            rows.append(["!", r["project"], "", "", "error", r["error"]["message"]])
            continue
        wfs = ", ".join(f"{w['name']} {mark(w['status'])}{w['status']}" for w in r["workflows"])
        if p and p["errors"]:
            wfs = "; ".join(f"{e['type']} error: {e['message'][:60]}" for e in p["errors"])
        rows.append([mark(r["status"]), r["project"], (p or {}).get("branch") or "",
                     str(p["number"]) if p else "-", r["status"], wfs])
    return table(["", "PROJECT", "BRANCH", "PIPELINE", "STATUS", "WORKFLOWS"], rows)


def _status(args: argparse.Namespace, deps: Deps) -> int:
    project = parse_target(args.project).project if args.project else None

    async def body(ci: AsyncCircleCI) -> int:
        data = await status_data(ci, project, args.branch)
        _emit(deps, _json(data) if args.format == "json" else render_status(data))
        return 0

    return _run(args, deps, body)


# -- workflows / jobs -------------------------------------------------------------


async def _pipeline_of(ci: AsyncCircleCI, target: Target) -> Pipeline:
    if target.kind == "project" and target.project:
        found = await ci.latest_pipeline(target.project, branch=target.branch)
        if found is None:
            raise InputError(f"{target.project} has no pipelines yet")
        return found
    if target.pipeline_id:
        return await ci.pipeline(target.pipeline_id)
    if target.project and target.pipeline_number is not None:
        return await ci.pipeline_by_number(target.project, target.pipeline_number)
    if target.workflow_id:
        return await ci.pipeline((await ci.workflow(target.workflow_id)).pipeline_id)
    raise InputError(f"{target.text!r} does not name a pipeline")


def _workflows(args: argparse.Namespace, deps: Deps) -> int:
    target = parse_target(args.pipeline, project=args.project, branch=args.branch,
                          expect="pipeline")

    async def body(ci: AsyncCircleCI) -> int:
        pipeline = await _pipeline_of(ci, target)
        workflows = await ci.workflows(pipeline.id)
        if args.format == "json":
            _emit(deps, _json({"schema": "triage.workflows/1",
                               "pipeline": _pipeline_dict(pipeline),
                               "workflows": [w.to_dict() for w in workflows]}))
            return 0
        head = f"pipeline {pipeline.number} of {pipeline.project_slug} ({pipeline.branch or '-'})"
        rows = [[mark(w.status), w.name, w.status, w.id] for w in workflows]
        errors = "".join(f"\n  {e.type} error: {e.message}" for e in pipeline.errors)
        _emit(deps, head + errors + "\n" + table(["", "WORKFLOW", "STATUS", "ID"], rows))
        return 0

    return _run(args, deps, body)


def _jobs(args: argparse.Namespace, deps: Deps) -> int:
    target = parse_target(args.workflow, project=args.project, expect="workflow")

    async def body(ci: AsyncCircleCI) -> int:
        if target.workflow_id:
            workflows = [await ci.workflow(target.workflow_id)]
        else:
            workflows = await ci.workflows((await _pipeline_of(ci, target)).id)
        lists = await asyncio.gather(*(ci.workflow_jobs(w.id) for w in workflows))
        if args.format == "json":
            _emit(deps, _json({"schema": "triage.jobs/1", "workflows": [
                {**w.to_dict(), "jobs": [j.to_dict() for j in jobs]}
                for w, jobs in zip(workflows, lists, strict=True)]}))
            return 0
        rows = [[mark(j.status), w.name, str(j.job_number or "-"), j.name, j.type, j.status]
                for w, jobs in zip(workflows, lists, strict=True) for j in jobs]
        _emit(deps, table(["", "WORKFLOW", "JOB", "NAME", "TYPE", "STATUS"], rows))
        return 0

    return _run(args, deps, body)


# -- logs / tests -------------------------------------------------------------------


def _job_target(args: argparse.Namespace) -> tuple[str, int]:
    target = parse_target(args.job, project=args.project, expect="job")
    if target.kind != "job" or not target.project or target.job_number is None:
        raise InputError(f"{args.job!r} does not name a job; give a job number with "
                         "--project, gh/org/repo/NUMBER, or a job URL")
    return target.project, target.job_number


def select_actions(
    build: Build, step: str | None, node: int | None, everything: bool
) -> list[tuple[str, Action]]:
    """The actions ``triage logs`` prints: failed ones unless ``step``/``everything``."""
    chosen = []
    for s in build.steps:
        for a in s.actions:
            if node is not None and a.index != node:
                continue
            if step is not None:
                if not (step == str(a.step) or step.casefold() in s.name.casefold()):
                    continue
            elif not everything and not a.needs_scan:
                continue
            chosen.append((s.name, a))
    return sorted(chosen, key=lambda sa: (sa[1].index, sa[1].step))


async def stream_log(
    ci: AsyncCircleCI, slug: str, number: int, step_name: str, a: Action,
    write: Callable[[str], None],
) -> None:
    """Write one action's cleaned output line by line (presigned URL, else private route)."""
    what = f"job {number} node {a.index} step {step_name!r}"
    cleaner = LogCleaner()
    try:
        if not a.output_url:
            raise InputError("no output_url")
        async with ci.step_output(a.output_url, what) as response:
            async for chunk in response.aiter_bytes():
                for line in cleaner.feed(chunk):
                    write(line)
    except (CircleCIError, InputError, httpx.HTTPError):
        # Expired/missing presigned URL or a cut stream: the private route, from the start.
        write(f"(output URL failed; reading {what} from the API's private route)")
        cleaner = LogCleaner()
        for kind in ("output", "error"):
            async with ci.private_output(slug, number, kind, a.index, a.step, what) as response:
                await _pump(ci, response, cleaner, write, what)
    for line in cleaner.finish():
        write(line)


async def _pump(ci: AsyncCircleCI, response: httpx.Response, cleaner: LogCleaner,
                write: Callable[[str], None], what: str) -> None:
    """Stream a response body through the cleaner, line by line."""
    try:
        async for chunk in response.aiter_bytes():
            for line in cleaner.feed(chunk):
                write(line)
    except httpx.HTTPError as exc:
        raise ci.http.translate(exc, what) from None


async def stream_condensed(
    ci: AsyncCircleCI, build: Build, step_name: str, a: Action, write: Callable[[str], None]
) -> None:
    """Write v3's condensed output of one action (cloud only)."""
    if not build.job_id:
        raise InputError(f"job {build.build_num}: CircleCI gave no job id for the v3 route")
    what = f"job {build.build_num} node {a.index} step {step_name!r} (condensed)"
    cleaner = LogCleaner()
    async with ci.condensed_output(build.job_id, a.index, a.step, what) as response:
        await _pump(ci, response, cleaner, write, what)
    for line in cleaner.finish():
        write(line)


def _logs(args: argparse.Namespace, deps: Deps) -> int:
    slug, number = _job_target(args)
    out = deps.out()

    def write(line: str) -> None:
        out.write(line + "\n")

    async def body(ci: AsyncCircleCI) -> int:
        if args.condensed:
            require(ci.settings, CONDENSED_OUTPUT)  # before any request
        build = await ci.build(slug, number)
        chosen = select_actions(build, args.step, args.node, args.all)
        if not chosen:
            raise InputError(f"job {number} has no {'matching' if args.step else 'failed'} "
                             "step; use --step NAME, --node N or --all")
        for step_name, a in chosen:
            flags = ", ".join(f for f in (a.status, f"exit {a.exit_code}"
                              if a.exit_code is not None else "",
                              "truncated by CircleCI" if a.truncated else "") if f)
            write(f"==> job {number} node {a.index} step {a.step} {step_name!r} ({flags}) <==")
            if args.condensed:
                await stream_condensed(ci, build, step_name, a, write)
            else:
                await stream_log(ci, slug, number, step_name, a, write)
        out.flush()
        return 0

    return _run(args, deps, body)


def _tests(args: argparse.Namespace, deps: Deps) -> int:
    slug, number = _job_target(args)

    async def body(ci: AsyncCircleCI) -> int:
        tests = await ci.tests(slug, number)
        if args.failed:
            tests = [t for t in tests if t.failed]
        if args.format == "json":
            _emit(deps, _json({"schema": "triage.tests/1", "project": slug, "job": number,
                               "tests": [t.to_dict() for t in tests]}))
            return 0
        if not tests:
            _emit(deps, f"job {number}: no {'failed ' if args.failed else ''}tests stored "
                  "(the job needs a store_test_results step)")
            return 0
        rows = [[mark("failed" if t.failed else t.result), t.result,
                 f"{t.classname}.{t.name}" if t.classname else t.name, t.file or "",
                 f"{t.run_time:.3f}s" if t.run_time is not None else "",
                 t.message.splitlines()[0][:80] if t.message else ""] for t in tests]
        _emit(deps, table(["", "RESULT", "TEST", "FILE", "TIME", "MESSAGE"], rows))
        return 0

    return _run(args, deps, body)


# -- why ------------------------------------------------------------------------------


def _why(args: argparse.Namespace, deps: Deps) -> int:
    target = parse_target(args.target, project=args.project, branch=args.branch)

    async def body(ci: AsyncCircleCI) -> int:
        summary = await summarise(ci, target, scanner_factory=deps.scanner_factory,
                                  progress=_progress(args, deps), search=args.search)
        if not getattr(args, "no_history", False):
            _with_history(summary, deps)
        summary.max_causes = max(args.top, 1) if args.format != "json" else summary.max_causes
        data = summary.to_dict()
        if args.format == "json":
            _emit(deps, _json(data))
        elif args.format == "markdown":
            _emit(deps, render_summary_markdown(data, top=args.top) + _history_text(data))
        else:
            _emit(deps, render_summary_text(data, top=args.top) + _history_text(data))
        return 0

    return _run(args, deps, body)


def _history_text(data: dict[str, Any]) -> str:
    """The history lines under a text or markdown summary ("" without history)."""
    h = data.get("history")
    if not h:
        return ""
    labels = ", ".join(f"{n} {k}" for k, n in h["labels"].items())
    lines = ["", f"History ({h['jobs_in_store']} jobs in the store; causes: {labels}"
                 f"{'; main is broken' if h['broken_on_main'] else ''}):"]
    for c in data["causes"][:5]:
        ch = c.get("history")
        if ch:
            lines.append(f"  {c['rank']}. {ch['label']}: " + "; ".join(ch["reasons"][1:]))
    return "\n".join(lines)


def _with_history(summary: Any, deps: Deps) -> None:
    """Re-rank the causes with the local history store when it has the project."""
    from pathlib import Path

    from triage.history.scoring import annotate_summary
    from triage.history.store import Store, default_root

    if deps.env is not None:  # injected: only its TRIAGE_HOME counts
        home = deps.env.get("TRIAGE_HOME")
        if not home:
            return
        root = Path(home).expanduser() / "history"
    else:
        root = default_root()
    if not (root / "catalog.sqlite").exists():
        return
    with Store(root) as store:
        annotate_summary(summary, store)


# -- demo -----------------------------------------------------------------------------


def _demo(args: argparse.Namespace, deps: Deps) -> int:
    from triage.fakeci.harness import FakeCircleCI

    out = deps.out()
    steps: list[tuple[str, Command, dict[str, Any]]] = [
        ("triage connect", _connect, {}),
        ("triage status", _status, {"project": None, "branch": None}),
        ("triage why gh/acme/web", _why, {"target": "gh/acme/web", "project": None,
                                          "branch": None, "top": 5, "search": 30}),
    ]
    with FakeCircleCI() as fake:
        env = {"CIRCLECI_TOKEN": fake.token, "CIRCLECI_BASE_URL": fake.api_url}
        head = f"fake CircleCI at {fake.api_url} (demo token; no account needed)"
        if args.format == "text":
            out.write(f"# {head}\n")
        elif args.format == "markdown":
            out.write(f"# triage demo\n\n{head}\n")
        results = []
        for title, command, extra in steps:
            # text streams as it comes; JSON is one document, markdown one page
            buffer = io.StringIO()
            if args.format == "text":
                out.write(f"\n$ {title}\n")
                out.flush()
            # (connect and status have no markdown of their own: their text is shown as is)
            fmt = "text" if args.format == "markdown" and command is not _why else args.format
            command(argparse.Namespace(token=None, base_url=None, concurrency=8, format=fmt,
                                       progress=False, **extra),
                    Deps(env=env, stdout=out if args.format == "text" else buffer,
                         stderr=deps.err(),
                         scanner_factory=deps.scanner_factory))
            if args.format == "json":
                results.append({"command": title, "output": json.loads(buffer.getvalue())})
            elif args.format == "markdown":
                text = buffer.getvalue().rstrip("\n")
                shown = text if fmt == "markdown" else f"```\n{text}\n```"
                out.write(f"\n## `$ {title}`\n\n{shown}\n")
        if args.format == "json":
            _emit(deps, _json({"schema": "triage.demo/1", "api_url": fake.api_url,
                               "steps": results}))
    return 0


# -- registration -------------------------------------------------------------------------


def register(subparsers: Any, *, deps: Deps | None = None) -> None:
    """Add the CircleCI commands to an argparse ``_SubParsersAction``."""
    d = deps or Deps()

    def bind(fn: Callable[[argparse.Namespace, Deps], int]) -> Handler:
        return lambda args: fn(args, d)

    p = subparsers.add_parser("connect", help="check the CircleCI token; list user, "
                              "organisations and followed projects")
    _common(p)
    p.set_defaults(func=bind(_connect))

    p = subparsers.add_parser("status", help="latest pipeline and workflow status per "
                              "followed project")
    p.add_argument("project", nargs="?", help="one project (slug or URL); default: all followed")
    p.add_argument("--branch", help="latest pipeline on this branch")
    _common(p)
    p.set_defaults(func=bind(_status))

    p = subparsers.add_parser("workflows", help="workflows of a pipeline")
    p.add_argument("pipeline", help="pipeline id, number (with --project), URL, or a project "
                   "(its latest pipeline)")
    p.add_argument("--project", help="project slug for a pipeline number")
    p.add_argument("--branch", help="with a project: latest pipeline on this branch")
    _common(p)
    p.set_defaults(func=bind(_workflows))

    p = subparsers.add_parser("jobs", help="jobs of a workflow (approval jobs included)")
    p.add_argument("workflow", help="workflow id or URL (or a pipeline: all its workflows)")
    p.add_argument("--project", help="project slug for a pipeline number")
    _common(p)
    p.set_defaults(func=bind(_jobs))

    p = subparsers.add_parser("logs", help="the cleaned output of a job's failed steps, streamed")
    p.add_argument("job", help="job number (with --project), gh/org/repo/NUMBER or a job URL")
    p.add_argument("--project", help="project slug for a job number")
    p.add_argument("--step", help="step name (substring) or number; default: failed steps")
    p.add_argument("--node", type=int, help="parallel node index; default: all")
    p.add_argument("--all", action="store_true", help="every step, not only failed ones")
    p.add_argument("--condensed", action="store_true",
                   help="CircleCI's server-side condensed output (API v3; cloud only)")
    _common(p, ("text",))
    p.set_defaults(func=bind(_logs))

    p = subparsers.add_parser("tests", help="test results stored for a job")
    p.add_argument("job", help="job number (with --project), gh/org/repo/NUMBER or a job URL")
    p.add_argument("--project", help="project slug for a job number")
    p.add_argument("--failed", action="store_true", help="only failed tests")
    _common(p)
    p.set_defaults(func=bind(_tests))

    p = subparsers.add_parser("why", help="why did it fail? summary of a project's latest "
                              "failed pipeline, or of a pipeline, workflow or job")
    p.add_argument("target", help="project slug, pipeline/workflow id, number with --project, "
                   "or a CircleCI URL")
    p.add_argument("--project", help="project slug for a pipeline or job number")
    p.add_argument("--branch", help="with a project: latest failed pipeline on this branch")
    p.add_argument("--top", type=int, default=5, help="causes shown in text/markdown (default 5)")
    p.add_argument("--search", type=int, default=30,
                   help="pipelines searched for the latest failed one (default 30)")
    p.add_argument("--no-history", action="store_true",
                   help="ignore the local history store (triage history sync) when ranking")
    _common(p, ("text", "json", "markdown"))
    p.set_defaults(func=bind(_why))

    p = subparsers.add_parser("demo", help="run connect, status and why against a built-in "
                              "fake CircleCI (no account needed)")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    p.set_defaults(func=bind(_demo))
