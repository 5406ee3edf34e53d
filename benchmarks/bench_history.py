"""History at scale: clustering millions of cause rows, and ``history sync`` throughput.

(a) ``test_cluster_rows``: :func:`triage.history.cluster.cluster_frame` (the
query behind ``triage clusters``) over a synthetic causes table with realistic
cardinalities — 40 projects, 3,000 branches, ~5 causes per failed job, 20,000
fingerprints drawn Zipf-like from 2,000 error templates × 10 values each (so
the similarity merge has real work) — stored as Parquet partitioned like the
store. Rows: 1,000,000 by default (CI's short mode), 10,000,000 with
``TRIAGE_BENCH_FULL=1``, or ``TRIAGE_BENCH_HISTORY_ROWS``. Each engine
(streaming, in-memory) runs in a fresh subprocess so its peak RSS is its own.
The data is generated once into ``bench-data/history-<rows>/``.

(b) ``test_sync_scaling``: ``history sync`` of ``gh/hist/app`` from the fake
CircleCI with 50 ms added to every request: 2,000 jobs (400 pipelines × 5 jobs,
plus reruns) with ``TRIAGE_BENCH_FULL=1``, 500 by default; jobs per second for
several ``--jobs`` values, each into an empty store.

Run: ``pytest benchmarks/bench_history.py --benchmark-enable -s``.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pytest
from conftest import DATA, record

from triage.fakeci.harness import FakeCircleCI
from triage.history.store import Store
from triage.history.sync import SyncOptions, sync
from triage.sources.circleci.api import AsyncCircleCI
from triage.sources.circleci.config import Settings

FULL = bool(os.environ.get("TRIAGE_BENCH_FULL"))
ROWS = int(os.environ.get("TRIAGE_BENCH_HISTORY_ROWS", 10_000_000 if FULL else 1_000_000))
PIPELINES = 400 if FULL else 100
JOBS_SCALING = (4, 16, 64) if FULL else (2, 8, 32)
LATENCY_MS = 50.0

PROJECTS, BRANCHES, TEMPLATES, VALUES = 40, 3000, 2000, 10
CATEGORIES = ["test_failure", "build_error", "lint", "dependency", "network", "timeout",
              "oom", "crash", "infrastructure", "config", "unknown"]
WORDS = ("connect", "server", "replica", "module", "import", "assert", "expected", "value",
         "timeout", "refused", "missing", "config", "type", "undefined", "cannot", "resolve",
         "package", "version", "conflict", "permission", "denied", "segmentation", "fault")
NAMES = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
         "juliet")


def _signatures(rng: np.random.Generator) -> tuple[list[str], list[str], list[str]]:
    """20,000 (fingerprint, category, signature): 2,000 templates × 10 values."""
    fps, cats, sigs = [], [], []
    for t in range(TEMPLATES):
        words = [WORDS[i] for i in rng.integers(0, len(WORDS), int(rng.integers(5, 14)))]
        cat = CATEGORIES[t % len(CATEGORIES)]
        for v in range(VALUES):
            sigs.append(f"E {' '.join(words)} '{NAMES[v]}-{t}' at <N>:<N>")
            cats.append(cat)
            fps.append(f"{t * VALUES + v:016x}")
    return fps, cats, sigs


def generate(root: Path, rows: int) -> Path:
    """The synthetic store tables under ``root`` (reused when complete)."""
    done = root / "done.json"
    if done.exists():
        return root
    rng = np.random.default_rng(42)
    fps, cats, sigs = _signatures(rng)
    n_fp = len(fps)
    jobs_n = max(1, rows // 5)
    t0 = datetime(2026, 6, 1, tzinfo=UTC)
    chunk = 1_000_000
    for part, start in enumerate(range(0, rows, chunk)):
        n = min(chunk, rows - start)
        job = rng.integers(0, jobs_n, n)
        fp = np.minimum(rng.zipf(1.3, n) - 1, n_fp - 1)
        fp = (fp * 7919) % n_fp  # popular fingerprints spread over templates
        seconds = (job.astype(np.int64) * 15_552_000) // jobs_n  # 180 days, by job
        frame = pl.DataFrame({"job": job, "fp": fp, "seconds": seconds}).with_columns(
            pl.col("job").cast(pl.String).alias("job_key"),
            (pl.lit("gh/org/p") + (pl.col("job") % PROJECTS).cast(pl.String)).alias("project"),
            (pl.lit("b") + ((pl.col("job") // 7) % BRANCHES).cast(pl.String)).alias("branch"),
            (pl.col("job") // 3).cast(pl.String).alias("commit"),
            (pl.col("job") // 4).cast(pl.String).alias("pipeline_id"),
            (pl.col("job") // 4).alias("pipeline_number"),
            (pl.lit("job-") + (pl.col("job") % 12).cast(pl.String)).alias("job_name"),
            pl.col("job").alias("job_number"),
            (pl.lit(t0) + pl.duration(seconds=pl.col("seconds"))).alias("time"),
            pl.col("fp").replace_strict(list(range(n_fp)), fps, return_dtype=pl.String)
            .alias("fingerprint"),
            pl.col("fp").replace_strict(list(range(n_fp)), cats, return_dtype=pl.String)
            .alias("category"),
            pl.col("fp").replace_strict(list(range(n_fp)), sigs, return_dtype=pl.String)
            .alias("signature"),
            pl.lit("error").alias("kind"), pl.lit("python.generic").alias("rule"),
            (pl.col("fp") % 100 / 100.0).alias("score"),
        ).with_columns(pl.col("signature").alias("line"), pl.col("signature").alias("excerpt"))
        out = root / "causes" / f"part-{part:04d}.parquet"
        out.parent.mkdir(parents=True, exist_ok=True)
        frame.drop("job", "fp", "seconds").write_parquet(out)
    jobs = pl.DataFrame({"job": np.arange(jobs_n)}).with_columns(
        pl.col("job").cast(pl.String).alias("job_key"),
        (pl.col("job") % 900 + 60).cast(pl.Float64).alias("duration_s"),
        pl.lit(True).alias("failed"))
    (root / "jobs").mkdir(parents=True, exist_ok=True)
    jobs.drop("job").write_parquet(root / "jobs" / "part-0000.parquet")
    tests = jobs.filter(pl.col("job_key").str.ends_with("0")).select(
        "job_key", (pl.lit("tests/test_") + pl.col("job_key").str.slice(0, 2)
                    + pl.lit(".py::test_x")).alias("test_id"), pl.lit("pytest").alias("framework"))
    (root / "tests").mkdir(parents=True, exist_ok=True)
    tests.write_parquet(root / "tests" / "part-0000.parquet")
    done.write_text(json.dumps({"rows": rows, "jobs": jobs_n}))
    return root


CHILD = """
import json, resource, sys, time
import polars as pl
from triage.history.cluster import cluster_frame
from triage.history.store import CAUSES_SCHEMA, JOBS_SCHEMA, TESTS_SCHEMA
root = sys.argv[1]
def scan(t, schema):
    return pl.scan_parquet(f"{root}/{t}/*.parquet", schema=schema, missing_columns="insert")
