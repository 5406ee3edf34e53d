"""Zip archives of logs: which members are logs, and each one scanned as a log.

A zip holds several logs, so it gives several reports, one per member, named
``ARCHIVE/MEMBER``. GitHub Actions' log archive (the web UI's "Download log
archive", or ``GET /repos/{owner}/{repo}/actions/runs/{id}/logs``) holds each
job twice: its whole log as a top-level ``N_JOB.txt`` and the same lines split
by step in a folder ``JOB/``. Such a folder is skipped, and said so, so that a
failure is reported once, with the line numbers of the job's log; every other
member is read. Members are inflated a piece at a time, so memory stays bounded
whatever their size; a member that cannot be read to its end is reported as far
as it reads, one whose checksum does not match is reported whole, each with the
reason (``source.problem``), and the others are still read.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import lzma
import os
import re
import stat
import zlib
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from .compressed import REPORTED_UP_TO_THERE, read_ahead
from .errors import InputError
from .models import JobReport
from .rules import RuleSet
from .scanner import ScanOptions, scan

if TYPE_CHECKING:
    import zipfile

__all__ = ["Archive", "ArchiveItem", "Skipped", "is_zip", "scan_archive", "shown"]

#: a member is read this much at a time: of a bzip2 or LZMA member, a piece that fails
#: to inflate is lost, what came before it is scanned (a stored or deflated member
#: loses nothing before the damage: :func:`_inflated`)
READ_SIZE = 256 << 10
#: compressed bytes of a deflated member read and inflated at a time: the most that
#: is inflated again a byte at a time when it holds damage
RAW_SIZE = 64 << 10
T = TypeVar("T")
#: GitHub's whole-job log at the top of its archive: ``N_JOB.txt``
_JOB_LOG = re.compile(r"(?P<order>\d+)_(?P<job>.+)\.txt")
#: what a zip made on macOS holds beside the files: resource forks, not logs
_MACOS = "__MACOSX"
# zipfile is imported when an archive is opened: `triage scan` of a log starts faster


def is_zip(path: str | Path) -> bool:
    """Whether ``path`` is a regular file that starts like a zip archive (empty ones
    included). A pipe is not looked at: what is read from it would be lost to the scan."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError:
        return False
    return head in (b"PK\x03\x04", b"PK\x05\x06")


@dataclass(frozen=True, slots=True)
class Skipped:
    """Members not read, and why: ``folder`` holds ``count`` files."""

    folder: str
    count: int
    reason: str


@dataclass(frozen=True, slots=True)
class ArchiveItem:
    """One member of an archive: its report, or why it could not be read."""

    name: str  # ARCHIVE/MEMBER
    report: JobReport | None
    error: str | None = None


def _plan(names: list[str]) -> tuple[list[int], list[Skipped]]:
    """The members to read (by their place in ``names``, archive order) and the folders
    skipped: the per-step files of a job whose whole log is at the top of the archive."""
    jobs: dict[str, str] = {}
    for name in names:
        m = _JOB_LOG.fullmatch(name)
        if m is not None:
            jobs.setdefault(m["job"], name)
    counts: dict[str, int] = {}
    read = []
    for k, name in enumerate(names):
        folder = name.split("/", 1)[0] if "/" in name else None
        if folder is not None and (folder in jobs or folder == _MACOS):
            counts[folder] = counts.get(folder, 0) + 1
        else:
            read.append(k)
    skipped = [Skipped(f"{shown(folder)}/", n, _why_skipped(folder, jobs))
               for folder, n in counts.items()]
    return read, skipped


def _why_skipped(folder: str, jobs: dict[str, str]) -> str:
    if folder in jobs:
        return f"per-step files of the job whose whole log is {jobs[folder]}"
    return "macOS file attributes, not logs"


