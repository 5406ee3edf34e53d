"""The command line, run as users run it: a real process, exact output where it is a contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import triage
from triage.cli import main

GO_LOG = b"=== RUN   TestAdd\n    calc_test.go:12: Add(1, 2) = 4; want 3\n--- FAIL: TestAdd (0.00s)\nFAIL\nFAIL\texample.com/calc\t0.002s\n"
PASS_LOG = b"============================== 3 passed in 0.12s ===============================\n"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "triage", *args], input=stdin,
                          capture_output=True, env=env, timeout=60)


@pytest.fixture
def logs(tmp_path: Path) -> tuple[Path, Path]:
    a = tmp_path / "go.log"
    a.write_bytes(GO_LOG)
    b = tmp_path / "pass.log"
    b.write_bytes(PASS_LOG)
    return a, b


def test_json_lines_in_input_order(logs):
    a, b = logs
    p = run("scan", "--format", "json", str(b), str(a))
    assert p.returncode == 0, p.stderr
    rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert [r["source"]["name"] for r in rows] == [str(b), str(a)]
    assert [r["status"] for r in rows] == ["passed", "failed"]
    go = rows[1]
    assert go["failing_tests"] == [{"id": "TestAdd", "framework": "go", "line_number": 3,
                                    "message": ""}]
    assert go["causes"][0]["line"] == "    calc_test.go:12: Add(1, 2) = 4; want 3"
    assert go["causes"][0]["line_number"] == 2
    assert go["category"] == "test_failure"


def test_unreadable_path_reports_the_others_and_exits_2(logs, tmp_path):
    a, _ = logs
    missing = tmp_path / "nope.log"
    p = run("scan", "--format", "json", str(missing), str(a))
    assert p.returncode == 2
    assert f"error: {missing}: no such file" in p.stderr.decode()
    rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert rows[0]["status"] == "error" and rows[0]["source"]["name"] == str(missing)
    assert rows[1]["status"] == "failed"


def _shell(command: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(command, shell=True, executable="/bin/bash", capture_output=True,
                          env=dict(os.environ, NO_COLOR="1"), timeout=60)


def test_stdin_that_cannot_be_read_is_an_input_error_and_the_others_are_reported(logs, tmp_path):
    a, _ = logs
    scan = f"{sys.executable} -m triage scan --format json - {a}"
    # standard input open for writing only (a read fails), then closed altogether
    for redirect, message in ((f"0>{tmp_path / 'w.txt'}", "<stdin>: cannot read"),
                              ("<&-", "<stdin>: standard input is closed")):
        p = _shell(f"{scan} {redirect}")
        assert p.returncode == 2
        rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
        assert [r["status"] for r in rows] == ["error", "failed"]
        assert rows[0]["source"]["name"] == "-"
        assert "Traceback" not in p.stderr.decode() and message in p.stderr.decode()


def test_output_that_cannot_be_written_is_a_clear_error(logs):
    a, _ = logs
    p = _shell(f"{sys.executable} -m triage scan {a} > /dev/full")
    assert p.returncode == 5
    assert p.stderr.decode() == "error: cannot write the report (No space left on device)\n"
    # standard output closed: said so, not a silent success
    for colour in ("auto", "never"):
        p = _shell(f"{sys.executable} -m triage scan --colour {colour} {a} >&-")
        assert p.returncode == 5
        assert p.stderr.decode() == ("error: standard output is closed: nothing can be "
                                     "reported\n")


def test_a_reader_that_goes_away_does_not_hide_an_input_error_or_a_failure(logs, tmp_path):
    a, _ = logs
    missing = tmp_path / "nope.log"
    # (more output than a pipe holds: the writer sees the reader go)
    many = " ".join([str(a)] * 300)
    p = _shell(f"{sys.executable} -m triage scan --format json {missing} {many} | head -c 5; "
               "exit ${PIPESTATUS[0]}")
    assert p.returncode == 2 and p.stdout == b'{"sch'
    assert "Traceback" not in p.stderr.decode()
    # nor, with --fail-on-failure, a failed log
    p = _shell(f"{sys.executable} -m triage scan --fail-on-failure --format json {many} | "
               "head -c 5; exit ${PIPESTATUS[0]}")
    assert p.returncode == 1 and p.stdout == b'{"sch'



def test_text_output_shows_control_characters_instead_of_sending_them(tmp_path):
    # a log line with backspaces, a C1 control sequence introducer, a bell and a lone
    # escape, in a file whose name clears the screen and fakes a report line
    line = "E   AssertionError: a\b\bXX \x9b2J \x07bell \x1b"
    log = tmp_path / "evil\x1b[2J\nFAKE: PASSED.log"
    log.write_text(line + "\n")
    for fmt in ("text", "markdown"):
        p = run("scan", "--format", fmt, str(log), str(tmp_path / "gone\x07.log"))
        out, err = p.stdout.decode(), p.stderr.decode()
        assert "a\\x08\\x08XX \\x9b2J \\x07bell \\x1b" in out
        assert "evil\\x1b[2J\\x0aFAKE: PASSED.log" in out
        assert not any(ch in out + err for ch in "\b\x07\x1b\x9b")
        assert "gone\\x07.log: no such file" in err
    # JSON carries the text as it is (escaped by JSON itself)
    p = run("scan", "--format", "json", str(log))
    assert json.loads(p.stdout)["causes"][0]["line"] == line


def test_a_compressed_log_of_which_not_one_line_can_be_read_is_an_input_error(logs, tmp_path):
    import gzip

    from .conftest import FIXTURES

    a, _ = logs
    packed = gzip.compress((FIXTURES / "logs" / "pytest_assert_color.log").read_bytes())
    first = tmp_path / "first.log.gz"  # the first deflate block of an invalid type
    first.write_bytes(packed[:10] + b"\xff" + packed[11:])
    late = tmp_path / "late.log.gz"  # damaged near its end: read up to there
    late.write_bytes(packed[:-12] + bytes([packed[-12] ^ 0xFF]) + packed[-11:])
    p = run("scan", "--format", "json", str(first), str(late), str(a))
    assert p.returncode == 2
    rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert [r["status"] for r in rows] == ["error", "failed", "failed"]
    assert rows[0]["error"].startswith(f"{first}: not one line could be read: the gzip data "
                                       "cannot be read past byte 10")
    assert rows[1]["source"]["truncated"] and rows[1]["source"]["lines"] > 0


def test_stdin_given_twice_is_read_once(logs):
    a, _ = logs
    p = run("scan", "--format", "json", "-", str(a), "-", stdin=GO_LOG)
    assert p.returncode == 2
    rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert [r["status"] for r in rows] == ["failed", "failed", "error"]
    assert "standard input was read already" in rows[2]["error"]


def test_an_output_encoding_without_the_log_s_characters_shows_them_escaped(tmp_path):
    log = tmp_path / "u.log"
    log.write_text("E   AssertionError: expected ‘ok’ — got ✗\n")
    p = subprocess.run([sys.executable, "-m", "triage", "scan", str(log)], capture_output=True,
                       env=dict(os.environ, NO_COLOR="1", PYTHONIOENCODING="ascii"), timeout=60)
    assert p.returncode == 0, p.stderr
    assert b"expected \\u2018ok\\u2019 \\u2014 got \\u2717" in p.stdout


def test_directory_is_a_clear_error(tmp_path):
    p = run("scan", str(tmp_path))
    assert p.returncode == 2
    assert "is a directory" in p.stderr.decode()


def test_stdin_text_output_exact(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GO_LOG)))
    assert main(["scan", "--colour", "never", "--top", "1"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:5] == [
        f"<stdin>: FAILED (test_failure) — 5 lines, {len(GO_LOG)} bytes",
        "Failing tests (1):",
        "  TestAdd [go] line 3",
        "Likely causes:",
        "  1. [test_failure] line 2: calc_test.go:12: Add(1, 2) = 4; want 3",
    ]


def test_fail_on_failure_exit_code(logs):
    a, b = logs
    assert run("scan", "--fail-on-failure", str(b)).returncode == 0
    assert run("scan", "--fail-on-failure", str(a)).returncode == 1


def test_exit_code_flag_tells_a_failed_command(tmp_path):
    log = tmp_path / "retry.log"
    # a logged error, then the runner's success summary: the run passed ...
    log.write_bytes(b"2024-05-14 10:22:01 ERROR connect: Connection refused (retrying)\n"
                    + PASS_LOG)
    assert json.loads(run("scan", "--format", "json", str(log)).stdout)["status"] == "passed"
    # ... unless the command is known to have failed: then the error is the lead
    r = json.loads(run("scan", "--format", "json", "--exit-code", "1", str(log)).stdout)
    assert r["status"] == "failed"
    assert "Connection refused" in r["causes"][0]["line"]


def test_markdown_output(logs):
    a, _ = logs
    out = run("scan", "--format", "markdown", str(a)).stdout.decode()
    assert out.startswith(f"### `{a}`: **failed** (test_failure)")
    assert "| 1 |" in out and "- `TestAdd` (go, line 3)" in out


def test_colour_always_emits_ansi(logs):
    a, _ = logs
    assert b"\x1b[" in run("scan", "--colour", "always", str(a)).stdout
    assert b"\x1b[" not in run("scan", "--colour", "never", str(a)).stdout


def test_user_rules_flag_and_bad_pack_error(tmp_path, logs):
    a, _ = logs
    bad = tmp_path / "bad.toml"
    bad.write_text("[pack]\nname='x'\n[[rule]]\nid='x.a'\n")
    p = run("scan", "--rules", str(bad), str(a))
    assert p.returncode == 3
    assert "bad.toml" in p.stderr.decode() and "x.a" in p.stderr.decode()


def test_rules_lint_is_clean():
    p = run("rules", "lint")
    assert p.returncode == 0, p.stdout.decode()
    assert p.stdout.decode().strip().endswith("0 problem(s)")


def test_version_and_help():
    assert run("--version").stdout.decode().strip() == f"triage {triage.__version__}"
    help_text = run("scan", "--help").stdout.decode()
    for flag in ("--format", "--rules", "--top", "--context", "--backend"):
        assert flag in help_text


def test_every_backend_gives_the_same_json(logs):
    a, _ = logs
    from triage.prefilter import available_backends

    outs = []
    for b in available_backends():
        row = json.loads(run("scan", "--format", "json", "--backend", b, str(a)).stdout)
        row["stats"].pop("elapsed_s")
        outs.append(row)
    assert all(o == outs[0] for o in outs)
