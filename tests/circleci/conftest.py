"""Shared fixtures: the fake CircleCI as a subprocess, and MockTransport clients.

No global patching: clients get an injected transport or a real base URL.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

import httpx
import pytest

from triage.fakeci.harness import FakeCircleCI
from triage.sources.circleci.api import AsyncCircleCI
from triage.sources.circleci.config import Settings
from triage.sources.circleci.http import ApiHttp
from triage.sources.circleci.retry import RetryPolicy

from ..conftest import FAST_RETRY

__all__ = ["FAST_RETRY", "SECRET"]

SECRET = "CCIPAT_s3cr3t-t0ken-value-1234567890"


@pytest.fixture(scope="session")
def fake_server() -> Iterator[FakeCircleCI]:
    with FakeCircleCI() as fake:
        yield fake


@pytest.fixture()
def fake(fake_server: FakeCircleCI) -> Iterator[FakeCircleCI]:
    fake_server.reset()
    yield fake_server
    fake_server.reset()


def fake_settings(fake: FakeCircleCI, timeout_s: float = 30.0) -> Settings:
    return Settings.resolve(token=fake.token, base_url=fake.api_url, env={}, timeout_s=timeout_s)


Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Sleeps recorded instead of waited (for retry tests)."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.sleeps.append(seconds)


def mock_ci(
    handler: Handler,
    *,
    base_url: str = "https://circleci.com",
    token: str = SECRET,
    retry: RetryPolicy | None = None,
    sleep: Recorder | None = None,
    env: dict[str, str] | None = None,
) -> AsyncCircleCI:
    settings = Settings.resolve(token=token, base_url=base_url, env=env or {})
    http = ApiHttp(settings, transport=httpx.MockTransport(handler),
                   retry=retry or FAST_RETRY, sleep=sleep or Recorder())
    return AsyncCircleCI(settings, http=http)


T = TypeVar("T")


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)
