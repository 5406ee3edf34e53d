"""Cross-job merging of causes, failing tests and flaky flags."""

from __future__ import annotations

from triage.models import Cause, FailingTest, JobReport, SourceInfo
from triage.sources.circleci.logs import NodeReport
from triage.sources.circleci.merge import (
    flag_flaky,
    merge_causes,
    merge_tests,
    metadata_test_id,
    pipeline_error_causes,
    test_key,
)
from triage.sources.circleci.models import FlakyTest, PipelineError, TestResult


def _cause(fp: str, score: float, line: str = "E boom", category: str = "test_failure") -> Cause:
    return Cause(rank=1, score=score, category=category, rule="r", line_number=3, line=line,
                 signature=line, fingerprint=fp, occurrences=1, excerpt=(), reasons=())


def _node(job: int, node: int, causes: list[Cause], tests: list[str] = (),  # type: ignore[assignment]
          **origin: object) -> NodeReport:
    report = JobReport(
        source=SourceInfo(name="x", bytes=0, lines=0), status="failed", category="test_failure",
        failing_tests=tuple(FailingTest(id=t, framework="pytest", line_number=5) for t in tests),
        causes=tuple(causes), origin=origin,
    )
    return NodeReport(job, f"job{job}", node, 99, "Run tests", report)


def test_same_fingerprint_across_jobs_and_nodes_merges() -> None:
    nodes = [_node(1, 0, [_cause("a", 0.8)]), _node(1, 1, [_cause("a", 0.9)]),
             _node(2, 0, [_cause("a", 0.7), _cause("b", 0.95, "E other")])]
    merged = merge_causes(nodes)
    assert [m.cause.fingerprint for m in merged] == ["b", "a"]
    a = merged[1]
    assert a.jobs == [1, 2] and a.occurrences == 3 and a.cause.score == 0.9
    assert [(p["job_number"], p["node"]) for p in a.places] == [(1, 0), (1, 1), (2, 0)]
    d = a.to_dict(2)
    assert d["rank"] == 2 and d["jobs"] == [1, 2]


def test_ties_ordered_by_breadth_then_fingerprint() -> None:
    nodes = [_node(1, 0, [_cause("z", 0.5)]), _node(2, 0, [_cause("z", 0.5)]),
             _node(3, 0, [_cause("b", 0.5)]), _node(4, 0, [_cause("a", 0.5)])]
    assert [m.cause.fingerprint for m in merge_causes(nodes)] == ["z", "a", "b"]


def test_timeout_and_infra_flags_become_causes() -> None:
    merged = merge_causes([_node(1, 0, [], timedout=True), _node(2, 0, [],
                                                                 infrastructure_fail=True)])
    assert {m.cause.category for m in merged} == {"timeout", "infrastructure"}


def test_pipeline_errors_become_config_causes() -> None:
    causes = pipeline_error_causes([PipelineError("config", "bad yaml")])
    assert causes[0].category == "config" and causes[0].line == "bad yaml"


def test_metadata_ids_and_keys() -> None:
    t = TestResult("test_b[1]", "tests.test_x.TestA", "tests/test_x.py", "failure", "m", None,
                   None)
    assert metadata_test_id(t) == "tests/test_x.py::TestA::test_b[1]"
    j = TestResult("adds", "CalcTest", None, "failure", "", None, None)
    assert metadata_test_id(j) == "CalcTest.adds"
    assert test_key("tests/test_x.py::TestA::test_b[1]") == ("test_b[1]", "TestA")
    assert test_key("TestA.test_b") == ("test_b", "TestA")
    assert test_key("TestFoo/sub_case") == ("TestFoo/sub_case", "")
    assert test_key("cart › adds") == ("cart › adds", "")


