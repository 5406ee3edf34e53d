"""Compressed logs: told by their first bytes, inflated as they stream, reported as the
plain log would be; damage is reported, never a crash and never silent."""

from __future__ import annotations

import array
import bz2
import gzip
import json
import lzma
import os
import random
import threading
import tracemalloc
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage import Scanner, scan
from triage.compressed import SLICE, STEP, XZ_MEMLIMIT, Inflater, inflate_ahead, sniff
from triage.errors import InputError

from .conftest import FIXTURES, comparable
from .test_cli import run
from .test_properties import split

LOGS = sorted((FIXTURES / "logs").glob("*.log"))
COMPRESS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": lambda b: gzip.compress(b, mtime=0),
    "bzip2": bz2.compress,
    "xz": lzma.compress,
}
PYTEST_LOG = (FIXTURES / "logs" / "pytest_assert_color.log").read_bytes()
GO_LOG = (FIXTURES / "logs" / "go_test_panic.log").read_bytes()
ALL_LOGS = b"".join(p.read_bytes() for p in LOGS)


def same_log(report: Any) -> dict[str, Any]:
    """A report without what tells the compressed input from the plain one."""
    d = comparable(report)
    for key in ("bytes", "compression"):
        d["source"].pop(key)
    return d


@pytest.mark.parametrize("fmt", sorted(COMPRESS))
def test_a_compressed_log_gives_the_plain_logs_report(fmt: str) -> None:
    for path in LOGS[::7]:
        plain = path.read_bytes()
        packed = COMPRESS[fmt](plain)
        report = scan(packed, name=path.name)
        assert report.source.compression == fmt, path.name
        assert report.source.bytes == len(packed)
        assert report.source.problem is None and not report.source.truncated, path.name
        assert same_log(report) == same_log(scan(plain, name=path.name)), path.name


def test_a_path_stdin_and_the_cli_all_inflate(tmp_path: Any) -> None:
    log = tmp_path / "build.log.gz"
    log.write_bytes(gzip.compress(PYTEST_LOG))
    renamed = tmp_path / "renamed.txt"  # the name does not matter: the bytes do
    renamed.write_bytes(gzip.compress(PYTEST_LOG))
    expected = same_log(scan(PYTEST_LOG))
    assert same_log(scan(log)) == expected
    assert same_log(scan(renamed)) == expected
    p = run("scan", str(log))
    assert p.returncode == 0, p.stderr
    out = p.stdout.decode()
    assert out.splitlines()[0].endswith("bytes (gzip)")
    assert "tests/test_calc.py::test_add[2-2-5]" in out
    p = run("scan", "--format", "json", "-", stdin=log.read_bytes())
    row = json.loads(p.stdout)
    assert row["source"]["compression"] == "gzip" and row["source"]["problem"] is None
    assert row["failing_tests"] == expected["failing_tests"]


def test_several_streams_and_padding_are_one_log() -> None:
    half = len(GO_LOG) // 2
    cut = GO_LOG.rfind(b"\n", 0, half) + 1
    packed = gzip.compress(GO_LOG[:cut]) + gzip.compress(GO_LOG[cut:]) + b"\0" * 512
    report = scan(packed)
    assert report.source.problem is None
    assert same_log(report) == same_log(scan(GO_LOG))
    packed = bz2.compress(GO_LOG[:cut]) + bz2.compress(GO_LOG[cut:])
    assert same_log(scan(packed)) == same_log(scan(GO_LOG))


def test_a_compressed_circleci_step_output_is_unwrapped() -> None:
    lines = PYTEST_LOG.decode().splitlines(keepends=True)
    envelope = json.dumps([{"message": "".join(lines[:30]), "type": "out"},
                           {"message": "".join(lines[30:]), "type": "out"}]).encode()
    report = scan(gzip.compress(envelope))
    assert report.source.envelope == "circleci-json"
    assert report.source.compression == "gzip"
    assert [t.id for t in report.failing_tests] == [t.id for t in scan(PYTEST_LOG).failing_tests]


