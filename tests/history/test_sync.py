"""``history sync`` against the fake CircleCI: counts, incremental runs, failures,
rate limits, and kill/Ctrl-C then resume giving exactly the store of a clean run."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from triage.fakeci.harness import FakeCircleCI
from triage.history.store import Store
from triage.history.sync import SyncOptions, parse_since, sync
from triage.sources.circleci.api import AsyncCircleCI
from triage.sources.circleci.config import Settings
from triage.sources.circleci.http import ApiHttp

from .conftest import FAST_RETRY, SINCE, SLUG, assert_same, cli, env_for, logical


def world_jobs(world: Any) -> list[Any]:
    return [j for p in world.pipelines for w in p.workflows for j in w.jobs]


def test_sync_records_every_finished_job(fake: FakeCircleCI, tmp_path: Path,
                                         world: Any) -> None:
    code, out, err = cli(["history", "sync", SLUG, "--since", SINCE, "--format", "json"],
                         env_for(fake, tmp_path))
    assert code == 0, err
    data = json.loads(out)
    jobs = world_jobs(world)
    failed = [j for j in jobs if j.status != "success"]
    assert data["schema"] == "triage.history/1" and data["kind"] == "sync"
    assert data["pipelines"] == len(world.pipelines)
    assert data["jobs_seen"] == data["recorded"] == len(jobs)
    assert data["scanned"] == len(failed) and data["failed"] == [] and data["skipped"] == 0
    with Store(tmp_path / "history") as store:
        table = store.scan("jobs").collect()
        assert table.height == len(jobs)
        assert table.filter(pl.col("failed")).height == len(failed)
        by_number = {r["job_number"]: r for r in table.iter_rows(named=True)}
        for j in failed:
            row = by_number[j.number]
            assert row["status"] == j.status and row["causes"] > 0
            assert row["started_at"] is not None and row["duration_s"] > 0
        causes = store.scan("causes").collect()
        assert set(causes["job_number"]) == {j.number for j in failed}
        tests = store.scan("tests").collect()
        assert "log+metadata" in set(tests["source"])  # merged from both sources
        assert store.catalog.insights([SLUG])[0].times_flaked == 3


def test_second_sync_is_incremental(fake: FakeCircleCI, tmp_path: Path) -> None:
    env = env_for(fake, tmp_path)
    assert cli(["history", "sync", SLUG, "--since", SINCE], env)[0] == 0
    before = logical(tmp_path / "history")
    fake.clear_requests()
    code, out, _ = cli(["history", "sync", SLUG, "--since", SINCE, "--format", "json"], env)
    data = json.loads(out)
    assert code == 0 and data["recorded"] == 0 and data["pipelines"] == 0
    assert data["pipelines_settled_skipped"] == 60
    assert not any("/v1.1/" in r["path"] or "/output/" in r["path"] for r in fake.requests())
    code, out, _ = cli(["history", "sync", SLUG, "--since", SINCE, "--recheck", "--format",
                        "json"], env)
    data = json.loads(out)
    assert data["recorded"] == 0 and data["skipped"] == data["jobs_seen"] > 0
    assert_same(before, logical(tmp_path / "history"))


def test_since_and_branch_narrow_the_walk(fake: FakeCircleCI, tmp_path: Path,
                                          world: Any) -> None:
    code, out, _ = cli(["history", "sync", SLUG, "--since", "2026-11-10", "--branch", "main",
                        "--format", "json"], env_for(fake, tmp_path))
    data = json.loads(out)
    want = [p for p in world.pipelines if p.branch == "main" and p.at >= "2026-11-10"]
    assert code == 0 and data["pipelines"] == len(want)
    with Store(tmp_path / "history") as store:
        assert set(store.scan("jobs").collect()["branch"]) == {"main"}


def test_failed_fetch_is_listed_and_retried(fake: FakeCircleCI, tmp_path: Path,
                                            world: Any) -> None:
    victim = next(j for j in world_jobs(world) if j.status == "failed")
    fake.fault(rf"/api/v1.1/project/gh/hist/app/{victim.number}$", status=404, times=None)
    env = env_for(fake, tmp_path)
    code, out, _ = cli(["history", "sync", SLUG, "--since", SINCE], env)
    assert code == 0
    assert f"✗ {SLUG} job {victim.number} {victim.name}: job steps (v1.1): NotFoundError" in out
    assert "retried next sync" in out
    with Store(tmp_path / "history") as store:
        assert f"circleci:{SLUG}:{victim.number}" not in store.catalog.known_jobs(SLUG)
        assert len(store.catalog.failures(SLUG)) == 1
    fake.clear_faults()
    code, out, _ = cli(["history", "sync", SLUG, "--since", SINCE, "--format", "json"], env)
    data = json.loads(out)
    assert data["recorded"] == 1 and data["failed"] == []
    with Store(tmp_path / "history") as store:
        assert f"circleci:{SLUG}:{victim.number}" in store.catalog.known_jobs(SLUG)
        assert store.catalog.failures(SLUG) == {}


def test_gives_up_after_max_attempts_and_records_incomplete(fake: FakeCircleCI,
                                                            tmp_path: Path, world: Any) -> None:
    victim = next(j for j in world_jobs(world) if j.status == "failed")
    fake.fault(rf"/api/v1.1/project/gh/hist/app/{victim.number}$", status=404, times=None)
    settings = Settings.resolve(token=fake.token, base_url=fake.api_url, env={})
    options = SyncOptions(since=parse_since(SINCE, datetime.now(UTC)), max_attempts=2,
                          insights=False)

    async def once() -> Any:
        http = ApiHttp(settings, retry=FAST_RETRY)
        async with AsyncCircleCI(settings, http=http) as ci:
            with Store(tmp_path) as store, store.writer():
                return await sync(ci, store, [SLUG], options)

    first, second = asyncio.run(once()), asyncio.run(once())
    assert not first.failed[0].recorded and second.failed[0].recorded
    assert second.failed[0].attempts == 2
    with Store(tmp_path) as store:
        row = store.scan("jobs").filter(pl.col("job_number") == victim.number).collect()
        assert row["log_complete"].to_list() == [False]


def test_rate_limit_is_waited_out(fake: FakeCircleCI, tmp_path: Path) -> None:
    fake.fault(r"/api/v2/project/gh/hist/app/pipeline$", status=429, retry_after="0",
               times=2)
    code, out, _ = cli(["history", "sync", SLUG, "--since", "2026-11-15", "--format", "json"],
                       env_for(fake, tmp_path))
    data = json.loads(out)
    assert code == 0 and data["stats"]["retries"] >= 2 and data["recorded"] > 0


def test_progress_goes_to_stderr_only(fake: FakeCircleCI, tmp_path: Path) -> None:
    code, out, err = cli(["history", "sync", SLUG, "--since", "2026-11-15", "--progress"],
                         env_for(fake, tmp_path))
    assert code == 0 and "jobs/s" in err and "recorded" in err
    assert out.startswith("synced gh/hist/app:") and "triage: [" not in out


SYNC_ARGV = [sys.executable, "-m", "triage", "history", "sync", SLUG, "--since", SINCE,
             "--batch-size", "5", "--jobs", "2"]


def _run_sync(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(SYNC_ARGV, env={**os.environ, **env}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def _jobs_committed(home: Path) -> int:
    path = home / "history" / "catalog.sqlite"
    if not path.exists():
        return 0
    try:
        db = sqlite3.connect(path, timeout=5)
        try:
            return int(db.execute("SELECT count(*) FROM jobs").fetchone()[0])
        finally:
            db.close()
    except sqlite3.OperationalError:
        return 0


def _interrupt(env: dict[str, str], home: Path, sig: signal.Signals, after: int) -> int:
    proc = _run_sync(env)
    deadline = time.monotonic() + 60
    try:
        while _jobs_committed(home) < after:
            assert proc.poll() is None, proc.communicate()[1].decode()[-2000:]
            assert time.monotonic() < deadline, "sync made no progress"
            time.sleep(0.01)
        proc.send_signal(sig)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_interrupted_sync_resumes_to_the_same_store(fake: FakeCircleCI, tmp_path: Path,
                                                    sig: signal.Signals) -> None:
    clean_home, cut_home = tmp_path / "clean", tmp_path / "cut"
    assert cli(["history", "sync", SLUG, "--since", SINCE], env_for(fake, clean_home))[0] == 0
    clean = logical(clean_home / "history")
    total = clean["jobs"].height

    fake.latency(10)  # slow enough to stop it half-way
    env = env_for(fake, cut_home)
    code = _interrupt(env, cut_home, sig, after=total // 3)
    committed = _jobs_committed(cut_home)
    assert 0 < committed < total, "interrupted too late to prove anything"
    if sig == signal.SIGINT:
        assert code == 130  # Ctrl-C: what was finished is committed, then exit 130
    else:
        assert code == -signal.SIGKILL
    # Nothing committed is lost or corrupt: every part file reads.
    with Store(cut_home / "history") as store:
        for table in ("jobs", "causes", "tests"):
            for f in store.files(table):
                pl.read_parquet(f)
        assert store.scan("jobs").collect().height == committed
    fake.latency(0)
    resumed = subprocess.run(SYNC_ARGV, env={**os.environ, **env},
                             capture_output=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr.decode()[-2000:]
    assert f"recorded {total - committed} " in resumed.stdout.decode()  # only what was missing
    assert_same(clean, logical(cut_home / "history"))
    assert not list((cut_home / "history" / "staging").glob("*"))


def test_until_and_duration_parse() -> None:
    now = datetime(2026, 11, 28, tzinfo=UTC)
    assert parse_since("30d", now) == now - timedelta(days=30)
    assert parse_since("2w", now) == now - timedelta(days=14)
    assert parse_since("2026-10-01", now) == datetime(2026, 10, 1, tzinfo=UTC)
    with pytest.raises(Exception, match="expected a duration"):
        parse_since("yesterday", now)


def test_org_syncs_every_followed_project_of_it(fake: FakeCircleCI, tmp_path: Path) -> None:
    code, out, err = cli(["history", "sync", "--org", "hist", "--since", "2026-11-15",
                          "--format", "json"], env_for(fake, tmp_path))
    assert code == 0, err
    assert json.loads(out)["projects"] == [SLUG]
    code, _, err = cli(["history", "sync", SLUG, "--org", "hist"], env_for(fake, tmp_path))
    assert code == 2 and "not both" in err
