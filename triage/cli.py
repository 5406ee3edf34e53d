"""The ``triage`` command line: parse arguments, call the library, render.

Every command is a thin layer over a library function; errors are
:class:`~triage.errors.TriageError` subclasses, printed as ``error: ...`` with
the class's exit code.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TextIO

from . import __version__
from .archive import Skipped, is_zip, scan_archive
from .compressed import REPORTED_UP_TO_THERE
from .errors import InputError, OutputError, TriageError
from .models import JobReport
from .report import printable, render
from .rules import MAX_CONTEXT, RuleSet, load_rules
from .scanner import ScanOptions, scan

__all__ = ["build_parser", "main"]

#: modules that add their own sub-commands with ``register(subparsers)``
COMMAND_MODULES: tuple[str, ...] = (
    "triage.sources.circleci.commands",
    "triage.history.commands",
)

Handler = Callable[[argparse.Namespace], int]


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {value}")
    return value


def _context(text: str) -> int:
    value = _positive(text)
    if value > MAX_CONTEXT:
        raise argparse.ArgumentTypeError(f"expected at most {MAX_CONTEXT} lines, got {value}")
    return value


def _cmd_scan(args: argparse.Namespace) -> int:
    rules = load_rules(args.rules or ())
    options = ScanOptions(context=args.context, top=args.top, backend=args.backend,
                          workers=args.workers, exit_code=args.exit_code)
    out = _stdout()
    colour = args.colour == "always" or (args.colour == "auto" and out.isatty()
                                          and "NO_COLOR" not in os.environ)
    paths: list[str] = args.paths or ["-"]
    failures = 0
    any_failed = False
    first = True
    try:
        for name, outcome in _reports(paths, rules, options):
            if isinstance(outcome, InputError):
                failures += 1
                print(f"error: {printable(str(outcome))}", file=sys.stderr)
                if args.format == "json":
                    _write(out, _error_json(name, str(outcome)) + "\n")
                continue
            any_failed = any_failed or outcome.status == "failed"
            text = render(outcome, args.format, colour=colour)
            _write(out, ("" if args.format == "json" or first else "\n") + text + "\n")
            first = False
    except BrokenPipeError:  # (the reader has gone: what it did not read is not an error,
        _quiet_stdout()      # an input that could not be read, or a failed log, still is)
    if failures:
        return InputError.exit_code
    return 1 if (args.fail_on_failure and any_failed) else 0


def _stdout() -> TextIO:
    """Standard output, which a closed file descriptor 1 leaves as None."""
    if sys.stdout is None:
        raise OutputError("standard output is closed: nothing can be reported")
    if isinstance(sys.stdout, io.TextIOWrapper):
        # (text the output's encoding cannot hold is shown escaped: PYTHONIOENCODING=ascii)
        sys.stdout.reconfigure(errors="backslashreplace")
    return sys.stdout


def _write(out: TextIO, text: str) -> None:
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write the report ({exc.strerror or exc})") from None


def _quiet_stdout() -> None:
    """Point file descriptor 1 at the null device, so that flushing it at exit does
    not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _reports(paths: Sequence[str], rules: RuleSet, options: ScanOptions
             ) -> Iterator[tuple[str, JobReport | InputError]]:
    """A report, or the error that stopped it, per input in order; a zip archive gives
    one per log in it (see :mod:`triage.archive`)."""
    stdin_read = False
    for path in paths:
        if path == "-":
            if stdin_read:
                yield path, InputError("-: standard input was read already (give - once)")
                continue
            stdin_read = True
        if path != "-" and is_zip(path):
            try:
                skipped, items = scan_archive(path, rules=rules, options=options)
            except InputError as exc:
                yield path, exc
                continue
            for note in _skipped_notes(path, skipped):
                print(note, file=sys.stderr)
            for item in items:
                yield item.name, (_read_at_all(item.name, item.report)
                                  if item.report is not None
                                  else InputError(item.error or "cannot be read"))
            continue
        try:
            yield path, _read_at_all(path, _scan_one(path, rules, options))
        except InputError as exc:
            yield path, exc


def _read_at_all(name: str, report: JobReport) -> JobReport | InputError:
    """``report``, or an input error when not one line of the log could be read (a
    compressed log whose first bytes are damaged, or that needs more memory to inflate
    than is allowed): nothing was scanned, as for a file that cannot be opened."""
    if report.source.problem and report.source.lines == 0:
        why = report.source.problem.removesuffix(REPORTED_UP_TO_THERE)
        return InputError(f"{name}: not one line could be read: {why}")
    return report


def _skipped_notes(path: str, skipped: Sequence[Skipped]) -> list[str]:
    """What the folders of an archive that were not read are, one line each, or one line
    for them all when there are many (an archive of a run with hundreds of jobs)."""
    if len(skipped) <= 3:
        return [f"note: {path}: skipped {s.folder} ({_files(s.count)}): {s.reason}"
                for s in skipped]
    files = sum(s.count for s in skipped)
    such = ", ".join(s.folder for s in skipped[:3])
    return [f"note: {path}: skipped {len(skipped)} folders ({_files(files)}), such as {such}: "
            "per-step files of jobs whose whole log is read"
            + (", and macOS file attributes" if any(s.folder == "__MACOSX/" for s in skipped)
               else "")]