def test_metadata_and_log_tests_merge_and_are_marked() -> None:
    meta = [
        (7, "test", TestResult("test_lowercase", "tests.test_calc.TestSlugify",
                               "tests/test_calc.py", "failure", "assert", None, None)),
        (7, "test", TestResult("test_only_meta", "tests.test_calc", "tests/test_calc.py",
                               "error", "", None, None)),
        (7, "test", TestResult("test_ok", "tests.test_calc", "tests/test_calc.py", "success",
                               "", None, None)),
    ]
    nodes = [_node(7, 1, [], ["TestSlugify.test_lowercase", "test_only_log"]),
             _node(7, 3, [], ["TestSlugify.test_lowercase"])]
    merged = {t.id: t for t in merge_tests(meta, nodes)}
    both = merged["tests/test_calc.py::TestSlugify::test_lowercase"]
    assert both.sources == {"metadata", "log"} and len(both.places) == 3
    assert merged["tests/test_calc.py::test_only_meta"].sources == {"metadata"}
    assert merged["test_only_log"].sources == {"log"}
    assert "tests/test_calc.py::test_ok" not in merged


def test_flaky_flags_matching_tests() -> None:
    meta = [(1, "t", TestResult("test_x", "tests.test_f", "tests/test_f.py", "failure", "",
                                None, None))]
    tests = merge_tests(meta, [_node(1, 0, [], ["test_y"])])
    flaky = [FlakyTest("test_x", "tests.test_f", None, "t", "wf", 4, None)]
    assert flag_flaky(tests, flaky) == 1
    by_id = {t.id: t for t in tests}
    assert by_id["tests/test_f.py::test_x"].flaky == {"times_flaked": 4, "job_name": "t",
                                                      "workflow_name": "wf"}
    assert by_id["test_y"].flaky is None


def test_a_failed_steps_exit_code_reaches_the_scanner() -> None:
    from triage.sources.circleci.logs import default_scanner_factory

    log = (b"    retry_test.go:21: dial tcp 127.0.0.1:9: connect: connection refused\n"
           b"ok  \texample.com/retry\t0.012s\n")
    for exit_code, status in ((1, "failed"), (0, "passed"), (None, "passed")):
        scanner = default_scanner_factory("job 1 node 0 step 'Run tests'", exit_code)
        scanner.feed(log)
        assert scanner.finish().status == status


def test_step_output_is_never_taken_for_a_compressed_file() -> None:
    # httpx has decoded the transfer: step output bytes are the log, whatever they start with
    import gzip

    from triage.sources.circleci.logs import default_scanner_factory

    for start in (b"PK\x03\x04", gzip.compress(b"x")[:10]):
        scanner = default_scanner_factory("job 1 node 0 step 'Run tests'", 1)
        scanner.feed(start + b" E   assert 1 == 2\n")
        report = scanner.finish()
        assert report.source.compression is None and report.status == "failed"


def test_a_failed_step_that_says_exit_code_0_is_not_scanned_as_a_success() -> None:
    import asyncio

    from triage.sources.circleci.logs import JobScan, _scan_action, default_scanner_factory
    from triage.sources.circleci.models import Action

    told: list[int | None] = []

    def factory(name: str, exit_code: int | None = None) -> object:
        told.append(exit_code)
        return default_scanner_factory(name, exit_code)

    for exit_code in (0, 137, None):
        step = Action(index=0, step=101, name="Run tests", status="timedout", failed=True,
                      exit_code=exit_code, has_output=False, output_url=None, truncated=False,
                      timedout=True, infrastructure_fail=False, canceled=False,
                      run_time_millis=600_000)
        node = asyncio.run(_scan_action(None, "gh/acme/api", 7, "test", "Run tests",  # type: ignore[arg-type]
                                        step, factory, JobScan(job_number=7, job_name="test")))
        assert node is not None and node.report.status != "passed"
    assert told == [None, 137, None]


def test_causes_made_of_circleci_text_are_redacted() -> None:
    token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"
    (cause,) = pipeline_error_causes([PipelineError("config-fetch", f"fetch failed: {token}")])
    assert token not in cause.line and token not in cause.signature
    assert "<redacted:github-token>" in cause.line
