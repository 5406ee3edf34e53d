"""Connection settings: a personal API token and a base URL, nothing else.

Contract:
- The token comes from ``--token`` or ``CIRCLECI_TOKEN``; the base URL from
  ``--base-url`` or ``CIRCLECI_BASE_URL`` (default ``https://circleci.com``, the
  cloud; any other URL is a CircleCI Server install).
- The token is held in a :class:`Token` whose ``str``/``repr`` never show it;
  the only way to read it is :meth:`Token.reveal`, called where the
  ``Circle-Token`` header is built for a request to the API host.
- :func:`redact` scrubs a token from any text that crosses a boundary
  (exception messages translated from httpx, rendered output).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from triage.errors import AuthenticationError, InputError, TokenMissingError

__all__ = [
    "CLOUD_URL",
    "Deployment",
    "Settings",
    "Token",
    "origin_of",
    "redact",
]

CLOUD_URL = "https://circleci.com"
CLOUD_HOSTS = frozenset({"circleci.com", "app.circleci.com", "www.circleci.com"})

Deployment = Literal["cloud", "server"]

# Printable ASCII without spaces: what an HTTP header value can carry verbatim.
_TOKEN_RE = re.compile(r"[\x21-\x7e]+")


class Token:
    """A personal API token that never shows itself.

    ``str(token)`` and ``repr(token)`` give ``Token(****)``; equality compares
    the hidden values. Read it only with :meth:`reveal` at the point a request
    header is built.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        value = value.strip()
        if not value:
            raise TokenMissingError(_MISSING)
        if not _TOKEN_RE.fullmatch(value):
            # Never echo the value: h11 would put it in its own message.
            raise AuthenticationError(
                "the CircleCI token contains spaces or control characters and cannot be sent; "
                "copy the personal API token again (User Settings → Personal API Tokens)"
            )
        self._value = value

    def reveal(self) -> str:
        """The raw token, for the ``Circle-Token`` header only."""
        return self._value

    @property
    def looks_cloud(self) -> bool:
        """True when the token has the cloud's current ``CCIPAT_`` prefix."""
        return self._value.startswith("CCIPAT_")

    def __repr__(self) -> str:
        return "Token(****)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Token cannot be pickled")


_MISSING = (
    "no CircleCI token: set CIRCLECI_TOKEN or pass --token "
    "(create a personal API token under User Settings → Personal API Tokens)"
)


def redact(text: str, token: Token | None) -> str:
    """``text`` with every occurrence of the token replaced by ``****``."""
    if token is None:
        return text
    return text.replace(token.reveal(), "****")


def _normalise_base_url(raw: str) -> str:
    url = raw.strip().rstrip("/")
    if not url:
        return CLOUD_URL
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            f"base URL {raw!r} is not an http(s) URL; use https://circleci.com or your "
            "CircleCI Server install's URL"
        )
    if parts.username or parts.password or parts.query:
        raise InputError("base URL must not carry credentials or a query string")
    path = parts.path.rstrip("/")
    # Accept a pasted API root (".../api/v2") and reduce it to the host.
    path = re.sub(r"/api(/v[0-9.]+|/private)?$", "", path)
    host = parts.hostname
    if host == "app.circleci.com" or host == "www.circleci.com":
        return CLOUD_URL
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    return f"{parts.scheme}://{netloc}{path}"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything needed to talk to one CircleCI install.

    ``deployment`` is derived from the base URL (``circleci.com`` is the cloud,
    anything else a Server install) unless given explicitly (tests).
    """

    token: Token
    base_url: str = CLOUD_URL
    deployment: Deployment = field(default="cloud")
    timeout_s: float = 30.0
    #: A non-cloud host named by the CircleCI CLI's ``CIRCLECI_CLI_HOST``, if any:
    #: evidence that the token belongs to a Server install.
    server_hint: str | None = None

    @classmethod
    def resolve(
        cls,
        *,
        token: str | None = None,
        base_url: str | None = None,
        env: Mapping[str, str] | None = None,
        deployment: Deployment | None = None,
        timeout_s: float = 30.0,
    ) -> Settings:
        """Flags override the environment; a missing token is :class:`TokenMissingError`."""
        environ = os.environ if env is None else env
        raw_token = token if token else environ.get("CIRCLECI_TOKEN", "")
        if not raw_token or not raw_token.strip():
            raise TokenMissingError(_MISSING)
        url = _normalise_base_url(base_url or environ.get("CIRCLECI_BASE_URL", "") or CLOUD_URL)
        host = urlsplit(url).hostname or ""
        dep: Deployment = deployment or ("cloud" if host in CLOUD_HOSTS else "server")
        cli_host = environ.get("CIRCLECI_CLI_HOST", "").strip()
        hint = None
        if cli_host:
            try:
                cli_url = _normalise_base_url(cli_host)
            except InputError:
                cli_url = ""
            if cli_url and (urlsplit(cli_url).hostname or "") not in CLOUD_HOSTS:
                hint = cli_url
        return cls(
            token=Token(raw_token),
            base_url=url,
            deployment=dep,
            timeout_s=timeout_s,
            server_hint=hint,
        )

    @property
    def is_cloud(self) -> bool:
        return self.deployment == "cloud"

    @property
    def api_origin(self) -> tuple[str, str, int]:
        """(scheme, host, port) of the API: the only origin that gets the token."""
        return origin_of(self.base_url)

    def api(self, path: str) -> str:
        """``{base}/api/{path}`` with ``path`` like ``v2/me``."""
        return f"{self.base_url}/api/{path.lstrip('/')}"

    @property
    def web_url(self) -> str:
        """The web UI root: ``https://app.circleci.com`` on cloud, the base URL on Server."""
        return "https://app.circleci.com" if self.is_cloud else self.base_url


def origin_of(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    return scheme, (parts.hostname or "").lower(), port
