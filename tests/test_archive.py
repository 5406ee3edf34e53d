"""Zip archives of logs: one report per log in them, GitHub's per-step copies skipped
(and said so), damage reported per member, the other members still read.

The archives are written with the standard library's zip writer around fixture logs
made by real tools; the GitHub layout (``N_JOB.txt`` beside a folder ``JOB/`` of
step files) is that of its run-log archive.
"""

from __future__ import annotations

import gzip
import json
import os
import zipfile
from pathlib import Path

import pytest

import triage
from triage import scan
from triage.archive import READ_SIZE, is_zip, scan_archive
from triage.errors import InputError

from .conftest import FIXTURES, comparable
from .test_cli import run

PYTEST_LOG = (FIXTURES / "logs" / "pytest_assert_color.log").read_bytes()
GO_LOG = (FIXTURES / "logs" / "go_test_panic.log").read_bytes()


def _steps(log: bytes) -> list[bytes]:
    """The log cut in two at a line boundary, as GitHub's step files split a job."""
    lines = log.splitlines(keepends=True)
    half = len(lines) // 2
    return [b"".join(lines[:half]), b"".join(lines[half:])]


def _github_archive(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("1_test (3.11).txt", PYTEST_LOG)
        zf.writestr("2_go.txt", GO_LOG)
        for job, log in (("test (3.11)", PYTEST_LOG), ("go", GO_LOG)):
            zf.writestr(f"{job}/", b"")
            for k, part in enumerate(_steps(log), 1):
                zf.writestr(f"{job}/{k}_Run step {k}.txt", part)
    return path


def test_github_archive_reports_each_job_once(tmp_path: Path) -> None:
    archive = _github_archive(tmp_path / "logs.zip")
    skipped, items = scan_archive(archive)
    got = list(items)
    assert [i.name for i in got] == [f"{archive}/1_test (3.11).txt", f"{archive}/2_go.txt"]
    assert all(i.error is None and i.report is not None for i in got)
    # each report is the one of the job's log scanned on its own, line numbers included
    for item, log in zip(got, (PYTEST_LOG, GO_LOG), strict=True):
        assert item.report is not None
        assert comparable(item.report) == comparable(scan(log))
        assert item.report.source.name == item.name
        assert item.report.status == "failed" and item.report.failing_tests
    assert [(s.folder, s.count) for s in skipped] == [("test (3.11)/", 2), ("go/", 2)]
    assert "1_test (3.11).txt" in skipped[0].reason


def test_every_member_of_a_plain_archive_is_read(tmp_path: Path) -> None:
    archive = tmp_path / "ci-logs.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("jobs/pytest.log", PYTEST_LOG)
        zf.writestr("jobs/go.log.gz", gzip.compress(GO_LOG, mtime=0))
        zf.writestr("__MACOSX/jobs/._pytest.log", b"\x00\x05\x16\x07 resource fork")
    skipped, items = scan_archive(archive)
    got = list(items)
    assert [i.name.rsplit("/", 1)[1] for i in got] == ["pytest.log", "go.log.gz"]
    assert got[1].report is not None and got[1].report.source.compression == "gzip"
    assert comparable(got[1].report)["failing_tests"] == comparable(scan(GO_LOG))["failing_tests"]
    assert [(s.folder, s.count) for s in skipped] == [("__MACOSX/", 1)]


def _damage(archive: Path, member: str) -> None:
    """Overwrite bytes in the middle of ``member``'s compressed data."""
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(member)
    data = bytearray(archive.read_bytes())
    name_len = int.from_bytes(data[info.header_offset + 26: info.header_offset + 28], "little")
    extra_len = int.from_bytes(data[info.header_offset + 28: info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    middle = start + info.compress_size // 2
    data[middle: middle + 16] = b"\xff" * 16
    archive.write_bytes(bytes(data))


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_a_damaged_member_is_reported_as_far_as_it_reads(tmp_path: Path, method: int) -> None:
    archive = tmp_path / "logs.zip"
    with zipfile.ZipFile(archive, "w", method) as zf:
        zf.writestr("a.log", PYTEST_LOG * 200)
        zf.writestr("b.log", GO_LOG)
    _damage(archive, "a.log")
    _skipped, items = scan_archive(archive)
    a, b = list(items)
    assert a.report is not None
    problem = a.report.source.problem
    assert a.report.source.truncated and problem is not None
    assert problem.startswith("the archive member cannot be read past byte ")
    read = int(problem.split("past byte ")[1].split(" ")[0])
    # what came before the damaged piece is read and scanned (a stored member's checksum
    # is checked at its end: all but its last piece)
    assert 0 < read < len(PYTEST_LOG) * 200 and read % READ_SIZE == 0
    assert a.report.source.bytes == read
    assert a.report.failing_tests == scan(PYTEST_LOG).failing_tests
    # the member after it is read in full
    assert b.report is not None and comparable(b.report) == comparable(scan(GO_LOG))


def test_an_archive_cut_off_or_empty_is_an_input_error(tmp_path: Path) -> None:
    whole = _github_archive(tmp_path / "whole.zip").read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    assert is_zip(cut)
    with pytest.raises(InputError, match="not a readable zip archive"):
        scan_archive(cut)
    empty = tmp_path / "empty.zip"
    zipfile.ZipFile(empty, "w").close()
    assert is_zip(empty)
    with pytest.raises(InputError, match="no log in it"):
        scan_archive(empty)


def test_a_member_that_is_no_log_does_not_stop_the_others(tmp_path: Path) -> None:
    inner = tmp_path / "inner.zip"
    _github_archive(inner)
    archive = tmp_path / "outer.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(inner, "nested.zip")
        zf.writestr("go.log", GO_LOG)
    _skipped, items = scan_archive(archive)
    nested, go = list(items)
    assert nested.report is None and nested.error is not None and "zip archive" in nested.error
    assert go.report is not None and go.report.failing_tests


def test_is_zip_does_not_read_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert not is_zip(fifo)  # opening it would wait for a writer; reading would lose bytes
    assert not is_zip(tmp_path / "missing.zip")
    plain = tmp_path / "plain.log"
    plain.write_bytes(GO_LOG)
    assert not is_zip(plain)


def test_cli_reports_each_log_of_an_archive_in_input_order(tmp_path: Path) -> None:
    archive = _github_archive(tmp_path / "logs.zip")
    other = tmp_path / "other.log"
    other.write_bytes(GO_LOG)
    proc = run("scan", "--format", "json", str(archive), str(other))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["source"]["name"] for r in rows] == [
        f"{archive}/1_test (3.11).txt", f"{archive}/2_go.txt", str(other)]
    assert [r["status"] for r in rows] == ["failed"] * 3
    err = proc.stderr.decode()
    assert "skipped test (3.11)/ (2 files)" in err and "skipped go/ (2 files)" in err


def test_cli_archive_errors_leave_the_other_inputs(tmp_path: Path) -> None:
    cut = tmp_path / "cut.zip"
    cut.write_bytes(_github_archive(tmp_path / "w.zip").read_bytes()[:100])
    other = tmp_path / "other.log"
    other.write_bytes(GO_LOG)
    proc = run("scan", "--format", "json", str(cut), str(other))
    assert proc.returncode == 2
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows[0]["status"] == "error" and "not a readable zip archive" in rows[0]["error"]
    assert rows[1]["status"] == "failed"


def test_a_zip_on_stdin_or_through_scan_says_how_to_read_it(tmp_path: Path) -> None:
    archive = _github_archive(tmp_path / "logs.zip")
    with pytest.raises(InputError, match="scan_archive"):
        scan(archive)
    proc = run("scan", "-", stdin=archive.read_bytes())
    assert proc.returncode == 2 and b"triage scan FILE.zip" in proc.stderr
    assert triage.scan_archive is scan_archive
