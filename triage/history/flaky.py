"""Flaky tests: failed and passed on the same commit within a window (Polars).

Rule (the one CircleCI, Harness and Datadog use): a test is *flaky* when, in
the window (default the 14 days before ``until``), it failed in a job and a
job of the same project, commit and name passed — a rerun, or another run
of the same job. Evidence lists those pairs.

Per test (``project``, ``test_id``):

- ``runs``: jobs of the names the test failed in (any outcome but canceled);
- ``failures``: jobs it failed in; ``flaky_failures``: those whose commit
  also passed that job; ``flaky_commits``: distinct such commits;
- ``flake_rate`` = flaky_failures / runs; ``fail_rate`` = failures / runs;
- ``first_flake`` / ``last_flake``: times of the first and last flaky failure.

CircleCI's own flaky-test insights (a snapshot kept by ``history sync``) are
merged in: a test they list is flagged even without local evidence
(``sources`` says which). Job-level flakiness of a cause (the cause's job
passed on the same commit) is computed the same way in :mod:`.novelty`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import polars as pl

from .cluster import Window
from .records import iso_time
from .store import Store

__all__ = ["FLAKY_SCHEMA", "FlakyResult", "FlakyTest", "flaky_tests", "passes_on_commit"]

FLAKY_SCHEMA = "triage.flaky/1"
DEFAULT_WINDOW = timedelta(days=14)
EVIDENCE = 5


@dataclass(slots=True)
class FlakyTest:
    project: str
    test_id: str
    framework: str
    jobs: list[str]
    runs: int
    failures: int
    flaky_failures: int
    flaky_commits: int
    first_flake: str | None
    last_flake: str | None
    evidence: list[dict[str, Any]] = field(default_factory=list)
    circleci: dict[str, Any] | None = None

    @property
    def flake_rate(self) -> float:
        return self.flaky_failures / self.runs if self.runs else 0.0

    @property
    def fail_rate(self) -> float:
        return self.failures / self.runs if self.runs else 0.0

    @property
    def sources(self) -> list[str]:
        return (["history"] if self.flaky_commits else []) + (["circleci"] if self.circleci
                                                               else [])

    def to_dict(self) -> dict[str, Any]:
        return {
            "project": self.project, "test_id": self.test_id, "framework": self.framework,
            "jobs": self.jobs, "runs": self.runs, "failures": self.failures,
            "flaky_failures": self.flaky_failures, "flaky_commits": self.flaky_commits,
            "flake_rate": round(self.flake_rate, 4), "fail_rate": round(self.fail_rate, 4),
            "first_flake": self.first_flake, "last_flake": self.last_flake,
            "sources": self.sources, "evidence": self.evidence, "circleci": self.circleci,
        }


@dataclass(slots=True)
class FlakyResult:
    window: Window
    tests: list[FlakyTest]

    def to_dict(self) -> dict[str, Any]:
        return {"schema": FLAKY_SCHEMA, "window": self.window.to_dict(),
                "rule": "failed and passed on the same commit (same project and job name) "
                        "within the window; CircleCI insights merged",
                "tests": [t.to_dict() for t in self.tests]}


def passes_on_commit(jobs: pl.LazyFrame) -> pl.LazyFrame:
    """One row per (project, commit, job_name) that passed, with its first passing job."""
    return (jobs.filter((pl.col("status") == "success") & pl.col("commit").is_not_null())
            .group_by("project", "commit", "job_name")
            .agg(pl.col("job_number").sort_by("time").first().alias("passed_job_number"),
                 pl.col("pipeline_number").sort_by("time").first().alias("passed_pipeline"),
                 pl.col("time").min().alias("passed_time")))


def window_for(store: Store, projects: tuple[str, ...], since: datetime | None,
               until: datetime | None, branch: str | None = None) -> Window:
    """The window: ``since``..``until``, else the 14 days before ``until`` (or the newest job)."""
    if since is None:
        if until is None:
            newest = store.scan("jobs", projects).select(pl.col("time").max()).collect()
            until_t = newest.item() if newest.height else None
            if until_t is None:
                return Window(projects, None, None, branch)
            since = until_t - DEFAULT_WINDOW
        else:
            since = until - DEFAULT_WINDOW
    return Window(projects, since, until, branch)


def flaky_tests(store: Store, window: Window) -> FlakyResult:
    """Flaky tests in ``window`` (see the module docstring), most flaky first."""
    jobs = window.apply(store.scan("jobs", window.projects)).filter(
        pl.col("status") != "canceled")
    tests = window.apply(store.scan("tests", window.projects))
    failed = (tests.join(jobs.filter(pl.col("failed")).select("job_key", "status"),
                         on="job_key")
              .select("project", "test_id", "framework", "commit", "branch", "job_name",
                      "job_key", "job_number", "pipeline_number", "time"))
    flaky_rows = failed.join(passes_on_commit(jobs), on=["project", "commit", "job_name"])
    runs = jobs.group_by("project", "job_name").agg(pl.len().alias("runs"))
    names = failed.select("project", "test_id", "job_name").unique()
    runs_per_test = (names.join(runs, on=["project", "job_name"])
                     .group_by("project", "test_id")
                     .agg(pl.col("runs").sum(), pl.col("job_name").sort().alias("jobs")))
    per_test = failed.group_by("project", "test_id").agg(
        pl.col("framework").first(), pl.col("job_key").n_unique().alias("failures"))
    per_flaky = flaky_rows.group_by("project", "test_id").agg(
        pl.col("job_key").n_unique().alias("flaky_failures"),
        pl.col("commit").n_unique().alias("flaky_commits"),
        pl.col("time").min().alias("first_flake"), pl.col("time").max().alias("last_flake"))
    evidence = (flaky_rows.sort(["project", "test_id", "time", "job_key"],
                                descending=[False, False, True, False])
                .group_by("project", "test_id", maintain_order=True).head(EVIDENCE))
    summary, ev = pl.collect_all([
        per_test.join(runs_per_test, on=["project", "test_id"], how="left")
                .join(per_flaky, on=["project", "test_id"], how="left"),
        evidence,
    ])
    by_test: dict[tuple[str, str], FlakyTest] = {}
    for r in summary.iter_rows(named=True):
        by_test[(r["project"], r["test_id"])] = FlakyTest(
            project=r["project"], test_id=r["test_id"], framework=r["framework"] or "",
            jobs=list(r["jobs"] or []), runs=int(r["runs"] or 0), failures=r["failures"],
            flaky_failures=int(r["flaky_failures"] or 0),
            flaky_commits=int(r["flaky_commits"] or 0),
            first_flake=iso_time(r["first_flake"]), last_flake=iso_time(r["last_flake"]))
    for e in ev.iter_rows(named=True):
        by_test[(e["project"], e["test_id"])].evidence.append({
            "commit": e["commit"], "branch": e["branch"], "job": e["job_name"],
            "failed": {"job_number": e["job_number"], "pipeline": e["pipeline_number"],
                       "time": iso_time(e["time"])},
            "passed": {"job_number": e["passed_job_number"], "pipeline": e["passed_pipeline"],
                       "time": iso_time(e["passed_time"])},
        })
    _merge_insights(store, window, by_test)
    out = [t for t in by_test.values() if t.flaky_commits or t.circleci]
    out.sort(key=lambda t: (-t.flaky_failures, -t.flake_rate,
                            -(t.circleci or {}).get("times_flaked", 0), t.project, t.test_id))
    return FlakyResult(window, out)


def _insight_matches(test_id: str, name: str, classname: str) -> bool:
    """Whether an insights entry (name, classname) names the locally seen ``test_id``."""
    if test_id == name:
        return True
    if not any(test_id.endswith(sep + name) for sep in (" › ", " > ", "::", ".", "/", "#")):
        return False
    last = classname.replace("::", ".").rsplit(".", 1)[-1].rsplit(" › ", 1)[-1]
    return not last or last in test_id


def _merge_insights(store: Store, window: Window,
                    by_test: dict[tuple[str, str], FlakyTest]) -> None:
    for i in store.catalog.insights(window.projects):
        info = {"times_flaked": i.times_flaked, "time_wasted_s": i.time_wasted,
                "job_name": i.job_name, "workflow_name": i.workflow_name}
        matches = [key for key in by_test
                   if key[0] == i.project and _insight_matches(key[1], i.test_name, i.classname)]
        for key in matches:
            by_test[key].circleci = info
        if matches:
            continue
        sep = " › " if " › " in i.classname else "."
        test_id = f"{i.classname}{sep}{i.test_name}" if i.classname else i.test_name
        by_test[(i.project, test_id)] = FlakyTest(
            project=i.project, test_id=test_id, framework="", jobs=[i.job_name or ""],
            runs=0, failures=0, flaky_failures=0, flaky_commits=0, first_flake=None,
            last_flake=None, circleci=info)
