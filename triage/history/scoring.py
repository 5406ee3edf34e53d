"""One explainable score per cause across history (version ``history-rank/1``).

Score (0..1) = the sum of these parts over 100, each named in ``reasons``:

* in-log: 60 × the cause's score from its log (:mod:`triage.rank`);
* novelty: +20 when new (never before on the branch, nor on the default
  branch before the branch point); +12 when it appeared on the branch only
  since its last green pipeline; 0 for older recurring failures;
* spread: +10 × the share of this pipeline's failed jobs that have it (one job
  of one: +0 — spread says nothing then);
* recurrence: +2 per doubling of the earlier pipelines that had it, at most
  +6 (a known, real failure rather than noise);
* flakiness: −15 − 10 × flake rate when the cause's job passed on the same
  commit before (or already for this commit): demoted, not hidden;
* category: +4 for code categories (build_error, test_failure, lint,
  dependency, config, crash), −6 for infrastructure and network, −4 for
  unknown, 0 otherwise.

"broken on main" adds no points but a reason: the cause is real, and not
introduced by this branch. Ties keep the in-log order.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .novelty import CauseRef, Facts, PipelineRef, default_branch, facts_for
from .records import parse_time
from .store import Store

if TYPE_CHECKING:
    from triage.sources.circleci.summary import Summary

__all__ = ["RANK_VERSION", "RankInput", "Ranked", "annotate_summary", "rank"]

RANK_VERSION = "history-rank/1"
W_LOG = 60.0
NEW = 20.0
SINCE_GREEN = 12.0
SPREAD = 10.0
RECUR_PER_DOUBLING = 2.0
RECUR_MAX = 6.0
FLAKY_BASE = -15.0
FLAKY_RATE = -10.0
CATEGORY = {
    "build_error": 4.0, "test_failure": 4.0, "lint": 4.0, "dependency": 4.0, "config": 4.0,
    "crash": 4.0, "infrastructure": -6.0, "network": -6.0, "unknown": -4.0,
}


@dataclass(frozen=True, slots=True)
class RankInput:
    cause: CauseRef
    in_log: float  # 0..1
    jobs: int  # failed jobs of this pipeline that have it


@dataclass(slots=True)
class Ranked:
    fingerprint: str
    score: float
    in_log: float
    reasons: list[str]
    facts: Facts

    def to_dict(self) -> dict[str, Any]:
        return {"rank_version": RANK_VERSION, "score": round(self.score, 3),
                "in_log_score": self.in_log, "reasons": self.reasons, **self.facts.to_dict()}


def _when(d: dict[str, Any] | None) -> str:
    if not d:
        return ""
    bits = [f"pipeline {d['pipeline']}" if d.get("pipeline") is not None else "",
            f"on {d['branch']}" if d.get("branch") else "",
            (d.get("time") or "")[:10]]
    return " ".join(b for b in bits if b)


def score_one(item: RankInput, facts: Facts, failed_jobs: int, branch: str | None
              ) -> tuple[float, list[str]]:
    parts: list[tuple[float, str]] = [
        (W_LOG * item.in_log, f"in-log score {item.in_log:.2f}")]
    if facts.label != "flaky" and facts.new:
        where = f" on {branch}" if branch else ""
        extra = ", nor on main before the branch point" if facts.branch_point else ""
        parts.append((NEW, f"new: not seen before{where}{extra}"))
    elif facts.since_last_green:
        green = facts.last_green or {}
        parts.append((SINCE_GREEN, f"appeared on {branch} since its last green pipeline "
                                   f"{green.get('pipeline')}"))
    if failed_jobs > 1 and item.jobs > 0:
        share = item.jobs / failed_jobs
        parts.append((SPREAD * share, f"in {item.jobs} of {failed_jobs} failed jobs"))
    n = facts.seen_before.get("pipelines", 0)
    if n:
        parts.append((min(RECUR_MAX, RECUR_PER_DOUBLING * math.log2(1 + n)),
                      f"recurring: in {n} earlier pipeline(s), first "
                      f"{_when(facts.first_seen)}"))
    if facts.flaky:
        rate = facts.flaky.get("rate") or 0.0
        why = ("passed on a rerun of this commit" if facts.flaky.get("passed_on_this_commit")
               else f"its job passed on the same commit {facts.flaky['flaky_jobs']} time(s)")
        parts.append((FLAKY_BASE + FLAKY_RATE * rate, f"flaky: {why} (flake rate {rate:.0%})"))
    cat = CATEGORY.get(item.cause.category, 0.0)
    if cat:
        parts.append((cat, f"category {item.cause.category}"))
    if facts.broken_on_main:
        recent = facts.main_recent
        parts.append((0.0, f"broken on main: also failing in {recent.get('failed_with_it')} "
                           f"of main's last {recent.get('of')} pipelines"))
    total = sum(p for p, _ in parts)
    reasons = [f"{text} ({p:+.1f})" for p, text in parts]
    return max(0.0, min(1.0, total / 100.0)), reasons


def rank(store: Store, pipeline: PipelineRef, items: Sequence[RankInput],
         failed_jobs: int, main: str | None = None) -> list[Ranked]:
    """Every cause of ``pipeline`` scored across history, best first."""
    facts = facts_for(store, pipeline, [i.cause for i in items], main=main)
    out = []
    for order, item in enumerate(items):
        f = facts[item.cause.fingerprint]
        score, reasons = score_one(item, f, failed_jobs, pipeline.branch)
        out.append((order, Ranked(item.cause.fingerprint, score, item.in_log, reasons, f)))
    out.sort(key=lambda t: (-t[1].score, t[0]))
    return [r for _, r in out]


def annotate_summary(summary: Summary, store: Store) -> bool:
    """Re-rank a ``triage.summary/1`` summary's causes with history; False when the store
    has nothing for its project (the summary is then left as it was)."""
    p = summary.pipeline
    project = (p.project_slug if p else "") or str(summary.target.get("project") or "")
    if p is None or not project or store.is_empty([project]) or not summary.causes:
        return False
    ref = PipelineRef(project=project, pipeline_id=p.id, number=p.number, branch=p.branch,
                      commit=p.revision,
                      time=parse_time(p.created_at) or datetime.now(UTC))
    items = [RankInput(
        cause=CauseRef(m.cause.fingerprint, m.cause.category, m.cause.signature,
                       tuple(sorted({str(pl.get("job_name")) for pl in m.places}))),
        in_log=float(m.cause.score), jobs=len(m.jobs)) for m in summary.causes]
    main = default_branch(store, project)
    ranked = {r.fingerprint: r for r in rank(store, ref, items, len(summary.failed_jobs),
                                             main=main)}
    for m in summary.causes:
        r = ranked[m.cause.fingerprint]
        m.cause = dataclasses.replace(m.cause, score=round(r.score, 3),
                                      reasons=(*m.cause.reasons, *(f"history: {x}"
                                                                   for x in r.reasons)))
    order = {fp: i for i, fp in enumerate(ranked)}
    summary.causes.sort(key=lambda m: order[m.cause.fingerprint])
    summary.cause_history = {fp: r.to_dict() for fp, r in ranked.items()}
    labels: dict[str, int] = {}
    for r in ranked.values():
        labels[r.facts.label] = labels.get(r.facts.label, 0) + 1
    summary.history = {
        "store": str(store.root), "rank_version": RANK_VERSION, "default_branch": main,
        "labels": dict(sorted(labels.items())),
        "broken_on_main": any(r.facts.broken_on_main for r in ranked.values()),
        "jobs_in_store": store.catalog.job_count(project),
    }
    return True
