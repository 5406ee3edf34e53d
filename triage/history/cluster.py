"""Failures grouped across jobs, nodes, branches and projects (Polars).

This is the only module that runs Polars queries over causes for clustering.

Contract:
- Input: the store's ``causes`` (wrapper lines such as ``Exited with code 1``
  excluded unless ``include_wrappers``), ``jobs`` and ``tests`` tables, filtered
  by projects, time window (``since``/``until`` over the job's time) and branch.
- Step 1 groups rows by fingerprint (exact: same category and masked
  signature); step 2 merges near-identical fingerprints with
  :func:`triage.history.similarity.merge_map` (documented rule, deterministic);
  step 3 aggregates per cluster.
- A cluster has: ``id`` (its representative fingerprint), ``rows``, distinct
  failed ``jobs``, ``pipelines``, ``branches``, ``projects``, first and last
  seen (time, project, pipeline, commit, branch, job), an example (line,
  excerpt, rule, hint), ``categories``, the fingerprints merged into it,
  ``time_wasted_s`` (the summed duration of its failed jobs; a job with two
  clusters counts in both) and ``tests`` (failing tests of its jobs, most
  frequent first).
- Order (impact): failed jobs, then time wasted, then last seen (newest
  first), then id. Deterministic for the same store and arguments.
- Queries are lazy and run on Polars' streaming engine, so memory follows the
  number of distinct fingerprints and jobs, not the number of rows.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import polars as pl

from triage.paths import atomic_write

from .records import iso_time
from .similarity import SIMILARITY_VERSION, SignatureInfo, merge_map
from .store import Store

__all__ = [
    "CLUSTERS_SCHEMA",
    "Cluster",
    "ClusterResult",
    "Window",
    "cluster_frame",
    "clusters",
    "fingerprint_map",
]

CLUSTERS_SCHEMA = "triage.clusters/1"
TESTS_PER_CLUSTER = 5
BRANCHES_PER_CLUSTER = 5


@dataclass(frozen=True, slots=True)
class Window:
    """Which rows a query looks at."""

    projects: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    branch: str | None = None

    def apply(self, lf: pl.LazyFrame) -> pl.LazyFrame:
        if self.since is not None:
            lf = lf.filter(pl.col("time") >= self.since)
        if self.until is not None:
            lf = lf.filter(pl.col("time") <= self.until)
        if self.branch is not None:
            lf = lf.filter(pl.col("branch") == self.branch)
        return lf

    def to_dict(self) -> dict[str, Any]:
        return {"projects": list(self.projects),
                "since": self.since.isoformat() if self.since else None,
                "until": self.until.isoformat() if self.until else None,
                "branch": self.branch}


@dataclass(slots=True)
class Cluster:
    id: str
    rows: int
    jobs: int
    pipelines: int
    branches: int
    projects: int
    first_seen: dict[str, Any]
    last_seen: dict[str, Any]
    signature: str
    example: dict[str, Any]
    categories: list[str]
    fingerprints: list[str]
    time_wasted_s: float
    top_branches: list[dict[str, Any]] = field(default_factory=list)
    tests: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "signature": self.signature, "categories": self.categories,
            "jobs": self.jobs, "rows": self.rows, "pipelines": self.pipelines,
            "branches": self.branches, "projects": self.projects,
            "time_wasted_s": round(self.time_wasted_s, 1),
            "first_seen": self.first_seen, "last_seen": self.last_seen,
            "example": self.example, "fingerprints": self.fingerprints,
            "top_branches": self.top_branches, "tests": self.tests,
        }


@dataclass(slots=True)
class ClusterResult:
    window: Window
    clusters: list[Cluster]
    total: int
    failed_jobs: int
    rows: int

    def to_dict(self, limit: int | None = None) -> dict[str, Any]:
        shown = self.clusters if limit is None else self.clusters[:limit]
        return {"schema": CLUSTERS_SCHEMA, "window": self.window.to_dict(),
                "similarity": SIMILARITY_VERSION, "failed_jobs": self.failed_jobs,
                "rows": self.rows, "clusters_total": self.total,
                "clusters": [c.to_dict() for c in shown]}


def causes_in(store: Store, window: Window, include_wrappers: bool = False) -> pl.LazyFrame:
    lf = window.apply(store.scan("causes", window.projects))
    if not include_wrappers:
        lf = lf.filter(pl.col("kind") != "wrapper")
    return lf


def _cache_path(store: Store, digest: str) -> Path:
    return store.root / "cache" / f"similarity-{digest}.json"


def fingerprint_map(sigs: pl.DataFrame, store: Store | None = None) -> pl.DataFrame:
    """``fingerprint → cluster_id`` for a frame of (fingerprint, category, signature,
    first_seen); cached under the store's ``cache/`` by the digest of its input."""
    rows = sorted(zip(sigs["first_seen"].cast(pl.String).fill_null("").to_list(),
                      sigs["fingerprint"].to_list(), sigs["category"].to_list(),
                      sigs["signature"].to_list(), strict=True))
    h = hashlib.sha256(SIMILARITY_VERSION.encode())
    for row in rows:
        h.update("\0".join(row).encode() + b"\1")
    digest = h.hexdigest()[:32]
    mapping: dict[str, str] | None = None
    if store is not None:
        path = _cache_path(store, digest)
        try:
            mapping = json.loads(path.read_text())
        except (OSError, ValueError):
            mapping = None
    if mapping is None:
        mapping = merge_map([SignatureInfo(fp, cat, sig, first)
                             for first, fp, cat, sig in rows])
        if store is not None:
            path = _cache_path(store, digest)
            for old in path.parent.glob("similarity-*.json") if path.parent.exists() else ():
                old.unlink(missing_ok=True)  # one cache entry: the latest query's
            atomic_write(path, json.dumps(mapping).encode())
    return pl.DataFrame({"fingerprint": list(mapping), "cluster_id": list(mapping.values())},
                        schema={"fingerprint": pl.String(), "cluster_id": pl.String()})


