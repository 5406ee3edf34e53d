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
from typing import TypeVar

from .compressed import read_ahead
from .errors import InputError
from .models import JobReport
from .rules import RuleSet
from .scanner import ScanOptions, scan

__all__ = ["Archive", "ArchiveItem", "Skipped", "is_zip", "scan_archive", "shown"]

#: a member is read this much at a time: a piece that fails to inflate is lost, what
#: came before it is scanned
READ_SIZE = 256 << 10
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
        end, ``problem`` gets why and where, and the pieces before stay read; if its
        checksum does not match, it is all read and ``problem`` says so. One that cannot
        be opened at all (encrypted, an unknown compression method, a damaged header)
        raises InputError."""
        import zipfile

        info = self._infos[k]
        # the checksum is checked here, at the end: zipfile would raise on the last
        # read and drop its bytes (a small log: all of it)
        unchecked = copy.copy(info)
        with contextlib.suppress(AttributeError):
            del unchecked.CRC
        try:
            f = self._zf.open(unchecked)
        except (RuntimeError, NotImplementedError, zipfile.BadZipFile, OSError,
                ValueError) as exc:
            raise InputError(f"{self.name(k)}: cannot be read ({exc})") from None

        def read() -> Iterator[bytes]:
            done, crc = 0, 0
            try:
                with f:
                    while chunk := f.read(READ_SIZE):
                        done += len(chunk)
                        crc = zlib.crc32(chunk, crc)
                        yield chunk
            except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError,
                    ValueError) as exc:
                problem.append(f"the archive member cannot be read past byte {done} "
                               f"({exc}): the log is reported up to there")
                return
            if crc != info.CRC:
                problem.append(f"the archive member's checksum does not match: its {done} "
                               "bytes are reported as read, but they are damaged")

        return read_ahead(read())


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
