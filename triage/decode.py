"""Bytes → lines: CI envelopes, and cleaning of the few lines that are shown.

The hot path never decodes the stream: the scanner works on raw bytes and calls
:func:`clean_line` only for candidate and emitted lines. What this module does
to the whole stream is only to remove a CI *envelope* (CircleCI's step-output
JSON) so that line numbers count over the log text itself (DESIGN §4.2).

:class:`CircleCIEnvelope` parses ``[{"message": "...", "time": ..., "type":
..., "truncated": ...}, ...]`` incrementally: a chunk may end anywhere, inside
a key, a message, an escape sequence or a UTF-8 character, and the message
texts come out as raw UTF-8 bytes in order, concatenated.
"""

from __future__ import annotations

import json
import re

__all__ = [
    "JSON_SNIFF_BYTES",
    "CircleCIEnvelope",
    "clean_line",
    "clean_lines",
    "looks_like_circleci_json",
]

# No pattern here can cross a newline, so each applies to many lines joined by
# ``\n`` (MULTILINE) exactly as to each line alone: see clean_lines().
_ANSI = re.compile(
    rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]"
    # nF escapes: ESC ( B (terminfo's sgr0 for xterm ends colour with it), ESC ) 0 ...;
    # Fp escapes: ESC 7 / ESC 8 (save / restore the cursor), ESC = / ESC > (keypad)
    rb"|\x1b[!-/][ -/]?[0-~]|\x1b[0-?]"
)
_CI_PREFIX = (
    rb"(?:"
    rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?"  # GitHub Actions
    # Taskcluster (its worker also writes [taskcluster:warn ...], [volume ...], [cache ...])
    rb"|\[(?:task|taskcluster(?::[a-z]+)?|vcs|setup|fetches|volume|cache)"
    rb" \d{4}-\d\d-\d\d[T ][^\]\n]*\] ?"
    rb"|\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z\] ?"  # Jenkins timestamper
    # `gh run view --log`: job <TAB> step <TAB> timestamp
    rb"|[^\t\n]{1,200}\t[^\t\n]{0,200}\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?"
    rb"|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \| "  # Zuul console
    rb")"
)
# mozharness
_LOGGER_PREFIX = rb"(?:\d\d:\d\d:\d\d +(?:INFO|WARNING|ERROR|CRITICAL|DEBUG|FATAL) - )"
_PREFIXES = re.compile(rb"^(?:" + _CI_PREFIX + _LOGGER_PREFIX + rb"?|" + _LOGGER_PREFIX + rb")",
                       re.MULTILINE)
_GROUP = re.compile(rb"^##\[(?:group|endgroup)\]", re.MULTILINE)
# for many lines: a leading newline is found much faster than a MULTILINE ``^``
_NL_PREFIXES = re.compile(rb"\n(?:" + _CI_PREFIX + _LOGGER_PREFIX + rb"?|" + _LOGGER_PREFIX
                          + rb")")
#: how much of a line is shown at most
MAX_SHOWN = 1000


def clean_line(raw: bytes, limit: int = MAX_SHOWN) -> str:
    """The text shown for one raw line (without its ``\\n``).

    ANSI escapes and CI timestamp prefixes are removed; of a line redrawn with
    lone ``\\r`` only the last non-empty segment is kept; invalid UTF-8 is
    replaced; NUL bytes are dropped. Text longer than ``limit`` characters is
    cut and ends with ``…``.
    """
    if b"\x1b" in raw:
        raw = _ANSI.sub(b"", raw)
    if raw.endswith(b"\r"):
        raw = raw.rstrip(b"\r")
    if b"\r" in raw:
        segments = [s for s in raw.split(b"\r") if s.strip()]
        raw = segments[-1] if segments else b""
    if b"\x00" in raw:
        raw = raw.replace(b"\x00", b"")
    first = raw[:1]
    if first.isdigit() or first == b"[" or b"\t" in raw:
        raw = _PREFIXES.sub(b"", raw, count=1)
    if raw.startswith(b"##["):
        raw = _GROUP.sub(b"", raw, count=1)
    text = raw.decode("utf-8", "replace")
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def clean_lines(raws: list[bytes], limit: int = MAX_SHOWN) -> list[str]:
    """``[clean_line(r, limit) for r in raws]`` for lines without ``\\n``, in a few passes.

    The lines are joined and each step runs once over all of them; a line with
    a carriage return or a NUL byte takes the one-line path.
    """
    if len(raws) < 4:
        return [clean_line(r, limit) for r in raws]
    joined = b"\n" + b"\n".join(raws)
    if b"\r" in joined or b"\x00" in joined:
        return [clean_line(r, limit) for r in raws]
    if b"\x1b" in joined:
        joined = _ANSI.sub(b"", joined)
    joined = _NL_PREFIXES.sub(b"\n", joined)
    if b"##[" in joined:
        joined = _GROUP.sub(b"", joined)
    texts = joined.decode("utf-8", "replace").split("\n")
    del texts[0]
    return [t if len(t) <= limit else t[: limit - 1] + "…" for t in texts]


