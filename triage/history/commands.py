"""The history commands: ``history sync|import|show|status|compact``, ``clusters``,
``flaky`` and ``report``.

``triage.cli`` calls :func:`register` with its sub-parsers. Each command is a
thin layer over the library (:mod:`.sync`, :mod:`.importer`, :mod:`.cluster`,
:mod:`.flaky`, :mod:`.html`); JSON output is the documented, versioned
contract (docs/history.md): ``triage.history/1`` (sync, import, show,
status), ``triage.clusters/1`` and ``triage.flaky/1``. The store lives in
``$TRIAGE_HOME/history``. Progress goes to stderr only when stderr is a TTY
or with ``--progress``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import polars as pl

from triage.errors import InputError, StoreError
from triage.paths import atomic_write
from triage.sources.circleci.api import AsyncCircleCI
from triage.sources.circleci.commands import Deps
from triage.sources.circleci.config import Settings
from triage.sources.circleci.http import ApiHttp
from triage.sources.circleci.render import table
from triage.sources.circleci.targets import parse_target

from .cluster import Window, clusters, timeline
from .flaky import flaky_tests, window_for
from .html import ReportData, render_report
from .importer import import_dir
from .store import Store, default_root
from .sync import HISTORY_SCHEMA, SyncOptions, SyncProgress, parse_since, sync

__all__ = ["COMMANDS", "register", "report_data"]

COMMANDS = ("history", "clusters", "flaky", "report")
HISTORY_COMMANDS = ("sync", "import", "show", "status", "compact")

Handler = Callable[[argparse.Namespace], int]


def _root(deps: Deps) -> Path:
    env = deps.env if deps.env is not None else os.environ
    home = env.get("TRIAGE_HOME")
    return Path(home).expanduser() / "history" if home else default_root()


def _open(deps: Deps) -> Store:
    """The store for reading; a missing one is an error that says how to make it."""
    root = _root(deps)
    if not (root / "catalog.sqlite").exists():
        raise StoreError(f"no history store at {root} yet; run `triage history sync PROJECT` "
                         "(or `triage history import DIR`) first")
    return Store(root)


def _emit(deps: Deps, text: str) -> None:
    out = deps.out()
    out.write(text if text.endswith("\n") else text + "\n")
    out.flush()


def _json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def _now() -> datetime:
    return datetime.now(UTC)


def _projects(args: argparse.Namespace) -> tuple[str, ...]:
    given = getattr(args, "projects", None) or (
        [args.project] if getattr(args, "project", None) else [])
    return tuple(_project(p) for p in given)


def _project(name: str) -> str:
    """A project as the store names it: a CircleCI project in any form it is written
    (``gh/org/repo``, ``github/org/repo``, its URL) as its slug; any other name (what
    ``history import --project`` gave, ``local/<directory>`` by default) as it is."""
    if name.startswith("local/"):
        return name
    try:
        return parse_target(name).project or name
    except InputError:
        return name


def _window(args: argparse.Namespace, projects: tuple[str, ...]) -> Window:
    now = _now()
    since = parse_since(args.since, now) if getattr(args, "since", None) else None
    until = parse_since(args.until, now) if getattr(args, "until", None) else None
    return Window(projects, since, until, getattr(args, "branch", None))


def _day(t: str | None) -> str:
    return (t or "")[:10]


def _minutes(seconds: float) -> str:
    return f"{seconds / 3600:.1f}h" if seconds >= 5400 else f"{seconds / 60:.0f}m"


# -- history sync ------------------------------------------------------------------


def _sync(args: argparse.Namespace, deps: Deps) -> int:
    settings = Settings.resolve(token=args.token, base_url=args.base_url, env=deps.env)
    if args.projects and args.org:
        raise InputError("give projects or --org, not both")
    options = SyncOptions(
        since=parse_since(args.since, _now()), branch=args.branch, jobs=max(1, args.jobs),
        batch_size=max(1, args.batch_size), recheck=args.recheck,
        insights=not args.no_insights)
    progress = SyncProgress.auto(args.progress, deps.err())

    async def main(store: Store) -> dict[str, Any]:
        http = ApiHttp(settings, transport=deps.transport, concurrency=max(2, args.jobs),
                       retry=deps.retry)
        async with AsyncCircleCI(settings, http=http) as ci:
            projects = list(_projects(args))
            if not projects:
                followed = await ci.followed_projects()
                org = (args.org or "").lower()
                projects = [p.slug for p in followed
                            if not org or org in (p.organization.lower(),
                                                  p.slug.split("/")[1].lower())]
                if not projects:
                    raise InputError(f"no followed project in organisation {args.org!r}")
            result = await sync(ci, store, projects, options, progress)
            return result.to_dict()

    with Store(_root(deps)) as store, store.writer():
        sync_id = store.catalog.start_sync(_now().isoformat(timespec="seconds"))
        data = asyncio.run(main(store))
        store.catalog.finish_sync(sync_id, _now().isoformat(timespec="seconds"),
                                  {k: v for k, v in data.items() if k != "failed"})
    _emit(deps, _json(data) if args.format == "json" else render_sync(data))
    return 0


def render_sync(d: dict[str, Any]) -> str:
    s = d["stats"]
    lines = [
        f"synced {', '.join(d['projects'])}: {d['pipelines']} pipelines, {d['jobs_seen']} jobs "
        f"seen in {s['elapsed_s']:.1f}s ({s['jobs_per_s'] or 0} jobs/s, {s['requests']} "
        f"requests, {s['retries']} retries)",
        f"  recorded {d['recorded']} (scanned {d['scanned']} failed), skipped {d['skipped']} "
        f"already stored, {d['unfinished']} not finished yet, failed to fetch "
        f"{len(d['failed'])}",
    ]
    if d["pipelines_settled_skipped"]:
        lines.append(f"  {d['pipelines_settled_skipped']} settled pipelines not listed again "
                     "(--recheck lists them)")
    for f in d["failed"]:
        tail = " — recorded as incomplete" if f["recorded_incomplete"] else " — retried next sync"
        lines.append(f"  ✗ {f['project']} job {f['job_number']} {f['job_name']}: {f['what']}: "
                     f"{f['error']}: {f['message']} (attempt {f['attempts']}){tail}")
    for p in d["problems"]:
        lines.append(f"  ! {p['project']}: {p['what']}: {p['error']}: {p['message']}")
    return "\n".join(lines)


# -- history import -------------------------------------------------------------------


def _import(args: argparse.Namespace, deps: Deps) -> int:
    with Store(_root(deps)) as store, store.writer():
        result = import_dir(store, Path(args.dir),
                            project=_project(args.project) if args.project else None)
    data = result.to_dict()
    if args.format == "json":
        _emit(deps, _json(data))
    else:
        lines = [f"imported {data['root']} as {data['project']}: scanned {data['scanned']}, "
                 f"skipped {data['skipped']} already stored, failed {len(data['failed'])}"
                 + (f", read in part {len(data['partial'])}" if data["partial"] else "")]
        lines.extend(f"  ✗ {f['path']}: {f['message']}" for f in data["failed"])
        lines.extend(f"  ! {f['path']}: {f['message']}" for f in data["partial"])
        lines.extend(f"  - {f['path']} ({f['files']} file{'' if f['files'] == 1 else 's'}) "
                     f"not read: {f['reason']}"
                     for f in data["not_read"])
        _emit(deps, "\n".join(lines))
    return 0


# -- history show / status / compact ------------------------------------------------------


def _show(args: argparse.Namespace, deps: Deps) -> int:
    with _open(deps) as store:
        window = _window(args, _projects(args))
        cluster, events = timeline(store, args.fingerprint, window)
    if cluster is None:
        raise InputError(f"no cluster or fingerprint {args.fingerprint!r} in the history "
                         "(see `triage clusters` for ids)")
    rows = [{**r, "time": r["time"].isoformat().replace("+00:00", "Z") if r["time"] else None}
            for r in events.iter_rows(named=True)]
    data = {"schema": HISTORY_SCHEMA, "kind": "show", "cluster": cluster.to_dict(),
            "timeline": rows}
    if args.format == "json":
        _emit(deps, _json(data))
        return 0
    c = cluster
    head = [f"cluster {c.id} [{', '.join(c.categories)}]: {c.signature}",
            f"  {c.jobs} failed jobs in {c.pipelines} pipelines on {c.branches} branch(es) of "
            f"{c.projects} project(s); time wasted {_minutes(c.time_wasted_s)}",
            f"  first seen {_day(c.first_seen['time'])} pipeline {c.first_seen['pipeline']} on "
            f"{c.first_seen['branch']} ({(c.first_seen['commit'] or '')[:8]}); last seen "
            f"{_day(c.last_seen['time'])} pipeline {c.last_seen['pipeline']} on "
            f"{c.last_seen['branch']}",
            f"  merged fingerprints: {', '.join(c.fingerprints)}"]
    if c.example.get("hint"):
        head.append(f"  hint: {c.example['hint']}")
    if c.tests:
        head.append("  tests: " + ", ".join(f"{t['id']} ({t['jobs']})" for t in c.tests))
    table_rows = [[(r["time"] or "")[:16].replace("T", " "), r["project"], r["branch"] or "",
                   str(r["pipeline_number"] or ""), f"{r['job_name']} #{r['job_number']}",
                   r["status"], (r["commit"] or "")[:8], r["line"] or ""] for r in rows]
    _emit(deps, "\n".join(head) + "\n\n" + table(
        ["TIME", "PROJECT", "BRANCH", "PIPELINE", "JOB", "STATUS", "COMMIT", "LINE"],
        table_rows))
    return 0


def _status(args: argparse.Namespace, deps: Deps) -> int:
    with _open(deps) as store:
        jobs = store.scan("jobs").group_by("project").agg(
            pl.len().alias("jobs"), pl.col("failed").sum().alias("failed"),
            pl.col("time").min().alias("first"), pl.col("time").max().alias("last"),
        ).sort("project").collect()
        parts = store.catalog.parts()
        size = sum((store.data / p.path).stat().st_size for p in parts
                   if (store.data / p.path).exists())
        data = {"schema": HISTORY_SCHEMA, "kind": "status", "store": str(store.root),
                "parts": len(parts), "bytes": size,
                "projects": [{**r, "first": str(r["first"]), "last": str(r["last"])}
                             for r in jobs.iter_rows(named=True)],
                "fetch_failures": len(store.catalog.failures())}
    if args.format == "json":
        _emit(deps, _json(data))
        return 0
    rows = [[p["project"], str(p["jobs"]), str(p["failed"]), p["first"][:10], p["last"][:10]]
            for p in jobs.iter_rows(named=True) for p in [{**p, "first": str(p["first"]),
                                                            "last": str(p["last"])}]]
    _emit(deps, f"history store {store.root}: {len(parts)} part files, "
                f"{size / 1e6:.1f} MB, {data['fetch_failures']} jobs to retry\n"
          + table(["PROJECT", "JOBS", "FAILED", "FROM", "TO"], rows))
    return 0


def _compact(args: argparse.Namespace, deps: Deps) -> int:
    with _open(deps) as store, store.writer():
        n = store.compact(min_parts=args.min_parts)
    _emit(deps, f"compacted {n} partition(s)")
    return 0


# -- clusters / flaky / report ----------------------------------------------------------------


def _clusters(args: argparse.Namespace, deps: Deps) -> int:
    with _open(deps) as store:
        result = clusters(store, _window(args, _projects(args)),
                          include_wrappers=args.include_wrappers)
    if args.format == "json":
        _emit(deps, _json(result.to_dict(limit=args.top)))
        return 0
    shown = result.clusters[: args.top]
    head = (f"{result.total} clusters from {result.failed_jobs} failed jobs"
            f" (top {len(shown)} by failed jobs, then time wasted)")
    rows = [[str(i), c.id, str(c.jobs), _minutes(c.time_wasted_s), str(c.pipelines),
             str(c.branches), f"{_day(c.first_seen['time'])} p{c.first_seen['pipeline']}",
             f"{_day(c.last_seen['time'])} p{c.last_seen['pipeline']}",
             ",".join(c.categories), (c.example["line"] or c.signature).strip()[:90]]
            for i, c in enumerate(shown, 1)]
    _emit(deps, head + "\n" + table(["#", "CLUSTER", "JOBS", "WASTED", "PIPELINES",
                                     "BRANCHES", "FIRST SEEN", "LAST SEEN", "CATEGORY",
                                     "EXAMPLE"], rows))
    return 0


def _flaky(args: argparse.Namespace, deps: Deps) -> int:
    with _open(deps) as store:
        w = _window(args, _projects(args))
        result = flaky_tests(store, window_for(store, w.projects, w.since, w.until, w.branch))
    if args.format == "json":
        _emit(deps, _json(result.to_dict()))
        return 0
    if not result.tests:
        _emit(deps, "no flaky tests in the window")
        return 0
    rows = []
    for t in result.tests:
        d = t.to_dict()
        rows.append([t.test_id[:70], t.project, f"{d['flake_rate']:.0%}",
                     f"{t.flaky_failures}/{t.failures}/{t.runs}", _day(t.last_flake),
                     str((t.circleci or {}).get("times_flaked", "")), "+".join(t.sources)])
    lines = [table(["TEST", "PROJECT", "FLAKE RATE", "FLAKY/FAILED/RUNS", "LAST FLAKE",
                    "CIRCLECI", "SOURCES"], rows)]
    for t in result.tests:
        for e in t.evidence[:1]:
            lines.append(f"  {t.test_id[:60]}: commit {(e['commit'] or '')[:8]} on "
                         f"{e['branch']}: failed in #{e['failed']['job_number']}, passed in "
                         f"#{e['passed']['job_number']} ({e['job']})")
    _emit(deps, "\n".join(lines))
    return 0


def report_data(store: Store, window: Window, title: str) -> ReportData:
    """Everything the HTML report shows, from the store."""
    jobs = window.apply(store.scan("jobs", window.projects))
    daily = (jobs.filter(pl.col("failed") & pl.col("time").is_not_null())
             .group_by(pl.col("time").dt.date().alias("day"), "category")
             .agg(pl.len().alias("n")).sort("day", "category").collect())
    counts = jobs.select(pl.len().alias("jobs"), pl.col("failed").sum().alias("failed")
                         ).collect()
    result = clusters(store, window)
    fw = window_for(store, window.projects, window.since, window.until, window.branch)
    flaky = flaky_tests(store, fw)
    days: list[tuple[date, str, int]] = [(r["day"], r["category"], r["n"])
                                         for r in daily.iter_rows(named=True)]
    return ReportData(title=title, window=window.to_dict(), jobs=int(counts["jobs"][0]),
                      failed_jobs=int(counts["failed"][0] or 0), daily=days,
                      clusters=[c.to_dict() for c in result.clusters[:50]],
                      clusters_total=result.total,
                      flaky=[t.to_dict() for t in flaky.tests[:50]])


def _report(args: argparse.Namespace, deps: Deps) -> int:
    projects = _projects(args)
    with _open(deps) as store:
        title = f"triage history: {', '.join(projects) or 'all projects'}"
        data = report_data(store, _window(args, projects), title)
    out = Path(args.html)
    try:
        atomic_write(out, render_report(data).encode())
        out.chmod(0o644)  # a report to share, not a secret
    except OSError as exc:
        raise InputError(f"{out}: cannot write ({exc.strerror})") from None
    _emit(deps, f"wrote {out} ({data.clusters_total} clusters, {len(data.flaky)} flaky tests)")
    return 0


# -- registration ---------------------------------------------------------------------------


def _window_args(p: argparse.ArgumentParser, branch: bool = True) -> None:
    p.add_argument("--since", help="only jobs since: a duration (30d, 12h, 2w) or a date")
    p.add_argument("--until", help="only jobs until: a duration ago or a date")
    if branch:
        p.add_argument("--branch", help="only this branch")


def register(subparsers: Any, *, deps: Deps | None = None) -> None:
    """Add the history commands to an argparse ``_SubParsersAction``."""
    d = deps or Deps()

    def bind(fn: Callable[[argparse.Namespace, Deps], int]) -> Handler:
        return lambda args: fn(args, d)

    h = subparsers.add_parser("history", help="the local history store: sync from CircleCI, "
                              "import local logs, show a cluster's timeline",
                              description="Months of CI jobs in a local store under "
                              "$TRIAGE_HOME/history (docs/history.md).")
    hs = h.add_subparsers(dest="history_command", metavar="COMMAND")
    hs.required = True

    p = hs.add_parser("sync", help="batch-scan CircleCI pipelines into the store "
                      "(incremental, resumable)")
    p.add_argument("projects", nargs="*", metavar="PROJECT",
                   help="project slugs or URLs (default: every followed project)")
    p.add_argument("--org", help="every followed project of this organisation")
    p.add_argument("--since", default="30d",
                   help="how far back: a duration (30d, 12h, 2w) or a date (default 30d)")
    p.add_argument("--branch", help="only pipelines of this branch")
    p.add_argument("--jobs", type=int, default=8, help="jobs fetched and scanned at once "
                   "(default 8; also bounds requests in flight)")
    p.add_argument("--batch-size", type=int, default=50,
                   help="jobs per committed batch (default 50)")
    p.add_argument("--recheck", action="store_true",
                   help="list settled pipelines again (to catch late workflow reruns)")
    p.add_argument("--no-insights", action="store_true",
                   help="do not fetch CircleCI's flaky-test insights")
    p.add_argument("--progress", action="store_true", help="progress on stderr even if "
                   "not a TTY")
    p.add_argument("--format", choices=("text", "json"), default="text")
    g = p.add_argument_group("connection")
    g.add_argument("--token", help="personal API token (default: $CIRCLECI_TOKEN)")
    g.add_argument("--base-url", help="https://circleci.com or your CircleCI Server URL "
                   "(default: $CIRCLECI_BASE_URL, else https://circleci.com)")
    p.set_defaults(func=bind(_sync))

    p = hs.add_parser("import", help="import a directory of local logs (one job per file, "
                      "or per log in a zip archive; metadata from a sidecar FILE.json or "
                      "the file name)")
    p.add_argument("dir", metavar="DIR", help="the directory holding the logs: every file "
                   "below it but hidden ones and .json sidecars, compressed or in zip "
                   "archives too (to import one zip, give the directory it is in)")
    p.add_argument("--project", help="project name for files without one "
                   "(default: local/<directory name>)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=bind(_import))

    p = hs.add_parser("show", help="timeline of one cluster (by cluster id or fingerprint)")
    p.add_argument("fingerprint", metavar="FINGERPRINT",
                   help="a cluster id or any fingerprint merged into it (a unique prefix "
                   "will do)")
    p.add_argument("--project", help="only this project")
    _window_args(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=bind(_show))

    p = hs.add_parser("status", help="what the store holds, per project")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=bind(_status))

    p = hs.add_parser("compact", help="merge each partition's part files into one")
    p.add_argument("--min-parts", type=int, default=2,
                   help="compact partitions with at least this many files (default 2)")
    p.set_defaults(func=bind(_compact))

    p = subparsers.add_parser("clusters", help="top failure clusters across jobs, branches "
                              "and projects (by failed jobs, time wasted)")
    p.add_argument("project", nargs="?", help="one project (default: all in the store)")
    _window_args(p)
    p.add_argument("--top", type=int, default=20, help="clusters shown (default 20)")
    p.add_argument("--include-wrappers", action="store_true",
                   help="also cluster CI wrapper lines (Exited with code 1 ...)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=bind(_clusters))

    p = subparsers.add_parser("flaky", help="flaky tests: failed and passed on the same commit "
                              "(default window: the 14 days before the newest job)")
    p.add_argument("project", nargs="?", help="one project (default: all in the store)")
    _window_args(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=bind(_flaky))

    p = subparsers.add_parser("report", help="a self-contained HTML report with charts "
                              "(failures over time, top clusters, flaky tests)")
    p.add_argument("project", nargs="?", help="one project (default: all in the store)")
    p.add_argument("--html", required=True, metavar="OUT.html", help="where to write it")
    _window_args(p)
    p.set_defaults(func=bind(_report))
