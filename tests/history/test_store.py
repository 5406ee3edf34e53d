"""The store's write protocol on real files: layout, atomicity, recovery, locking."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest

from triage.errors import StoreError
from triage.history.catalog import SCHEMA_VERSION
from triage.history.records import CauseRecord, JobRecord, TestRecord
from triage.history.store import TABLES, Store

T = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)


def record(n: int, project: str = "gh/o/r", status: str = "failed",
           when: datetime = T) -> JobRecord:
    cause = CauseRecord(node=0, step="Run tests", rank=1, score=0.8, category="test_failure",
                        rule="python.assert", kind="error", signature=f"E assert <N> == {n}",
                        fingerprint=f"{n:016x}", line_number=10, line="E assert 1 == 2",
                        excerpt="10: E assert 1 == 2", occurrences=1)
    test = TestRecord(test_id=f"tests/t.py::test_{n}", name=f"test_{n}", classname="",
                      file="tests/t.py", framework="pytest", source="log", message="boom")
    failed = status == "failed"
    return JobRecord(job_key=f"circleci:{project}:{n}", provider="circleci", project=project,
                     job_name="test", status=status, pipeline_id=f"p{n}", pipeline_number=n,
                     branch="main", commit=f"c{n}", job_number=n, started_at=when,
                     stopped_at=when, causes=(cause,) if failed else (),
                     tests=(test,) if failed else ())


def test_append_writes_hive_partitions_and_catalog(tmp_path: Path) -> None:
    other = datetime(2026, 10, 30, tzinfo=UTC)
    with Store(tmp_path) as store, store.writer():
        result = store.append([record(1), record(2, status="success"),
                               record(3, project="gh/o/other", when=other)])
    assert result.jobs == 3
    files = sorted(str(p.relative_to(tmp_path / "data")) for p in (tmp_path / "data").rglob("*"))
    assert "jobs/project_key=gh%2Fo%2Fr/month=2026-11" in files
    assert "causes/project_key=gh%2Fo%2Fother/month=2026-10" in files
    assert not list((tmp_path / "staging").iterdir())
    with Store(tmp_path) as store:
        jobs = store.scan("jobs").collect()
        assert jobs.schema == pl.Schema(TABLES["jobs"])
        assert sorted(jobs["job_key"]) == ["circleci:gh/o/other:3", "circleci:gh/o/r:1",
                                           "circleci:gh/o/r:2"]
        assert store.scan("causes", ["gh/o/r"]).collect()["fingerprint"].to_list() == [
            f"{1:016x}"]
        assert store.catalog.known_jobs("gh/o/r") == {"circleci:gh/o/r:1", "circleci:gh/o/r:2"}
    # Any Hive-aware reader sees the partition keys from the directory names.
    any_file = next((tmp_path / "data" / "jobs").rglob("*.parquet"))
    hive = pl.scan_parquet(tmp_path / "data" / "jobs", hive_partitioning=True).collect()
    assert set(hive["project_key"]) == {"gh%2Fo%2Fr", "gh%2Fo%2Fother"} or set(
        hive["project_key"]) == {"gh/o/r", "gh/o/other"}
    assert pl.read_parquet_metadata(any_file)["triage.schema"] == SCHEMA_VERSION


def test_append_needs_the_writer_lock(tmp_path: Path) -> None:
    with Store(tmp_path) as store, pytest.raises(RuntimeError):
        store.append([record(1)])


def test_a_second_writer_is_refused(tmp_path: Path) -> None:
    with (Store(tmp_path) as a, a.writer(), Store(tmp_path) as b,
          pytest.raises(StoreError, match="another triage is writing"), b.writer()):
        pass


def test_crash_before_commit_is_rolled_back(tmp_path: Path) -> None:
    with Store(tmp_path) as store, store.writer():
        store.append([record(1)])
    staged = tmp_path / "staging" / "jobs__project_key=x__month=2026-11__part-dead.parquet"
    staged.write_bytes(b"PAR1 half a file")  # a writer killed mid-write, before its commit
    with Store(tmp_path) as store:
        assert store.scan("jobs").collect().height == 1  # readers never see it
        with store.writer():
            assert not staged.exists()


def test_crash_after_commit_is_rolled_forward(tmp_path: Path) -> None:
    with Store(tmp_path) as store, store.writer():
        store.append([record(1), record(2)])
    # Put a committed part back in staging, as if the writer died before publishing it.
    db = sqlite3.connect(tmp_path / "catalog.sqlite")
    path, staged = db.execute("SELECT path, staged FROM parts WHERE table_name='jobs'").fetchone()
    db.close()
    os.replace(tmp_path / "data" / path, tmp_path / staged)
    with Store(tmp_path) as store:
        assert store.scan("jobs").collect().height == 2  # read from staging meanwhile
        with store.writer():
            pass
        assert (tmp_path / "data" / path).exists() and not (tmp_path / staged).exists()
        assert store.scan("jobs").collect().height == 2


def test_stray_data_file_is_removed_and_missing_part_is_an_error(tmp_path: Path) -> None:
    with Store(tmp_path) as store, store.writer():
        store.append([record(1)])
    stray = tmp_path / "data" / "jobs" / "project_key=x" / "month=2026-11" / "part-x.parquet"
    stray.parent.mkdir(parents=True)
    pl.DataFrame({"a": [1]}).write_parquet(stray)
    with Store(tmp_path) as store, store.writer():
        pass
    assert not stray.exists()
    victim = next((tmp_path / "data" / "causes").rglob("*.parquet"))
    victim.unlink()
    with Store(tmp_path) as store, pytest.raises(StoreError, match="committed part file is "
                                                                   "missing"), store.writer():
        pass


def test_compact_keeps_the_content(tmp_path: Path) -> None:
    with Store(tmp_path) as store, store.writer():
        for n in range(1, 5):
            store.append([record(n)])
        before = store.scan("causes").collect().sort("job_key")
        assert len(store.files("causes")) == 4
        assert store.compact() == 3  # jobs, causes, tests of one partition
        assert len(store.files("causes")) == 1
        assert store.scan("causes").collect().sort("job_key").equals(before)
    assert len(list((tmp_path / "data" / "causes").rglob("*.parquet"))) == 1


def test_other_schema_version_is_refused(tmp_path: Path) -> None:
    Store(tmp_path).close()
    db = sqlite3.connect(tmp_path / "catalog.sqlite")
    db.execute("UPDATE meta SET value='history/0' WHERE key='schema'")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="history/0"):
        Store(tmp_path)
