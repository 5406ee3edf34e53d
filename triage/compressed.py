"""Compressed logs: gzip, bzip2 and xz, told apart by their magic bytes (not by the
file name, so stdin and renamed files work too) and inflated a piece at a time.

Memory stays bounded whatever the compression ratio: :meth:`Inflater.feed` yields
pieces of at most :data:`PIECE` bytes. Several streams one after another (``cat
a.gz b.gz``, pbzip2, multi-stream xz) are read as one log, and NUL padding after the
last one is ignored. What cannot be read is never dropped silently: corrupt data, a
stream cut off before its end or trailing bytes of another kind end the inflating
and are described in :attr:`Inflater.problem`, and the log is reported as far as it
could be read. An xz stream that would need more than :data:`XZ_MEMLIMIT` to inflate
(its dictionary size is set by whoever wrote it) is not inflated, for the same reason.

Archives and formats the standard library cannot read (zip, 7z, zstd) are refused
with an :class:`~triage.errors.InputError` that says how to unpack them.
"""

from __future__ import annotations

import bz2
import itertools
import lzma
import queue
import threading
import zlib
from collections.abc import Generator, Iterable, Iterator
from typing import Final

from .errors import InputError

__all__ = ["PIECE", "REPORTED_UP_TO_THERE", "SLICE", "SNIFF_BYTES", "STEP", "XZ_MEMLIMIT",
           "Inflater", "inflate_ahead", "read_file_ahead", "sniff"]

#: how a problem reading a log ends when what came before it is scanned (a log that gave
#: not one line is an input that cannot be read: the CLI says so without it)
REPORTED_UP_TO_THERE: Final = ": the log is reported up to there"
#: the most bytes one piece of inflated output holds
PIECE: Final = 1 << 20
#: compressed bytes handed to the decompressor at a time
SLICE: Final = 256 * 1024
#: bzip2 and xz input handed to their decompressors at a time: what was inflated
#: before damage is kept up to the step that holds it
STEP: Final = 4096
#: the bytes at the start of the input that tell its format
SNIFF_BYTES: Final = 10
#: the most memory an xz stream may need to inflate (``xz -9`` needs 65 MiB)
XZ_MEMLIMIT: Final = 128 << 20

_BZ2_BLOCK = (b"\x31\x41\x59\x26\x53\x59", b"\x17\x72\x45\x38\x50\x90")  # block / empty
_XZ: Final = b"\xfd7zXZ\x00"
_MAGIC = {"gzip": b"\x1f\x8b", "bzip2": b"BZh", "xz": _XZ}  # how every stream starts
_REFUSED = {
    b"PK\x03\x04": ("a zip archive",
                    "give it as a file, `triage scan FILE.zip`, which reports each log in "
                    "it (not through a pipe: a zip's directory is at its end; in Python: "
                    "triage.scan_archive), or unzip it first"),
    b"PK\x05\x06": ("an empty zip archive", "there is no log in it"),
    b"(\xb5/\xfd": ("zstd-compressed", "decompress it first, e.g. `zstd -dc FILE | triage scan -`"),
    b"7z\xbc\xaf\x27\x1c": ("a 7z archive", "unpack it first, e.g. `7z x FILE`"),
}


def _is_bzip2(head: bytes) -> bool:
    return (head[:3] == b"BZh" and len(head) >= 10 and 0x31 <= head[3] <= 0x39
            and head[4:10] in _BZ2_BLOCK)


def sniff(head: bytes, name: str = "<stream>") -> str | None:
    """The compression of a log starting with ``head`` (``"gzip"``, ``"bzip2"``, ``"xz"``)
    or None for a plain log. ``head`` holds the first :data:`SNIFF_BYTES` bytes, or the
    whole input when it is shorter. Raises InputError for archives and formats that
    cannot be read."""
    if head[:3] == b"\x1f\x8b\x08":
        return "gzip"
    if _is_bzip2(head):
        return "bzip2"
    if head[:6] == _XZ:
        return "xz"
    for magic, (what, todo) in _REFUSED.items():
        if head.startswith(magic):
            raise InputError(f"{name}: is {what}, not a log: {todo}")
    return None


