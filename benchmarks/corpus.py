"""Synthetic CI-like logs for the benchmarks, deterministic for a seed.

The line mix follows ``shared/research/perf-anchors.md``: GitHub-Actions style
timestamp prefixes, pytest / jest / go / cargo / maven progress, compiler
command lines, npm and pip noise with Unicode progress bars, docker buildkit
steps, application logs, minified JSON lines of 1–8 KB, ~30% ANSI-coloured
lines, rare invalid UTF-8, and near misses (benign lines that contain a rule
anchor). Failure lines are the rule packs' own examples, drawn uniformly, at
a given density (fraction of lines).
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

from triage.rules import MARK_KINDS, RuleSet, load_rules

__all__ = ["content_key", "failure_lines", "generate"]

BENIGN = [
    "tests/test_api.py::TestUsers::test_create[{n}] PASSED                      [ {p}%]",
    "tests/test_models.py ....................................................   [ {p}%]",
    "  ✓ renders the header component ({n} ms)",
    "PASS src/components/Button.test.tsx ({n}.{n2} s)",
    "=== RUN   TestParseConfig/case_{n}",
    "--- PASS: TestParseConfig/case_{n} (0.00s)",
    "ok  \tgithub.com/acme/svc/internal/pkg{n}\t0.{n2}s",
    "test parser::tests::case_{n} ... ok",
    "[INFO] Running com.acme.service.Handler{n}Test",
    "[INFO] Tests run: {n}, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.{n2} s - in com.acme.Handler{n}Test",
    "/usr/bin/c++ -DNDEBUG -I/src/include -I/src/third_party/abseil -O2 -g -fPIC -std=c++17 -o CMakeFiles/core.dir/src/module_{n}.cc.o -c /src/src/module_{n}.cc",
    "[{n}/{n3}] Building CXX object CMakeFiles/core.dir/src/module_{n}.cc.o",
    "npm http fetch GET 200 https://registry.npmjs.org/pkg-{n} {n2}ms (cache hit)",
    "npm warn deprecated inflight@1.0.{n}: This module is not supported",
    "   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ {n}.{n2}/{n3}.0 MB {n2}.1 MB/s eta 0:00:00",
    "Collecting package-{n}==1.{n2}.0",
    "Found existing installation: package-{n} 1.{n2}.0",
    "#{n} [build {n2}/9] RUN pip install -r requirements.txt",
    "#{n} DONE 0.{n2}s",
    "2024-05-14 10:22:{n2} INFO  [app.worker] processed batch {n} in {n2}ms",
    "2024-05-14 10:22:{n2} ERROR [app.worker] retrying request {n} (attempt 1)",
    "Tests:       {n} passed, {n} total",
    "      Tests  {n} passed ({n})",
    "Downloading https://files.pythonhosted.org/packages/{n}/{n2}/pkg-{n}.whl ({n2} kB)",
    "Compiling serde v1.0.{n}",
    "   Compiling acme-core v0.{n}.0 (/src/crates/core)",
    "> Task :app:compileJava",
    "warning: unused variable `x{n}`",
    "##[group]Run actions/checkout@v4",
    "##[endgroup]",
]
COLOURS = ["\x1b[32m", "\x1b[1m", "\x1b[36m", "\x1b[2m", "\x1b[33m"]


def failure_lines(rules: RuleSet) -> list[str]:
    """Examples of the rules that report failures or open a failure's section; not of
    success summaries, CI step starts or warning-output sections, which are no
    failure lines."""
    return sorted({ex for r in rules.rules
                   if r.kind not in MARK_KINDS and not r.follow_only
                   and not (r.follow is not None and r.follow.pick == "mute")
                   for ex in r.examples if "\n" not in ex})


def content_key(rules: RuleSet) -> str:
    """A short key of what a corpus is made of (this module's line templates and the
    rules' failure lines and anchors): a cached corpus is reused only while it holds."""
    h = hashlib.sha256(Path(__file__).read_bytes())
    for part in (*failure_lines(rules), *sorted(rules.anchors)):
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()[:10]


def _json_line(rng: random.Random) -> str:
    obj = {f"k{i}": rng.choice(["value", 123, None, [1, 2, 3], {"a": "b"}])
           for i in range(rng.randint(40, 400))}
    return json.dumps(obj, separators=(",", ":"))


def generate(path: Path, size: int, density: float = 1e-4, seed: int = 7,
             rules: RuleSet | None = None, near_miss: float = 0.004) -> Path:
    """Write a log of about ``size`` bytes to ``path``; return the path.

    ``density`` is the fraction of lines that are real failures, ``near_miss``
    the fraction of benign lines that still contain a rule anchor (0.4% in the
    reference corpus of perf-anchors.md).
    """
    rng = random.Random(seed)
    rules = rules or load_rules()
    fails = failure_lines(rules)
    anchors = [a for a in rules.anchors]
    pool: list[bytes] = []
    near: list[bytes] = []
    for _ in range(20000):
        tmpl = rng.choice(BENIGN)
        line = tmpl.format(n=rng.randint(1, 999), n2=rng.randint(10, 99), n3=rng.randint(100, 999),
                           p=rng.randint(1, 99))
        if rng.random() < 0.3:
            line = rng.choice(COLOURS) + line + "\x1b[0m"
        if rng.random() < 0.003:
            line = _json_line(rng)
        raw = line.encode()
        if rng.random() < 0.0005:
            raw = raw[:5] + b"\xff\xfe" + raw[5:]
        (near if any(a in raw for a in anchors) else pool).append(raw)
    if not near:
        near = pool
    fail_bytes = [f.encode() for f in fails]
    ts = b"2024-05-14T10:22:33.1234567Z "
    written = 0
    with path.open("wb") as out:
        while written < size:
            batch = []
            for _ in range(20000):
                x = rng.random()
                if x < density:
                    batch.append(ts + rng.choice(fail_bytes))
                elif x < density + near_miss:
                    batch.append(ts + near[rng.randrange(len(near))])
                else:
                    batch.append(ts + pool[rng.randrange(len(pool))])
            block = b"\n".join(batch) + b"\n"
            out.write(block)
            written += len(block)
    return path
