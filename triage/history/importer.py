"""Import a directory of local CI logs into the store: one job per file.

Contract:
- Every file under the directory (recursively; hidden files and ``*.json``
  sidecars excepted) is one job's log; gzip, bzip2 and xz files (told by their
  first bytes) are read decompressed.
- Metadata comes from a sidecar ``<file>.json`` (or ``<stem>.json``) with any
  of: ``project``, ``pipeline_id``, ``pipeline_number``, ``workflow``,
  ``job`` (name), ``job_number``, ``branch``, ``commit``, ``status``,
  ``started_at``, ``stopped_at``, ``url``. Missing fields come from the file
  name (``<job>[-_#]<number>.log``: job name and number), the scan (status
  ``failed``/``success``/``unknown``) and the file's modification time.
- The job key is ``local:<project>:<sha256 of the log's bytes, 16 hex>`` (of a
  compressed file, the bytes inflated): importing the same file twice records it
  once; a changed file is a new job.
- A file that cannot be read, or whose sidecar is not valid JSON, is listed
  in ``failed`` with why and nothing is recorded for it. A compressed file that
  is cut off or damaged is recorded as far as it reads (``log_complete`` false)
  and listed in ``partial`` with where it broke.
- A zip archive holds one job per log in it (:mod:`triage.archive`), named
  ``ARCHIVE/MEMBER``; its sidecar gives what they share, each member's name its
  job name (GitHub's ``N_JOB.txt``: ``JOB``). Folders it does not read
  (GitHub's per-step copies of the job logs) are listed in ``not_read``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from triage.archive import Archive, is_zip
from triage.compressed import read_file_ahead
from triage.errors import InputError
from triage.scanner import Scanner, ScanOptions

from .records import (
    JobRecord,
    TestRecord,
    cap_message,
    cause_records,
    parse_time,
    sorted_causes,
    sorted_tests,
)
from .store import Store

__all__ = ["ImportResult", "import_dir", "import_file"]

_NAME = re.compile(r"^(?P<job>.+?)(?:[-_#](?P<number>\d+))?$")
_SUFFIXES = (".log", ".txt", ".out")
_COMPRESSED = (".gz", ".bz2", ".xz")
CHUNK = 1 << 20


@dataclass(slots=True)
class ImportResult:
    root: str
    project: str  # where the logs are stored, unless a sidecar names another
    scanned: int = 0
    skipped: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    #: logs recorded only as far as they read (compressed, archive members, cut JSON)
    partial: list[dict[str, str]] = field(default_factory=list)
    #: folders of zip archives not read, and why (GitHub's per-step copies of job logs)
    not_read: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"schema": "triage.history/1", "kind": "import", "root": self.root,
                "project": self.project, "scanned": self.scanned, "skipped": self.skipped,
                "failed": self.failed, "partial": self.partial, "not_read": self.not_read}


def _sidecar(path: Path) -> dict[str, Any]:
    for candidate in (path.with_name(path.name + ".json"), path.with_suffix(".json")):
        if candidate.is_file():
            try:
                data = json.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise InputError(f"{candidate}: not valid JSON ({exc})") from None
            if not isinstance(data, dict):
                raise InputError(f"{candidate}: expected a JSON object")
            return data
    return {}


def _log_pieces(path: Path, problem: list[str]) -> Iterator[bytes]:
    """The bytes of the log in ``path``, inflated (by a thread reading ahead) if it is
    compressed; why a compressed file could not be read to its end is appended to
    ``problem``."""
    with path.open("rb") as f:
        inflater, pieces = read_file_ahead(iter(lambda: f.read(CHUNK), b""), str(path), [0])
        with contextlib.closing(pieces):
            yield from pieces
    if inflater is not None:
        yield from inflater.finish()
        if inflater.problem is not None:
            problem.append(inflater.problem)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (*_COMPRESSED, *_SUFFIXES):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def _opt_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def import_file(path: Path, project: str, problems: list[str] | None = None) -> JobRecord:
    """Scan one log file and build its record (sidecar metadata first). Why a compressed
    file could be read only in part is appended to ``problems``."""
    meta = _sidecar(path)
    problem: list[str] = []
    try:
        # inflated here, so that the job key is the digest of the log itself
        record = _record(_log_pieces(path, problem), ScanOptions(inflate=False), str(path),
                         meta, _stem(path) or path.name, _mtime(path), project, problem)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    if problems is not None:
        problems.extend(problem)
    return record


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)


def _record(pieces: Iterator[bytes], options: ScanOptions, name: str, meta: dict[str, Any],
            stem: str, mtime: datetime, project: str, problem: list[str]) -> JobRecord:
    """Scan a log's ``pieces`` and build its record: metadata from ``meta`` first, then
    the name's ``stem`` (job and number), the scan and ``mtime``. ``problem`` holds why
    the log could be read only in part, once the pieces are read."""
    scanner = Scanner(name=name, options=options)
    digest = hashlib.sha256()
    size = 0
    for piece in pieces:
        digest.update(piece)
        size += len(piece)
        scanner.feed(piece)
    report = scanner.finish()
    if report.source.problem is not None and not problem:  # compressed inside an archive
        problem.append(report.source.problem)
    m = _NAME.match(stem)
    job_name = _opt_str(meta.get("job")) or (m.group("job") if m else stem)
    number = _opt_int(meta.get("job_number"))
    if number is None and m and m.group("number"):
        number = int(m.group("number"))
    status = _opt_str(meta.get("status")) or {"passed": "success"}.get(report.status,
                                                                       report.status)
    started = parse_time(_opt_str(meta.get("started_at"))) or mtime
    project = _opt_str(meta.get("project")) or project
    return JobRecord(
        job_key=f"local:{project}:{digest.hexdigest()[:16]}", provider="local",
        project=project, job_name=job_name, status=status,
        pipeline_id=_opt_str(meta.get("pipeline_id")),
        pipeline_number=_opt_int(meta.get("pipeline_number")),
        workflow=_opt_str(meta.get("workflow")), job_number=number,
        branch=_opt_str(meta.get("branch")), commit=_opt_str(meta.get("commit")),
        started_at=started, stopped_at=parse_time(_opt_str(meta.get("stopped_at"))),
        log_bytes=size, log_complete=not (report.source.truncated or problem),
        url=_opt_str(meta.get("url")),
        causes=sorted_causes(cause_records(report, 0, "")),
        tests=sorted_tests(
            TestRecord(test_id=t.id, name=t.id, classname="", file=None, framework=t.framework,
                       source="log", message=cap_message(t.message))
            for t in report.failing_tests),
    )


def _archive_records(path: Path, project: str, result: ImportResult
                     ) -> Iterator[tuple[str, JobRecord, list[str]]]:
    """A record per log in the zip archive at ``path`` (see :mod:`triage.archive`), with
    its name and why it was read only in part; members that cannot be read at all go
    to ``result.failed``, the folders skipped to ``result.not_read``.

    The archive's sidecar holds what its logs share (a run: pipeline, branch, commit
    ...); each job's name and number come from its member's name.
    """
    meta = {k: v for k, v in _sidecar(path).items() if k not in ("job", "job_number")}
    mtime = _mtime(path)
    with Archive(path) as archive:
        result.not_read.extend({"path": f"{archive.path}/{s.folder}", "files": s.count,
                                "reason": s.reason} for s in archive.skipped)

        def read(k: int, pieces: Iterator[bytes], problem: list[str]) -> JobRecord:
            stem = archive.job(k) or _stem(Path(archive.member(k)))
            return _record(pieces, ScanOptions(), archive.name(k), meta, stem, mtime, project,
                           problem)

        for k, record, problem in archive.read_each(read):
            if isinstance(record, InputError):
                result.failed.append(_failed(archive.name(k), record))
                continue
            yield archive.name(k), record, problem


def _failed(name: str, exc: InputError) -> dict[str, str]:
    return {"path": name, "error": "InputError", "message": str(exc)}


def _logs(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or any(part.startswith(".") for part in rel.parts):
            continue
        if path.suffix == ".json":
            continue
        yield path


def _records(path: Path, project: str, result: ImportResult
             ) -> Iterator[tuple[str, JobRecord, list[str]]]:
    """The record of the log file at ``path`` (or of each log in it, for a zip archive),
    with its name and why it was read only in part; what cannot be read at all goes to
    ``result.failed``."""
    try:
        if is_zip(path):
            yield from _archive_records(path, project, result)
            return
        problems: list[str] = []
        record = import_file(path, project, problems)
    except InputError as exc:
        result.failed.append(_failed(str(path), exc))
        return
    yield str(path), record, problems


def import_dir(store: Store, root: Path, project: str | None = None,
               batch_size: int = 200) -> ImportResult:
    """Import every log under ``root``; call inside ``with store.writer():``."""
    if not root.is_dir():
        raise InputError(f"{root}: not a directory (give the directory holding the logs)")
    default = project or f"local/{root.resolve().name}"
    result = ImportResult(str(root), default)
    known: dict[str, set[str]] = {}
    buffer: list[JobRecord] = []
    for path in _logs(root):
        for name, record, problems in _records(path, default, result):
            seen = known.setdefault(record.project, store.catalog.known_jobs(record.project))
            if record.job_key in seen:
                result.skipped += 1
                continue
            seen.add(record.job_key)
            result.partial.extend({"path": name, "message": m} for m in problems)
            buffer.append(record)
            result.scanned += 1
            if len(buffer) >= batch_size:
                store.append(buffer, source="import")
                buffer = []
    if buffer:
        store.append(buffer, source="import")
    return result