def _engine() -> Any:
    return os.environ.get("TRIAGE_POLARS_ENGINE", "streaming")


_SEEN = ("time", "project", "pipeline_number", "commit", "branch", "job_name", "job_number")
_EXAMPLE = ("line", "excerpt", "rule", "hint", "signature", "category", "job_key")


def _best_key() -> pl.Expr:
    """One sortable number for "highest score, then newest": the example's row."""
    return ((pl.col("score").fill_null(0.0) * 1000).round().cast(pl.Int64) * (1 << 40)
            + pl.col("time").dt.epoch("s").fill_null(0))


def cluster_frame(causes: pl.LazyFrame, jobs: pl.LazyFrame, tests: pl.LazyFrame,
                  store: Store | None = None) -> tuple[pl.DataFrame, pl.DataFrame,
                                                      pl.DataFrame]:
    """The per-cluster aggregate, the per-cluster tests, and the fingerprint map.

    Two levels keep memory to distinct keys, not rows: one streaming pass
    aggregates per fingerprint (first/last seen and the example row with
    ``min_by``/``max_by``); the small per-fingerprint table is then folded into
    clusters; distinct counts come from the (cluster, job) pairs, with job keys
    hashed to 64-bit integers.
    """
    engine = _engine()
    per_fp = (causes.with_columns(_best_key().alias("_best"))
              .group_by("fingerprint").agg(
                  pl.len().alias("rows"),
                  pl.col("time").min().alias("first_seen"),
                  pl.col("_best").max().alias("best"),
                  *[pl.col(c).min_by("time").alias(f"first_{c}") for c in _SEEN],
                  *[pl.col(c).max_by("time").alias(f"last_{c}") for c in _SEEN],
                  *[pl.col(c).max_by("_best").alias(f"ex_{c}") for c in _EXAMPLE])
              .collect(engine=engine))
    sigs = per_fp.select("fingerprint", pl.col("ex_category").alias("category"),
                         pl.col("ex_signature").alias("signature"), "first_seen")
    fmap = fingerprint_map(sigs, store)
    fp = per_fp.join(fmap, on="fingerprint", how="left")
    folded = fp.group_by("cluster_id").agg(
        pl.col("rows").sum(),
        pl.col("ex_category").unique().sort().alias("categories"),
        pl.col("fingerprint").unique().sort().alias("fingerprints"),
        *[pl.col(f"first_{c}").sort_by(["first_time", "fingerprint"]).first() for c in _SEEN],
        *[pl.col(f"last_{c}").sort_by(["last_time", "fingerprint"], descending=[True, False])
          .first() for c in _SEEN],
        *[pl.col(f"ex_{c}").sort_by(["best", "fingerprint"], descending=[True, False])
          .first() for c in _EXAMPLE],
        pl.col("best").max(),
    )
    # (cluster, job) pairs, materialised once and compactly: integer cluster codes,
    # hashed job and pipeline keys, categorical branch and project.
    job_hash = pl.col("job_key").hash(seed=0)
    ids = fmap.select("cluster_id").unique().sort("cluster_id").with_row_index("cidx")
    codes = fmap.join(ids, on="cluster_id").select("fingerprint", "cidx")
    pairs = (causes.select("fingerprint", job_hash.alias("job"),
                           pl.col("pipeline_id").hash(seed=0).alias("pipe"),
                           pl.col("branch").cast(pl.Categorical),
                           pl.col("project").cast(pl.Categorical))
             .join(codes.lazy(), on="fingerprint")
             .group_by("cidx", "job").agg(pl.col("pipe", "branch", "project").first())
             .collect(engine=engine))
    counts_df = pairs.group_by("cidx").agg(
        pl.len().alias("jobs"),
        pl.col("pipe").n_unique().alias("pipelines"),
        pl.col("branch").n_unique().alias("branches"),
        pl.col("project").n_unique().alias("projects"))
    durations, job_tests = pl.collect_all([
        jobs.select(job_hash.alias("job"), "duration_s").unique(subset=["job"]),
        tests.select(job_hash.alias("job"), "test_id", "framework"),
    ], engine=engine)
    wasted_df = (pairs.select("cidx", "job").join(durations, on="job", how="left")
                 .group_by("cidx").agg(pl.col("duration_s").fill_null(0.0).sum()
                                       .alias("time_wasted_s")))
    branches_df = (pairs.group_by("cidx", pl.col("branch").cast(pl.String))
                   .agg(pl.len().alias("jobs"))
                   .sort(["cidx", "jobs", "branch"], descending=[False, True, False])
                   .group_by("cidx", maintain_order=True).head(BRANCHES_PER_CLUSTER)
                   .group_by("cidx").agg(pl.struct("branch", "jobs").alias("top_branches")))
    tests_df = (pairs.select("cidx", "job").join(job_tests, on="job")
                .group_by("cidx", "test_id").agg(pl.len().alias("jobs"),
                                                 pl.col("framework").first())
                .sort(["cidx", "jobs", "test_id"], descending=[False, True, False])
                .group_by("cidx", maintain_order=True).head(TESTS_PER_CLUSTER)
                .join(ids, on="cidx").drop("cidx"))
    counts_df = (counts_df.join(wasted_df, on="cidx", how="left")
                 .join(branches_df, on="cidx", how="left")
                 .join(ids, on="cidx").drop("cidx"))
    result = (folded.join(counts_df, on="cluster_id", how="left")
              .sort(["jobs", "time_wasted_s", "last_time", "cluster_id"],
                    descending=[True, True, True, False], nulls_last=True))
    return result, tests_df, fmap


