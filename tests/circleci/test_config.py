"""Settings: token and base URL from flags or environment; the token never shows."""

from __future__ import annotations

import pickle

import pytest

from triage.errors import AuthenticationError, InputError, TokenMissingError
from triage.sources.circleci.config import Settings, Token, redact

from .conftest import SECRET


def test_token_missing_is_typed_with_exit_code() -> None:
    with pytest.raises(TokenMissingError) as err:
        Settings.resolve(env={})
    assert err.value.exit_code == 11
    assert "CIRCLECI_TOKEN" in str(err.value)


def test_blank_token_is_missing() -> None:
    with pytest.raises(TokenMissingError):
        Settings.resolve(token="   ", env={})


def test_flags_override_environment() -> None:
    env = {"CIRCLECI_TOKEN": "env-token", "CIRCLECI_BASE_URL": "https://ci.example.com"}
    s = Settings.resolve(token="flag-token", base_url="https://other.example.com/", env=env)
    assert s.token.reveal() == "flag-token"
    assert s.base_url == "https://other.example.com"
    assert s.deployment == "server"
    s2 = Settings.resolve(env=env)
    assert s2.token.reveal() == "env-token" and s2.base_url == "https://ci.example.com"


@pytest.mark.parametrize(("raw", "expected", "deployment"), [
    ("", "https://circleci.com", "cloud"),
    ("https://circleci.com/", "https://circleci.com", "cloud"),
    ("https://app.circleci.com", "https://circleci.com", "cloud"),
    ("https://circleci.com/api/v2", "https://circleci.com", "cloud"),
    ("ci.example.com", "https://ci.example.com", "server"),
    ("http://127.0.0.1:8080/api/v1.1/", "http://127.0.0.1:8080", "server"),
])
def test_base_url_normalised(raw: str, expected: str, deployment: str) -> None:
    s = Settings.resolve(token="t", base_url=raw or None, env={})
    assert (s.base_url, s.deployment) == (expected, deployment)


def test_bad_base_url_is_input_error() -> None:
    with pytest.raises(InputError):
        Settings.resolve(token="t", base_url="ftp://x", env={})
    with pytest.raises(InputError):
        Settings.resolve(token="t", base_url="https://u:p@ci.example.com", env={})


def test_token_never_shows() -> None:
    s = Settings.resolve(token=SECRET, env={})
    for text in (str(s), repr(s), str(s.token), repr(s.token), f"{s.token}"):
        assert SECRET not in text
    with pytest.raises(TypeError):
        pickle.dumps(s.token)
    assert redact(f"x {SECRET} y", s.token) == "x **** y"


def test_token_with_control_characters_is_rejected_without_echo() -> None:
    with pytest.raises(AuthenticationError) as err:
        Token("abc\ndef-secret")
    assert "def-secret" not in str(err.value)


def test_cli_host_hint_recorded() -> None:
    s = Settings.resolve(token="t", env={"CIRCLECI_CLI_HOST": "https://ci.corp.example"})
    assert s.server_hint == "https://ci.corp.example"
    assert Settings.resolve(token="t", env={"CIRCLECI_CLI_HOST": "https://circleci.com"}
                            ).server_hint is None
