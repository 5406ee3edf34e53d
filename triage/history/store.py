"""The history store: an append-only Parquet dataset plus its SQLite catalog.

Layout under ``$TRIAGE_HOME/history/`` (documented in docs/history.md)::

    catalog.sqlite                      what has been scanned; which part files exist
    data/<table>/project_key=<slug, %-encoded>/month=<YYYY-MM>/part-<batch>.parquet
    staging/                            part files written but not yet committed
    .lock                               held by the one writer

Tables: ``jobs`` (one row per job), ``causes`` (one row per cause per node×step
report), ``tests`` (one row per failing test per job); the job's context
(project, branch, commit, pipeline, job, time) is repeated on every row so
each table can be scanned alone. Partition keys are in the directory names
only, so any Hive-aware engine reads the dataset directly.

Write protocol (contract): a batch of records becomes one part file per
(table, project, month); each is written and fsynced under ``staging/``;
then *one* catalog transaction adds the batch, its parts and its jobs; then the
files are renamed into ``data/``. A crash before the commit leaves staged files
no catalog row names: they are deleted on the next open (roll back). A crash
after it leaves committed parts in ``staging/``: they are moved on the next open
(roll forward), and readers read them from ``staging/`` meanwhile. ``data/``
never holds a file the catalog does not name, and no file is ever rewritten in
place, so a crash or Ctrl-C at any point loses nothing already committed and
leaves no corrupt file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import polars as pl

from triage.errors import StoreError
from triage.paths import triage_home

from .catalog import SCHEMA_VERSION, Catalog, PartRow
from .records import JobRecord

try:  # POSIX advisory locks; elsewhere the catalog's own locking is all there is
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["CAUSES_SCHEMA", "JOBS_SCHEMA", "TABLES", "TESTS_SCHEMA", "Store", "default_root"]

TIME = pl.Datetime("us", "UTC")

#: the job context repeated on the rows of every table
CONTEXT: dict[str, pl.DataType] = {
    "job_key": pl.String(), "project": pl.String(), "branch": pl.String(),
    "commit": pl.String(), "pipeline_id": pl.String(), "pipeline_number": pl.Int64(),
    "workflow": pl.String(), "job_name": pl.String(), "job_number": pl.Int64(), "time": TIME,
}

JOBS_SCHEMA: dict[str, pl.DataType] = {
    **CONTEXT,
    "provider": pl.String(), "pipeline_created_at": TIME, "workflow_id": pl.String(),
    "status": pl.String(), "failed": pl.Boolean(), "started_at": TIME, "stopped_at": TIME,
    "duration_s": pl.Float64(), "parallelism": pl.Int32(), "category": pl.String(),
    "causes": pl.Int32(), "failing_tests": pl.Int32(), "log_bytes": pl.Int64(),
    "log_complete": pl.Boolean(), "url": pl.String(),
}

CAUSES_SCHEMA: dict[str, pl.DataType] = {
    **CONTEXT,
    "node": pl.Int32(), "step": pl.String(), "rank": pl.Int32(), "score": pl.Float64(),
    "category": pl.String(), "rule": pl.String(), "kind": pl.String(),
    "signature": pl.String(), "fingerprint": pl.String(), "line_number": pl.Int64(),
    "line": pl.String(), "excerpt": pl.String(), "occurrences": pl.Int32(),
    "hint": pl.String(),
}

TESTS_SCHEMA: dict[str, pl.DataType] = {
    **CONTEXT,
    "test_id": pl.String(), "name": pl.String(), "classname": pl.String(),
    "file": pl.String(), "framework": pl.String(), "source": pl.String(),
    "message": pl.String(),
}

TABLES: dict[str, dict[str, pl.DataType]] = {
    "jobs": JOBS_SCHEMA, "causes": CAUSES_SCHEMA, "tests": TESTS_SCHEMA,
}


def default_root() -> Path:
    return triage_home() / "history"


def project_key(project: str) -> str:
    """The partition directory value of a project slug (Hive-style %-encoding)."""
    return quote(project, safe="")


def _month(t: datetime | None) -> str:
    return t.strftime("%Y-%m") if t is not None else "unknown"


def _context(r: JobRecord) -> dict[str, Any]:
    return {
        "job_key": r.job_key, "project": r.project, "branch": r.branch, "commit": r.commit,
        "pipeline_id": r.pipeline_id, "pipeline_number": r.pipeline_number,
        "workflow": r.workflow, "job_name": r.job_name, "job_number": r.job_number,
        "time": r.when,
    }


def frames(records: Sequence[JobRecord]) -> dict[str, pl.DataFrame]:
    """The rows of ``records`` as one DataFrame per table (schemas above)."""
    jobs: list[dict[str, Any]] = []
    causes: list[dict[str, Any]] = []
    tests: list[dict[str, Any]] = []
    for r in records:
        ctx = _context(r)
        jobs.append({
            **ctx, "provider": r.provider, "pipeline_created_at": r.pipeline_created_at,
            "workflow_id": r.workflow_id, "status": r.status, "failed": r.failed,
            "started_at": r.started_at, "stopped_at": r.stopped_at,
            "duration_s": r.duration_s, "parallelism": r.parallelism,
            "category": r.category, "causes": len(r.causes), "failing_tests": len(r.tests),
            "log_bytes": r.log_bytes, "log_complete": r.log_complete, "url": r.url,
        })
        causes.extend({
            **ctx, "node": c.node, "step": c.step, "rank": c.rank, "score": c.score,
            "category": c.category, "rule": c.rule, "kind": c.kind, "signature": c.signature,
            "fingerprint": c.fingerprint, "line_number": c.line_number, "line": c.line,
            "excerpt": c.excerpt, "occurrences": c.occurrences, "hint": c.hint,
        } for c in r.causes)
        tests.extend({
            **ctx, "test_id": t.test_id, "name": t.name, "classname": t.classname,
            "file": t.file, "framework": t.framework, "source": t.source,
            "message": t.message,
        } for t in r.tests)
    return {
        "jobs": pl.DataFrame(jobs, schema=JOBS_SCHEMA, orient="row"),
        "causes": pl.DataFrame(causes, schema=CAUSES_SCHEMA, orient="row"),
        "tests": pl.DataFrame(tests, schema=TESTS_SCHEMA, orient="row"),
    }


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a directory
        _fsync_file(path)


@dataclass(frozen=True, slots=True)
class AppendResult:
    batch_id: str
    jobs: int
    parts: int


class Store:
    """The history store at ``root`` (default ``$TRIAGE_HOME/history``).

    Reading needs nothing else; writing (:meth:`append`, :meth:`compact`)
    happens inside ``with store.writer():``, which holds the store's lock and
    first finishes or undoes whatever a crashed writer left.
    """

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else default_root()
        self.data = self.root / "data"
        self.staging = self.root / "staging"
        self.catalog = Catalog(self.root / "catalog.sqlite")
        self._locked = False

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.catalog.close()

    def __repr__(self) -> str:
        return f"Store({str(self.root)!r})"

    # -- writing ---------------------------------------------------------------

    @contextlib.contextmanager
    def writer(self) -> Iterator[Store]:
        """Hold the writer lock (one writer per store) and recover first."""
        self.root.mkdir(parents=True, exist_ok=True)
        lock = open(self.root / ".lock", "a+")  # noqa: SIM115 - held for the block
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    raise StoreError(
                        f"{self.root}: another triage is writing to this history store; "
                        "wait for it to finish (or stop it) and run again") from None
            self._locked = True
            self.recover()
            yield self
        finally:
            self._locked = False
            lock.close()

    def recover(self) -> dict[str, int]:
        """Roll committed staged parts forward, uncommitted ones back; drop strays in data/."""
        moved = removed = 0
        parts = self.catalog.parts()
        named = {p.path for p in parts}
        for p in parts:
            final, staged = self.data / p.path, self.root / p.staged
            if final.exists():
                continue
            if staged.exists():
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(staged, final)
                moved += 1
            else:
                raise StoreError(
                    f"{final}: a committed part file is missing (deleted by hand?); restore "
                    f"it, or start a new store (move {self.root} aside) and sync again")
        keep = {p.staged for p in parts if not (self.data / p.path).exists()}
        if self.staging.exists():
            for f in sorted(self.staging.rglob("*")):
                if f.is_file() and str(f.relative_to(self.root)) not in keep:
                    f.unlink()
                    removed += 1
        if self.data.exists():
            for f in sorted(self.data.rglob("*.parquet")):
                if str(f.relative_to(self.data)) not in named:
                    f.unlink()  # left by a compaction that crashed after its commit
                    removed += 1
        return {"moved": moved, "removed": removed}

    def append(self, records: Sequence[JobRecord], source: str = "sync") -> AppendResult:
        """Write ``records`` as one batch (see the module docstring for the protocol)."""
        if not self._locked:
            raise RuntimeError("Store.append outside `with store.writer():`")
        batch_id = (datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ") + "-"
                    + secrets.token_hex(4))
        groups: dict[tuple[str, str], list[JobRecord]] = {}
        for r in records:
            groups.setdefault((r.project, _month(r.when)), []).append(r)
        parts: list[PartRow] = []
        for (project, month), group in sorted(groups.items()):
            for table, df in frames(group).items():
                if not df.is_empty():
                    parts.append(self._stage(df, table, project, month, batch_id))
        _fsync_dir(self.staging)
        created = datetime.now(UTC).isoformat(timespec="seconds")
        with self.catalog.transaction() as db:
            Catalog.add_batch(db, batch_id, created, source, parts,
                              [(r.job_key, r.project, r.status, r.log_complete)
                               for r in records])
        self._publish(parts)
        return AppendResult(batch_id, len(records), len(parts))

    def _stage(self, df: pl.DataFrame, table: str, project: str, month: str,
               batch_id: str) -> PartRow:
        """Write one part file into staging/ (fsynced); the catalog row that will name it."""
        rel = (f"{table}/project_key={project_key(project)}/month={month}/"
               f"part-{batch_id}.parquet")
        staged = self.staging / rel.replace("/", "__")
        staged.parent.mkdir(parents=True, exist_ok=True)
        df.write_parquet(staged, metadata={"triage.schema": SCHEMA_VERSION,
                                           "triage.table": table})
        _fsync_file(staged)
        return PartRow(rel, str(staged.relative_to(self.root)), batch_id, table, project,
                       month, df.height)

    def _publish(self, parts: Sequence[PartRow]) -> None:
        dirs = set()
        for p in parts:
            final = self.data / p.path
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.root / p.staged, final)
            dirs.add(final.parent)
        for d in dirs:
            _fsync_dir(d)

    def compact(self, min_parts: int = 2) -> int:
        """Merge the parts of each (table, project, month) that has ``min_parts`` or more
        into one file; returns how many partitions were compacted. Same protocol: the new
        part is staged, one transaction swaps the catalog rows, then files move."""
        if not self._locked:
            raise RuntimeError("Store.compact outside `with store.writer():`")
        groups: dict[tuple[str, str, str], list[PartRow]] = {}
        for p in self.catalog.parts():
            groups.setdefault((p.table_name, p.project, p.month), []).append(p)
        done = 0
        for (table, project, month), old in sorted(groups.items()):
            if len(old) < min_parts:
                continue
            batch_id = f"compact-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%fZ')}"
            df = pl.read_parquet([self.data / p.path for p in old], hive_partitioning=False)
            new = self._stage(df, table, project, month, batch_id)
            with self.catalog.transaction() as db:
                db.executemany("DELETE FROM parts WHERE path = ?", [(p.path,) for p in old])
                db.execute("INSERT INTO parts VALUES (?, ?, ?, ?, ?, ?, ?)",
                           (new.path, new.staged, new.batch_id, new.table_name, new.project,
                            new.month, new.rows))
            self._publish([new])
            for p in old:
                (self.data / p.path).unlink(missing_ok=True)
            done += 1
        return done

    # -- reading ----------------------------------------------------------------

    def files(self, table: str, projects: Sequence[str] = ()) -> list[Path]:
        """The committed part files of ``table`` (from staging/ if not yet moved)."""
        out = []
        for p in self.catalog.parts(table, projects):
            final = self.data / p.path
            out.append(final if final.exists() else self.root / p.staged)
        return out

    def scan(self, table: str, projects: Sequence[str] = ()) -> pl.LazyFrame:
        """A lazy scan of one table, optionally only some projects' partitions."""
        schema = TABLES[table]
        files = self.files(table, projects)
        if not files:
            return pl.LazyFrame(schema=schema)
        lf = pl.scan_parquet(files, hive_partitioning=False, schema=schema,
                             missing_columns="insert", extra_columns="ignore")
        if projects:
            lf = lf.filter(pl.col("project").is_in(list(projects)))
        return lf

    def is_empty(self, projects: Sequence[str] = ()) -> bool:
        return not self.catalog.parts("jobs", projects)

    def projects(self) -> list[str]:
        return self.catalog.projects()
