"""The HTTP layer against httpx.MockTransport: retries, paging, errors, token hygiene."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from triage.errors import (
    AuthenticationError,
    CircleCIError,
    NetworkError,
    NoProjectsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ResponseError,
    UnavailableError,
    WrongServerError,
)
from triage.sources.circleci.http import error_message

from .conftest import SECRET, Recorder, mock_ci, run


def _json(data: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=data, headers=headers)


def _assert_clean(exc: BaseException) -> None:
    """The token appears nowhere in an exception, its args or its chain."""
    seen: BaseException | None = exc
    while seen is not None:
        for text in (str(seen), repr(seen), *map(str, seen.args)):
            assert SECRET not in text
        seen = seen.__cause__ or (None if seen.__suppress_context__ else seen.__context__)


def test_token_header_sent_to_api_only() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "circleci.com":
            return _json({"id": "u", "login": "me", "name": "Me"})
        return httpx.Response(200, content=b'[{"message":"hi\\n"}]')

    async def go() -> None:
        async with mock_ci(handler) as ci:
            await ci.me()
            async with ci.step_output("https://bucket.s3.example.com/out?sig=1", "x") as r:
                await r.aread()
            async with ci.step_output("https://circleci.com:8443/x", "x") as r:
                await r.aread()

    run(go())
    assert seen[0].headers["Circle-Token"] == SECRET
    assert "Circle-Token" not in seen[1].headers
    assert "Circle-Token" not in seen[2].headers  # another port is another origin
    assert str(seen[0].url) == "https://circleci.com/api/v2/me"


def test_429_retried_honouring_retry_after_then_succeeds() -> None:
    calls = {"n": 0}
    sleep = Recorder()

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return httpx.Response(429, text="Rate limited.", headers={"Retry-After": "0.15"})
        if calls["n"] == 2:
            return httpx.Response(503, json={"message": "busy"})
        return _json({"id": "u", "login": "me"})

    async def go() -> str:
        async with mock_ci(handler, sleep=sleep) as ci:
            return (await ci.me()).login

    assert run(go()) == "me"
    assert calls["n"] == 3
    assert sleep.sleeps[0] == 0.15


def test_retry_after_http_date_is_accepted() -> None:
    calls = {"n": 0}
    sleep = Recorder()

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return httpx.Response(429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
        return _json({"id": "u"})

    async def go() -> None:
        async with mock_ci(handler, sleep=sleep) as ci:
            await ci.me()

    run(go())
    assert sleep.sleeps == [0.0]  # a date in the past: no wait


def test_rate_limited_after_every_retry() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, text="Rate limited.")

    async def go() -> None:
        async with mock_ci(handler) as ci:
            await ci.me()

    with pytest.raises(RateLimitedError) as err:
        run(go())
    assert err.value.exit_code == 15
    assert "Rate limited." in str(err.value)
    _assert_clean(err.value)


def test_5xx_after_every_retry_is_unavailable_and_500_not_retried() -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return httpx.Response(500 if "me" in request.url.path else 502, text="<html>oops</html>")

    async def go(path: str) -> None:
        async with mock_ci(handler) as ci:
            await ci.http.get_json(path)

    with pytest.raises(UnavailableError):
        run(go("v2/me"))
    assert calls["n"] == 1
    with pytest.raises(UnavailableError):
        run(go("v2/pipeline/x"))
    assert calls["n"] == 4


def test_post_is_never_retried() -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return httpx.Response(503, json={"message": "busy"})

    async def go() -> None:
        async with mock_ci(handler) as ci:
            await ci.http.post_json("v2/workflow/x/rerun", {"from_failed": True})

    with pytest.raises(UnavailableError):
        run(go())
    assert calls["n"] == 1


def test_connection_errors_retried_then_network_error_without_token() -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        raise httpx.ConnectError(f"connection refused (sent {SECRET})", request=request)

    async def go() -> None:
        async with mock_ci(handler) as ci:
            await ci.me()

    with pytest.raises(NetworkError) as err:
        run(go())
    assert calls["n"] == 3
    assert err.value.exit_code == 17
    assert "cannot reach" in str(err.value)
    _assert_clean(err.value)


def test_timeout_is_network_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    async def go() -> None:
        async with mock_ci(handler) as ci:
            await ci.me()

    with pytest.raises(NetworkError, match="timed out"):
        run(go())


@pytest.mark.parametrize(("status", "body", "error"), [
    (401, {"message": "You must log in first."}, AuthenticationError),
    (403, {"message": "Permission denied"}, PermissionDeniedError),
    (404, {"message": "Project not found"}, NotFoundError),
    (400, {"error": "bad"}, CircleCIError),
])
def test_status_errors_are_typed(status: int, body: Any, error: type[Exception]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _json(body, status)

    async def go() -> None:
        async with mock_ci(handler, base_url="https://ci.example.com", token="abc123") as ci:
            await ci.project("gh/acme/web")

    with pytest.raises(error) as err:
        run(go())
    assert type(err.value) is error
    message = next(iter(body.values()))
    assert message in str(err.value)


def test_401_on_cloud_with_non_cloud_token_suggests_server() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _json({"message": "You must log in first."}, 401)

    async def go(token: str, base: str, env: dict[str, str] | None = None) -> None:
        async with mock_ci(handler, token=token, base_url=base, env=env) as ci:
            await ci.me()

    legacy = "0123456789abcdef0123456789abcdef01234567"
    with pytest.raises(WrongServerError) as err:
        run(go(legacy, "https://circleci.com"))
    assert "CIRCLECI_BASE_URL" in str(err.value) and err.value.exit_code == 18
    assert legacy not in str(err.value)
    # A cloud-shaped token on cloud: just invalid.
    with pytest.raises(AuthenticationError):
        run(go(SECRET, "https://circleci.com"))
    # The CircleCI CLI points at a Server install: the likely case, said so.
    with pytest.raises(WrongServerError, match=r"ci\.corp\.example"):
        run(go(SECRET, "https://circleci.com", {"CIRCLECI_CLI_HOST": "https://ci.corp.example"}))
    # A cloud token sent to a Server install.
    with pytest.raises(WrongServerError, match="cloud token"):
        run(go(SECRET, "https://ci.corp.example"))
    # A Server token on Server: invalid.
    with pytest.raises(AuthenticationError):
        run(go(legacy, "https://ci.corp.example"))


def test_token_echoed_by_server_is_scrubbed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _json({"message": f"token {SECRET} is revoked"}, 401)

    async def go() -> None:
        async with mock_ci(handler) as ci:
            await ci.me()

    with pytest.raises(AuthenticationError) as err:
        run(go())
    _assert_clean(err.value)
    assert "****" in str(err.value)


def test_redirects_are_not_followed_with_the_token() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(301, headers={"Location": "https://evil.example/api/v2/me"})

    async def go() -> None:
        async with mock_ci(handler) as ci:
            await ci.me()

    with pytest.raises(CircleCIError, match="redirected"):
        run(go())
    assert seen == ["https://circleci.com/api/v2/me"]


def test_paging_follows_tokens_and_stops_on_a_loop() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("page-token")
        pages = {None: (["a", "b"], "t1"), "t1": (["c"], "t2"), "t2": (["d"], "t1")}
        items, nxt = pages[token]
        return _json({"items": [{"id": i, "name": i, "status": "success"} for i in items],
                      "next_page_token": nxt})

    async def go() -> list[str]:
        async with mock_ci(handler) as ci:
            return [w.id for w in await ci.workflows("p")]

    assert run(go()) == ["a", "b", "c", "d"]


def test_non_json_reply_is_response_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>login</html>")

    async def go() -> None:
        async with mock_ci(handler) as ci:
            await ci.me()

    with pytest.raises(ResponseError, match="not JSON"):
        run(go())


def test_wrong_shape_is_response_error_naming_the_field() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _json({"login": "x"})

    async def go() -> None:
        async with mock_ci(handler) as ci:
            await ci.me()

    with pytest.raises(ResponseError, match="'id'"):
        run(go())


def test_no_followed_projects() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1.1/projects":
            return _json([])
        return _json({"items": [], "next_page_token": None})

    async def go() -> None:
        async with mock_ci(handler) as ci:
            await ci.followed_projects()

    with pytest.raises(NoProjectsError) as err:
        run(go())
    assert err.value.exit_code == 19
    assert "organisation" in str(err.value)


@pytest.mark.parametrize(("body", "ctype", "expected"), [
    (b'{"message": "Entity not found"}', "application/json", "Entity not found"),
    (b'{"error": "Unexpected request body"}', "application/json", "Unexpected request body"),
    (b'{"error": {"title": "Bad", "detail": "no"}}', "application/json", "Bad: no"),
    (b"Rate limited.", "text/plain", "Rate limited."),
    (b"Rate limited.", "application/json", "Rate limited."),
    (b"<!DOCTYPE html><html>", "text/html", "(an HTML page)"),
    (b"", "text/plain", ""),
    (b"\xff\xfe garbage", "", "\ufffd\ufffd garbage"),
])
def test_error_message_parsing(body: bytes, ctype: str, expected: str) -> None:
    assert error_message(body, ctype) == expected


def test_concurrency_is_bounded() -> None:
    import asyncio

    state = {"now": 0, "peak": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        state["now"] += 1
        state["peak"] = max(state["peak"], state["now"])
        await asyncio.sleep(0.01)
        state["now"] -= 1
        return _json({"id": "w", "name": "w", "status": "success"})

    async def go() -> None:
        from triage.sources.circleci.api import AsyncCircleCI
        from triage.sources.circleci.config import Settings
        from triage.sources.circleci.http import ApiHttp

        settings = Settings.resolve(token=SECRET, env={})
        http = ApiHttp(settings, transport=httpx.MockTransport(handler), concurrency=3)
        async with AsyncCircleCI(settings, http=http) as ci:
            await asyncio.gather(*(ci.workflow(str(i)) for i in range(12)))

    run(go())
    assert state["peak"] == 3


def test_flaky_tests_accepts_kebab_case() -> None:
    body = {"flaky-tests": [{"test-name": "t", "classname": "c", "times-flaked": "3"}],
            "total-flaky-tests": 1}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(body).encode())

    async def go() -> Any:
        async with mock_ci(handler) as ci:
            return await ci.flaky_tests("gh/a/b")

    [flaky] = run(go())
    assert (flaky.test_name, flaky.times_flaked) == ("t", 3)
