"""Retry policy: which requests, which statuses, how long."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from triage.sources.circleci.retry import RetryPolicy, parse_retry_after


def test_retry_after_seconds_and_http_date() -> None:
    now = datetime(2026, 11, 20, 10, 0, 0, tzinfo=UTC)
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after("Fri, 20 Nov 2026 10:00:07 GMT", now) == 7.0
    assert parse_retry_after("Fri, 20 Nov 2026 09:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("") is None


@pytest.mark.parametrize(("method", "status", "expected"), [
    ("GET", 429, True), ("GET", 502, True), ("GET", 503, True), ("GET", 504, True),
    ("GET", None, True), ("GET", 500, False), ("GET", 404, False), ("GET", 401, False),
    ("POST", 429, False), ("POST", None, False), ("POST", 503, False),
])
def test_should_retry(method: str, status: int | None, expected: bool) -> None:
    assert RetryPolicy(attempts=3).should_retry(method, status, 1) is expected


def test_attempts_are_bounded() -> None:
    policy = RetryPolicy(attempts=3)
    assert policy.should_retry("GET", 429, 2)
    assert not policy.should_retry("GET", 429, 3)


def test_wait_honours_retry_after_capped_and_jitters_otherwise() -> None:
    policy = RetryPolicy(base_s=1.0, cap_s=4.0, max_wait_s=10.0, rand=lambda: 1.0)
    assert policy.wait_s(1, 2.5) == 2.5
    assert policy.wait_s(1, 99.0) == 10.0
    assert policy.wait_s(1, None) == 1.0
    assert policy.wait_s(5, None) == 4.0
    low = RetryPolicy(base_s=1.0, cap_s=4.0, rand=lambda: 0.0)
    assert low.wait_s(2, None) == 1.0  # half of the 2 s ceiling