class Inflater:
    """Incremental decompressor of one compressed log (any number of streams).

    Input is handed to the decompressor in slices of :data:`SLICE` bytes at fixed
    offsets, whatever the chunks it arrives in: what corrupt data yields, and where
    it is said to be, is then the same for every chunking of the same bytes. A gzip
    slice that holds damage is inflated again a byte at a time from a copy of the
    decompressor, so that all the log before the damaged byte is kept; bzip2 and xz
    decompressors cannot be copied, and get their input :data:`STEP` bytes at a time.
    """

    def __init__(self, fmt: str) -> None:
        if fmt not in _MAGIC:
            raise ValueError(f"unknown compression {fmt!r}")
        self.format = fmt
        self.problem: str | None = None  # why the log could not be read to its end
        self._rest = b""  # input after the last whole slice
        self._read = 0  # input bytes taken so far (inflated, or padding skipped)
        self._ended = True  # the last stream ended (or none began)
        self._end_at = 0  # where the last stream that ended did
        self._stopped = False  # inflating gave up (see problem): the rest is ignored
        self._z: zlib._Decompress | None = None
        self._other: bz2.BZ2Decompressor | lzma.LZMADecompressor | None = None

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Take the next compressed bytes; yields the log bytes inflated so far."""
        if self._stopped:
            return
        if not isinstance(data, bytes):  # a bytearray or memoryview: its bytes
            data = bytes(memoryview(data).cast("B"))
        if self._rest:
            data, self._rest = self._rest + data, b""
        whole = len(data) - len(data) % SLICE
        for k in range(0, whole, SLICE):
            yield from self._take(data[k: k + SLICE])
        self._rest = data[whole:]

    def finish(self) -> Iterator[bytes]:
        """End of input: yields the rest of the log, and notes a stream cut off."""
        rest, self._rest = self._rest, b""
        yield from self._take(rest)
        if self._stopped:
            return
        if self._z is not None and not self._ended:
            try:
                tail = self._z.flush()
            except zlib.error:
                tail = b""
            for k in range(0, len(tail), PIECE):
                yield tail[k: k + PIECE]
        if not self._ended:
            self._stop(f"the {self.format} data ends early, after {self._read:,} bytes "
                       "(cut off?)" + REPORTED_UP_TO_THERE)

    def _take(self, data: bytes) -> Iterator[bytes]:
        while data and not self._stopped:
            if self._ended:
                # NUL padding after a stream is skipped; anything else starts one, and
                # must start as one does
                kept = data.lstrip(b"\0")
                self._read += len(data) - len(kept)
                data = kept
                if not data:
                    return
                magic = _MAGIC[self.format]
                if data[: len(magic)] != magic[: len(data)]:
                    self._stop(f"the {self.format} data ends at byte {self._end_at:,}; "
                               f"what follows is not {self.format}: it was not read")
                    return
                self._start()
            try:
                data = yield from self._inflate(data)
            except (zlib.error, OSError, EOFError, lzma.LZMAError, MemoryError) as exc:
                self._stop(f"the {self.format} data cannot be read past byte "
                           f"{self._read:,} ({exc}){REPORTED_UP_TO_THERE}")

    def _start(self) -> None:
        self._ended = False
        if self.format == "gzip":
            self._z, self._other = zlib.decompressobj(16 + zlib.MAX_WBITS), None
        elif self.format == "bzip2":
            self._z, self._other = None, bz2.BZ2Decompressor()
        else:
            self._z = None
            self._other = lzma.LZMADecompressor(lzma.FORMAT_XZ, memlimit=XZ_MEMLIMIT)

    def _end(self) -> None:
        self._ended = True
        self._end_at = self._read

    def _inflate(self, data: bytes) -> Generator[bytes, None, bytes]:
        """Inflate ``data`` within the current stream; returns the bytes after its end."""
        if self._z is not None:
            return (yield from self._inflate_gzip(data))
        d = self._other
        assert d is not None
        for k in range(0, len(data), STEP):
            step = data[k: k + STEP]
            out = d.decompress(step, PIECE)
            while True:
                if out:
                    yield out
                if d.eof:
                    self._read += len(step) - len(d.unused_data)
                    self._end()
                    return d.unused_data + data[k + STEP:]
                if d.needs_input:
                    break
                out = d.decompress(b"", PIECE)
            self._read += len(step)
        return b""

    def _inflate_gzip(self, data: bytes) -> Generator[bytes, None, bytes]:
        careful = False  # a byte at a time, after damage: keep all that comes before it
        while data:
            z = self._z
            assert z is not None
            step, after = (data[:1], data[1:]) if careful else (data, b"")
            saved = None if careful else z.copy()
            try:
                out = z.decompress(step, PIECE)
            except zlib.error:
                if saved is None:
                    raise
                self._z, careful = saved, True
                continue
            self._read += len(step) - len(z.unconsumed_tail) - len(z.unused_data)
            data = z.unconsumed_tail + after
            if out:
                yield out
            if z.eof:
                self._end()
                return z.unused_data + after
        return b""

    def _stop(self, problem: str) -> None:
        self.problem = problem
        self._stopped = True


#: inflated pieces a reading thread may hold ready before the scan takes them
AHEAD: Final = 4


def inflate_ahead(inflater: Inflater, chunks: Iterable[bytes],
                  counted: list[int]) -> Generator[bytes, None, None]:
    """What ``inflater.feed`` yields for each of ``chunks``, in order, read and inflated
    by a thread while the caller scans what it has (:func:`read_ahead`): inflating
    releases the GIL, so on two cores the two run side by side. ``counted[0]`` grows by
    the bytes of each chunk taken."""

    def inflated() -> Generator[bytes, None, None]:
        for chunk in chunks:
            counted[0] += len(chunk)
            yield from inflater.feed(chunk)

    return read_ahead(inflated())


def read_ahead(pieces: Iterable[bytes]) -> Generator[bytes, None, None]:
    """The items of ``pieces``, in order, made by a thread ahead of the caller. Memory
    stays bounded (:data:`AHEAD` pieces); an error in the thread is raised here; when
    the caller stops early (closes this generator), the thread stops at its next piece
    and is waited for.

    ``pieces`` must be the thread's alone and never wait on a producer: the chunks of
    a regular file, inflated or not. A pipe, or an iterable tied to the caller's thread
    (a database cursor), is not for this: feed those in the caller's thread."""
    ready: queue.Queue[tuple[bytes | None, BaseException | None]] = queue.Queue(AHEAD)
    stop = threading.Event()

    def hand(item: tuple[bytes | None, BaseException | None]) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for piece in pieces:
                if not hand((piece, None)):
                    return
        except BaseException as exc:  # handed to the caller, raised there
            hand((None, exc))
            return
        hand((None, None))

    thread = threading.Thread(target=work, name="triage-read-ahead", daemon=True)
    thread.start()
    try:
        while True:
            piece, error = ready.get()
            if error is not None:
                raise error
            if piece is None:
                return
            yield piece
    finally:
        stop.set()
        thread.join()


def read_file_ahead(chunks: Iterable[bytes], name: str, counted: list[int]
                    ) -> tuple[Inflater | None, Generator[bytes, None, None]]:
    """A regular file's log, told by its first bytes: ``(None, its chunks)`` when it is
    plain, else ``(its inflater, what inflating its chunks yields)``, read and inflated
    by a thread ahead of the caller (:func:`inflate_ahead`, which counts the chunks in
    ``counted``); the caller ends a compressed one with ``inflater.finish()``."""
    it = iter(chunks)
    first = next(it, b"")
    fmt = sniff(first[:SNIFF_BYTES], name)

    def plain() -> Generator[bytes, None, None]:
        if first:
            yield first
        yield from it

    if fmt is None:
        return None, plain()
    inflater = Inflater(fmt)
    return inflater, inflate_ahead(inflater, itertools.chain([first], it), counted)
