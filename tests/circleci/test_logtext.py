"""LogCleaner: the same cleaned lines for every chunking, envelope or not."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from triage.sources.circleci.logtext import LogCleaner

TEXT = "first \x1b[31mred\x1b[0m line\nprogress 10%\rprogress 100%\nünïcode ✓\nlast"
EXPECTED = ["first red line", "progress 100%", "ünïcode ✓", "last"]
ENVELOPE = json.dumps([{"message": TEXT[:20], "time": "t", "type": "out"},
                       {"message": TEXT[20:], "time": "t", "type": "err"}]).encode()


def _clean(data: bytes, cuts: list[int]) -> list[str]:
    cleaner = LogCleaner()
    lines: list[str] = []
    start = 0
    for cut in sorted(set(cuts)):
        lines += cleaner.feed(data[start:cut])
        start = cut
    lines += cleaner.feed(data[start:])
    return lines + cleaner.finish()


@given(st.lists(st.integers(min_value=0, max_value=len(ENVELOPE)), max_size=12))
def test_envelope_any_chunking(cuts: list[int]) -> None:
    assert _clean(ENVELOPE, cuts) == EXPECTED


@given(st.lists(st.integers(min_value=0, max_value=len(TEXT.encode())), max_size=12))
def test_plain_any_chunking(cuts: list[int]) -> None:
    assert _clean(TEXT.encode(), cuts) == EXPECTED


def test_short_input_is_not_lost() -> None:
    assert _clean(b"tiny\n", []) == ["tiny"]
    assert _clean(b"", []) == []
