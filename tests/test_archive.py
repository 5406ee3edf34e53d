"""Zip archives of logs: one report per log in them, GitHub's per-step copies skipped
(and said so), damage reported per member, the other members still read.

The archives are written with the standard library's zip writer around fixture logs
made by real tools; the GitHub layout (``N_JOB.txt`` beside a folder ``JOB/`` of
step files) is that of its run-log archive.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

import triage
import triage.archive
from triage import scan
from triage.archive import Archive, is_zip, scan_archive
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


def _data(archive: Path, member: str) -> tuple[int, int]:
    """Where ``member``'s compressed data starts in the archive file, and its size."""
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(member)
    with open(archive, "rb") as f:
        f.seek(info.header_offset)
        header = f.read(30)
    name_len = int.from_bytes(header[26:28], "little")
    extra_len = int.from_bytes(header[28:30], "little")
    return info.header_offset + 30 + name_len + extra_len, info.compress_size


def _damage(archive: Path, member: str) -> None:
    """Overwrite bytes in the middle of ``member``'s compressed data."""
    start, size = _data(archive, member)
    data = bytearray(archive.read_bytes())
    middle = start + size // 2
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


def _deflated(archive: Path, first: bytes, second: bytes = GO_LOG) -> Path:
    """An archive of two deflated logs, ``a.log`` then ``b.log``."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.log", first)
        zf.writestr("b.log", second)
    return archive


def _break(archive: Path, member: str) -> tuple[bytes, int]:
    """Flip a byte in the last bytes of ``member``'s deflate data, the last one that zlib
    fails on when flipped (most flipped bytes only change the text they inflate to);
    returns the damaged data and where in it the byte is."""
    start, size = _data(archive, member)
    data = bytearray(archive.read_bytes())
    raw = bytes(data[start: start + size])
    for at in range(size - 1, size - 256, -1):
        try:
            zlib.decompressobj(-zlib.MAX_WBITS).decompress(
                raw[:at] + bytes([raw[at] ^ 0xFF]) + raw[at + 1:])
        except zlib.error:
            break
    else:
        raise AssertionError("no flipped byte breaks the data")
    data[start + at] ^= 0xFF
    archive.write_bytes(bytes(data))
    return bytes(data[start: start + size]), at


def _inflated_to_damage(raw: bytes) -> bytes:
    """What raw deflate data inflates to, a byte at a time, up to the byte zlib fails at."""
    z, out = zlib.decompressobj(-zlib.MAX_WBITS), b""
    for at in range(len(raw)):
        try:
            out += z.decompress(raw[at: at + 1])
        except zlib.error:
            return out
    raise AssertionError("the data is not damaged")


def _past_byte(problem: str | None) -> int:
    assert problem is not None and problem.startswith("the archive member cannot be read past byte ")
    assert problem.endswith("): the log is reported up to there")
    return int(problem.split("past byte ")[1].split(" ")[0])


def test_a_whole_deflated_member_is_inflated_whole_whatever_its_size(tmp_path: Path) -> None:
    # logs whose compressible end inflates to just past a multiple of the output piece:
    # zlib holds the last bytes back once the input is used up, and must be asked again
    import io

    from triage.archive import READ_SIZE, _inflated

    for n in range(READ_SIZE - 16, READ_SIZE + 64):
        log = b"error: boom\n" + b"\n" * n  # (packs to ~260 bytes: one read of the input)
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        packed = packer.compress(log) + packer.flush()
        assert b"".join(_inflated(io.BytesIO(packed))) == log, n
    # and through an archive, as zipfile packs it (a size the inflater once cut short)
    log = b"error: boom\n" + b"\n" * (READ_SIZE - 5)
    path = tmp_path / "logs.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.log", log)
    (item,) = scan_archive(path)[1]
    assert item.report is not None and item.report.source.problem is None
    assert item.report.source.bytes == len(log) and item.report.source.lines == log.count(b"\n")


def test_a_deflated_member_is_reported_up_to_the_damaged_byte(tmp_path: Path) -> None:
    archive = _deflated(tmp_path / "logs.zip", PYTEST_LOG)
    raw, at = _break(archive, "a.log")  # in the last bytes: the log's last lines
    _skipped, items = scan_archive(archive)
    a, b = list(items)
    assert a.report is not None
    source = a.report.source
    assert source.truncated and _past_byte(source.problem) == source.bytes
    # everything inflated before the damage is scanned, not the piece that holds it:
    # here the whole log but its last lines, with the three tests that failed
    kept = _inflated_to_damage(raw)
    assert source.bytes == len(kept)
    good = zlib.decompressobj(-zlib.MAX_WBITS).decompress(raw[:at])
    assert PYTEST_LOG.startswith(good) and len(good) <= len(kept) < len(PYTEST_LOG)
    assert source.lines > 0
    expected = comparable(scan(kept))
    got = comparable(a.report)
    for key in ("truncated", "problem"):
        del got["source"][key], expected["source"][key]
    assert got == expected
    assert [t.id for t in a.report.failing_tests] == [t.id for t in scan(PYTEST_LOG).failing_tests]
    assert len(a.report.failing_tests) == 3
    # as the same damaged data in a gzip file is: its lines, tests and causes
    gz = comparable(scan(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + raw))
    assert gz["source"]["truncated"] and "cannot be read past byte" in gz["source"]["problem"]
    for key in ("lines", "truncated_lines", "envelope", "encoding"):
        assert got["source"][key] == gz["source"][key]
    assert {k: v for k, v in got.items() if k != "source"} == {
        k: v for k, v in gz.items() if k != "source"}
    # the member after it is read in full
    assert b.report is not None and comparable(b.report) == comparable(scan(GO_LOG))
    proc = run("scan", str(archive))
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr
    assert f"{archive}/a.log: FAILED (test_failure) — {source.lines} lines" in out
    assert f"warning: the archive member cannot be read past byte {source.bytes} (" in out
    assert f"{archive}/b.log: FAILED" in out


def test_damage_at_the_start_of_a_deflated_member_is_said_clearly(tmp_path: Path) -> None:
    archive = _deflated(tmp_path / "logs.zip", PYTEST_LOG)
    start, _size = _data(archive, "a.log")
    data = bytearray(archive.read_bytes())
    data[start] |= 0b110  # the first block's type: 3, which no deflate block is
    archive.write_bytes(bytes(data))
    _skipped, items = scan_archive(archive)
    a, b = list(items)
    assert a.report is not None
    assert a.report.source.problem is not None and a.report.source.truncated
    assert _past_byte(a.report.source.problem) == 0
    assert "invalid block type" in a.report.source.problem
    assert a.report.status == "unknown" and a.report.source.lines == 0
    assert b.report is not None and comparable(b.report) == comparable(scan(GO_LOG))


def _stored_as(archive: Path, raw: bytes, method: int, flags: int = 0) -> None:
    """An archive of ``raw`` as ``a.log`` then GO_LOG as ``b.log``, both stored; then
    ``a.log``'s headers say it is compressed with ``method``, with ``flags``."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.log", raw)
        zf.writestr("b.log", GO_LOG)
    data = bytearray(archive.read_bytes())
    central = data.index(b"PK\x01\x02")  # a.log's entry comes first, as its data
    for at in (6, central + 8):  # its local header, its central directory entry
        data[at: at + 4] = flags.to_bytes(2, "little") + method.to_bytes(2, "little")
    archive.write_bytes(bytes(data))


