"""Cross-job merging: failing tests, causes and flaky flags (pure functions).

Contract:
- Causes with the same fingerprint, from any job or node, become one entry
  listing every place it appeared; entries are ordered by best score, then by
  how many jobs share it, then by fingerprint (deterministic), and re-ranked
  from 1.
- Failing tests from test metadata and from logs are merged when they name the
  same test (same leaf name, and the same class when both sides know one); each
  entry lists its ``sources`` (``metadata``, ``log``) and the jobs it failed in.
- Known-flaky tests (insights) flag matching failing tests; they do not remove
  them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from triage.models import Cause
from triage.redact import redact

from .logs import NodeReport
from .models import FlakyTest, PipelineError, TestResult

__all__ = [
    "MergedCause",
    "MergedTest",
    "flag_flaky",
    "merge_causes",
    "merge_tests",
    "metadata_test_id",
    "pipeline_error_causes",
    "test_key",
]

#: Scores given to causes synthesised from CircleCI's own flags and errors.
SYNTH_SCORES = {"pipeline_error": 1.0, "timedout": 0.9, "infrastructure_fail": 0.9}

_ERROR_CATEGORY = {
    "config": "config",
    "config-fetch": "config",
    "permission": "config",
    "plan": "infrastructure",
    "timeout": "timeout",
}


@dataclass(slots=True)
class MergedCause:
    cause: Cause
    places: list[dict[str, Any]] = field(default_factory=list)
    occurrences: int = 0

    @property
    def jobs(self) -> list[int]:
        return sorted({p["job_number"] for p in self.places if p.get("job_number") is not None})

    def to_dict(self, rank: int) -> dict[str, Any]:
        out = self.cause.to_dict()
        out["rank"] = rank
        out["occurrences"] = self.occurrences
        out["jobs"] = self.jobs
        out["places"] = self.places
        return out


@dataclass(slots=True)
class MergedTest:
    id: str
    name: str
    classname: str
    file: str | None
    framework: str
    message: str
    sources: set[str] = field(default_factory=set)
    places: list[dict[str, Any]] = field(default_factory=list)
    flaky: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "classname": self.classname,
            "file": self.file,
            "framework": self.framework,
            "message": self.message,
            "sources": sorted(self.sources),
            "jobs": sorted({p["job_number"] for p in self.places}),
            "places": self.places,
            "flaky": self.flaky,
        }


# -- causes -------------------------------------------------------------------


def _synth(rule: str, category: str, line: str, score: float, reason: str) -> Cause:
    line = redact(line)  # (CircleCI's own text: a step name, a pipeline error's message)
    signature = f"{rule}: {line}"
    digest = hashlib.sha1(signature.encode()).hexdigest()[:16]
    return Cause(
        rank=0, score=score, category=category, rule=rule, line_number=0, line=line,
        signature=signature, fingerprint=digest, occurrences=1, excerpt=(),
        reasons=(reason,), hint=None,
    )


def node_causes(node: NodeReport) -> list[Cause]:
    """The node's causes plus one synthesised from its timed-out / infra flags."""
    causes = list(node.report.causes)
    origin = node.report.origin
    categories = {c.category for c in causes}
    if origin.get("timedout") and "timeout" not in categories:
        causes.insert(0, _synth(
            "circleci.step_timedout", "timeout",
            f"step {node.step_name!r} timed out", SYNTH_SCORES["timedout"],
            "CircleCI marked the step as timed out",
        ))
    if origin.get("infrastructure_fail") and "infrastructure" not in categories:
        causes.insert(0, _synth(
            "circleci.infrastructure_fail", "infrastructure",
            f"step {node.step_name!r} failed for infrastructure reasons",
            SYNTH_SCORES["infrastructure_fail"],
            "CircleCI marked the step as an infrastructure failure; rerun the job",
        ))
    return causes


def pipeline_error_causes(errors: Sequence[PipelineError]) -> list[Cause]:
    """Causes for a pipeline that errored before (or instead of) running workflows."""
    return [
        _synth(
            f"circleci.pipeline_error.{e.type}", _ERROR_CATEGORY.get(e.type, "unknown"),
            e.message or e.type, SYNTH_SCORES["pipeline_error"],
            f"the pipeline reported a {e.type!r} error",
        )
        for e in errors
    ]


