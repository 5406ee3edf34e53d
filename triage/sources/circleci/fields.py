"""Typed reads from decoded JSON, raising :class:`ResponseError` on a wrong shape.

Contract: required fields must exist with the right type; optional fields
accept absence and ``null``; numbers that CircleCI sometimes sends as strings
(``run_time``) are coerced where the model says so. Unknown extra fields are
ignored; status strings are kept as-is (open vocabularies).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from triage.errors import ResponseError

__all__ = ["Fields", "as_list"]


def as_list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ResponseError(f"{where}: expected a list, got {type(value).__name__}")
    return value


class Fields:
    """A JSON object being read into a model; ``where`` names it in errors."""

    __slots__ = ("_data", "where")

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, Mapping):
            raise ResponseError(f"{where}: expected an object, got {type(data).__name__}")
        self._data: Mapping[str, Any] = data
        self.where = where

    def _bad(self, key: str, expected: str) -> ResponseError:
        got = type(self._data.get(key)).__name__
        return ResponseError(f"{self.where}: field {key!r} should be {expected}, got {got}")

    def has(self, key: str) -> bool:
        return self._data.get(key) is not None

    def req_str(self, key: str) -> str:
        value = self._data.get(key)
        if not isinstance(value, str):
            raise self._bad(key, "a string")
        return value

    def opt_str(self, key: str, default: str | None = None) -> str | None:
        value = self._data.get(key)
        if value is None:
            return default
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        raise self._bad(key, "a string")

    def req_int(self, key: str) -> int:
        value = self._data.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, str) and value.strip().lstrip("-").isdigit():
                return int(value)
            raise self._bad(key, "an integer")
        return value

    def opt_int(self, key: str) -> int | None:
        if self._data.get(key) is None:
            return None
        return self.req_int(key)

    def opt_float(self, key: str) -> float | None:
        value = self._data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise self._bad(key, "a number")
        if isinstance(value, int | float):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                raise self._bad(key, "a number") from None
        raise self._bad(key, "a number")

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self._bad(key, "a boolean")
        return value

    def seq(self, key: str) -> list[Any]:
        value = self._data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self._bad(key, "a list")
        return value

    def obj(self, key: str) -> Fields | None:
        value = self._data.get(key)
        if value is None:
            return None
        return Fields(value, f"{self.where}.{key}")

    def str_list(self, key: str) -> tuple[str, ...]:
        return tuple(v for v in self.seq(key) if isinstance(v, str))

    def first_str(self, *keys: str) -> str | None:
        """The first of ``keys`` holding a string (for snake/kebab variants)."""
        for key in keys:
            value = self._data.get(key)
            if isinstance(value, str):
                return value
        return None
