"""Incremental reader of CircleCI step-output JSON (``[{"message": ...}, ...]``).

Used by ``triage logs`` to print the de-enveloped text while it streams (the
scanner does its own unwrapping). Contract: :meth:`EnvelopeText.feed` accepts
chunks split anywhere (even inside a UTF-8 sequence or a JSON string) and
returns the ``message`` texts completed so far; memory is bounded by the
largest single message object. Input that is not a JSON array is passed
through as text unchanged.
"""

from __future__ import annotations

import codecs
import json
import re

__all__ = ["EnvelopeText", "strip_ansi"]

_MAX_OBJECT = 8 * 1024 * 1024
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def strip_ansi(text: str) -> str:
    """``text`` without ANSI CSI/OSC escape sequences."""
    return _ANSI.sub("", text)


class EnvelopeText:
    """Turns streamed step-output bytes into text, chunk by chunk."""

    def __init__(self) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8")("replace")
        self._buf = ""
        self._mode: str | None = None  # None (undecided), "json" or "plain"
        self._decoder = json.JSONDecoder()

    def feed(self, chunk: bytes) -> str:
        return self._push(self._utf8.decode(chunk))

    def finish(self) -> str:
        text = self._push(self._utf8.decode(b"", final=True))
        if self._mode == "json" and self._buf.strip(" \t\r\n,]"):
            # An envelope cut off mid-object: show what is left rather than drop it.
            text += self._buf
        elif self._mode is None:
            text += self._buf
        self._buf = ""
        return text

    def _push(self, text: str) -> str:
        if self._mode == "plain":
            return text
        self._buf += text
        if self._mode is None:
            head = self._buf.lstrip()
            if not head:
                return ""
            if not head.startswith("["):
                self._mode = "plain"
                out, self._buf = self._buf, ""
                return out
            self._mode = "json"
            self._buf = head[1:]
        return self._drain()

    def _drain(self) -> str:
        out: list[str] = []
        buf = self._buf
        pos = 0
        n = len(buf)
        while True:
            while pos < n and buf[pos] in " \t\r\n,]":
                pos += 1
            if pos >= n:
                break
            try:
                value, end = self._decoder.raw_decode(buf, pos)
            except json.JSONDecodeError:
                if n - pos > _MAX_OBJECT:
                    # Not an envelope after all (or a broken one): pass it through.
                    self._mode = "plain"
                    out.append(buf[pos:])
                    pos = n
                break  # incomplete object: wait for more bytes
            if isinstance(value, dict):
                message = value.get("message")
                if isinstance(message, str):
                    out.append(message)
            pos = end
        self._buf = buf[pos:]
        return "".join(out)
