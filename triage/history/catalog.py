"""The SQLite catalog beside the Parquet dataset: what has been scanned, and where it is.

Contract:
- The catalog is the store's source of truth: a Parquet part file belongs to
  the store only once its row in ``parts`` is committed, in the same
  transaction as the ``jobs`` rows of the records it holds (see
  :mod:`.store` for the whole write protocol).
- Writes use one transaction each, ``journal_mode=WAL`` and
  ``synchronous=FULL``: a committed batch survives a crash or power loss.
- Schema version ``history/1`` is kept in ``meta``; a catalog of another
  version raises :class:`~triage.errors.StoreError` saying what to do.

Tables (documented in docs/history.md):

``meta(key, value)``; ``batches(batch_id, created_at, source, jobs)``;
``parts(path, staged, batch_id, table_name, project, month, rows)``;
``jobs(job_key, batch_id, project, status, complete)``;
``pipelines(project, pipeline_id, number, branch, created_at, settled)``;
``fetch_failures(job_key, project, attempts, error, message)``;
``insights_flaky(project, test_name, classname, file, job_name, workflow_name,
times_flaked, time_wasted)``; ``syncs(id, started_at, finished_at, summary)``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triage.errors import StoreError

__all__ = ["SCHEMA_VERSION", "Catalog", "FetchFailure", "InsightFlaky", "PartRow"]

SCHEMA_VERSION = "history/1"

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batches (
    batch_id TEXT PRIMARY KEY, created_at TEXT NOT NULL, source TEXT NOT NULL,
    jobs INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS parts (
    path TEXT PRIMARY KEY, staged TEXT NOT NULL, batch_id TEXT NOT NULL,
    table_name TEXT NOT NULL, project TEXT NOT NULL, month TEXT NOT NULL,
    rows INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS parts_table ON parts (table_name, project);
CREATE TABLE IF NOT EXISTS jobs (
    job_key TEXT PRIMARY KEY, batch_id TEXT NOT NULL, project TEXT NOT NULL,
    status TEXT NOT NULL, complete INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS jobs_project ON jobs (project);
CREATE TABLE IF NOT EXISTS pipelines (
    project TEXT NOT NULL, pipeline_id TEXT PRIMARY KEY, number INTEGER,
    branch TEXT, created_at TEXT, settled INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS fetch_failures (
    job_key TEXT PRIMARY KEY, project TEXT NOT NULL, attempts INTEGER NOT NULL,
    error TEXT NOT NULL, message TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS insights_flaky (
    project TEXT NOT NULL, test_name TEXT NOT NULL, classname TEXT NOT NULL,
    file TEXT, job_name TEXT, workflow_name TEXT, times_flaked INTEGER NOT NULL,
    time_wasted INTEGER);
CREATE TABLE IF NOT EXISTS syncs (
    id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT,
    summary TEXT);
"""


@dataclass(frozen=True, slots=True)
class PartRow:
    path: str  # relative to the dataset root
    staged: str  # relative to the dataset root
    batch_id: str
    table_name: str
    project: str
    month: str
    rows: int


@dataclass(frozen=True, slots=True)
class FetchFailure:
    job_key: str
    project: str
    attempts: int
    error: str
    message: str


@dataclass(frozen=True, slots=True)
class InsightFlaky:
    project: str
    test_name: str
    classname: str
    file: str | None
    job_name: str | None
    workflow_name: str | None
    times_flaked: int
    time_wasted: int | None