#: the bytes at the start of a log that tell whether it is CircleCI step output
JSON_SNIFF_BYTES = 4096


def looks_like_circleci_json(head: bytes) -> bool:
    """Whether the first bytes of a stream are CircleCI step-output JSON (only the first
    :data:`JSON_SNIFF_BYTES` are looked at)."""
    h = head[:JSON_SNIFF_BYTES].lstrip(b" \t\r\n\xef\xbb\xbf")
    if not h.startswith(b"["):
        return False
    h = h[1:].lstrip(b" \t\r\n")
    if not h.startswith(b"{"):
        return False
    h = h[1:].lstrip(b" \t\r\n")
    return h.startswith(b'"message"') or h.startswith(b'"type"') or h.startswith(b'"time"')


_ESCAPES = {
    ord('"'): b'"', ord("\\"): b"\\", ord("/"): b"/", ord("b"): b"\b",
    ord("f"): b"\f", ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t",
}
_KEY_MAX = 64
_SPECIAL = re.compile(rb'["\\]')


_STRING_BODY = re.compile(rb'(?:[^"\\]++|\\.)*+', re.S)


def _string_end(data: bytes, i: int) -> int:
    """Offset of the first unescaped quote at or after ``i``, else where the text stops.

    The stop is ``len(data)``, or a trailing lone backslash (an escape cut by the chunk).
    """
    m = _STRING_BODY.match(data, i)
    return m.end() if m else i


def _last_newline_escape(data: bytes, lo: int, hi: int) -> int:
    """Offset just after the last ``\\n`` escape in ``data[lo:hi]``, or ``lo``."""
    p = data.rfind(b"\\n", lo, hi)
    while p >= lo:
        run = 0
        q = p
        while q > lo and data[q - 1] == 0x5C:
            run += 1
            q -= 1
        if run % 2 == 0:  # the backslash at p starts an escape
            return p + 2
        p = data.rfind(b"\\n", lo, p)
    return lo


_JSON = json.JSONDecoder(strict=False)
_ESCAPE = re.compile(
    rb"\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))",
    re.S,
)


def _one_escape(m: re.Match[bytes]) -> bytes:
    hi, lo, cp, ch = m.groups()
    if hi is not None:
        code = 0x10000 + ((int(hi, 16) - 0xD800) << 10) + (int(lo, 16) - 0xDC00)
        return chr(code).encode()
    if cp is not None:
        code = int(cp, 16)
        return "\ufffd".encode() if 0xD800 <= code <= 0xDFFF else chr(code).encode()
    return _ESCAPES.get(ch[0], ch)


def _decode_json_string(body: bytes) -> bytes:
    """JSON string body → raw bytes: escapes decoded, raw (even invalid) UTF-8 kept as is.

    Valid UTF-8 without lone surrogates (nearly always) goes through the C JSON
    decoder; anything else through one regex pass that keeps raw bytes.
    """
    if b"\\" not in body:
        return body
    try:  # valid UTF-8 and no lone surrogates: the C JSON decoder
        text: str = _JSON.decode('"' + body.decode("utf-8") + '"')
        return text.encode("utf-8")
    except (UnicodeError, ValueError):
        return _ESCAPE.sub(_one_escape, body)


