"""The scanner's line contract (DESIGN §4.2), sections, limits and reports."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from triage import Scanner, ScanOptions, scan
from triage.models import CATEGORIES

from .conftest import FIXTURES, comparable


def lines_of(report):
    return {c.line_number: c.line for c in report.causes}


def test_line_numbers_count_newlines_and_crlf_once():
    data = b"one\r\ntwo\r\nthree\r\n--- FAIL: TestX (0.00s)\r\n"
    r = scan(data)
    assert r.failing_tests[0].id == "TestX"
    assert r.failing_tests[0].line_number == 4
    assert r.source.lines == 4


def test_lone_cr_does_not_start_a_line_and_shows_last_segment():
    data = b"a\nprogress 1%\rprogress 50%\rpanic: boom\nb\n"
    r = scan(data)
    top = r.causes[0]
    assert top.line_number == 2
    assert top.line == "panic: boom"
    assert r.source.lines == 3


def test_last_line_without_newline_is_scanned():
    r = scan(b"ok\npanic: at the end")
    assert r.causes[0].line_number == 2
    assert r.source.lines == 2


def test_ansi_and_timestamps_are_removed_from_reported_text():
    data = b"2024-05-14T10:22:33.1234567Z \x1b[31mpanic: \x1b[0mred alert\n"
    r = scan(data)
    assert r.causes[0].line == "panic: red alert"


def test_invalid_utf8_and_nul_bytes_do_not_crash():
    data = b"\xff\xfe\x00\x00garbage\n\x00panic: \xc3\x28 bad\n"
    r = scan(data)
    assert r.causes[0].line_number == 2
    assert "\ufffd" in r.causes[0].line


def test_passing_log_has_no_causes():
    r = scan(b"collected 3 items\n\n============================== 3 passed in 0.12s "
             b"===============================\n")
    assert r.status == "passed"
    assert r.category == "none"
    assert r.causes == ()


def test_unknown_when_no_evidence_either_way():
    r = scan(b"hello\nworld\n")
    assert r.status == "unknown"
    assert r.category == "unknown"


def test_wrapper_never_outranks_its_cause():
    data = b"Exited with code exit status 1\nsrc/x.c:3:1: error: boom\nExited with code exit status 1\n"
    r = scan(data)
    assert r.causes[0].rule == "native.compiler_error"
    assert r.causes[-1].rule.startswith("ci.")
    assert r.causes[-1].score < r.causes[0].score


def test_traceback_section_picks_the_final_exception_across_chunks():
    data = (b"noise\nTraceback (most recent call last):\n  File \"a.py\", line 3, in <module>\n"
            b"    main()\n  File \"a.py\", line 2, in main\n    raise KeyError('k')\n"
            b"KeyError: 'k'\nafter\n")
    whole = scan(data)
    for size in (1, 3, 7, 16):
        parts = [data[i:i + size] for i in range(0, len(data), size)]
        r = scan(parts)
        assert r.causes[0].line_number == 7
        assert r.causes[0].line == "KeyError: 'k'"
        assert r.causes[0].rule == whole.causes[0].rule == "python.exception"
    assert any("section python.traceback" in x for x in whole.causes[0].reasons)


IGNORED = (b"Exception ignored in: <function Upload.__del__ at 0x7ff7cb4dd620>\n"
           b"Traceback (most recent call last):\n"
           b"  File \"export.py\", line 9, in __del__\n"
           b"ConnectionError: upload was never closed\n")


def test_an_ignored_exception_is_warning_output_across_chunks():
    data = IGNORED + b"exporting\nTraceback (most recent call last):\n" \
        b"  File \"export.py\", line 16, in export\nKeyError: 'total'\n"
    for size in (1, 5, 64, len(data)):
        r = scan([data[i:i + size] for i in range(0, len(data), size)])
        assert r.status == "failed"
        assert [(c.line_number, c.line) for c in r.causes] == [
            (8, "KeyError: 'total'"), (4, "ConnectionError: upload was never closed")]
        assert any("inside warning output (python.exception_ignored, line 1)" in x
                   for x in r.causes[1].reasons)
        assert r.stats["causes_muted"] == 1


def test_warning_output_alone_does_not_fail_a_log():
    r = scan(IGNORED + b"Ran 3 tests in 0.010s\n\nOK\n")
    assert (r.status, r.category, r.causes) == ("passed", "none", ())
    assert r.stats["causes_muted"] == 1
    no_verdict = scan(IGNORED)  # no success summary either: the muted cause is shown
    assert no_verdict.status == "unknown"
    assert [c.line_number for c in no_verdict.causes] == [4]


def test_the_same_error_outside_warning_output_is_the_cause():
    again = b"Traceback (most recent call last):\n  File \"x.py\", line 2\n" \
        b"ConnectionError: upload was never closed\n"
    r = scan(IGNORED + b"retrying\n" + again)
    assert r.status == "failed"
    top = r.causes[0]
    assert (top.line_number, top.occurrences) == (8, 2)
    assert not any("warning output" in x for x in top.reasons)
    assert top.excerpt[-1].n > 4  # its excerpt is around the unmuted line
    assert r.stats["causes_muted"] == 0


def test_a_window_whose_stop_never_comes_is_not_warning_output():
    # pytest's unraisable-exception warning ends with its `warnings.warn(...)` line;
    # when that never comes (the run died, the log was cut), nothing in it is muted
    head = b"x.py:63: PytestUnraisableExceptionWarning: Exception ignored in: <f>\n"
    inside = b"RuntimeError: in the warning\n"
    filler = b"".join(b"line %d\n" % i for i in range(200))
    r = scan(head + inside + filler + b"RuntimeError: after the window\n")
    assert r.status == "failed" and r.stats["causes_muted"] == 0
    assert {c.line for c in r.causes} >= {"RuntimeError: in the warning",
                                          "RuntimeError: after the window"}
    closed = scan(head + inside + b"  warnings.warn(pytest.PytestUnraisableExceptionWarning(msg))\n")
    assert closed.stats["causes_muted"] == 1


@pytest.mark.parametrize("prefilter", [True, False])  # a skimming and a stepping walk
def test_a_spent_window_of_warning_output_knows_where_it_ends(prefilter):
    """Lines of a window are told apart by offset too (lines after it take the fast
    path uncounted): a window that runs out of lines ends after its last one."""
    from triage.rules import load_rules

    rule = load_rules().rule("python.pytest_unraisable_warning")
    assert rule.follow is not None
    head = (rule.examples[0] + "\n").encode()
    s = Scanner(options=ScanOptions(prefilter=prefilter))
    s.feed(head + b"    detail line\n" * (rule.follow.max_lines + 100))
    (window,) = s._unclosed
    assert (window.first_at, window.last) == (len(head), 1 + rule.follow.max_lines)
    assert window.end_at == len(head) + len(b"    detail line\n") * rule.follow.max_lines


def test_a_crash_inside_a_pytest_live_log_fails_the_log():
    data = (b"tests/test_seg.py::test_crash \n"
            b"-------------------------------- live log call ---------------------------------\n"
            b"INFO     app:test_seg.py:6 calling native code\n"
            b"Fatal Python error: Segmentation fault\n\n"
            b"Current thread 0x00007f0c1a2b3740 (most recent call first):\n"
            b'  File "/app/tests/test_seg.py", line 7 in test_crash\n')
    r = scan(data)
    assert r.status == "failed"
    assert r.causes[0].rule == "native.segfault"
    assert not any("warning output" in x for x in r.causes[0].reasons)


def test_parallel_go_tests_output_is_attributed_by_its_cont_lines():
    data = (b"=== RUN   TestA\n=== PAUSE TestA\n=== RUN   TestB\n=== PAUSE TestB\n"
            b"=== CONT  TestA\n=== CONT  TestB\n    par_test.go:11: starting\n"
            b"=== CONT  TestA\n    par_test.go:6: dial tcp 127.0.0.1:5432: connect: "
            b"connection refused\n--- PASS: TestA (0.00s)\n"
            b"=== CONT  TestB\n    par_test.go:13: expected 3, got 4\n"
            b"--- FAIL: TestB (0.00s)\nFAIL\n")
    r = scan(data, options=ScanOptions(top=5))
    owned = {c.line.strip() for c in r.causes
             if "output of failing test TestB (+30)" in c.reasons}
    assert owned == {"par_test.go:11: starting", "par_test.go:13: expected 3, got 4"}
    assert r.causes[0].line.strip() in owned  # TestA's refused connection comes after


GHA_STEPS = (
    "2022-03-15T21:05:34.2345966Z ##[group]Run mvn -B dependency:go-offline --fail-never\n"
    "2022-03-15T21:05:34.3000000Z ##[endgroup]\n"
    "2022-03-15T21:05:41.2786472Z [ERROR] /w/a/Proc.java:[25,31] cannot find symbol\n"
    "2022-03-15T21:05:42.0000000Z [INFO] BUILD SUCCESS\n"
    "2022-03-15T21:05:44.0928361Z ##[group]Run mvn -B verify --fail-at-end\n"
    "2022-03-15T21:05:44.1000000Z ##[endgroup]\n"
    "2022-03-15T21:06:26.2510560Z [ERROR] /w/b/CompileTest.java:[42,46] cannot access "
    "org.eclipse.EclipseCompiler\n"
    "2022-03-15T21:06:51.6748712Z ##[error]Process completed with exit code 1.\n"
)


def test_causes_in_the_step_that_failed_rank_first():
    r = scan(GHA_STEPS.encode())
    assert [c.line_number for c in r.causes[:2]] == [7, 3]
    assert "in the CI step that failed (+10)" in r.causes[0].reasons
    assert not any("step that failed" in x for x in r.causes[1].reasons)
    # without the step markers, the success summary after the first error still
    # says its run passed; without that line too, the earliest error leads
    flat = scan(GHA_STEPS.replace("##[group]Run", "Run").encode())
    assert [c.line_number for c in flat.causes[:2]] == [7, 3]
    assert "a success summary follows it (-10)" in flat.causes[1].reasons
    flatter = scan(GHA_STEPS.replace("##[group]Run", "Run")
                   .replace("[INFO] BUILD SUCCESS", "[INFO] done").encode())
    assert flatter.causes[0].line_number == 3


def test_failed_steps_are_the_steps_holding_a_wrapper_line():
    from triage.rank import failed_steps
    assert failed_steps([], [9]) == []
    assert failed_steps([5, 1], [3, 4, 12]) == [(1, 4), (5, 1 << 62)]
    assert failed_steps([5], [2]) == []  # before the first step: runner set-up


LOGGED = (b"=== RUN   TestRetry\n"
          b"    retry_test.go:21: dial tcp 127.0.0.1:9: connect: connection refused\n"
          b"--- PASS: TestRetry (0.01s)\n")


def test_an_error_a_later_success_summary_outweighs_does_not_fail_a_log():
    r = scan(LOGGED + b"PASS\nok  \texample.com/retry\t0.012s\n")
    assert (r.status, r.causes) == ("passed", ())
    assert r.stats["causes_superseded"] == r.stats["causes_total"] == 2  # two rules, one line
    # after the summary, or with no summary, an error line is evidence of failure
    error = b"dial tcp 127.0.0.1:9: connect: connection refused\n"
    after = scan(b"ok  \texample.com/retry\t0.012s\n" + error)
    assert after.status == "failed" and after.stats["causes_superseded"] == 0
    assert scan(error).status == "failed"
    # unless a test that passed logged it (the log cut off before any summary)
    r = scan(LOGGED)
    assert r.status == "unknown"
    assert "logged only by tests that did not fail: TestRetry (-30)" in r.causes[0].reasons
    assert scan(LOGGED, options=ScanOptions(exit_code=1)).status == "failed"


def test_a_failure_line_after_a_success_line_keeps_the_errors_before_it():
    # unittest prints "Ran N tests" whatever happens; "FAILED (...)" after it decides
    from pathlib import Path
    log = Path(__file__).parent.parent / "fixtures" / "logs" / "unittest_fail_error.log"
    r = scan(log)
    assert r.status == "failed" and r.stats["causes_superseded"] == 0
    assert not any("success summary" in x for c in r.causes for x in c.reasons)


def test_a_known_non_zero_exit_code_makes_every_error_count():
    data = LOGGED + b"PASS\nok  \texample.com/retry\t0.012s\n"
    r = scan(data, options=ScanOptions(exit_code=1))
    assert r.status == "failed"
    assert "connection refused" in r.causes[0].line
    assert r.stats["causes_superseded"] == 0
    assert scan(data, options=ScanOptions(exit_code=0)).status == "passed"


def test_a_known_zero_exit_code_closes_the_log_like_a_success_summary():
    # an error line and no verdict: failed, unless the command is known to have exited 0
    data = b"building\nerror: unknown option --frob\nretrying without it\ndone\n"
    assert scan(data).status == "failed"
    r = scan(data, options=ScanOptions(exit_code=0))
    assert r.status == "passed" and r.category == "none" and not r.causes
    assert r.stats["causes_superseded"] == 1
    # no line at all says how it went: the exit code does
    assert scan(b"compiling\n").status == "unknown"
    assert scan(b"compiling\n", options=ScanOptions(exit_code=0)).status == "passed"
    # the run was not stopped: a timeout it survived does not fail it either
    survived = b"curl: (28) Operation timed out after 30000 milliseconds\nusing the mirror\n"
    assert scan(survived).status == "failed"
    assert scan(survived, options=ScanOptions(exit_code=0)).status == "passed"
    # failing tests are the runner's own verdict: they still fail the log, and errors
    # after them say why they are scored down
    tests = b"--- FAIL: TestParse (0.00s)\nFAIL\tex.com/a\t0.01s\nerror: cleanup failed\n"
    r = scan(tests, options=ScanOptions(exit_code=0))
    assert r.status == "failed" and [t.id for t in r.failing_tests] == ["TestParse"]
    later = next(c for c in r.causes if "cleanup failed" in c.line)
    assert any(x.startswith("the command exited 0") for x in later.reasons)


def test_a_known_zero_exit_code_holds_past_the_candidate_budget():
    from triage.sink import MAX_CANDIDATES

    def word(i: int) -> bytes:  # distinct after masking: consonants only
        return "".join("bcdfghjklmnpqrstvwxz"[(i // 20 ** k) % 20] for k in range(4)).encode()

    errors = b"".join(b"error: unknown option --%s\n" % word(i)
                      for i in range(MAX_CANDIDATES + 500))
    survived = b"curl: (28) Operation timed out after 30000 milliseconds\nusing the mirror\n"
    r = scan(errors + survived, options=ScanOptions(exit_code=0))
    assert r.stats["causes_total"] > MAX_CANDIDATES  # the timeout is past the budget
    assert r.status == "passed"
    assert scan(errors + survived).status == "failed"
    # a failure line past the budget still fails it
    failure = b"--- FAIL: TestParse (0.00s)\nFAIL\tex.com/a\t0.01s\n"
    assert scan(errors + failure, options=ScanOptions(exit_code=0)).status == "failed"


def test_failing_tests_and_run_breaking_errors_fail_a_log_despite_a_success_summary():
    failed_test = b"--- FAIL: TestParse (0.00s)\nFAIL\tex.com/a\t0.01s\nok  \tex.com/b\t0.01s\n"
    assert scan(failed_test).status == "failed"
    interrupted = (b"!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! KeyboardInterrupt !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
                   b"========== 1182 passed, 1523 skipped, 24 xfailed in 497.69s (0:08:17) ==========\n")
    r = scan(interrupted)
    assert r.status == "failed"
    assert r.causes[0].category == "timeout"


def test_tests_listed_under_pytest_passes_are_not_failing():
    data = (b"==================================== PASSES ====================================\n"
            b"_____________________________ test_prints_progress _____________________________\n"
            b"----------------------------- Captured stdout call -----------------------------\n"
            b"step 1 of 3\n"
            b"=========================== short test summary info ============================\n"
            b"PASSED tests/test_progress.py::test_prints_progress\n"
            b"============================== 1 passed in 0.01s ===============================\n")
    r = scan(data)
    assert (r.status, r.failing_tests, r.causes) == ("passed", (), ())
    assert r.stats["causes_muted"] == 1


def test_excerpt_has_context_on_both_sides():
    data = b"".join(b"line %d\n" % i for i in range(1, 10)) + b"panic: boom\n" + b"".join(
        b"after %d\n" % i for i in range(1, 5))
    r = scan(data, options=ScanOptions(context=2))
    ex = r.causes[0].excerpt
    assert [e.n for e in ex] == [8, 9, 10, 11, 12]
    assert ex[2].text == "panic: boom"


def test_duplicate_causes_are_merged_with_occurrences():
    data = b"panic: boom 1\nx\npanic: boom 2\npanic: boom 3\n"
    r = scan(data)
    assert len(r.causes) == 1
    assert r.causes[0].occurrences == 3
    assert r.causes[0].line_number == 1
    assert r.causes[0].signature == "panic: boom <N>"


def test_long_lines_are_cut_and_flagged_but_later_lines_still_scanned():
    cap = 1024
    long_line = b"x" * 5000 + b" panic: hidden beyond the cap\n"
    data = b"first\n" + long_line + b"panic: visible\n"
    for chunks in ([data], [data[i:i + 100] for i in range(0, len(data), 100)]):
        r = scan(chunks, options=ScanOptions(line_cap=cap))
        assert r.source.truncated is True
        assert r.source.truncated_lines == 1
        assert r.causes[0].line == "panic: visible"
        assert r.causes[0].line_number == 3


def test_a_failing_test_message_is_cut_as_a_cause_line_is():
    # pytest's short summary line with an assertion on a serialised value 300 KB long,
    # and a secret near where the message is cut
    value = "x" * 380 + " ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8 " + "y" * 300_000
    log = f"FAILED tests/test_api.py::test_dump - AssertionError: assert '{value}' == ''\n"
    r = scan(log.encode())
    (test,) = r.failing_tests
    assert test.id == "tests/test_api.py::test_dump"
    assert test.message.startswith("AssertionError: assert 'xxx") and test.message.endswith("…")
    assert len(test.message) == 400 and "A1b2C3" not in json.dumps(r.to_dict())
    assert len(r.causes[0].line) <= 400


def test_a_huge_single_line_streams_in_bounded_memory():
    import tracemalloc

    chunk = b"y" * (1 << 20)

    def gen():
        for _ in range(64):  # 64 MiB, one line
            yield chunk
        yield b"\npanic: after the monster line\n"

    tracemalloc.start()
    r = scan(gen())
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert r.source.truncated_lines == 1
    assert r.causes[0].line_number == 2
    assert peak < 16 * (1 << 20)


def test_long_and_deeply_nested_test_names_keep_memory_and_the_report_small():
    import tracemalloc

    from triage.sink import MAX_TEST_ID

    # a TAP test named by a 128 KB value, and 300 nested subtests of 200-character names
    # around 200 failing tests
    long_name = b"TAP version 13\nnot ok 1 - " + b"a " * 64000 + b"end\n"
    nested = b"TAP version 13\n" + b"".join(
        b" " * (4 * i) + b"# Subtest: s%05d" % i + b"x" * 200 + b"\n" for i in range(300)
    ) + b"".join(b" " * 1200 + b"not ok %d - test number %d\n" % (t + 1, t) for t in range(200))
    for log, tests in ((long_name, 1), (nested, 200)):
        tracemalloc.start()
        r = scan(log)
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert r.status == "failed" and len(r.failing_tests) == tests
        assert all(len(t.id) <= MAX_TEST_ID for t in r.failing_tests)
        assert len(json.dumps(r.to_dict())) < 300_000
        assert peak < 64 * (1 << 20), peak
    # a cut id keeps its head and the test's own name at its end, and tells so
    assert r.failing_tests[-1].id.startswith("s00000x")
    assert r.failing_tests[-1].id.endswith(" > test number 199") and "…" in r.failing_tests[-1].id


def test_circleci_step_output_is_unwrapped_and_numbered_over_messages():
    payload = json.dumps([
        {"message": "#!/bin/bash -eo pipefail\npytest\n", "time": "t", "type": "out",
         "truncated": False},
        {"message": "FAILED tests/test_a.py::test_b - assert 1 == 2\nExited with code exit "
                    "status 1\n", "time": "t", "type": "out", "truncated": True},
    ]).encode()
    r = scan(payload)
    assert r.source.envelope == "circleci-json"
    assert r.source.truncated is True
    assert r.failing_tests[0].id == "tests/test_a.py::test_b"
    assert r.failing_tests[0].line_number == 3
    assert r.source.lines == 4


def test_report_shape_matches_the_contract():
    r = scan(b"FAILED tests/t.py::test_a - assert 0\n").to_dict()
    assert r["schema"] == "triage.report/1"
    assert set(r) >= {"schema", "source", "status", "category", "failing_tests", "causes",
                      "stats"}
    assert set(r["source"]) >= {"name", "bytes", "lines", "truncated"}
    cause = r["causes"][0]
    assert set(cause) >= {"rank", "score", "category", "rule", "line_number", "line",
                          "signature", "fingerprint", "occurrences", "excerpt", "reasons",
                          "hint"}
    assert r["category"] in CATEGORIES
    assert 0.0 <= cause["score"] <= 1.0
    assert r["stats"]["elapsed_s"] >= 0


def test_feed_after_finish_is_an_error():
    s = Scanner()
    s.feed(b"x\n")
    s.finish()
    with pytest.raises(RuntimeError):
        s.feed(b"y\n")


def test_excerpts_and_lines_are_redacted_in_rendered_output():
    from triage.report import render_json, render_text

    data = (b"export GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789\n"
            b"panic: auth failed for https://user:hunter2secret@example.com/repo\n")
    r = scan(data)
    for text in (render_json(r), render_text(r)):
        assert "ghp_abcdefghijklmnopqrstuvwxyz0123456789" not in text
        assert "hunter2secret" not in text
        assert "<redacted" in text


NPM_TOKEN = "npm_k2Jd8sLq0Wm4Xz7Rt1Yp5Nv93820571Bc6Ha"
GH_TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"


def test_reports_are_redacted_when_built_signatures_and_test_ids_included():
    data = (f"npm ERR! 401 Unauthorized - authentication token {NPM_TOKEN}\n"
            f"FAILED tests/test_x.py::test_login[{GH_TOKEN}] - AssertionError: "
            f"token={GH_TOKEN}\n").encode()
    r = scan(data)  # the API's report, not only what renderers print
    everything = json.dumps(r.to_dict())
    # masking cuts the token's digits, so redacting the signature afterwards would
    # leave most of it: npm_k2Jd8sLq0Wm4Xz7Rt1Yp5Nv9<N>Bc6Ha
    for piece in ("k2Jd8sLq0Wm4Xz7Rt1Yp5Nv9", "abcdefghijklmnopqrstuvwxyz"):
        assert piece not in everything
    npm = next(c for c in r.causes if "npm ERR!" in c.line)
    assert npm.signature == "npm ERR! <N> Unauthorized - authentication token <redacted:npm-token>"
    assert r.failing_tests[0].id == "tests/test_x.py::test_login[<redacted:github-token>]"


def test_a_secret_is_redacted_before_a_long_line_is_cut():
    tok = "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
    pre = "error: auth failed for "
    near_160 = pre + "x" * (159 - 10 - len(pre) - 1) + " " + tok  # excerpts are cut at 160
    near_400 = "error: upload failed " + "1234567890 " * 33 + "yyyy AKIAIOSFODNN7EXAMPLE rest"
    for line in (near_160, near_400):
        r = scan(f"step one\n{line}\nmore\n".encode())
        everything = json.dumps(r.to_dict())
        assert "A1b2C3" not in everything and "AKIAIOSFOD" not in everything
        assert "<redacted:" in r.causes[0].line


def test_reasons_naming_a_failing_test_are_redacted():
    log = (b"=== RUN   TestLogin\n=== RUN   TestLogin/password=hunter22secret\nerror: boom\n"
           b"--- FAIL: TestLogin (0.00s)\n    --- FAIL: TestLogin/password=hunter22secret (0.00s)\n"
           b"FAIL\n")
    r = scan(log)
    assert "hunter22secret" not in json.dumps(r.to_dict())
    assert any("password=<redacted>" in reason for c in r.causes for reason in c.reasons)


def test_a_file_with_a_byte_order_mark_gets_the_same_report_with_workers(tmp_path):
    lines = [f"line {i} ok" for i in range(20000)]
    lines[10000:10000] = ["ab", "error: boom here",
                          "FAILED tests/test_a.py::test_x - AssertionError: bad", "error: second"]
    log = tmp_path / "bom.log"
    log.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode() + b"\n")
    one = scan(log, options=ScanOptions(workers=1))
    assert comparable(scan(log, options=ScanOptions(workers=2))) == comparable(one)
    assert one.causes[0].excerpt[0].text == "line 9999 ok"


def test_numbers_that_are_part_of_a_name_are_kept_in_signatures():
    lines = [f"FAILED tests/test_a.py::test_{i} - assert 0" for i in (1, 10, 11, 100)]
    r = scan(("\n".join(lines) + "\n").encode(), options=ScanOptions(top=10))
    sigs = sorted(c.signature for c in r.causes)
    assert sigs == sorted(f"FAILED tests/test_a.py::test_{i} - assert <N>" for i in (1, 10, 11, 100))
    r = scan(b"error: build for x86_64 failed after 35 retries on 10.0.0.1:8080\n")
    assert r.causes[0].signature == "error: build for x86_64 failed after <N> retries on <IP>"


def test_circleci_output_cut_off_mid_stream_is_reported_truncated():
    payload = json.dumps([{"message": "panic: boom\n" * 3, "time": "t", "type": "out",
                           "truncated": False}]).encode()
    whole = scan(payload)
    assert whole.source.truncated is False
    cut = scan(payload[: len(payload) // 2])
    assert cut.source.envelope == "circleci-json"
    assert cut.source.truncated is True
    assert cut.causes[0].line == "panic: boom"


def test_previous_line_alone_in_its_block_keeps_its_context():
    """A rustc/ruff-style hit whose reported line ended the previous block."""
    data = (b"collecting the first line of this log\nand the second line of it\n"
            b"F401 [*] `sys` imported but unused\n --> app/service.py:1:1\nthree\n")
    cut = data.index(b"F401") + 1  # the reported line is then a block of its own
    whole = scan(data)
    assert [e.n for e in whole.causes[0].excerpt] == [1, 2, 3, 4, 5]
    for chunks in ([data[:cut], data[cut:]], [data[:cut - 1], data[cut - 1:]]):
        assert scan(chunks).causes[0].excerpt == whole.causes[0].excerpt


def test_a_section_finds_its_line_in_utf16_output():
    """Cleaning drops NUL bytes; a follow skimming for literals must still look there."""
    data = (b"FAIL: test_b (pkg.mod.TestA)\n" + b"-" * 70
            + b"\nTraceback (most recent call last):\n"
            + "AssertionError: 1 != 2".encode("utf-16-le") + b"\n")
    on = scan(data)
    off = scan(data, options=ScanOptions(prefilter=False))
    assert [(c.rule, c.line_number) for c in on.causes] == \
        [(c.rule, c.line_number) for c in off.causes]
    assert on.causes[0].rule == "python.test_exception"


# -- warning output and success summaries never hide a real failure ----------------

LOCALS = (b"Exception ignored in: <function main.<locals>.Conn.__del__ at 0x7fb77b0e56c0>\n"
          b"Traceback (most recent call last):\n"
          b'  File "/tmp/deploy.py", line 7, in __del__\n'
          b'    raise Closed("closed twice")\n'
          b"main.<locals>.Closed: closed twice\n"
          b"Traceback (most recent call last):\n"
          b'  File "/tmp/deploy.py", line 11, in main\n'
          b'    raise RuntimeError("deploy failed: 503 from registry")\n'
          b"RuntimeError: deploy failed: 503 from registry\n")


def test_an_ignored_exception_ends_its_warning_output_at_its_own_exception_line():
    r = scan(LOCALS)
    assert r.status == "failed"
    assert r.causes[0].line == "RuntimeError: deploy failed: 503 from registry"
    assert not any("warning output" in x for x in r.causes[0].reasons)
    # an install's success line before it does not outweigh it either
    assert scan(b"Installed 5 packages in 3ms\n" + LOCALS).status == "failed"


def test_timeouts_and_ci_exit_lines_are_never_muted():
    data = (b"Exception ignored in: <function Pool.__del__ at 0x7f3a5c1b2d40>\n"
            b"Traceback (most recent call last):\n"
            b'  File "/usr/lib/python3.11/multiprocessing/pool.py", line 268, in __del__\n'
            b"##[error]The operation was canceled.\n"
            b"##[error]Process completed with exit code 1.\n")
    r = scan(data)
    assert r.status == "failed"
    assert [(c.rule, c.category) for c in r.causes[:2]] == [
        ("ci.gha_cancel", "infrastructure"), ("ci.gha_exit", "unknown")]
    assert not any("warning output" in x for c in r.causes[:2] for x in c.reasons)


def test_warning_output_is_the_same_for_every_chunking():
    # a traceback's follow reaches past a warning line that opens a mute window
    data = (b"Traceback (most recent call last):\n"
            b'  File "/app/tests/test_cache.py", line 13, in test_x\n'
            b"  /x/_pytest/unraisableexception.py:63: PytestUnraisableExceptionWarning: "
            b"Exception ignored in: <f>\n"
            b"ValueError: boom\n")
    from tests.conftest import comparable
    whole = comparable(scan(data))
    for cut in range(1, len(data)):
        assert comparable(scan([data[:cut], data[cut:]])) == whole, cut


def test_a_cause_first_seen_in_warning_output_gets_one_excerpt_for_every_chunking():
    lines = [b"Exception ignored in: <function Tracker.__del__ at 0x7f3a5c1b2d40>\n",
             b"error: linker failed\n", b"error: linker failed\n", b"next line\n", b"more\n"]
    want = [e.n for e in scan(b"".join(lines)).causes[0].excerpt]
    got = [e.n for e in scan([lines[0] + lines[1], lines[2], lines[3] + lines[4]])
           .causes[0].excerpt]
    assert got == want == sorted(set(want))


def test_causes_past_the_budget_still_fail_a_log():
    from triage.sink import MAX_CANDIDATES
    def name(i: int) -> bytes:  # letters only: masking keeps them distinct
        return bytes(97 + (i // 26 ** k) % 26 for k in range(3))
    many = b"".join(b"error: cannot find symbol %s\n" % name(i) for i in range(MAX_CANDIDATES))
    r = scan(many + b"Ran 12 tests in 0.503s\n\nOK\nSegmentation fault (core dumped)\n")
    assert r.status == "failed"
    assert r.stats["causes_total"] == MAX_CANDIDATES + 1


def test_a_known_failed_command_is_failed_even_with_no_cause_found():
    r = scan(b"Installed 5 packages in 3ms\nsomething unrecognised went wrong\n",
             options=ScanOptions(exit_code=2))
    assert (r.status, r.category) == ("failed", "unknown")


def test_a_rerun_does_not_keep_an_error_before_a_passing_summary_as_evidence():
    data = (b"curl: (7) Failed to connect to 127.0.0.1 port 9: Connection refused\n"
            b"tests/test_flaky.py::test_flaky_network RERUN                            [ 50%]\n"
            b"tests/test_flaky.py::test_flaky_network PASSED                           [ 50%]\n"
            b"========================== 1 passed, 1 rerun in 0.02s ==========================\n")
    assert scan(data).status == "passed"


def test_a_repeat_inside_warning_output_is_no_evidence():
    data = (b"ConnectionResetError: [Errno 104] Connection reset by peer\n"
            b"Ran 3 tests in 0.010s\n\nOK\n"
            b"Exception ignored in: <function Conn.__del__ at 0x7f>\n"
            b"ConnectionResetError: [Errno 104] Connection reset by peer\n")
    r = scan(data)
    assert r.status == "passed"
    assert r.stats["causes_superseded"] + r.stats["causes_muted"] == r.stats["causes_total"]


def test_step_markers_need_their_anchor_with_the_prefilter_off_too():
    data = (b"Run options: --seed 31337\nRun tests\nerror: boom\n"
            b"##[error]Process completed with exit code 1.\n")
    from tests.conftest import comparable
    assert comparable(scan(data)) == comparable(scan(data, options=ScanOptions(prefilter=False)))


GO_V = (b"=== RUN   TestBackendOptional\n"
        b"    limiter_test.go:17: backend unavailable: dial tcp 127.0.0.1:1: connect: "
        b"connection refused\n"
        b"--- PASS: TestBackendOptional (0.00s)\n"
        b"=== RUN   TestRateExceeded\n"
        b"    limiter_test.go:44: third request within window: Allow() = true, want false\n"
        b"--- FAIL: TestRateExceeded (0.00s)\n"
        b"=== RUN   TestRateExceededTwice\n"
        b"--- PASS: TestRateExceededTwice (0.00s)\n"
        b"FAIL\nFAIL\texample.com/ratelimit\t0.003s\n")


def test_a_failing_go_tests_own_output_outranks_what_passing_tests_logged():
    r = scan(GO_V)
    top = r.causes[0]
    assert top.line.endswith("Allow() = true, want false")
    assert "output of failing test TestRateExceeded (+30)" in top.reasons
    assert not any("output of failing test" in x for c in r.causes[1:] for x in c.reasons)


def test_what_passing_go_tests_logged_ranks_below_the_failing_tests_own_lines():
    path = FIXTURES / "logs" / "go_test_log_noise_fail.log"
    # which test printed each line, by the log's own structure: === RUN X ... --- PASS: X
    passed, failed, block = set(), set(), []
    for n, line in enumerate(path.read_text().splitlines(), 1):
        if line.startswith("=== RUN"):
            block = []
        elif verdict := re.match(r"--- (PASS|FAIL): ", line):
            (passed if verdict[1] == "PASS" else failed).update(block)
            failed.update([n] if verdict[1] == "FAIL" else [])
            block = []
        else:
            block.append(n)
    r = scan(path, options=ScanOptions(top=10))
    from_passing = [c for c in r.causes if c.line_number in passed]
    from_failing = [c for c in r.causes if c.line_number in failed]
    assert len(from_passing) >= 2 and len(from_failing) >= 2
    assert max(c.rank for c in from_failing) < min(c.rank for c in from_passing)
    for c in from_passing:
        assert any(x.startswith("logged only by tests that did not fail: Test")
                   and x.endswith("(-30)") for x in c.reasons), c.reasons
    # (a `connection refused` a passing test logged is named by the network rule,
    # and still known as a test's log line)
    assert any(c.category == "network" for c in from_passing)
    # the same when a CI stamps and colours its lines (GitHub Actions)
    stamped = b"".join(b"2024-05-14T10:22:33.1234567Z \x1b[36m" + line
                       for line in path.read_bytes().splitlines(keepends=True))
    again = scan(stamped, options=ScanOptions(top=10))
    assert [(c.line, c.reasons) for c in again.causes] == [(c.line, c.reasons) for c in r.causes]


def test_the_test_a_log_line_belongs_to_is_found_for_every_chunking_and_within_reach():
    from triage.scanner import _OUTPUT_REACH
    log = (FIXTURES / "logs" / "go_test_log_noise_fail.log").read_bytes()
    first, rest = log.split(b"\n", 1)  # === RUN   TestBackendOptional, then its log
    for gap in (_OUTPUT_REACH - 200, _OUTPUT_REACH + 200):
        filler = b"".join(b"    step %06d\n" % i for i in range(gap // 16))
        data = first + b"\n" + filler + rest
        whole = comparable(scan(data, options=ScanOptions(top=10)))
        reasons = [x for c in whole["causes"] for x in c["reasons"]]
        # within reach the line is TestBackendOptional's; beyond it, nobody's known
        assert any("TestBackendOptional" in x for x in reasons) == (gap < _OUTPUT_REACH)
        for cut in range(len(first) - 5, len(data), 4099):
            parts = [data[:cut], data[cut:]]
            assert comparable(scan(parts, options=ScanOptions(top=10))) == whole, (gap, cut)


def test_go_test_json_events_name_the_test_that_logged_them():
    path = FIXTURES / "logs" / "go_test_json_log_noise_fail.log"
    events = [json.loads(line) for line in path.read_text().splitlines()]
    passed = {e["Test"] for e in events if e.get("Action") == "pass" and "Test" in e}
    r = scan(path, options=ScanOptions(top=10))
    assert '"Test":"TestRateExceeded"' in r.causes[0].line
    penalised = [c for c in r.causes
                 if any(x.startswith("logged only by tests that did not fail") for x in c.reasons)]
    assert len(penalised) >= 3
    for c in penalised:  # each is an event of a test the stream says passed
        assert json.loads(c.line)["Test"] in passed


def test_a_go_benchmark_names_its_own_log():
    """Benchmarks print no `=== RUN` line: their own (`BenchmarkX`) names their log."""
    r = scan(FIXTURES / "logs" / "go_bench_fail.log", options=ScanOptions(top=10))
    assert [t.id for t in r.failing_tests] == ["BenchmarkLookupRemote"]
    penalised = {c.line.strip().split(": ", 1)[0] for c in r.causes
                 if any(x.startswith("logged only by tests that did not fail") for x in c.reasons)}
    # the passing test's and the passing benchmark's logs; not the failing benchmark's
    assert penalised == {"bench_test.go:8", "bench_test.go:17"}
    assert r.causes[0].line.strip().startswith("bench_test.go:13: error: benchmark backend")


def test_a_naming_line_right_at_the_reach_counts_the_same_for_every_chunking():
    from triage.scanner import _OUTPUT_REACH
    log = (FIXTURES / "logs" / "go_test_log_noise_fail.log").read_bytes()
    head = log[:log.index(b"=== RUN   TestRateExceeded")]  # passing tests, with their logs
    name = b"=== RUN   TestQuiet\n"
    line = b"    q_test.go:9: error: cannot reach cache: connection refused\n"
    for delta in (-1, 0, 1):  # the naming line starts this far from the edge of the reach
        size = _OUTPUT_REACH - len(name) + delta
        filler = b"".join(b"noise line %06d\n" % i for i in range(size // 18 + 1))[:size - 1]
        data = head + name + filler + b"\n" + line + b"--- PASS: TestQuiet (0.00s)\nFAIL\n"
        whole = comparable(scan(data))
        quiet = next(c for c in whole["causes"] if "cache" in c["line"])
        assert any("TestQuiet" in x for x in quiet["reasons"]) == (delta <= 0)
        at = len(head)
        ls = at + len(name) + len(filler) + 1
        for cut in [*range(at - 3, at + 4), *range(ls - 3, ls + 4), len(head) // 2]:
            assert comparable(scan([data[:cut], data[cut:]])) == whole, (delta, cut)


def test_a_failing_tests_output_is_found_for_every_chunking_and_within_reach():
    from tests.conftest import comparable
    from triage.scanner import _OUTPUT_REACH
    filler = b"".join(b"    noise line %d\n" % i for i in range(20))
    data = filler + GO_V
    whole = comparable(scan(data))
    for cut in range(0, len(data), 7):
        assert comparable(scan([data[:cut], data[cut:]])) == whole, cut
    # output that began more than the reach before the verdict is not attributed
    far = GO_V.replace(b"    limiter_test.go:44", b"x" * _OUTPUT_REACH + b"\n    limiter_test.go:44")
    assert not any("output of failing test" in x for c in scan(far).causes for x in c.reasons)


def test_an_error_a_retry_announcement_follows_is_no_evidence_of_failure():
    retried = (b"curl: (7) Failed to connect to 127.0.0.1 port 8080 after 0 ms: Couldn't connect\n"
               b"health check failed (attempt 1), retrying in 1s...\n"
               b"service healthy\n")
    r = scan(retried)
    assert r.status == "unknown" and r.stats["causes_retried"] == 1
    assert scan(retried, options=ScanOptions(exit_code=1)).status == "failed"
    # the attempt after the last retry failed too: that error counts, and leads
    final = retried + b"cp: cannot stat 'manifests/prod.yaml': No such file or directory\n"
    r = scan(final)
    assert r.status == "failed" and r.causes[0].line.startswith("cp: cannot stat")
    assert "a retry follows it (-25)" in r.causes[1].reasons
    # the word alone (a package, a test id) announces nothing
    package = (b"cp: cannot stat 'dist/app.tar.gz': No such file or directory\n"
               b"Requirement already satisfied: retrying>=1.3 in ./venv/lib/python3.11\n")
    assert scan(package).status == "failed"
    # an error whose last occurrence no retry follows is evidence
    again = retried + b"curl: (7) Failed to connect to 127.0.0.1 port 8080 after 0 ms: Couldn't connect\n"
    r = scan(again)
    assert r.status == "failed" and r.stats["causes_retried"] == 0


@pytest.mark.parametrize("prefilter", [True, False])
def test_a_nul_byte_inside_an_anchor_does_not_hide_the_line(prefilter):
    """UTF-16 output: cleaning drops the NUL bytes, so the anchor is only whole then."""
    r = scan(b"FAIL\x00ED tests/test_x.py::test_a - assert 1 == 2\n",
             options=ScanOptions(prefilter=prefilter))
    assert r.status == "failed" and [t.id for t in r.failing_tests] == ["tests/test_x.py::test_a"]


FIXTURE_LOGS = Path(__file__).parent.parent / "fixtures" / "logs"
ASCII_FIXTURES = sorted(p.name for p in FIXTURE_LOGS.glob("*.log") if p.read_bytes().isascii())


@pytest.mark.parametrize("name", ASCII_FIXTURES)
def test_utf16_output_gives_the_report_of_its_text(name):
    """A line holding NUL bytes is looked for anchors once they are dropped: UTF-16 output
    of an ASCII log is reported as the log itself, not by trying every rule on it."""
    raw = (FIXTURE_LOGS / name).read_bytes()
    opts = ScanOptions(top=50)
    utf16 = scan(raw.decode().encode("utf-16-le"), options=opts)
    plain = scan(raw, options=opts)
    assert utf16.status == plain.status
    assert utf16.source.lines == plain.source.lines  # (the NUL after the last newline is none)
    assert [t.id for t in utf16.failing_tests] == [t.id for t in plain.failing_tests]
    # the same causes; their order may differ, as where a go test's own output starts
    # is found in the raw bytes (`=== RUN   TestX`), which hold the NULs
    assert sorted((c.rule, c.line) for c in utf16.causes) == sorted(
        (c.rule, c.line) for c in plain.causes)


ALL_FIXTURES = sorted(p.name for p in FIXTURE_LOGS.glob("*.log"))
BOMS = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00",
        "utf-32-be": b"\x00\x00\xfe\xff"}


@pytest.mark.parametrize("codec", sorted(BOMS))
@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_a_utf16_log_with_a_byte_order_mark_gets_the_report_of_its_text(name, codec):
    """Windows PowerShell writes UTF-16 with a byte order mark: such a log is read as the
    text it is, non-ASCII characters and line numbers included."""
    text = (FIXTURE_LOGS / name).read_bytes().decode("utf-8", "replace")
    utf16 = comparable(scan(BOMS[codec] + text.encode(codec), name="log"))
    plain = comparable(scan(text.encode("utf-8"), name="log"))
    assert utf16.pop("source") == {**plain.pop("source"), "encoding": codec,
                                   "bytes": len(BOMS[codec]) + len(text.encode(codec))}
    assert utf16 == plain


def test_circleci_step_output_saved_as_utf16_is_unwrapped():
    """(PowerShell's Invoke-RestMethod ... > out.json writes UTF-16)"""
    text = (FIXTURE_LOGS / "pytest_xdist.log").read_text()
    payload = json.dumps([{"message": text, "time": "2024-01-01T00:00:00Z", "type": "out",
                           "truncated": False}])
    wide = comparable(scan(BOMS["utf-16-le"] + payload.encode("utf-16-le")))
    narrow = comparable(scan(payload.encode()))
    assert wide.pop("source") == {**narrow.pop("source"), "encoding": "utf-16-le",
                                  "bytes": 2 + len(payload.encode("utf-16-le"))}
    assert wide == narrow and wide["failing_tests"]


def test_a_utf16_log_that_starts_in_another_script_is_read_as_utf16():
    text = "构建开始：正在安装依赖项，请稍候\n" * 40 + "FAILED tests/t.py::test_a - assert 1 == 2\n"
    r = scan(BOMS["utf-16-le"] + text.encode("utf-16-le"))
    assert r.source.encoding == "utf-16-le" and [t.id for t in r.failing_tests] == ["tests/t.py::test_a"]


def test_a_utf16_log_is_read_the_same_however_it_is_split_and_whatever_ends_it():
    text = "✓ ok\nFAILED tests/t.py::test_é - AssertionError: 😀 != 🙂\nboom: ??\n"
    data = BOMS["utf-16-le"] + text.encode("utf-16-le")
    whole = comparable(scan(data))
    assert whole["failing_tests"][0]["message"] == "AssertionError: 😀 != 🙂"
    from triage.report import render_text
    assert render_text(scan(data)).splitlines()[0].endswith(" bytes (utf-16-le)")
    for cut in range(len(data) + 1):  # inside a code unit, a surrogate pair, the mark
        assert comparable(scan([data[:cut], data[cut:]])) == whole, cut
    assert comparable(scan([data[k:k + 1] for k in range(len(data))])) == whole
    # whether the text after the mark is UTF-16 is told by its first 1 KB, in one piece
    # or many
    log = BOMS["utf-16-be"] + (FIXTURE_LOGS / "pytest_xdist.log").read_text().encode("utf-16-be")
    log_report = comparable(scan(log))
    assert log_report["source"]["encoding"] == "utf-16-be" and log_report["failing_tests"]
    for cut in range(0, 1200, 7):
        head = [log[k:k + 1] for k in range(cut)]
        assert comparable(scan([*head, log[cut:]])) == log_report, cut
    # a lone surrogate and a byte left over at the end read as U+FFFD; nothing is lost
    odd = data + "\ud83dx\n".encode("utf-16-le", "surrogatepass") + b"!"
    r = scan(odd, options=ScanOptions(context=5))
    assert r.source.lines == 5
    assert [e.text for e in r.causes[0].excerpt][-2:] == ["\ufffdx", "\ufffd"]


def test_a_byte_order_mark_followed_by_no_utf16_text_is_read_as_bytes():
    from triage.decode import wide_by_bom
    text = (FIXTURE_LOGS / "pytest_xdist.log").read_text()
    assert wide_by_bom(b"\xff\xfe" + text.encode("utf-16-le")) == ("utf-16-le", 2)
    assert wide_by_bom(b"\xfe\xff" + text.encode("utf-16-be")) == ("utf-16-be", 2)
    assert wide_by_bom(b"\xff\xfe" + text.encode("utf-16-be")) is None
    assert wide_by_bom(text.encode("utf-32")) == ("utf-32-le", 4)  # (the mark included)
    # UTF-16 text whose first character is a NUL starts like a UTF-32 mark
    assert wide_by_bom(b"\xff\xfe" + ("\0" + text).encode("utf-16-le")) == ("utf-16-le", 2)
    # (a corrupt start, then UTF-8: the log is still read)
    r = scan(b"\xff\xfe" + text.encode())
    assert r.source.encoding is None
    assert comparable(r)["failing_tests"] == comparable(scan(text.encode()))["failing_tests"]


NUL_LINES = [
    # a GitHub Actions step marker written in UTF-16 is a step marker
    b"build start\n" + "##[group]Run make test\n".encode("utf-16-le")
    + b"error: compilation failed\nProcess completed with exit code 1\n",
    b"##[group]Run\0 make\nerror: x failed\n",
    # colour codes split an anchor until NULs and escapes are both gone
    "\x1b[1;31mFAIL\x1b[0m src/app.test.js\n".encode("utf-16-le"),
    b"npm \x1b[31mERR!\x1b[39m \x1b[35mcode\x1b[39m ELIFECYCLE\x00\n",
]


@pytest.mark.parametrize("data", NUL_LINES)
def test_lines_holding_nuls_give_what_every_rule_on_every_line_gives(data):
    on = scan(data)
    assert on.status == "failed" and on.causes
    assert comparable(on) == comparable(scan(data, options=ScanOptions(prefilter=False)))


def test_chunks_may_be_any_bytes_like_object():
    chunks = [b"x" * 70 + b"\n", bytearray(b"FAILED tests/test_x.py::test_a - assert 1 == 2\n"),
              memoryview(b"ok\n")]
    assert scan(chunks).failing_tests[0].id == "tests/test_x.py::test_a"


def test_a_line_cut_at_the_cap_is_counted_once_whatever_the_chunking():
    """A `previous` rule reports the line before the block: at its real start, not one
    worked out from the cut text the scanner keeps of it."""
    options = ScanOptions(top=10, line_cap=64)
    first = b"F401 would reformat x.py " + b"y" * 100 + b"\n"
    second = b" --> app/x.py:1:1\n"
    counts = {scan(chunks, options=options).causes[0].occurrences
              for chunks in ([first + second], [first, second], [first + second[:-1]])}
    assert counts == {1}


def test_a_cut_line_does_not_shift_where_a_failing_tests_output_is():
    options = ScanOptions(top=10, line_cap=64)
    head = b"=== RUN   TestFoo\n    foo_test.go:12: boom\n" + b"x" * 200
    tail = b"\n--- FAIL: TestFoo (0.00s)\n"
    for chunks in ([head + tail], [head, tail]):
        assert "output of failing test TestFoo (+30)" in scan(chunks, options=options).causes[0].reasons


def test_a_line_a_section_picks_ahead_counts_once_whatever_the_chunking():
    """The traceback's follow picks line 4 before line 3 (the same signature) is added
    when both are in one block; across blocks line 3 comes first. Same report."""
    head = b"Traceback (most recent call last):\n  File \"x.py\", line 3, in <module>\n  KeyError: 'x"
    tail = b"'\nKeyError: 'x'\n"
    reports = [scan(chunks, options=ScanOptions(top=10)).to_dict()["causes"]
               for chunks in ([head + tail], [head, tail])]
    assert reports[0] == reports[1]
    assert [(c["line_number"], c["occurrences"]) for c in reports[0]] == [(3, 2)]


def test_a_list_follow_reports_every_name_until_a_line_that_is_not_one():
    """cargo's final `failures:` list names tests whose own `test x ... FAILED` line was
    lost in interleaved `--nocapture` output; the empty `failures:` before the stdout
    blocks lists nothing, and a block's indented output is no name."""
    data = (b"failures:\n\n---- tests::a stdout ----\n    not::a_test\n\n"
            b"failures:\n    tests::a\n    tests::b\n    src/lib.rs - add (line 5)\n\n"
            b"    tests::after_the_list\n"
            b"test result: FAILED. 1 passed; 3 failed; 0 ignored\n")
    from tests.conftest import comparable
    whole = scan(data)
    assert sorted(t.id for t in whole.failing_tests) == [
        "src/lib.rs - add (line 5)", "tests::a", "tests::b"]
    for cut in range(1, len(data)):
        assert comparable(scan([data[:cut], data[cut:]])) == comparable(whole), cut


def test_a_test_reported_ahead_of_an_earlier_line_keeps_the_earlier_line():
    """A go timeout's follow reports the test from the goroutine dump (line 3) before
    line 2's own `--- FAIL` is added when both are in one block; across blocks line 2
    comes first. Either way the test is at its first line."""
    data = (b"panic: test timed out after 1s\n--- FAIL: TestWait (1.00s)\n"
            b"example.com/p.TestWait(0xc0001141a0?)\n")
    from tests.conftest import comparable
    whole = scan(data)
    assert [(t.id, t.line_number) for t in whole.failing_tests] == [("TestWait", 2)]
    for cut in range(1, len(data)):
        assert comparable(scan([data[:cut], data[cut:]])) == comparable(whole), cut


@pytest.mark.parametrize("window", [
    b"test tests::p - should panic ... \n",
    b"-------------------------------- live log call ---------------------------------\n",
])
def test_tests_listed_in_a_window_whose_stop_never_comes_are_failing(window):
    data = window + b"failures:\n    tests::a\nFAILED tests/test_x.py::test_a - assert 1 == 2\n"
    report = scan(data)
    assert report.status == "failed"
    assert {"tests::a", "tests/test_x.py::test_a"} <= {t.id for t in report.failing_tests}
    # with its stop line the window is warning output: nothing listed there failed
    closed = scan(window + b"failures:\n    tests::a\nok\n" if b"should panic" in window
                  else window + b"FAILED tests/test_x.py::test_a - assert 1 == 2\nPASSED\n")
    assert not closed.failing_tests


_PASSES = (b"==================================== PASSES ====================================\n"
           b"_______________________________ test_stderr_print _______________________________\n"
           b"----------------------------- Captured stderr call -----------------------------\n"
           b"FAILED: nothing actually\n")


def test_a_failure_summary_a_passing_test_printed_is_warning_output():
    # ninja's `FAILED: target` shape, printed by a test that passed
    r = scan(_PASSES + b"=========================== short test summary info ============================\n"
             b"PASSED tests/test_x.py::test_stderr_print\n"
             b"============================== 1 passed in 0.01s ===============================\n")
    assert (r.status, r.causes) == ("passed", ())
    assert r.stats["causes_muted"] == 2  # the test's section line and the summary


def test_a_summary_that_ends_a_window_of_warning_output_is_not_muted():
    # without -rA's short summary, pytest's final line is what ends its PASSES section
    r = scan(_PASSES + b"======================= 1 failed, 1 passed in 0.01s ========================\n")
    assert r.status == "failed"
    assert r.causes[0].rule == "python.pytest_summary"
    assert not any("warning output" in x for x in r.causes[0].reasons)


def test_a_summary_in_a_window_whose_stop_never_comes_counts():
    r = scan(_PASSES)
    assert r.status == "failed"
    assert not any("warning output" in x for c in r.causes for x in c.reasons)


def test_a_cause_also_seen_in_a_window_that_never_closes_counts():
    # the first window closes (its stop is the second `==== PASSES ====`), the second
    # never does: the same summary there counts after all
    data = b"==== PASSES ====\nFAILED (failures=1)\n==== PASSES ====\nFAILED (failures=1)\n"
    r = scan(data)
    assert r.status == "failed"
    assert not any("warning output" in x for c in r.causes for x in c.reasons)


def test_a_line_in_a_closed_window_is_warning_output_whichever_window_opened_first():
    tail = b"FAILED (failures=1)\n==== short test summary info ====\n"
    a = scan(b"  console.error\n==== PASSES ====\n" + tail)
    b = scan(b"==== PASSES ====\n  console.error\n" + tail)
    assert a.status == b.status == "unknown"


def test_muted_summaries_do_not_use_up_the_failing_tests_budget():
    data = ((b"==== PASSES ====\n" + b"FAILED (failures=1)\n" * 4500) * 5
            + b"==== PASSES ====\nFAILED tests/test_x.py::test_a - boom\n")
    assert [t.id for t in scan(data).failing_tests] == ["tests/test_x.py::test_a"]


def test_a_failing_test_on_the_line_that_ends_a_window_is_failing():
    # another test's result ends a should-panic test's output (parallel --nocapture)
    r = scan(b"test a - should panic ... \ntest b ... FAILED\nok\n")
    assert [t.id for t in r.failing_tests] == ["b"]


def test_a_stray_escape_does_not_eat_the_text_after_it():
    from triage.decode import clean_line
    assert clean_line(b"E\x1b   assert 1 == 2", limit=99).endswith("   assert 1 == 2")
    assert clean_line(b"test result: \x1b[32mok\x1b(B\x1b[m. 4 passed", limit=99) == (
        "test result: ok. 4 passed")


def test_a_named_pipe_is_read_whole_whatever_the_workers(tmp_path):
    import os
    import threading
    data = (FIXTURE_LOGS / "pytest_xdist.log").read_bytes()
    fifo = tmp_path / "log.pipe"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_bytes, args=(data,))
    writer.start()
    r = scan(fifo, options=ScanOptions(workers=2))
    writer.join()
    assert comparable(r) == comparable(scan(data, name=str(fifo)))