def merge_causes(
    nodes: Iterable[NodeReport], extra: Iterable[Cause] = ()
) -> list[MergedCause]:
    merged: dict[str, MergedCause] = {}
    for cause in extra:
        entry = merged.setdefault(cause.fingerprint, MergedCause(cause))
        entry.occurrences += cause.occurrences
    for node in nodes:
        for cause in node_causes(node):
            if cause.fingerprint not in merged:
                merged[cause.fingerprint] = MergedCause(cause)
            entry = merged[cause.fingerprint]
            if cause.score > entry.cause.score:
                entry.cause = cause
            entry.occurrences += cause.occurrences
            entry.places.append({
                "job_number": node.job_number,
                "job_name": node.job_name,
                "node": node.node,
                "step": node.step_name,
                "line_number": cause.line_number,
            })
    return sorted(
        merged.values(),
        key=lambda m: (-m.cause.score, -len(m.jobs), -m.occurrences, m.cause.fingerprint),
    )


# -- tests ----------------------------------------------------------------------

_SPLIT = re.compile(r"::| › | > ")


def test_key(test_id: str, classname: str = "") -> tuple[str, str]:
    """(leaf name, class leaf) used to match the same test across sources."""
    parts = [p for p in _SPLIT.split(test_id) if p]
    if len(parts) > 1 and "::" in test_id:
        leaf = parts[-1]
        cls = parts[-2] if not parts[-2].endswith(".py") else ""
    elif len(parts) > 1:
        return test_id, ""
    elif classname:
        leaf, cls = test_id, classname.rsplit(".", 1)[-1]
    elif "." in test_id and "/" not in test_id and " " not in test_id:
        head, _, leaf = test_id.rpartition(".")
        cls = head.rsplit(".", 1)[-1]
    else:
        leaf, cls = test_id, ""
    if classname and not cls:
        cls = classname.rsplit(".", 1)[-1]
    return leaf, cls


test_key.__test__ = False  # type: ignore[attr-defined]


def metadata_test_id(t: TestResult) -> str:
    """A framework-style id for a metadata test (pytest node id when it looks like pytest)."""
    if t.file and t.file.endswith(".py"):
        module = t.file[:-3].replace("/", ".")
        rest = t.classname[len(module) + 1:] if t.classname.startswith(module + ".") else ""
        return "::".join([t.file, *([rest.replace(".", "::")] if rest else []), t.name])
    if t.classname and t.classname != t.name:
        return f"{t.classname}.{t.name}"
    return t.name


def _meta_key(t: TestResult) -> tuple[str, str]:
    if t.file and t.file.endswith(".py"):
        return test_key(metadata_test_id(t))
    return test_key(t.name, t.classname)


def _same(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] == b[0] and (not a[1] or not b[1] or a[1] == b[1])


def merge_tests(
    metadata: Iterable[tuple[int, str, TestResult]],
    nodes: Iterable[NodeReport],
) -> list[MergedTest]:
    """Merge failed metadata tests ``(job_number, job_name, test)`` with log tests."""
    entries: list[tuple[tuple[str, str], MergedTest]] = []

    def find(key: tuple[str, str]) -> MergedTest | None:
        for k, entry in entries:
            if _same(k, key):
                return entry
        return None

    for job_number, job_name, t in metadata:
        if not t.failed:
            continue
        key = _meta_key(t)
        entry = find(key)
        if entry is None:
            entry = MergedTest(
                id=metadata_test_id(t), name=t.name, classname=t.classname, file=t.file,
                framework="junit", message=t.message,
            )
            entries.append((key, entry))
        entry.sources.add("metadata")
        entry.places.append({"job_number": job_number, "job_name": job_name, "source": "metadata"})
    for node in nodes:
        for ft in node.report.failing_tests:
            key = test_key(ft.id)
            entry = find(key)
            if entry is None:
                entry = MergedTest(
                    id=ft.id, name=key[0], classname=key[1], file=None,
                    framework=ft.framework, message=ft.message,
                )
                entries.append((key, entry))
            else:
                if "::" not in entry.id:
                    entry.id = ft.id  # the framework's printed id, unless we have a node id
                entry.framework = ft.framework
                entry.message = entry.message or ft.message
            entry.sources.add("log")
            entry.places.append({
                "job_number": node.job_number, "job_name": node.job_name, "source": "log",
                "node": node.node, "step": node.step_name, "line_number": ft.line_number,
            })
    return sorted((e for _, e in entries), key=lambda e: e.id)


def flag_flaky(tests: Iterable[MergedTest], flaky: Iterable[FlakyTest]) -> int:
    """Set ``flaky`` on failing tests that insights know as flaky; returns how many."""
    known = [(test_key(f.test_name, f.classname), f) for f in flaky]
    count = 0
    for test in tests:
        key = test_key(test.name, test.classname)
        for fkey, f in known:
            if _same(fkey, key):
                test.flaky = {
                    "times_flaked": f.times_flaked,
                    "job_name": f.job_name,
                    "workflow_name": f.workflow_name,
                }
                count += 1
                break
    return count