def test_a_cut_off_stream_is_reported_as_far_as_it_goes() -> None:
    packed = gzip.compress(PYTEST_LOG)
    report = scan(packed[: len(packed) * 2 // 3])
    assert report.source.truncated
    assert report.source.problem is not None and "ends early" in report.source.problem
    assert 0 < report.source.lines < scan(PYTEST_LOG).source.lines
    # what was inflated is the log's start, scanned as such
    z = zlib.decompressobj(31)
    start = z.decompress(packed[: len(packed) * 2 // 3]) + z.flush()
    expected, got = same_log(scan(start)), same_log(report)
    for key in ("truncated", "problem"):
        del got["source"][key], expected["source"][key]
    assert got == expected


def test_corrupt_data_keeps_everything_before_the_damage() -> None:
    packed = bytearray(gzip.compress(GO_LOG))
    at = len(packed) // 2
    packed[at: at + 8] = b"\xff" * 8
    report = scan(bytes(packed))
    assert report.source.truncated
    problem = report.source.problem
    assert problem is not None and "cannot be read past byte" in problem
    # the damaged byte is named exactly: inflating stops at or right after it
    where = int(problem.split("past byte ")[1].split(" ")[0].replace(",", ""))
    assert at <= where <= at + 8
    inflated = zlib.decompressobj(31).decompress(bytes(packed[:at]))
    complete = inflated[: inflated.rfind(b"\n") + 1]
    assert report.source.lines >= complete.count(b"\n")


def _numbered(n: int) -> bytes:
    return b"".join(b"step %d: compiling module_%d.c ... ok\n" % (i, i * 7919 % 100003)
                    for i in range(n)) + b"E   assert 1 == 2\n"


@pytest.mark.parametrize("fmt", ["bzip2", "xz"])
def test_bzip2_and_xz_keep_what_comes_before_damage(fmt: str) -> None:
    log = _numbered(60_000)  # bzip2: three blocks of 900 kB
    packed = bytearray(COMPRESS[fmt](log))
    at = len(packed) * 3 // 4
    packed[at] ^= 0x55
    report = scan(bytes(packed))
    problem = report.source.problem
    assert problem is not None and "cannot be read past byte" in problem
    # reading stops in the step that holds the damage, or later: bzip2 checks a
    # whole block before it gives any of it
    where = int(problem.split("past byte ")[1].split(" ")[0].replace(",", ""))
    assert where > at - STEP
    # what inflates from the bytes before the damage, less one step, is all reported
    d = bz2.BZ2Decompressor() if fmt == "bzip2" else lzma.LZMADecompressor()
    before = d.decompress(bytes(packed[: at - STEP]))
    assert report.source.lines >= before.count(b"\n") > 0


def test_damage_in_a_later_stream_is_named_as_damage() -> None:
    later = bytearray(gzip.compress(GO_LOG, mtime=0))
    later[len(later) // 2] ^= 0xFF
    first = gzip.compress(PYTEST_LOG, mtime=0)
    report = scan(first + bytes(later))
    assert report.source.problem is not None
    assert "cannot be read past byte" in report.source.problem
    assert report.source.lines > PYTEST_LOG.count(b"\n")


@pytest.mark.parametrize("fmt", sorted(COMPRESS))
@pytest.mark.parametrize("tail", [b"\n", b"this is not compressed\n",
                                  b"\0" * (SLICE + 5) + b"zz"])
def test_bytes_after_the_last_stream_are_reported(fmt: str, tail: bytes) -> None:
    packed = COMPRESS[fmt](PYTEST_LOG)
    report = scan(packed + tail)
    assert report.source.problem == (f"the {fmt} data ends at byte {len(packed):,}; "
                                     f"what follows is not {fmt}: it was not read")
    assert same_log(report)["failing_tests"] == same_log(scan(PYTEST_LOG))["failing_tests"]


def test_data_that_only_starts_like_gzip_is_reported() -> None:
    report = scan(b"\x1f\x8b\x08" + b"nonsense" * 10)
    assert report.source.compression == "gzip"
    assert report.source.problem is not None
    assert report.source.problem.startswith("the gzip data cannot be read past byte ")
    assert report.status == "unknown" and report.source.lines == 0


def _xz_with_dictionary(data: bytes, code: int) -> bytes:
    """``data`` as xz whose block header declares dictionary size ``code`` (40: 4 GiB);
    the header's CRC is set to match, so only the size is out of the ordinary."""
    packed = bytearray(lzma.compress(data, check=lzma.CHECK_CRC32))
    size = (packed[12] + 1) * 4  # the block header follows the 12-byte stream header
    header = packed[12: 12 + size]
    at = header.index(b"\x21\x01") + 2  # the LZMA2 filter id, its properties' size
    header[at] = code
    header[-4:] = zlib.crc32(bytes(header[:-4])).to_bytes(4, "little")
    packed[12: 12 + size] = header
    return bytes(packed)


def test_an_xz_stream_asking_for_a_huge_dictionary_is_not_inflated() -> None:
    packed = _xz_with_dictionary(PYTEST_LOG, 37)  # 1.5 GiB
    with pytest.raises(lzma.LZMAError):  # what it would take
        lzma.LZMADecompressor(memlimit=XZ_MEMLIMIT).decompress(packed)
    tracemalloc.start()
    try:
        report = scan(packed)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.source.problem is not None
    assert "cannot be read past byte" in report.source.problem
    assert peak < 16 << 20
    assert same_log(scan(_xz_with_dictionary(PYTEST_LOG, 16))) == same_log(scan(PYTEST_LOG))


def test_a_log_of_blank_lines_is_not_held_in_memory() -> None:
    tracemalloc.start()
    try:
        s = Scanner()
        for _ in range(64):
            s.feed(b"\n" * (1 << 20))
        s.feed(b"E   assert 1 == 2\n")
        report = s.finish()
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.status == "failed" and report.source.lines == (64 << 20) + 1
    assert peak < 8 << 20, f"peak {peak >> 20} MiB"


@pytest.mark.parametrize(("head", "what", "cli_says"), [
    # the command line reads a zip file as an archive of logs (tests/test_archive.py)
    (b"PK\x03\x04\x14\x00\x00\x00", "zip archive", "is not a readable zip archive"),
    (b"(\xb5/\xfd\x00\x00", "zstd", "is zstd-compressed, not a log: decompress it first"),
    (b"7z\xbc\xaf\x27\x1c\x00\x04", "7z archive", "is a 7z archive, not a log: unpack it first"),
])
def test_archives_are_refused_with_what_to_do(head: bytes, what: str, cli_says: str,
                                              tmp_path: Any) -> None:
    with pytest.raises(InputError, match=what):
        scan(head + b"\0" * 64, name="logs")
    bad = tmp_path / "logs.bin"
    bad.write_bytes(head + b"\0" * 64)
    good = tmp_path / "good.log"
    good.write_bytes(PYTEST_LOG)
    p = run("scan", str(bad), str(good))
    assert p.returncode == 2
    assert f"error: {bad}: {cli_says}" in p.stderr.decode()
    assert "good.log: FAILED" in p.stdout.decode()  # the other input is still reported


def test_plain_text_that_resembles_a_magic_is_plain() -> None:
    assert sniff(b"BZh9 is a band\n") is None  # bzip2 needs its block magic too
    assert sniff(b"\x1f\x8b") is None  # and gzip its method byte
    assert scan(b"BZh9 is a band\nE   assert 1 == 2\n").status == "failed"


def test_a_huge_inflated_line_stays_in_bounded_memory() -> None:
    size = 64 << 20
    packed = gzip.compress(b"x" * size + b"\nE   assert 1 == 2\n", compresslevel=1)
    tracemalloc.start()
    try:
        s = Scanner()
        for k in range(0, len(packed), 1 << 16):
            s.feed(packed[k: k + 1 << 16])
        report = s.finish()
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.source.truncated_lines == 1 and report.status == "failed"
    assert peak < 24 << 20, f"peak {peak >> 20} MiB"


def test_an_error_reading_ahead_reaches_the_caller() -> None:
    packed = gzip.compress(GO_LOG * 100)

    def chunks() -> Any:
        yield packed[:64]
        yield packed[64:5000]
        raise OSError("the disk went away")

    with pytest.raises(OSError, match="the disk went away"):
        scan(chunks())


def test_the_thread_reading_ahead_stops_when_the_caller_does() -> None:
    member = gzip.compress(GO_LOG * 200, mtime=0)

    def endless() -> Any:
        while True:
            yield member

    counted = [0]
    pieces = inflate_ahead(Inflater("gzip"), endless(), counted)
    assert next(pieces).startswith(GO_LOG[:100])
    pieces.close()
    assert not any(t.name == "triage-inflate" and t.is_alive() for t in threading.enumerate())
    # it read what one slice needs and stopped there: the source is endless
    assert SLICE <= counted[0] <= SLICE + len(member)


def test_an_iterable_is_read_in_the_callers_thread() -> None:
    # a source may be tied to its thread (a database cursor, a client session)
    packed = gzip.compress(ALL_LOGS, mtime=0)
    readers: set[int] = set()

    def chunks() -> Any:
        for k in range(0, len(packed), 10_000):
            readers.add(threading.get_ident())
            yield packed[k: k + 10_000]

    assert same_log(scan(chunks())) == same_log(scan(ALL_LOGS))
    assert readers == {threading.get_ident()}


def test_chunks_that_are_not_bytes_are_taken_as_their_bytes() -> None:
    packed = gzip.compress(PYTEST_LOG, mtime=0)
    padded = packed + b"\0" * (SLICE - len(packed)) + packed  # a stream on a slice's edge
    expected = same_log(scan(PYTEST_LOG * 2))
    views = [memoryview(padded)[k: k + 4096] for k in range(0, len(padded), 4096)]
    assert same_log(scan(views)) == expected
    assert same_log(scan([bytearray(padded)])) == expected
    words = array.array("I", padded[: len(padded) // 4 * 4])
    s = Scanner()
    s.feed(memoryview(words))
    s.feed(padded[len(padded) // 4 * 4:])
    report = s.finish()
    assert report.source.bytes == len(padded) and same_log(report) == expected


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_read_as_a_stream(tmp_path: Any) -> None:
    fifo = tmp_path / "log.gz"
    os.mkfifo(fifo)
    packed = gzip.compress(PYTEST_LOG, mtime=0)

    def write() -> None:
        with fifo.open("wb") as f:
            f.write(packed)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        report = scan(fifo)
    finally:
        writer.join()
    assert report.source.compression == "gzip" and report.source.bytes == len(packed)
    assert same_log(report) == same_log(scan(PYTEST_LOG))


def test_reading_ahead_gives_what_feeding_gives() -> None:
    packed = gzip.compress(ALL_LOGS, mtime=0)
    chunks = [packed[k: k + 7777] for k in range(0, len(packed), 7777)]
    one = Inflater("gzip")
    fed = b"".join(b"".join(one.feed(c)) for c in chunks)
    counted = [0]
    ahead = b"".join(inflate_ahead(Inflater("gzip"), chunks, counted))
    assert fed == ahead and counted[0] == len(packed)
    assert len(fed) + len(b"".join(one.finish())) == len(ALL_LOGS)


def test_the_inflater_checks_its_format() -> None:
    with pytest.raises(ValueError):
        Inflater("zip")


def _noise(n: int) -> bytes:
    """Lines of hex digits, which compress to about half: long compressed streams."""
    hexed = random.Random(0).randbytes(n).hex().encode()
    return b"\n".join(hexed[k: k + 64] for k in range(0, len(hexed), 64)) + b"\n"


#: per format: one stream of a log longer than a slice compressed, and that stream
#: followed by another
_LONG = ALL_LOGS + _noise(320_000)
_STREAMS = {fmt: [COMPRESS[fmt](_LONG), COMPRESS[fmt](_LONG) + COMPRESS[fmt](PYTEST_LOG)]
            for fmt in COMPRESS}
_STREAMS["gzip"].append(gzip.compress(ALL_LOGS, compresslevel=0, mtime=0))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fmt=st.sampled_from(sorted(COMPRESS)), which=st.integers(0, 2),
       how=st.sampled_from(["whole", "cut", "damage"]),
       where=st.floats(0, 1), xor=st.integers(1, 255),
       cuts=st.lists(st.integers(0, 1 << 20), max_size=12))
def test_the_report_is_the_same_for_every_chunking_whole_cut_or_damaged(
        fmt: str, which: int, how: str, where: float, xor: int, cuts: list[int]) -> None:
    streams = _STREAMS[fmt]
    assert all(len(p) > SLICE for p in streams[:2])  # damage may fall in either slice
    packed = bytearray(streams[which % len(streams)])
    at = min(int(where * len(packed)), len(packed) - 1)
    if how == "cut":
        packed = packed[:at]
    elif how == "damage":
        packed[at] ^= xor
    data = bytes(packed)
    whole = comparable(scan(data))
    assert comparable(scan(split(data, cuts))) == whole
    assert comparable(scan([data[k: k + 1] for k in range(0, 4096)] + [data[4096:]])) == whole
