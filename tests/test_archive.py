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
import triage.archive
from triage import scan
from triage.archive import is_zip, scan_archive
from triage.errors import InputError

from .conftest import FIXTURES, comparable
from .test_cli import run

PYTEST_LOG = (FIXTURES / "logs" / "pytest_assert_color.log").read_bytes()
GO_LOG = (FIXTURES / "logs" / "go_test_panic.log").read_bytes()
ALL_LOGS = b"".join(p.read_bytes() for p in sorted((FIXTURES / "logs").glob("*.log")))


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


def test_a_member_that_breaks_is_reported_as_far_as_it_reads(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(triage.archive, "READ_SIZE", 4096)  # pieces smaller than the logs
    log = PYTEST_LOG + ALL_LOGS
    archive = tmp_path / "logs.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_LZMA) as zf:
        zf.writestr("a.log", log)
        zf.writestr("b.log", GO_LOG)
    _damage(archive, "a.log")
    _skipped, items = scan_archive(archive)
    a, b = list(items)
    assert a.report is not None
    problem = a.report.source.problem
    assert a.report.source.truncated and problem is not None
    assert problem.startswith("the archive member cannot be read past byte ")
    read = int(problem.split("past byte ")[1].split(" ")[0])
    # what came before the piece that broke is read and scanned
    assert len(PYTEST_LOG) < read < len(log) and read % 4096 == 0
    assert a.report.source.bytes == read
    assert comparable(a.report)["failing_tests"] == comparable(scan(log[:read]))["failing_tests"]
    assert {t.id for t in scan(PYTEST_LOG).failing_tests} <= {t.id for t in a.report.failing_tests}
    # the member after it is read in full
    assert b.report is not None and comparable(b.report) == comparable(scan(GO_LOG))


def test_a_member_whose_checksum_fails_is_read_whole_and_said_damaged(
        tmp_path: Path) -> None:
    archive = tmp_path / "logs.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("go.log", GO_LOG)
    # one letter of the stored log changed: it reads, to other bytes than were zipped
    data = bytearray(archive.read_bytes())
    at = data.find(b"goroutine")
    data[at] = ord("G")
    archive.write_bytes(bytes(data))
    _skipped, items = scan_archive(archive)
    (item,) = list(items)
    assert item.report is not None
    assert item.report.source.bytes == len(GO_LOG)  # nothing dropped, a small log included
    assert item.report.source.truncated
    assert item.report.source.problem == (
        f"the archive member's checksum does not match: its {len(GO_LOG)} bytes are "
        "reported as read, but they are damaged")
    assert item.report.failing_tests == scan(GO_LOG).failing_tests
    proc = run("scan", "--fail-on-failure", str(archive))
    assert proc.returncode == 1, proc.stderr


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


def test_members_of_the_same_name_are_each_read(tmp_path: Path) -> None:
    archive = tmp_path / "logs.zip"
    with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.log", PYTEST_LOG)
        zf.writestr("a.log", GO_LOG)
    _skipped, items = scan_archive(archive)
    first, second = list(items)
    assert first.name == second.name == f"{archive}/a.log"
    assert first.report is not None and second.report is not None
    assert comparable(first.report) == comparable(scan(PYTEST_LOG))
    assert comparable(second.report) == comparable(scan(GO_LOG))


def test_control_characters_in_member_names_are_shown_escaped(tmp_path: Path) -> None:
    archive = tmp_path / "logs.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("red\x1b[31m.log", GO_LOG)
        zf.writestr("two\nlines.log", GO_LOG)
    proc = run("scan", str(archive))
    out = proc.stdout.decode()
    assert "\x1b" not in out and f"{archive}/red\\x1b[31m.log: FAILED" in out
    assert f"{archive}/two\\x0alines.log: FAILED" in out


def test_what_is_no_zip_archive_of_logs_is_an_input_error(tmp_path: Path) -> None:
    only_mac = tmp_path / "mac.zip"
    with zipfile.ZipFile(only_mac, "w") as zf:
        zf.writestr("__MACOSX/._a.log", b"\x00\x05\x16\x07")
    with pytest.raises(InputError, match="only folders not read: there is no log in it"):
        scan_archive(only_mac)
    plain = tmp_path / "plain.log"
    plain.write_bytes(GO_LOG)
    with pytest.raises(InputError, match=r"is not a zip archive$"):
        scan_archive(plain)
    with pytest.raises(InputError, match="cannot be read from a pipe"):
        scan_archive(tmp_path / "missing.zip")
    # a zip through a pipe: the message says to give it as a file
    proc = run("scan", "-", stdin=_github_archive(tmp_path / "logs.zip").read_bytes())
    assert proc.returncode == 2 and b"not through a pipe" in proc.stderr


def test_a_name_that_is_not_utf8_is_an_input_error(tmp_path: Path) -> None:
    archive = tmp_path / "logs.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("XXXX.log", GO_LOG)
    data = archive.read_bytes().replace(b"XXXX", b"\xff\xfeXX")
    # the name is said to be UTF-8 (flag bit 11) in both headers
    data = data.replace(b"PK\x03\x04\x14\x00\x00\x00", b"PK\x03\x04\x14\x00\x00\x08")
    data = data.replace(b"PK\x01\x02\x14\x03\x14\x00\x00\x00",
                        b"PK\x01\x02\x14\x03\x14\x00\x00\x08")
    archive.write_bytes(data)
    with pytest.raises(InputError, match=r"not a readable zip archive .* not the UTF-8"):
        scan_archive(archive)


def test_many_folders_not_read_make_one_note(tmp_path: Path) -> None:
    archive = tmp_path / "run.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for n in range(1, 6):
            zf.writestr(f"{n}_job{n}.txt", GO_LOG)
            zf.writestr(f"job{n}/1_Run.txt", GO_LOG)
    proc = run("scan", "--format", "json", str(archive))
    assert len(proc.stdout.splitlines()) == 5
    notes = [line for line in proc.stderr.decode().splitlines() if line.startswith("note:")]
    assert notes == [f"note: {archive}: skipped 5 folders (5 files), such as job1/, job2/, "
                     "job3/: per-step files of jobs whose whole log is read"]