class CircleCIEnvelope:
    """Incremental extractor of ``message`` texts from CircleCI step output.

    ``feed`` returns the message bytes that are complete so far; state between
    calls is at most a partial escape sequence or a short key. Also records
    whether any element had ``"truncated": true`` (CircleCI cut the output).
    Any other JSON value is skipped without being stored. ``complete`` tells
    whether the array was closed, i.e. the stream was not cut off.
    """

    __slots__ = ("_after_key", "_depth", "_esc", "_in_msg", "_in_str", "_key", "_last_key",
                 "_lit", "_pending_hi", "complete", "truncated")

    def __init__(self) -> None:
        self._in_str = False  # inside a string that is not a message
        self._in_msg = False  # inside a message string (content is emitted)
        self._esc = b""  # partial escape sequence carried between chunks
        self._key = bytearray()  # the string being read when it may be a key
        self._last_key = b""
        self._after_key = False  # a ':' follows the last string read
        self._lit = bytearray()  # a bare literal (true/false/null/number) being read
        self._pending_hi = 0  # high surrogate of a \\uXXXX pair waiting for its low half
        self.truncated = False  # an element said "truncated": true
        self._depth = 0  # [ and { open outside strings
        self.complete = False  # the top-level array was closed: nothing was cut off

    def feed(self, data: bytes) -> bytes:
        out = bytearray()
        i, n = 0, len(data)
        if self._esc:
            data = self._esc + data
            self._esc = b""
            n = len(data)
        while i < n:
            if self._in_msg and not self._pending_hi:
                j = self._fast_message(data, i, out)
                if j < 0:  # the rest of the chunk is carried over
                    break
                if j > i:
                    i = j
                    continue
            if self._in_msg or self._in_str:
                m = _SPECIAL.search(data, i)
                end = m.start() if m else n
                if self._in_msg:
                    if end > i:
                        out += data[i:end]
                elif len(self._key) < _KEY_MAX:
                    self._key += data[i : end][: _KEY_MAX]
                if m is None:
                    break
                i = end
                if data[i] == 0x22:  # closing quote
                    i += 1
                    if self._in_msg:
                        self._in_msg = False
                        self._flush_surrogate(out)
                    else:
                        self._in_str = False
                        self._last_key = bytes(self._key)
                        self._key.clear()
                    continue
                # backslash escape
                if i + 1 >= n:
                    self._esc = data[i:]
                    break
                c = data[i + 1]
                if c == ord("u"):
                    if i + 6 > n:
                        self._esc = data[i:]
                        break
                    try:
                        cp = int(data[i + 2 : i + 6], 16)
                    except ValueError:
                        cp = 0xFFFD
                    i += 6
                    if self._in_msg:
                        self._emit_codepoint(cp, out)
                    continue
                if self._in_msg:
                    self._flush_surrogate(out)
                    out += _ESCAPES.get(c, bytes((c,)))
                elif len(self._key) < _KEY_MAX:
                    self._key += _ESCAPES.get(c, bytes((c,)))
                i += 2
                continue
            # outside strings: structure, keys and bare literals
            c = data[i]
            if c == 0x22:
                self._close_literal()
                if self._after_key and self._last_key == b"message":
                    self._in_msg = True
                else:
                    self._in_str = True
                    self._key.clear()
                self._after_key = False
            elif c == 0x3A:  # ':'
                self._after_key = True
                self._lit.clear()
            elif c in b",}]":
                self._close_literal()
                self._after_key = False
                if c != 0x2C:
                    self._depth -= 1
                    if self._depth == 0:
                        self.complete = True
            elif c in b"[{":
                self._depth += 1
            elif c not in b" \t\r\n" and len(self._lit) < 8:
                self._lit.append(c)
            i += 1
        return bytes(out)

    def _fast_message(self, data: bytes, i: int, out: bytearray) -> int:
        """Decode message text in bulk with the C JSON decoder.

        Returns the offset after what was consumed, ``i`` when the slow path
        must take over (no line break escape to cut at in this chunk), or -1
        when the rest of the chunk was carried to the next one (so that no
        escape or surrogate pair is ever split).
        """
        end = _string_end(data, i)
        if end < len(data) and data[end] == 0x22:
            cut, closed = end, True
        else:
            cut = _last_newline_escape(data, i, end)
            closed = False
            if cut <= i:
                return i
        out += _decode_json_string(data[i:cut])
        if closed:
            self._in_msg = False
            return cut + 1
        self._esc = data[cut:]
        return -1

    def _close_literal(self) -> None:
        if self._lit:
            if self._last_key == b"truncated" and self._lit == b"true":
                self.truncated = True
            self._lit.clear()

    def _emit_codepoint(self, cp: int, out: bytearray) -> None:
        if 0xD800 <= cp < 0xDC00:
            self._flush_surrogate(out)
            self._pending_hi = cp
            return
        if 0xDC00 <= cp < 0xE000:
            if self._pending_hi:
                cp = 0x10000 + ((self._pending_hi - 0xD800) << 10) + (cp - 0xDC00)
                self._pending_hi = 0
            else:
                cp = 0xFFFD
        else:
            self._flush_surrogate(out)
        out += chr(cp).encode("utf-8")

    def _flush_surrogate(self, out: bytearray) -> None:
        if self._pending_hi:
            out += "\ufffd".encode()
            self._pending_hi = 0
