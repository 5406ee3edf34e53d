"""Is a failed pipeline's cause new, recurring, flaky or infrastructure? Broken on main?

For a pipeline P (project, branch B, commit, time t) and each of its causes,
history strictly before P (other pipelines, ``lookback`` days back) is
searched for the cause's *cluster* (its fingerprint, or a near-identical
signature merged by :mod:`.similarity`). Facts (all in the output):

- ``first_seen``, and how many earlier pipelines, jobs and branches had it;
- ``last_green``: the newest pipeline on B before P whose jobs all passed;
  ``since_last_green``: the cluster appeared on B after that green pipeline;
- ``branch_point``: for B ≠ the default branch, estimated as the time of B's
  first pipeline in the store (CircleCI does not give a merge base);
  ``on_main_before_branch_point``: the cluster failed on the default branch in
  the 14 days before it;
- ``broken_on_main``: the newest default-branch pipeline before P failed with
  the cluster (``main_recent`` counts it over the last 3);
- ``flaky``: jobs with the cluster whose job (same project, commit, name)
  also passed — earlier, or already for P's own commit;
- ``infrastructure``: the cause's category is ``infrastructure``.

``label`` (one word) takes the first that holds: ``infrastructure``,
``flaky``, ``new`` (no earlier occurrence on B nor on the default branch before
the branch point), else ``recurring``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import polars as pl

from .cluster import fingerprint_map
from .flaky import passes_on_commit
from .records import iso_time
from .store import Store

__all__ = ["CauseRef", "Facts", "PipelineRef", "default_branch", "facts_for"]

LOOKBACK = timedelta(days=90)
MAIN_BEFORE_BRANCH = timedelta(days=14)
MAIN_RECENT = 3


@dataclass(frozen=True, slots=True)
class PipelineRef:
    project: str
    pipeline_id: str | None
    number: int | None
    branch: str | None
    commit: str | None
    time: datetime


@dataclass(frozen=True, slots=True)
class CauseRef:
    fingerprint: str
    category: str
    signature: str
    job_names: tuple[str, ...]


@dataclass(slots=True)
class Facts:
    cluster: str
    label: str = "new"
    first_seen: dict[str, Any] | None = None
    seen_before: dict[str, int] = field(default_factory=dict)
    seen_on_branch: int = 0
    last_green: dict[str, Any] | None = None
    since_last_green: bool = False
    branch_point: dict[str, Any] | None = None
    on_main_before_branch_point: bool | None = None
    broken_on_main: bool = False
    main_recent: dict[str, int] = field(default_factory=dict)
    flaky: dict[str, Any] | None = None
    infrastructure: bool = False

    @property
    def new(self) -> bool:
        return self.seen_on_branch == 0 and not self.on_main_before_branch_point

    def to_dict(self) -> dict[str, Any]:
        return {
            "cluster": self.cluster, "label": self.label, "new": self.new,
            "first_seen": self.first_seen, "seen_before": self.seen_before,
            "seen_on_branch": self.seen_on_branch, "last_green": self.last_green,
            "since_last_green": self.since_last_green, "branch_point": self.branch_point,
            "on_main_before_branch_point": self.on_main_before_branch_point,
            "broken_on_main": self.broken_on_main, "main_recent": self.main_recent,
            "flaky": self.flaky, "infrastructure": self.infrastructure,
        }


def default_branch(store: Store, project: str) -> str:
    """``main`` or ``master`` when the store has it for the project, else its busiest branch."""
    counts = (store.scan("jobs", (project,)).group_by("branch").agg(pl.len().alias("n"))
              .sort(["n", "branch"], descending=[True, False]).collect())
    branches = [b for b in counts["branch"].to_list() if b]
    for name in ("main", "master"):
        if name in branches:
            return name
    return branches[0] if branches else "main"


def facts_for(store: Store, p: PipelineRef, causes: Sequence[CauseRef],
              main: str | None = None, lookback: timedelta = LOOKBACK) -> dict[str, Facts]:
    """``fingerprint → Facts`` for each of P's causes (see the module docstring)."""
    if not causes:
        return {}
    main = main or default_branch(store, p.project)
    projects = (p.project,)
    since = p.time - lookback

    def before(lf: pl.LazyFrame) -> pl.LazyFrame:
        lf = lf.filter((pl.col("time") < p.time) & (pl.col("time") >= since))
        if p.pipeline_id:
            lf = lf.filter(pl.col("pipeline_id").fill_null("") != p.pipeline_id)
        return lf

    prior = before(store.scan("causes", projects))
    jobs = before(store.scan("jobs", projects))
    sigs = prior.group_by("fingerprint").agg(
        pl.col("category").first(), pl.col("signature").first(),
        pl.col("time").min().cast(pl.String).alias("first_seen")).collect()
    mine = pl.DataFrame(
        {"fingerprint": [c.fingerprint for c in causes], "category": [c.category for c in causes],
         "signature": [c.signature for c in causes],
         "first_seen": [p.time.isoformat()] * len(causes)},
        schema={"fingerprint": pl.String(), "category": pl.String(),
                "signature": pl.String(), "first_seen": pl.String()})
    fmap = fingerprint_map(pl.concat([sigs, mine.join(sigs, on="fingerprint", how="anti")]),
                           store)
    cid = dict(zip(fmap["fingerprint"].to_list(), fmap["cluster_id"].to_list(), strict=True))
    wanted = sorted({cid[c.fingerprint] for c in causes})
    rows = prior.join(fmap.lazy(), on="fingerprint").filter(pl.col("cluster_id").is_in(wanted))

    pipelines = (jobs.group_by("pipeline_id").agg(
        pl.col("branch").first(), pl.col("pipeline_number").first(), pl.col("commit").first(),
        pl.col("time").min(), pl.col("failed").any().alias("red")))
    branch_pipes = pipelines.filter(pl.col("branch") == p.branch)
    last_green_df = (branch_pipes.filter(~pl.col("red")).sort("time", descending=True)
                     .head(1).collect())
    main_recent_df = (pipelines.filter(pl.col("branch") == main).sort("time", descending=True)
                      .head(MAIN_RECENT).collect())
    first_on_branch = branch_pipes.select(pl.col("time").min()).collect().item()
    passes = passes_on_commit(store.scan("jobs", projects))

    per = rows.group_by("cluster_id").agg(
        pl.col("time").min().alias("first_time"),
        pl.col("pipeline_number").sort_by("time").first().alias("first_pipeline"),
        pl.col("branch").sort_by("time").first().alias("first_branch"),
        pl.col("commit").sort_by("time").first().alias("first_commit"),
        pl.col("pipeline_id").n_unique().alias("pipelines"),
        pl.col("job_key").n_unique().alias("jobs"),
        pl.col("branch").n_unique().alias("branches"),
    )
    on_branch = rows.filter(pl.col("branch") == p.branch).group_by("cluster_id").agg(
        pl.col("pipeline_id").n_unique().alias("n"), pl.col("time").max().alias("last"))
    flaky = (rows.select("cluster_id", "project", "commit", "job_name", "job_key", "time")
             .unique().join(passes, on=["project", "commit", "job_name"])
             .group_by("cluster_id").agg(pl.col("job_key").n_unique().alias("flaky_jobs"),
                                         pl.col("time").max().alias("last_flake")))
    all_jobs = rows.group_by("cluster_id").agg(pl.col("job_key").n_unique().alias("jobs"))
    main_ids = main_recent_df["pipeline_id"].to_list()
    in_main = (rows.filter(pl.col("pipeline_id").is_in(main_ids)).group_by("cluster_id")
               .agg(pl.col("pipeline_id").unique().alias("main_pipelines")))
    # the branch point: the branch's first pipeline (this one when there is none before)
    bp: datetime | None = None
    if p.branch != main:
        bp = first_on_branch if first_on_branch is not None else p.time
    main_before = (rows.filter((pl.col("branch") == main) & (pl.col("time") <= bp)
                               & (pl.col("time") >= bp - MAIN_BEFORE_BRANCH))
                   if bp is not None else rows.filter(pl.lit(False)))
    main_before = main_before.group_by("cluster_id").agg(pl.len().alias("n"))
    per_df, on_branch_df, flaky_df, jobs_df, main_df, before_df = pl.collect_all(
        [per, on_branch, flaky, all_jobs, in_main, main_before])
    now_flaky = _passed_now(store, p, causes)

    def lookup(df: pl.DataFrame) -> dict[str, dict[str, Any]]:
        return {r["cluster_id"]: r for r in df.iter_rows(named=True)}

    per_d, branch_d, flaky_d = lookup(per_df), lookup(on_branch_df), lookup(flaky_df)
    jobs_d, main_d, before_d = lookup(jobs_df), lookup(main_df), lookup(before_df)
    green = last_green_df.row(0, named=True) if last_green_df.height else None
    newest_main = main_ids[0] if main_ids else None
    out: dict[str, Facts] = {}
    for c in causes:
        k = cid[c.fingerprint]
        f = Facts(cluster=k)
        if k in per_d:
            r = per_d[k]
            f.first_seen = {"time": iso_time(r["first_time"]), "pipeline": r["first_pipeline"],
                            "branch": r["first_branch"], "commit": r["first_commit"]}
            f.seen_before = {"pipelines": r["pipelines"], "jobs": r["jobs"],
                             "branches": r["branches"]}
        f.seen_on_branch = int(branch_d.get(k, {}).get("n", 0))
        if green is not None:
            f.last_green = {"pipeline": green["pipeline_number"], "time": iso_time(green["time"]),
                            "commit": green["commit"]}
            last = branch_d.get(k, {}).get("last")
            f.since_last_green = last is not None and last > green["time"]
        if p.branch != main:
            f.branch_point = {"time": iso_time(bp), "estimated": True}
            f.on_main_before_branch_point = k in before_d
        mains = main_d.get(k, {}).get("main_pipelines") or []
        f.main_recent = {"failed_with_it": len(mains), "of": len(main_ids)}
        f.broken_on_main = newest_main is not None and newest_main in mains
        flaky_jobs = int(flaky_d.get(k, {}).get("flaky_jobs", 0))
        if flaky_jobs or c.fingerprint in now_flaky:
            total = int(jobs_d.get(k, {}).get("jobs", 0))
            f.flaky = {"flaky_jobs": flaky_jobs, "jobs": total,
                       "rate": round(flaky_jobs / total, 3) if total else None,
                       "last_flake": iso_time(flaky_d.get(k, {}).get("last_flake")),
                       "passed_on_this_commit": c.fingerprint in now_flaky}
        f.infrastructure = c.category == "infrastructure"
        f.label = ("infrastructure" if f.infrastructure else "flaky" if f.flaky
                   else "new" if f.new else "recurring")
        out[c.fingerprint] = f
    return out


def _passed_now(store: Store, p: PipelineRef, causes: Sequence[CauseRef]) -> set[str]:
    """Causes whose job already passed on P's commit (a rerun, in the store)."""
    if not p.commit:
        return set()
    passed = set(store.scan("jobs", (p.project,))
                 .filter((pl.col("commit") == p.commit) & (pl.col("status") == "success"))
                 .select("job_name").collect()["job_name"].to_list())
    return {c.fingerprint for c in causes if passed & set(c.job_names)}