class Catalog:
    """One SQLite file; use as a context manager or call :meth:`close`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30.0, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_DDL)
            self._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{path}: the history catalog cannot be opened ({exc}); move it aside "
                "(the Parquet files beside it are kept) and run the sync again"
            ) from None

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def _check_version(self) -> None:
        row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None:
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)",
                             (SCHEMA_VERSION,))
        elif row[0] != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: history store schema {row[0]!r}, this triage reads "
                f"{SCHEMA_VERSION!r}; use a matching triage, or a new TRIAGE_HOME"
            )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on any exception)."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: catalog is locked ({exc}); is another "
                             "triage writing to this TRIAGE_HOME?") from None
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- writes (inside :meth:`transaction`) ------------------------------------

    @staticmethod
    def add_batch(db: sqlite3.Connection, batch_id: str, created_at: str, source: str,
                  parts: Sequence[PartRow], jobs: Iterable[tuple[str, str, str, bool]]) -> None:
        """Record a batch: its part files and ``(job_key, project, status, complete)``."""
        job_rows = [(k, batch_id, p, s, int(c)) for k, p, s, c in jobs]
        db.execute("INSERT INTO batches VALUES (?, ?, ?, ?)",
                   (batch_id, created_at, source, len(job_rows)))
        db.executemany("INSERT INTO parts VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [(p.path, p.staged, p.batch_id, p.table_name, p.project, p.month, p.rows)
                        for p in parts])
        db.executemany("INSERT INTO jobs VALUES (?, ?, ?, ?, ?)", job_rows)
        db.executemany("DELETE FROM fetch_failures WHERE job_key = ?",
                       [(r[0],) for r in job_rows])

    # -- reads ---------------------------------------------------------------------

    def parts(self, table: str | None = None, projects: Sequence[str] = ()) -> list[PartRow]:
        sql = "SELECT path, staged, batch_id, table_name, project, month, rows FROM parts"
        args: list[Any] = []
        where = []
        if table:
            where.append("table_name = ?")
            args.append(table)
        if projects:
            where.append(f"project IN ({','.join('?' * len(projects))})")
            args.extend(projects)
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [PartRow(*r) for r in self._db.execute(sql + " ORDER BY path", args)]

    def known_jobs(self, project: str) -> set[str]:
        rows = self._db.execute("SELECT job_key FROM jobs WHERE project = ?", (project,))
        return {r[0] for r in rows}

    def job_count(self, project: str | None = None) -> int:
        if project:
            row = self._db.execute("SELECT count(*) FROM jobs WHERE project = ?", (project,))
        else:
            row = self._db.execute("SELECT count(*) FROM jobs")
        return int(row.fetchone()[0])

    def projects(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT DISTINCT project FROM jobs ORDER BY 1")]

    # -- pipelines settled: every workflow finished and every job recorded ----------

    def settled_pipelines(self, project: str) -> set[str]:
        rows = self._db.execute(
            "SELECT pipeline_id FROM pipelines WHERE project = ? AND settled = 1", (project,))
        return {r[0] for r in rows}

    def settle_pipelines(self, rows: Iterable[tuple[str, str, int, str | None, str | None]]
                         ) -> None:
        """Mark ``(project, pipeline_id, number, branch, created_at)`` as settled."""
        with self.transaction() as db:
            db.executemany("INSERT OR REPLACE INTO pipelines VALUES (?, ?, ?, ?, ?, 1)",
                           list(rows))

    # -- fetch failures --------------------------------------------------------------

    def failures(self, project: str | None = None) -> dict[str, FetchFailure]:
        sql = "SELECT job_key, project, attempts, error, message FROM fetch_failures"
        rows = (self._db.execute(sql + " WHERE project = ?", (project,)) if project
                else self._db.execute(sql))
        return {r[0]: FetchFailure(*r) for r in rows}

    def note_failure(self, job_key: str, project: str, error: str, message: str) -> int:
        """Count one more failed fetch of a job; returns the attempts so far."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO fetch_failures VALUES (?, ?, 1, ?, ?) ON CONFLICT(job_key) DO "
                "UPDATE SET attempts = attempts + 1, error = excluded.error, "
                "message = excluded.message", (job_key, project, error, message))
            row = db.execute("SELECT attempts FROM fetch_failures WHERE job_key = ?",
                             (job_key,)).fetchone()
        return int(row[0])

    # -- CircleCI flaky-test insights (a snapshot per project) -------------------------

    def replace_insights(self, project: str, items: Sequence[InsightFlaky]) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM insights_flaky WHERE project = ?", (project,))
            db.executemany("INSERT INTO insights_flaky VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
                (i.project, i.test_name, i.classname, i.file, i.job_name, i.workflow_name,
                 i.times_flaked, i.time_wasted) for i in items])

    def insights(self, projects: Sequence[str] = ()) -> list[InsightFlaky]:
        sql = ("SELECT project, test_name, classname, file, job_name, workflow_name, "
               "times_flaked, time_wasted FROM insights_flaky")
        if projects:
            rows = self._db.execute(
                sql + f" WHERE project IN ({','.join('?' * len(projects))}) ORDER BY 1, 2, 3",
                list(projects))
        else:
            rows = self._db.execute(sql + " ORDER BY 1, 2, 3")
        return [InsightFlaky(*r) for r in rows]

    # -- sync runs -----------------------------------------------------------------------

    def start_sync(self, started_at: str) -> int:
        with self.transaction() as db:
            cur = db.execute("INSERT INTO syncs (started_at) VALUES (?)", (started_at,))
            return int(cur.lastrowid or 0)

    def finish_sync(self, sync_id: int, finished_at: str, summary: dict[str, Any]) -> None:
        with self.transaction() as db:
            db.execute("UPDATE syncs SET finished_at = ?, summary = ? WHERE id = ?",
                       (finished_at, json.dumps(summary, sort_keys=True), sync_id))