#: control characters in member names are shown escaped: a name is the archive's
#: maker's text, printed in reports and on the terminal
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def shown(name: str) -> str:
    """A member name as it is printed: control characters as ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", name)


def _contents(f: zipfile.ZipExtFile, method: int) -> Iterator[bytes]:
    """The log member file ``f`` holds, about :data:`READ_SIZE` at a time, by its
    compression ``method``. A deflated member, opened as if it were stored
    (:meth:`Archive._open`), is inflated here (:func:`_inflated`); a stored one is read
    with one read of the archive a piece, so that one cut short by the end of the
    archive file keeps what it got; a bzip2 or LZMA member is inflated by zipfile,
    which gives nothing of a read that fails."""
    import zipfile

    if method == zipfile.ZIP_DEFLATED:
        return _inflated(f)
    read = f.read1 if method == zipfile.ZIP_STORED else f.read
    return iter(lambda: read(READ_SIZE), b"")


def _inflated(f: zipfile.ZipExtFile) -> Iterator[bytes]:
    """The log that the raw deflate data ``f`` reads inflates to, about
    :data:`READ_SIZE` at a time. zlib gives nothing of a call that fails, so compressed
    bytes that hold damage are inflated again a byte at a time, from a copy of the
    decompressor made before them: all the log before the damaged byte is yielded, then
    the error raised, as a gzip log's (:class:`~triage.compressed.Inflater`). Raises
    EOFError when the data ends before its deflate stream does (cut off)."""
    z = zlib.decompressobj(-zlib.MAX_WBITS)
    empty = True  # no compressed bytes at all: an empty member, as for zipfile
    for data in iter(lambda: f.read1(RAW_SIZE), b""):
        empty = False
        while not z.eof:
            saved = z.copy()
            try:
                out = z.decompress(data, READ_SIZE)
            except zlib.error:
                yield from _up_to_damage(saved, data)
                raise
            data = z.unconsumed_tail
            if out:
                yield out
            # (output cut at READ_SIZE may leave more held back, the input used up)
            if not data and len(out) < READ_SIZE:
                break
        if z.eof:  # what follows the stream in the member is not log, as for zipfile
            return
    if not empty:
        raise EOFError("its deflate data ends before its stream does: cut off?")


def _up_to_damage(z: zlib._Decompress, data: bytes) -> Iterator[bytes]:
    """What ``z`` inflates ``data`` to, fed a byte at a time, up to the byte it fails
    at; then raises that error. The bytes are yielded in pieces of about
    :data:`READ_SIZE` (a byte inflates to a kilobyte at most), not one per byte: each
    piece crosses to the scanning thread."""
    out = bytearray()
    for k in range(len(data)):
        try:
            out += z.decompress(data[k: k + 1])
        except zlib.error:
            if out:
                yield bytes(out)
            raise
        if len(out) >= READ_SIZE:
            yield bytes(out)
            out.clear()
    if out:
        yield bytes(out)


def _why(exc: BaseException) -> str:
    """What went wrong reading a member: zipfile raises a bare EOFError when the
    archive file ends inside its data."""
    return str(exc) or ("the archive ends inside it" if isinstance(exc, EOFError)
                        else type(exc).__name__)


class Archive:
    """An open zip archive of logs: the members to read, in archive order, the folders
    skipped, and each member's bytes. Raises InputError when the archive itself cannot
    be read (not a zip, cut off: its directory is at its end) or holds no log."""

    def __init__(self, path: str | Path) -> None:
        import zipfile

        self.path = str(path)
        if not is_zip(path):
            if os.path.isfile(path):
                raise InputError(f"{path}: is not a zip archive")
            raise InputError(f"{path}: is not a zip archive in a file (a zip cannot be read "
                             "from a pipe, its directory is at its end: save it to a file)")
        try:
            self._zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, ValueError) as exc:
            why = ("a member's name is not the UTF-8 the archive says it is"
                   if isinstance(exc, UnicodeDecodeError)
                   else "a cut-off download? Its directory is at its end")
            raise InputError(f"{path}: is not a readable zip archive ({exc}): {why}") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
        self._infos = [info for info in self._zf.infolist() if not info.is_dir()]
        read, self.skipped = _plan([info.filename for info in self._infos])
        #: the members to read, by their place among the archive's files (two files
        #: may have the same name: each is read)
        self.members = read
        if not read:
            self._zf.close()
            what = "only folders not read" if self.skipped else "no file"
            raise InputError(f"{path}: is a zip archive with {what}: there is no log in it")

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zf.close()

    def member(self, k: int) -> str:
        """The name of member ``k`` in the archive."""
        return self._infos[k].filename

    def name(self, k: int) -> str:
        """How member ``k`` is named in reports: ``ARCHIVE/MEMBER``."""
        return f"{self.path}/{shown(self.member(k))}"

    def job(self, k: int) -> str | None:
        """The job whose whole log member ``k`` is, if it is GitHub's ``N_JOB.txt`` at
        the top of the archive."""
        m = _JOB_LOG.fullmatch(self.member(k))
        return m["job"] if m is not None else None

    def pieces(self, k: int, problem: list[str]) -> Generator[bytes, None, None]:
        """The bytes of member ``k``, a piece at a time, inflated by a thread ahead of
        the caller (:func:`~triage.compressed.read_ahead`). If it cannot be read to its
        end, ``problem`` gets why and where, and the pieces before stay read (of a stored
        or deflated member, all its bytes before the damage); if its checksum does not
        match, it is all read and ``problem`` says so. One that cannot be opened at all
        (encrypted, an unknown compression method, a damaged header) raises InputError."""
        import zipfile

        info = self._infos[k]
        f = self._open(k)
        contents = _contents(f, info.compress_type)

        def read() -> Iterator[bytes]:
            done, crc = 0, 0
            try:
                with f:
                    for chunk in contents:
                        done += len(chunk)
                        crc = zlib.crc32(chunk, crc)
                        yield chunk
            except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError,
                    ValueError) as exc:
                problem.append(f"the archive member cannot be read past byte {done} "
                               f"({_why(exc)}){REPORTED_UP_TO_THERE}")
                return
            if crc != info.CRC:
                problem.append(f"the archive member's checksum does not match: its {done} "
                               "bytes are reported as read, but they are damaged")

        return read_ahead(read())

    def _open(self, k: int) -> zipfile.ZipExtFile:
        """Member ``k`` opened to read. Raises InputError when it cannot be.

        Its checksum is left to :meth:`pieces`, which checks it at the end: zipfile
        would raise on the last read and drop its bytes (a small log: all of it). A
        deflated member is opened as if it were stored, so that it reads its compressed
        bytes, to inflate them here (:func:`_inflated`): zipfile gives nothing of a read
        that fails to inflate, up to :data:`READ_SIZE` of log before the damage (a small
        log: all of it). zipfile still finds those bytes by the member's local header,
        which it checks, and still refuses an encrypted member."""
        import zipfile

        info = self._infos[k]
        opened = copy.copy(info)
        with contextlib.suppress(AttributeError):
            del opened.CRC
        if info.compress_type == zipfile.ZIP_DEFLATED:
            opened.compress_type, opened.file_size = zipfile.ZIP_STORED, info.compress_size
        try:
            return cast(zipfile.ZipExtFile, self._zf.open(opened))
        except (RuntimeError, NotImplementedError, zipfile.BadZipFile, OSError,
                ValueError) as exc:
            raise InputError(f"{self.name(k)}: cannot be read ({exc})") from None

    def read_each(self, read: Callable[[int, Iterator[bytes], list[str]], T]
                  ) -> Iterator[tuple[int, T | InputError, list[str]]]:
        """For each member to read, in archive order: what ``read(k, pieces, problem)``
        makes of its bytes (:meth:`pieces`), or the InputError that stopped it, and why it
        was read only in part (``problem``, filled as it is read)."""
        for k in self.members:
            problem: list[str] = []
            out: T | InputError
            try:
                with contextlib.closing(self.pieces(k, problem)) as pieces:
                    out = read(k, pieces, problem)
            except InputError as exc:
                out = exc
            yield k, out, problem


def scan_archive(path: str | Path, *, rules: RuleSet | None = None,
                 options: ScanOptions | None = None
                 ) -> tuple[list[Skipped], Iterator[ArchiveItem]]:
    """The folders skipped in the zip archive at ``path``, and a report for each log in
    it, in archive order (members are read as they are asked for). Raises InputError
    when the archive itself cannot be read (see :class:`Archive`). The archive stays
    open until the reports are all taken or the iterator is closed."""
    archive = Archive(path)

    def read(k: int, pieces: Iterator[bytes], _problem: list[str]) -> JobReport:
        return scan(pieces, name=archive.name(k), rules=rules, options=options)

    def items() -> Iterator[ArchiveItem]:
        with archive:
            for k, report, problem in archive.read_each(read):
                if isinstance(report, InputError):
                    yield ArchiveItem(archive.name(k), None, str(report))
                    continue
                if problem:  # the archive's reason first: the log inside breaks with it
                    source = dataclasses.replace(report.source, truncated=True,
                                                 problem=problem[0])
                    report = dataclasses.replace(report, source=source)
                yield ArchiveItem(archive.name(k), report)

    return archive.skipped, items()