def _seen(row: dict[str, Any], prefix: str) -> dict[str, Any]:
    return {"time": iso_time(row[f"{prefix}_time"]), "project": row[f"{prefix}_project"],
            "pipeline": row[f"{prefix}_pipeline_number"], "commit": row[f"{prefix}_commit"],
            "branch": row[f"{prefix}_branch"], "job": row[f"{prefix}_job_name"],
            "job_number": row[f"{prefix}_job_number"]}


def clusters(store: Store, window: Window = Window(), *, include_wrappers: bool = False,
             limit: int | None = None) -> ClusterResult:
    """Clusters of failures in ``window``, by impact (see the module docstring)."""
    causes = causes_in(store, window, include_wrappers)
    jobs = window.apply(store.scan("jobs", window.projects))
    tests = window.apply(store.scan("tests", window.projects))
    frame, top_tests, _ = cluster_frame(causes, jobs, tests, store)
    stats = jobs.select(pl.col("failed").sum().alias("failed")).collect()
    tests_by: dict[str, list[dict[str, Any]]] = {}
    for t in top_tests.iter_rows(named=True):
        tests_by.setdefault(t["cluster_id"], []).append(
            {"id": t["test_id"], "framework": t["framework"], "jobs": t["jobs"]})
    out: list[Cluster] = []
    for row in frame.iter_rows(named=True):
        if limit is not None and len(out) >= limit:
            break
        out.append(Cluster(
            id=row["cluster_id"], rows=row["rows"], jobs=row["jobs"],
            pipelines=row["pipelines"], branches=row["branches"], projects=row["projects"],
            first_seen=_seen(row, "first"), last_seen=_seen(row, "last"),
            signature=row["ex_signature"],
            example={"line": row["ex_line"], "excerpt": row["ex_excerpt"],
                     "rule": row["ex_rule"], "hint": row["ex_hint"],
                     "category": row["ex_category"], "job_key": row["ex_job_key"]},
            categories=list(row["categories"]), fingerprints=list(row["fingerprints"]),
            time_wasted_s=float(row["time_wasted_s"] or 0.0),
            top_branches=[dict(b) for b in sorted(row["top_branches"] or [],
                                                  key=lambda b: (-b["jobs"], b["branch"] or ""))],
            tests=tests_by.get(row["cluster_id"], []),
        ))
    return ClusterResult(window=window, clusters=out, total=frame.height,
                         failed_jobs=int(stats["failed"][0] or 0),
                         rows=int(frame["rows"].sum()) if frame.height else 0)


