"""``triage why`` on a big failed workflow served by the fake CircleCI.

Workload (defaults; override with TRIAGE_BENCH_CI=JOBSxNODESxMB and
TRIAGE_BENCH_CI_LATENCY_MS): one workflow of 20 failed jobs × 4 parallel nodes,
each failed step's log 5 MB (a realistic pytest run ending in a real failure),
50 ms added to every request on both the API and the output host.

Measured:
- ``test_why_workflow``: wall time of the whole summary (concurrent), and the
  sum of each job's time when processed alone, one after another; their ratio
  is the concurrency gain (``extra_info.concurrency_ratio``).
- ``test_peak_memory_bounded``: tracemalloc peak while streaming one job's 4
  logs at 1 MB and at 5 MB each: the peak must not grow with log size.

Run: ``pytest benchmarks/bench_circleci.py --benchmark-enable -s``.
"""

from __future__ import annotations

import asyncio
import os
import resource
import time
import tracemalloc
from collections.abc import Iterator

import pytest

from triage.fakeci.harness import FakeCircleCI
from triage.sources.circleci.api import AsyncCircleCI
from triage.sources.circleci.collect import summarise
from triage.sources.circleci.config import Settings
from triage.sources.circleci.logs import scan_job
from triage.sources.circleci.targets import parse_target

SPEC = os.environ.get("TRIAGE_BENCH_CI", "20x4x5")
LATENCY_MS = float(os.environ.get("TRIAGE_BENCH_CI_LATENCY_MS", "50"))
CONCURRENCY = int(os.environ.get("TRIAGE_BENCH_CI_CONCURRENCY", "8"))
JOBS, NODES, MB = (float(x) for x in SPEC.split("x"))


@pytest.fixture(scope="module")
def big() -> Iterator[FakeCircleCI]:
    with FakeCircleCI(["--bench", SPEC, "--latency-ms", str(LATENCY_MS)], timeout_s=60) as fake:
        yield fake


def _settings(fake: FakeCircleCI) -> Settings:
    return Settings.resolve(token=fake.token, base_url=fake.api_url, env={})


async def _why(fake: FakeCircleCI) -> dict[str, object]:
    async with AsyncCircleCI(_settings(fake), concurrency=CONCURRENCY) as ci:
        return (await summarise(ci, parse_target("gh/bench/big"))).to_dict()


async def _one_job(fake: FakeCircleCI, number: int) -> float:
    async with AsyncCircleCI(_settings(fake), concurrency=CONCURRENCY) as ci:
        t0 = time.perf_counter()
        scan = await scan_job(ci, "gh/bench/big", number)
        assert len(scan.reports) == NODES and not scan.unavailable
        return time.perf_counter() - t0


def test_why_workflow(benchmark: pytest.FixtureRequest, big: FakeCircleCI) -> None:
    asyncio.run(_one_job(big, 1000))  # warm the fake's envelope cache
    result: dict[str, object] = {}

    def run() -> None:
        result.update(asyncio.run(_why(big)))

    benchmark.pedantic(run, rounds=1, iterations=1)  # type: ignore[attr-defined]
    wall = benchmark.stats.stats.max  # type: ignore[attr-defined]
    per_job = [asyncio.run(_one_job(big, 1000 + i)) for i in range(int(JOBS))]
    sequential = sum(per_job)
    stats = result["stats"]
    assert isinstance(stats, dict)
    assert stats["reports"] == JOBS * NODES and result["unavailable"] == []
    info = {
        "workload": f"{int(JOBS)} jobs x {int(NODES)} nodes x {MB:g} MB, "
                    f"+{LATENCY_MS:g} ms/request, concurrency {CONCURRENCY}",
        "wall_s": round(wall, 2),
        "sequential_sum_s": round(sequential, 2),
        "concurrency_ratio": round(sequential / wall, 2),
        "mb_streamed": round(stats["bytes_streamed"] / 1e6, 1),
        "throughput_mb_s": round(stats["bytes_streamed"] / 1e6 / wall, 1),
        "requests": stats["requests"],
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    benchmark.extra_info.update(info)  # type: ignore[attr-defined]
    print("\nbench_circleci why:", info)


def _peak(fake: FakeCircleCI) -> int:
    tracemalloc.start()
    try:
        asyncio.run(_one_job(fake, 1000))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_peak_memory_bounded(benchmark: pytest.FixtureRequest) -> None:
    peaks = {}
    for mb in (1, 5):
        with FakeCircleCI(["--bench", f"1x{int(NODES)}x{mb}"], timeout_s=60) as fake:
            asyncio.run(_one_job(fake, 1000))  # warm up: rules, prefilter, fake's cache
            peaks[mb] = _peak(fake)
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)  # type: ignore[attr-defined]
    info = {f"peak_mb_at_{mb}mb_logs": round(p / 1e6, 2) for mb, p in peaks.items()}
    benchmark.extra_info.update(info)  # type: ignore[attr-defined]
    print("\nbench_circleci memory:", info)
    # Streaming: 5x the log size must not mean more memory (10% slack + 1 MB).
    assert peaks[5] < peaks[1] * 1.1 + 1_000_000
