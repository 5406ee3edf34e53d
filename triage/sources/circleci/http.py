"""The HTTP layer: one place for auth, retries, paging, concurrency and errors.

Contract:
- ``Circle-Token`` is attached only to requests whose origin (scheme, host,
  port) is the API's; presigned ``output_url`` hosts never see it. API requests
  do not follow redirects (a redirect could carry the header elsewhere).
- GETs are retried per :class:`RetryPolicy`; other methods never are.
- At most ``concurrency`` requests (streams included) are in flight at once.
- Every httpx exception is translated here into a :mod:`triage.errors` class
  whose message has been scrubbed of the token; callers never see httpx errors.
- Error bodies are parsed defensively: ``{"message"}``, ``{"error"}``,
  ``{"error": {"title", "detail"}}``, else the first line of plain text.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from triage.errors import (
    AuthenticationError,
    CircleCIError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ResponseError,
    UnavailableError,
    WrongServerError,
)

from .config import Settings, origin_of, redact
from .retry import RetryPolicy, parse_retry_after

__all__ = ["ApiHttp", "HttpStats", "error_message"]

Sleep = Callable[[float], Awaitable[None]]
USER_AGENT = "triage-circleci/0.1"


@dataclass(slots=True)
class HttpStats:
    """Counters for one client's lifetime (reported in summaries)."""

    requests: int = 0
    retries: int = 0
    bytes_streamed: int = 0


def error_message(body: bytes, content_type: str = "") -> str:
    """The human message in an error body, whatever its shape; never raises."""
    text = body[:4096].decode("utf-8", "replace").strip()
    if not text:
        return ""
    if text[:1] in "{[" or "json" in content_type:
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict):
            for key in ("message", "error"):
                value = data.get(key)
                if isinstance(value, str) and value.strip():
                    return value.strip()
                if isinstance(value, dict):
                    parts = [value.get("title"), value.get("detail")]
                    joined = ": ".join(p for p in parts if isinstance(p, str) and p)
                    if joined:
                        return joined
    first = text.splitlines()[0].strip()
    if first.lower().startswith("<!doctype") or first.lower().startswith("<html"):
        return "(an HTML page)"
    return first[:300]


