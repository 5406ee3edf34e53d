"""The one exception tree of triage.

Every error a user can see is a :class:`TriageError`; code never branches on
message text, only on the class. Each class carries the process exit code the
CLI uses and a message that says what to do about it.

::

    TriageError                      exit 1
    ├── InputError                   exit 2   a path cannot be read, bad arguments
    ├── RuleError                    exit 3   a rule pack is invalid (names file and rule id)
    ├── StoreError                   exit 4   TRIAGE_HOME state cannot be read or written
    ├── OutputError                  exit 5   the output cannot be written (disk full, closed)
    └── CircleCIError                exit 10  talking to CircleCI failed
        ├── TokenMissingError        exit 11  no CIRCLECI_TOKEN / --token
        ├── AuthenticationError      exit 12  401: token invalid, expired or revoked
        ├── PermissionDeniedError    exit 13  403 on a project
        ├── NotFoundError            exit 14  404: no such project / pipeline / job
        ├── RateLimitedError         exit 15  429 after every retry
        ├── UnavailableError         exit 16  5xx after every retry
        ├── NetworkError             exit 17  unreachable, timed out, connection dropped
        ├── WrongServerError         exit 18  base URL and token belong to different installs
        ├── NoProjectsError          exit 19  no followed projects / wrong organisation
        ├── FeatureUnavailableError  exit 20  cloud-only or Server-only feature
        └── ResponseError            exit 21  a reply that does not have the documented shape
"""

from __future__ import annotations

__all__ = [
    "AuthenticationError",
    "CircleCIError",
    "FeatureUnavailableError",
    "InputError",
    "NetworkError",
    "NoProjectsError",
    "NotFoundError",
    "OutputError",
    "PermissionDeniedError",
    "RateLimitedError",
    "ResponseError",
    "RuleError",
    "StoreError",
    "TokenMissingError",
    "TriageError",
    "UnavailableError",
    "WrongServerError",
]


class TriageError(Exception):
    """Base of every error triage raises on purpose."""

    exit_code = 1


class InputError(TriageError):
    """An input (path, stdin, argument) cannot be used."""

    exit_code = 2


class RuleError(TriageError):
    """A rule pack is invalid; the message names the file and the rule id."""

    exit_code = 3

    def __init__(self, message: str, *, path: str | None = None, rule_id: str | None = None):
        where = ", ".join(p for p in (path, f"rule {rule_id}" if rule_id else None) if p)
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path
        self.rule_id = rule_id


class StoreError(TriageError):
    """State under TRIAGE_HOME cannot be read or written."""

    exit_code = 4


class OutputError(TriageError):
    """What triage prints cannot be written: standard output is closed, or the disk it
    goes to is full."""

    exit_code = 5


class CircleCIError(TriageError):
    """Talking to CircleCI failed. Messages never contain the token."""

    exit_code = 10


class TokenMissingError(CircleCIError):
    exit_code = 11


class AuthenticationError(CircleCIError):
    exit_code = 12


class PermissionDeniedError(CircleCIError):
    exit_code = 13


class NotFoundError(CircleCIError):
    exit_code = 14


class RateLimitedError(CircleCIError):
    exit_code = 15


class UnavailableError(CircleCIError):
    exit_code = 16


class NetworkError(CircleCIError):
    exit_code = 17


class WrongServerError(CircleCIError):
    exit_code = 18


class NoProjectsError(CircleCIError):
    exit_code = 19


class FeatureUnavailableError(CircleCIError):
    exit_code = 20


class ResponseError(CircleCIError):
    exit_code = 21