def timeline(store: Store, cluster_or_fingerprint: str, window: Window = Window(),
             include_wrappers: bool = True) -> tuple[Cluster | None, pl.DataFrame]:
    """One cluster and every job it appeared in, oldest first (``history show``)."""
    result_causes = causes_in(store, window, include_wrappers)
    jobs = window.apply(store.scan("jobs", window.projects))
    tests = window.apply(store.scan("tests", window.projects))
    frame, top_tests, fmap = cluster_frame(result_causes, jobs, tests, store)
    wanted = cluster_or_fingerprint
    hit = fmap.filter((pl.col("fingerprint") == wanted) | (pl.col("cluster_id") == wanted))
    if hit.is_empty():
        prefix = fmap.filter(pl.col("fingerprint").str.starts_with(wanted)
                             | pl.col("cluster_id").str.starts_with(wanted))
        ids = sorted(set(prefix["cluster_id"].to_list()))
        if len(ids) != 1:
            return None, pl.DataFrame()
        cid = ids[0]
    else:
        cid = str(hit["cluster_id"][0])
    members = fmap.filter(pl.col("cluster_id") == cid)["fingerprint"].to_list()
    events = (result_causes.filter(pl.col("fingerprint").is_in(members))
              .group_by("job_key").agg(pl.col("node").n_unique().alias("nodes"),
                                       pl.col("line").first(), pl.col("fingerprint").first())
              .join(jobs.select("job_key", "time", "project", "branch", "commit",
                                "pipeline_number", "workflow", "job_name", "job_number",
                                "status", "duration_s", "url"), on="job_key")
              .sort(["time", "job_key"]).collect(engine=_engine()))
    one = frame.filter(pl.col("cluster_id") == cid)
    if one.is_empty():
        return None, events
    row = one.row(0, named=True)
    cluster = Cluster(
        id=cid, rows=row["rows"], jobs=row["jobs"], pipelines=row["pipelines"],
        branches=row["branches"], projects=row["projects"],
        first_seen=_seen(row, "first"), last_seen=_seen(row, "last"),
        signature=row["ex_signature"],
        example={"line": row["ex_line"], "excerpt": row["ex_excerpt"], "rule": row["ex_rule"],
                 "hint": row["ex_hint"], "category": row["ex_category"],
                 "job_key": row["ex_job_key"]},
        categories=list(row["categories"]), fingerprints=list(row["fingerprints"]),
        time_wasted_s=float(row["time_wasted_s"] or 0.0),
        tests=[{"id": t["test_id"], "framework": t["framework"], "jobs": t["jobs"]}
               for t in top_tests.filter(pl.col("cluster_id") == cid).iter_rows(named=True)],
    )
    return cluster, events