def _files(n: int) -> str:
    return f"{n} file" if n == 1 else f"{n} files"


def _scan_one(path: str, rules: RuleSet, options: ScanOptions) -> JobReport:
    if path == "-":
        if sys.stdin is None:
            raise InputError("<stdin>: standard input is closed")
        try:
            return scan(_stdin_chunks(), name="<stdin>", rules=rules, options=options)
        except OSError as exc:
            raise InputError(f"<stdin>: cannot read ({exc.strerror or exc})") from None
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory (give the log files in it)")
    try:
        return scan(path, rules=rules, options=options)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def _error_json(path: str, message: str) -> str:
    import json

    return json.dumps({"schema": "triage.report/1", "source": {"name": path},
                       "status": "error", "error": message}, separators=(",", ":"))


def _stdin_chunks() -> Iterator[bytes]:
    stream = sys.stdin.buffer
    while True:
        chunk = stream.read1(1 << 20) if hasattr(stream, "read1") else stream.read(1 << 20)
        if not chunk:
            return
        yield chunk


def _cmd_rules(args: argparse.Namespace) -> int:
    from .lint import lint_rules

    rules = load_rules(args.rules or ())
    if args.rules_command == "lint":
        problems = lint_rules(rules)
        for p in problems:
            print(p)
        print(f"{len(rules.rules)} rules, {len(rules.anchors)} anchors, "
              f"{len(problems)} problem(s)")
        return 1 if problems else 0
    for r in rules.rules:
        print(f"{r.id:40} {r.kind:8} {r.category:15} {r.priority:3}  {r.source}")
    return 0


CORE_COMMANDS = ("scan", "rules")


def _needs_extensions(argv: Sequence[str]) -> bool:
    """Whether a command line may name a command from COMMAND_MODULES.

    ``triage scan`` is the hot path (agents call it per log); the CircleCI and
    history commands pull in httpx and Polars, so their modules are imported
    only when the command line may need them.
    """
    first = next((a for a in argv if not a.startswith("-")), None)
    if first is None:
        return "--version" not in argv
    return first not in CORE_COMMANDS


def build_parser(extensions: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="triage",
        description="Fast CI log triage: failing tests and ranked, evidence-backed causes.",
    )
    parser.add_argument("--version", action="version", version=f"triage {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("scan", help="scan CI logs (files or stdin) and report why they failed",
                       description="Scan CI logs and report failing tests and likely causes. "
                       "Several inputs give one report each, in input order (JSON Lines "
                       "with --format json).")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="log files, plain or gzip, bzip2 or xz, or zip archives of logs "
                   "(one report per log in them); '-' or none for stdin")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text",
                   help="text for people (default), json for programs and agents "
                   "(triage.report/1; JSON Lines for several inputs), markdown for PRs")
    p.add_argument("--rules", action="append", metavar="PATH",
                   help="extra rule pack file or directory (repeatable)")
    p.add_argument("--top", type=_positive, default=3, help="causes to report (default 3)")
    p.add_argument("--context", type=_context, default=2, metavar="N",
                   help=f"excerpt lines before and after the top cause (default 2, at most "
                        f"{MAX_CONTEXT}); the next two causes get one line either side")
    p.add_argument("--backend", choices=("hyperscan", "ahocorasick-rs", "pyahocorasick"),
                   help="prefilter backend (default: the fastest installed)")
    p.add_argument("--workers", type=_positive, default=0,
                   help="prefilter processes for big files (default 0: one per CPU for "
                   "files of 256 MiB and more; 1: none)")
    p.add_argument("--exit-code", type=int, metavar="N",
                   help="the exit status of the command that wrote the log, if known: "
                   "non-zero means it failed, so every error line counts even before a "
                   "success summary; 0 means it succeeded, so error lines alone do not "
                   "fail the log (failing tests, failure summaries and CI exit lines "
                   "still do)")
    p.add_argument("--colour", "--color", choices=("auto", "always", "never"), default="auto",
                   help="colour in text output (default auto: on a terminal, unless "
                   "NO_COLOR is set)")
    p.add_argument("--fail-on-failure", action="store_true",
                   help="exit 1 when any log failed (for use in scripts)")
    p.set_defaults(func=_cmd_scan)

    p = sub.add_parser("rules", help="list or lint the rule packs")
    p.add_argument("rules_command", choices=("list", "lint"), nargs="?", default="list",
                   help="list: every loaded rule (default); lint: check examples, anchors "
                   "and pattern hygiene, exit 1 on a problem")
    p.add_argument("--rules", action="append", metavar="PATH",
                   help="extra rule pack file or directory (repeatable)")
    p.set_defaults(func=_cmd_rules)

    if extensions:
        for mod_name in COMMAND_MODULES:
            importlib.import_module(mod_name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(extensions=_needs_extensions(argv))
    args = parser.parse_args(argv)
    func: Handler = args.func
    try:
        return func(args)
    except TriageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 0


if __name__ == "__main__":
    sys.exit(main())