def test_a_deflated_member_cut_off_is_reported_as_far_as_it_goes(tmp_path: Path) -> None:
    c = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw = c.compress(PYTEST_LOG) + c.flush()
    cut = raw[: len(raw) * 2 // 3]
    archive = tmp_path / "logs.zip"
    _stored_as(archive, cut, zipfile.ZIP_DEFLATED)
    _skipped, items = scan_archive(archive)
    a, b = list(items)
    assert a.report is not None
    kept = zlib.decompressobj(-zlib.MAX_WBITS).decompress(cut)
    assert 0 < len(kept) < len(PYTEST_LOG) and PYTEST_LOG.startswith(kept)
    assert a.report.source.bytes == len(kept) and a.report.source.truncated
    assert a.report.source.problem == (
        f"the archive member cannot be read past byte {len(kept)} (its deflate data ends "
        "before its stream does: cut off?): the log is reported up to there")
    assert comparable(a.report)["failing_tests"] == comparable(scan(kept))["failing_tests"]
    assert b.report is not None and comparable(b.report) == comparable(scan(GO_LOG))


@pytest.mark.parametrize(("method", "flags", "why"), [
    (zipfile.ZIP_DEFLATED, 1, "is encrypted, password required"),
    (93, 0, "compression method is not supported"),  # zstd: not to Python 3.11's zipfile
])
def test_a_member_that_cannot_be_opened_is_an_error_and_the_others_are_read(
        tmp_path: Path, method: int, flags: int, why: str) -> None:
    c = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    archive = tmp_path / "logs.zip"
    _stored_as(archive, c.compress(PYTEST_LOG) + c.flush(), method, flags)
    _skipped, items = scan_archive(archive)
    a, b = list(items)
    assert a.report is None and a.error is not None
    assert a.error.startswith(f"{archive}/a.log: cannot be read (") and why in a.error
    assert b.report is not None and comparable(b.report) == comparable(scan(GO_LOG))


def test_a_damaged_deflated_member_is_read_in_bounded_memory(tmp_path: Path) -> None:
    log = ALL_LOGS * 170  # 32 MB
    c = zlib.compressobj(1, zlib.DEFLATED, -zlib.MAX_WBITS)
    head = c.compress(log) + c.flush(zlib.Z_SYNC_FLUSH)
    # a flush ends with an empty stored block at a byte boundary: its length, 0, and
    # that length's complement, which a damaged one is not
    assert head.endswith(b"\x00\x00\xff\xff")
    archive = tmp_path / "big.zip"
    _stored_as(archive, head[:-2] + b"\x00\x00" + c.compress(GO_LOG) + c.flush(),
               zipfile.ZIP_DEFLATED)
    tracemalloc.start()
    try:
        with Archive(archive) as opened:
            problem: list[str] = []
            read = 0
            with contextlib.closing(opened.pieces(opened.members[0], problem)) as pieces:
                for piece in pieces:
                    read += len(piece)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 << 20, f"peak {peak >> 20} MiB"
    (said,) = problem
    assert read == len(log) and _past_byte(said) == read  # all of it before the damage
    assert "invalid stored block lengths" in said


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
