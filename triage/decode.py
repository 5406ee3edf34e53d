"""Bytes → lines: CI envelopes, and cleaning of the few lines that are shown.

The hot path never decodes the stream: the scanner works on raw bytes and calls
:func:`clean_line` only for candidate and emitted lines. What this module does
to the whole stream is only to remove a CI *envelope* (CircleCI's step-output
JSON) so that line numbers count over the log text itself (DESIGN §4.2).

:class:`CircleCIEnvelope` parses ``[{"message": "...", "time": ..., "type":
..., "truncated": ...}, ...]`` incrementally: a chunk may end anywhere, inside
a key, a message, an escape sequence or a UTF-8 character, and the message
texts come out as raw UTF-8 bytes in order, concatenated.

A log that starts with a UTF-16 (or UTF-32) byte order mark (what Windows
PowerShell's ``>`` and ``Out-File`` write) is turned into UTF-8 the same way, a
chunk at a time (:class:`WideText`). UTF-16 without a mark is left as it is:
the scanner finds its ASCII text by dropping NUL bytes from the lines it looks
at.
"""

from __future__ import annotations

import codecs
import json
import re

__all__ = [
    "JSON_SNIFF_BYTES",
    "CircleCIEnvelope",
    "WideText",
    "circleci_json_undecided",
    "clean_line",
    "clean_lines",
    "looks_like_circleci_json",
    "wide_by_bom",
    "wide_undecided",
    "without_nuls",
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


def without_nuls(raw: bytes) -> bytes:
    """A raw line without its NUL bytes (UTF-16 output, NUL padding) and then its ANSI
    escapes, which the NULs kept from being seen whole: the first step of cleaning.
    Anchors of a line holding NULs are looked for in this, as either splits a word."""
    raw = raw.replace(b"\x00", b"")
    return _ANSI.sub(b"", raw) if b"\x1b" in raw else raw


def clean_line(raw: bytes, limit: int = MAX_SHOWN) -> str:
    """The text shown for one raw line (without its ``\\n``).

    ANSI escapes and CI timestamp prefixes are removed; of a line redrawn with
    lone ``\\r`` only the last non-empty segment is kept; invalid UTF-8 is
    replaced; NUL bytes are dropped. Text longer than ``limit`` characters is
    cut and ends with ``…``.
    """
    if b"\x00" in raw or b"\x1b" in raw:  # (NULs first: UTF-16 puts one in every escape)
        raw = without_nuls(raw)
    if raw.endswith(b"\r"):
        raw = raw.rstrip(b"\r")
    if b"\r" in raw:
        segments = [s for s in raw.split(b"\r") if s.strip()]
        raw = segments[-1] if segments else b""
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
#: the keys CircleCI step output's first element may start with
_FIRST_KEYS = (b'"message"', b'"type"', b'"time"')


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
    return h.startswith(_FIRST_KEYS)


def circleci_json_undecided(head: bytes) -> bool:
    """Whether a stream starting with ``head`` could still be CircleCI step output
    but more bytes are needed to tell (what :func:`looks_like_circleci_json` looks at
    has not all arrived: whitespace may sit between the brackets)."""
    if len(head) >= JSON_SNIFF_BYTES:
        return False
    h = head.lstrip(b" \t\r\n\xef\xbb\xbf")
    for opener in (b"[", b"{"):
        if not h:
            return True
        if not h.startswith(opener):
            return False
        h = h[1:].lstrip(b" \t\r\n")
    return not h or any(len(h) < len(k) and k.startswith(h) for k in _FIRST_KEYS)


_ESCAPES = {
    ord('"'): b'"', ord("\\"): b"\\", ord("/"): b"/", ord("b"): b"\b",
    ord("f"): b"\f", ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t",
}
_KEY_MAX = 64
_SPECIAL = re.compile(rb'["\\]')
_HEX4 = re.compile(rb"[0-9a-fA-F]{4}")
#: whitespace after the closed array held back at most (see CircleCIEnvelope._pass)
_HELD_SPACE = 1 << 20


_STRING_BODY = re.compile(rb'(?:[^"\\]++|\\.)*+', re.S)


def _string_end(data: bytes, i: int) -> int:
    """Offset of the first unescaped quote at or after ``i``, else where the text stops.

    The stop is ``len(data)``, or a trailing lone backslash (an escape cut by the chunk).
    """
    m = _STRING_BODY.match(data, i)
    return m.end() if m else i


def _last_line_break_escape(data: bytes, lo: int, hi: int) -> int:
    """Offset just after the last ``\\n`` or ``\\r`` escape in ``data[lo:hi]``, or ``lo``:
    a place to cut message text where no escape or surrogate pair is split (progress
    bars redraw with ``\\r`` and may go on for megabytes without a ``\\n``)."""
    return max(_last_escape(data, lo, hi, b"\\n"), _last_escape(data, lo, hi, b"\\r"))


def _last_escape(data: bytes, lo: int, hi: int, escape: bytes) -> int:
    """Offset just after the last ``escape`` (a backslash and a letter) in
    ``data[lo:hi]`` whose backslash is not itself escaped, or ``lo``."""
    p = data.rfind(escape, lo, hi)
    while p >= lo:
        run = 0
        q = p
        while q > lo and data[q - 1] == 0x5C:
            run += 1
            q -= 1
        if run % 2 == 0:  # the backslash at p starts an escape
            return p + 2
        p = data.rfind(escape, lo, p)
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


#: byte order marks of the encodings a log is turned into UTF-8 from (longest first)
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
              (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
#: the bytes after a byte order mark that tell whether the text is what it names
_WIDE_SNIFF = 1024


def wide_undecided(head: bytes) -> bool:
    """Whether a stream starting with ``head`` starts with a UTF-16 or UTF-32 byte order
    mark but more bytes are needed to tell whether the text after it is what it says."""
    return (len(head) < 4 + _WIDE_SNIFF
            and any(head.startswith(bom) for bom, _c in _WIDE_BOMS))


def wide_by_bom(head: bytes) -> tuple[str, int] | None:
    """The encoding (UTF-16 or UTF-32) the byte order mark at the start of ``head`` names
    and the mark's length, when the text after it reads as such: a line break, or a
    quarter ASCII (a mark followed by UTF-8, or UTF-16 text after what looks like a
    UTF-32 mark, reads as neither)."""
    for bom, codec in _WIDE_BOMS:
        if head.startswith(bom):
            text = head[len(bom): len(bom) + _WIDE_SNIFF].decode(codec, "replace")
            if "\n" in text or sum(c < "\x80" for c in text) * 4 >= len(text):
                return codec, len(bom)
    return None


class WideText:
    """UTF-16 or UTF-32 text (after its byte order mark) as UTF-8 bytes, a chunk at a time.

    A chunk may end inside a character or between the halves of a surrogate pair:
    what is held is at most three bytes, and the bytes returned are the same however
    the input is split. A lone surrogate, or bytes left over at the end, become U+FFFD.
    """

    __slots__ = ("_decoder", "codec")

    def __init__(self, codec: str) -> None:
        self.codec = codec
        self._decoder = codecs.getincrementaldecoder(codec)(errors="replace")

    def feed(self, chunk: bytes) -> bytes:
        return self._decoder.decode(chunk).encode("utf-8", "surrogatepass")

    def finish(self) -> bytes:
        return self._decoder.decode(b"", final=True).encode("utf-8", "surrogatepass")


class CircleCIEnvelope:
    """Incremental extractor of ``message`` texts from CircleCI step output.

    ``feed`` returns the message bytes that are complete so far; state between
    calls is at most a partial escape sequence or a short key, or message text
    after its last line break (to be decoded with what follows). ``finish``
    returns what is still held when the stream ends. Also records whether any
    element had ``"truncated": true`` (CircleCI cut the output). Any other JSON
    value is skipped without being stored. ``complete`` tells whether the array
    was closed, i.e. the stream was not cut off. Whatever follows the closed
    array (nothing but a newline, from CircleCI) is passed on as log text: a
    plain log whose first line is a JSON array loses nothing.

    The bytes returned are the same however the input is split.
    """

    __slots__ = ("_after", "_after_key", "_depth", "_ending", "_esc", "_in_msg", "_in_str",
                 "_key", "_last_key", "_lit", "_pending_hi", "_space", "complete", "truncated")

    def __init__(self) -> None:
        self._in_str = False  # inside a string that is not a message
        self._in_msg = False  # inside a message string (content is emitted)
        self._esc = b""  # partial escape sequence (or undecoded message text) carried over
        self._key = bytearray()  # the string being read when it may be a key
        self._last_key = b""
        self._after_key = False  # a ':' follows the last string read
        self._lit = bytearray()  # a bare literal (true/false/null/number) being read
        self._pending_hi = 0  # high surrogate of a \\uXXXX pair waiting for its low half
        self.truncated = False  # an element said "truncated": true
        self._depth = 0  # [ and { open outside strings
        self.complete = False  # the top-level array was closed: nothing was cut off
        self._after = False  # past the closed array: bytes are passed on as they are
        self._space: bytes | None = b""  # whitespace after the array, held until text
        # follows it (None: text came, everything is passed on)
        self._ending = False  # finish(): nothing more will come, nothing is carried

    def feed(self, data: bytes) -> bytes:
        if self._after:
            return self._pass(data)
        out = bytearray()
        i, n = 0, len(data)
        if self._esc:
            data = self._esc + data
            self._esc = b""
            n = len(data)
        slow_to = 0  # message text before this offset holds no line break escape
        while i < n:
            if self._in_msg and not self._pending_hi and i >= slow_to and not self._ending:
                j, slow_to = self._fast_message(data, i, out)
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
                        self._flush_surrogate(out)  # (text after a lone high surrogate)
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
                    if not self._ending:
                        self._esc = data[i:]
                    break  # (a lone backslash at the very end is dropped)
                c = data[i + 1]
                if c == ord("u"):
                    if i + 6 > n and not self._ending:
                        self._esc = data[i:]
                        break
                    if _HEX4.fullmatch(data, i + 2, i + 6):
                        cp = int(data[i + 2 : i + 6], 16)
                        i += 6
                        if self._in_msg:
                            self._emit_codepoint(cp, out)
                        continue
                    # not four hex digits: read as the letter u, as the bulk decoder does
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
                        self.complete = self._after = True
                        out += self._pass(data[i + 1 :])
                        break
            elif c in b"[{":
                self._depth += 1
            elif c not in b" \t\r\n" and len(self._lit) < 8:
                self._lit.append(c)
            i += 1
        return bytes(out)

    def finish(self) -> bytes:
        """What is still held when the stream ends: a message cut off after its last
        line break is decoded as far as it goes (an escape cut short reads as its
        letters, as an invalid one does; a lone backslash is dropped)."""
        self._ending = True
        out = bytearray(self.feed(b"") if self._esc else b"")
        if self._in_msg:
            self._flush_surrogate(out)
        return bytes(out)

    def _pass(self, data: bytes) -> bytes:
        """Bytes after the closed array: whitespace alone is held (CircleCI ends its
        output with a newline, which is not a line of the log); text is passed on with
        the whitespace before it, and so is whitespace once more than
        :data:`_HELD_SPACE` of it has come (whatever the chunks, the same bytes)."""
        if self._space is None:
            return data
        held = self._space + data
        if len(held) > _HELD_SPACE or data.strip(b" \t\r\n"):
            self._space = None
            return held
        self._space = held
        return b""

    def _fast_message(self, data: bytes, i: int, out: bytearray) -> tuple[int, int]:
        """Decode message text in bulk with the C JSON decoder.

        Returns the offset after what was consumed, ``i`` when the slow path must
        take over (no line break escape to cut at in this chunk), or -1 when the rest
        of the chunk was carried to the next one (so that no escape or surrogate pair
        is ever split); and the offset up to which the slow path goes on without
        asking again (so long text with escapes but no line break stays linear).
        """
        end = _string_end(data, i)
        if end < len(data) and data[end] == 0x22:
            cut, closed = end, True
        else:
            cut = _last_line_break_escape(data, i, end)
            closed = False
            if cut <= i:
                return i, end
        out += _decode_json_string(data[i:cut])
        if closed:
            self._in_msg = False
            return cut + 1, 0
        self._esc = data[cut:]
        return -1, 0

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
