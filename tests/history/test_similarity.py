"""The near-duplicate rule, in both directions, and its bounds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from triage.history.similarity import (
    SignatureInfo,
    levenshtein,
    lower_bound,
    merge_map,
    ngram_vector,
    same_error,
)
from triage.signatures import mask


def dp(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


text = st.text(alphabet="abcd e:'/", max_size=40)


@settings(max_examples=300, deadline=None)
@given(text, text)
def test_bit_parallel_levenshtein_equals_the_textbook_one(a: str, b: str) -> None:
    assert levenshtein(a, b) == dp(a, b) == levenshtein(b, a)


@settings(max_examples=300, deadline=None)
@given(text, text)
def test_ngram_bound_never_exceeds_the_distance(a: str, b: str) -> None:
    assert lower_bound(ngram_vector(a), ngram_vector(b)) <= levenshtein(a, b)


SAME = [  # the same error with different values the masks do not cover
    ("E ConnectionRefusedError: could not connect to server db-replica-alpha: Connection "
     "refused", "E ConnectionRefusedError: could not connect to server db-replica-charlie: "
     "Connection refused"),
    ("AssertionError: expected user 'alice' to have role 'admin' but got 'viewer'",
     "AssertionError: expected user 'bob' to have role 'admin' but got 'viewer'"),
    ("error[E0425]: cannot find value `widget_count` in this scope",
     "error[E0425]: cannot find value `widget_total` in this scope"),
    ("npm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2fui-kit - Not found",
     "npm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2fui-kits - Not found"),
]
DIFFERENT = [  # different errors, however alike their shape
    ("E ConnectionRefusedError: could not connect to server db-replica-alpha: Connection "
     "refused", "E TimeoutError: timed out after 30 seconds waiting for db-replica-alpha"),
    ("ModuleNotFoundError: No module named 'requests'",
     "ImportError: cannot import name 'Session' from 'requests'"),
    ("src/user.ts(12,10): error TS18048: 'user.email' is possibly 'undefined'.",
     "src/user.ts(15,23): error TS2322: Type 'string' is not assignable to type 'number'."),
    ("FATAL: password authentication failed for user \"postgres\"",
     "FATAL: database \"postgres\" does not exist"),
]


def test_same_error_with_different_values_merges() -> None:
    for a, b in SAME:
        assert same_error(mask(a), mask(b)), (a, b)


def test_different_errors_do_not_merge() -> None:
    for a, b in DIFFERENT:
        assert not same_error(mask(a), mask(b)), (a, b)


def sig(fp: str, text: str, first: str, category: str = "test_failure") -> SignatureInfo:
    return SignatureInfo(fp, category, mask(text), first)


def test_merge_map_is_greedy_by_first_appearance_and_per_category() -> None:
    a, b = SAME[0]
    c, _ = DIFFERENT[0][1], None
    sigs = [sig("f2", b, "2026-11-02"), sig("f1", a, "2026-11-01"),
            sig("f3", c, "2026-11-03"), sig("f4", a, "2026-11-04", category="network")]
    m = merge_map(sigs)
    assert m == {"f1": "f1", "f2": "f1", "f3": "f3", "f4": "f4"}
    assert merge_map(list(reversed(sigs))) == m  # input order does not matter