class ApiHttp:
    """Async HTTP to one CircleCI install. Use as ``async with ApiHttp(...)``.

    ``transport`` is injected in tests (``httpx.MockTransport``, or None for the
    network). ``sleep`` is injectable so retry tests do not wait.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        concurrency: int = 8,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.settings = settings
        self.retry = retry or RetryPolicy()
        self.stats = HttpStats()
        self._sleep = sleep
        self._limit = asyncio.Semaphore(max(1, concurrency))
        self._client = httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(settings.timeout_s, connect=min(10.0, settings.timeout_s)),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            limits=httpx.Limits(max_connections=max(1, concurrency) * 2),
            follow_redirects=False,
        )

    async def __aenter__(self) -> ApiHttp:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    # -- requests -------------------------------------------------------------

    def _headers_for(self, url: str, bearer: bool = False) -> dict[str, str]:
        if origin_of(url) != self.settings.api_origin:
            return {}
        if bearer:  # API v3 wants the token as a bearer token
            return {"Authorization": f"Bearer {self.settings.token.reveal()}"}
        return {"Circle-Token": self.settings.token.reveal()}

    async def get_json(self, path: str, params: Mapping[str, str] | None = None) -> Any:
        """GET ``{base}/api/{path}`` and return the decoded JSON body."""
        url = self.settings.api(path)
        async with self._limit:
            response = await self._send("GET", url, params=params)
        return self._decode(response, path)

    async def post_json(self, path: str, body: Mapping[str, Any]) -> Any:
        """POST once (never retried) and return the decoded JSON body."""
        url = self.settings.api(path)
        async with self._limit:
            response = await self._send("POST", url, json_body=body)
        return self._decode(response, path)

    async def paginate(
        self, path: str, params: Mapping[str, str] | None = None, *, max_pages: int = 500
    ) -> AsyncIterator[Any]:
        """Yield the ``items`` of every v2 page, following ``next_page_token``.

        Stops when the token is null, repeats (a server loop) or after
        ``max_pages`` pages.
        """
        seen: set[str] = set()
        query = dict(params or {})
        for _ in range(max_pages):
            page = await self.get_json(path, query)
            if not isinstance(page, dict) or not isinstance(page.get("items"), list):
                raise ResponseError(f"GET {path}: expected a page with an items list")
            for item in page["items"]:
                yield item
            token = page.get("next_page_token")
            if not isinstance(token, str) or not token or token in seen:
                return
            seen.add(token)
            query["page-token"] = token

    @asynccontextmanager
    async def stream(
        self, url: str, what: str, *, bearer: bool = False
    ) -> AsyncIterator[httpx.Response]:
        """Open a streamed GET (retried until headers arrive) and yield the response.

        The body is read by the caller with ``aiter_bytes``; errors while
        reading are translated by :meth:`translate`. ``what`` names the item in
        error messages.
        """
        async with self._limit:
            attempt = 0
            while True:
                attempt += 1
                headers = self._headers_for(url, bearer)
                request = self._client.build_request("GET", url, headers=headers)
                self.stats.requests += 1
                try:
                    response = await self._client.send(
                        request, stream=True, follow_redirects=not headers
                    )
                except httpx.TransportError as exc:
                    if self.retry.should_retry("GET", None, attempt):
                        await self._backoff(attempt, None)
                        continue
                    raise self.translate(exc, what) from None
                if response.status_code >= 400:
                    body = await response.aread()
                    await response.aclose()
                    if self.retry.should_retry("GET", response.status_code, attempt):
                        await self._backoff(attempt, response.headers.get("Retry-After"))
                        continue
                    raise self._status_error(response, body, what)
                try:
                    yield response
                finally:
                    await response.aclose()
                return

    async def _send(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        path = urlsplit(url).path
        attempt = 0
        while True:
            attempt += 1
            self.stats.requests += 1
            try:
                response = await self._client.request(
                    method, url, params=params, json=json_body, headers=self._headers_for(url)
                )
            except httpx.TransportError as exc:
                if self.retry.should_retry(method, None, attempt):
                    await self._backoff(attempt, None)
                    continue
                raise self.translate(exc, f"{method} {path}") from None
            if response.status_code < 300:
                return response
            if self.retry.should_retry(method, response.status_code, attempt):
                await self._backoff(attempt, response.headers.get("Retry-After"))
                continue
            raise self._status_error(response, response.content, f"{method} {path}")

    async def _backoff(self, attempt: int, retry_after: str | None) -> None:
        self.stats.retries += 1
        await self._sleep(self.retry.wait_s(attempt, parse_retry_after(retry_after)))

    def _decode(self, response: httpx.Response, path: str) -> Any:
        try:
            return json.loads(response.content)
        except ValueError:
            raise ResponseError(
                f"GET {path}: the reply is not JSON ({error_message(response.content)!r}); "
                "is the base URL a CircleCI install?"
            ) from None

    # -- errors ---------------------------------------------------------------

    def translate(self, exc: httpx.HTTPError, what: str) -> CircleCIError:
        """A typed, token-free error for an httpx exception."""
        token = self.settings.token
        detail = redact(str(exc) or type(exc).__name__, token)
        host = urlsplit(self.settings.base_url).netloc
        if isinstance(exc, httpx.TimeoutException):
            return NetworkError(f"{what}: timed out talking to {host} ({detail}); retry later")
        if isinstance(exc, httpx.ConnectError):
            return NetworkError(
                f"{what}: cannot reach {host} ({detail}); check the network, proxy and "
                "CIRCLECI_BASE_URL"
            )
        if isinstance(exc, httpx.TransportError):
            return NetworkError(f"{what}: the connection failed ({detail}); retry later")
        return CircleCIError(f"{what}: {detail}")

    def _status_error(self, response: httpx.Response, body: bytes, what: str) -> CircleCIError:
        status = response.status_code
        message = redact(
            error_message(body, response.headers.get("content-type", "")), self.settings.token
        )
        said = f" ({message})" if message else ""
        settings = self.settings
        if status == 401:
            return self._unauthorised(what, said)
        if status == 403:
            return PermissionDeniedError(
                f"{what}: forbidden{said}; the token's user has no access to this project — "
                "ask an organisation admin for access or use a token of a user who has it"
            )
        if status == 404:
            return NotFoundError(
                f"{what}: not found{said}; check the project slug, number or id "
                "(CircleCI also answers 404 for projects the token cannot see)"
            )
        if status == 429:
            return RateLimitedError(
                f"{what}: still rate limited after {self.retry.attempts} tries{said}; "
                "wait a minute and run again, or narrow the target"
            )
        if status >= 500:
            return UnavailableError(
                f"{what}: CircleCI answered {status}{said} after {self.retry.attempts} tries; "
                "it may be degraded — check the status page and retry later"
            )
        if 300 <= status < 400:
            location = response.headers.get("location", "?")
            return CircleCIError(
                f"{what}: the API redirected to {location}; set CIRCLECI_BASE_URL to the "
                f"install's canonical URL (now {settings.base_url})"
            )
        return CircleCIError(f"{what}: CircleCI answered {status}{said}")

    def _unauthorised(self, what: str, said: str) -> CircleCIError:
        settings = self.settings
        token = settings.token
        if settings.is_cloud and (settings.server_hint or not token.looks_cloud):
            where = (
                f"your CircleCI CLI points at {settings.server_hint}"
                if settings.server_hint
                else "the token is not a current cloud token (those start with CCIPAT_)"
            )
            return WrongServerError(
                f"{what}: circleci.com rejected the token (401){said}; {where}. If the token "
                "was created on a CircleCI Server install, set CIRCLECI_BASE_URL (or "
                "--base-url) to that install's URL; otherwise create a new token"
            )
        if not settings.is_cloud and token.looks_cloud:
            return WrongServerError(
                f"{what}: {settings.base_url} rejected the token (401){said}; it looks like a "
                "circleci.com cloud token (CCIPAT_…). Unset CIRCLECI_BASE_URL to use the cloud, "
                "or create a token on this Server install"
            )
        return AuthenticationError(
            f"{what}: the token was rejected (401){said}; it is invalid, expired or revoked — "
            "create a new personal API token and set CIRCLECI_TOKEN"
        )