t0 = time.perf_counter()
frame, tests, fmap = cluster_frame(scan("causes", CAUSES_SCHEMA), scan("jobs", JOBS_SCHEMA),
                                   scan("tests", TESTS_SCHEMA))
elapsed = time.perf_counter() - t0
print(json.dumps({"elapsed_s": elapsed, "clusters": frame.height,
                  "fingerprints": fmap.height, "rows": int(frame["rows"].sum()),
                  "top_jobs": int(frame["jobs"][0]),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _cluster_child(root: Path, engine: str) -> dict[str, Any]:
    env = {**os.environ, "TRIAGE_POLARS_ENGINE": engine}
    run = subprocess.run([sys.executable, "-c", CHILD, str(root)], env=env,
                         capture_output=True, text=True, timeout=3600)
    assert run.returncode == 0, run.stderr[-3000:]
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def test_cluster_rows(benchmark: Any) -> None:
    root = generate(DATA / f"history-{ROWS}", ROWS)
    results: dict[str, dict[str, Any]] = {}

    def run() -> None:
        results["streaming"] = _cluster_child(root, "streaming")

    benchmark.pedantic(run, rounds=1, iterations=1)
    results["in-memory"] = _cluster_child(root, "in-memory")
    s, m = results["streaming"], results["in-memory"]
    assert s["rows"] == m["rows"] == ROWS and s["clusters"] == m["clusters"]
    assert s["clusters"] < s["fingerprints"]  # near-duplicates were merged
    figures = {
        "rows": ROWS, "fingerprints": s["fingerprints"], "clusters": s["clusters"],
        "streaming_s": round(s["elapsed_s"], 2), "streaming_peak_rss_mb": round(
            s["peak_rss_mb"]), "in_memory_s": round(m["elapsed_s"], 2),
        "in_memory_peak_rss_mb": round(m["peak_rss_mb"]),
        "rows_per_s_streaming": round(ROWS / s["elapsed_s"]),
    }
    benchmark.extra_info.update(figures)
    record(f"history cluster {ROWS:,} rows", **figures)
    print("\nbench_history cluster:", figures)


async def _sync_once(fake: FakeCircleCI, jobs: int) -> dict[str, Any]:
    settings = Settings.resolve(token=fake.token, base_url=fake.api_url, env={})
    options = SyncOptions(since=datetime(2026, 1, 1, tzinfo=UTC), jobs=jobs, insights=False,
                          now=datetime(2026, 11, 20, tzinfo=UTC) + timedelta(days=30))
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp)) as store, store.writer():
        async with AsyncCircleCI(settings, concurrency=max(2, jobs)) as ci:
            t0 = time.perf_counter()
            result = await sync(ci, store, ["gh/hist/app"], options)
            elapsed = time.perf_counter() - t0
    assert not result.failed
    return {"jobs": result.recorded, "scanned": result.scanned, "elapsed_s": elapsed,
            "requests": result.requests}


@pytest.fixture(scope="module")
def slow_history() -> Any:
    with FakeCircleCI(["--history", f"{PIPELINES}x5", "--latency-ms", str(LATENCY_MS)],
                      timeout_s=60) as fake:
        yield fake


def test_sync_scaling(benchmark: Any, slow_history: FakeCircleCI) -> None:
    runs: dict[int, dict[str, Any]] = {}

    def run() -> None:
        runs[JOBS_SCALING[-1]] = asyncio.run(_sync_once(slow_history, JOBS_SCALING[-1]))

    benchmark.pedantic(run, rounds=1, iterations=1)
    for n in JOBS_SCALING[:-1]:
        runs[n] = asyncio.run(_sync_once(slow_history, n))
    counts = {r["jobs"] for r in runs.values()}
    assert len(counts) == 1
    figures: dict[str, Any] = {"jobs": counts.pop(), "latency_ms": LATENCY_MS,
                               "requests": runs[JOBS_SCALING[0]]["requests"]}
    for n in JOBS_SCALING:
        figures[f"jobs_per_s_at_--jobs_{n}"] = round(runs[n]["jobs"] / runs[n]["elapsed_s"], 1)
        figures[f"wall_s_at_--jobs_{n}"] = round(runs[n]["elapsed_s"], 2)
    benchmark.extra_info.update(figures)
    record(f"history sync {figures['jobs']} jobs", **figures)
    print("\nbench_history sync:", figures)
