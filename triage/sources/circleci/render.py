"""Text and markdown renderings of summaries and listings (JSON is ``to_dict``).

Contract: pure functions of their inputs (no I/O, no clock); output is
deterministic; anything cut for length says how much was cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["render_summary_markdown", "render_summary_text", "table"]

MARK = {"failed": "✗", "failing": "✗", "error": "✗", "errored": "✗", "timedout": "✗",
        "infrastructure_fail": "✗", "success": "✓", "passed": "✓"}


def mark(status: str) -> str:
    """A one-character flag: ✗ for failures, ✓ for success, · otherwise."""
    return MARK.get(status, "·")


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain left-aligned table; the last column is not padded."""
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    lines = []
    for row in [list(headers), *[list(r) for r in rows]]:
        cells = [c.ljust(widths[i]) if i < len(row) - 1 else c for i, c in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _where(places: Sequence[dict[str, Any]], limit: int = 4) -> str:
    seen: list[str] = []
    for p in places:
        label = f"{p.get('job_name') or 'job'} #{p.get('job_number')}"
        if p.get("node") is not None:
            label += f" node {p['node']}"
        if label not in seen:
            seen.append(label)
    more = f" (+{len(seen) - limit} more)" if len(seen) > limit else ""
    return ", ".join(seen[:limit]) + more


def _test_line(t: dict[str, Any]) -> str:
    flags = "/".join(t["sources"])
    flaky = f" [known flaky: {t['flaky']['times_flaked']}×]" if t.get("flaky") else ""
    jobs = ", ".join(f"#{n}" for n in t["jobs"])
    return f"{t['id']}  ({t['framework']}; from {flags}; jobs {jobs}){flaky}"


def render_summary_text(data: dict[str, Any], *, top: int = 5) -> str:
    """Human text for a ``triage.summary/1`` dict."""
    out: list[str] = []
    p = data.get("pipeline")
    out.append(f"{mark(data['status'])} {data['explanation']}")
    if p:
        commit = f" — {p['commit_subject']}" if p.get("commit_subject") else ""
        out.append(f"  pipeline {p['number']} ({p['state']}) {p.get('branch') or ''} "
                   f"{(p.get('revision') or '')[:12]}{commit}".rstrip())
    for e in data.get("errors", []):
        out.append(f"  pipeline error ({e['type']}): {e['message']}")
    if data["workflows"]:
        out.append("")
        out.append("Workflows:")
        for w in data["workflows"]:
            failed = [j for j in w["jobs"] if j["status"] in MARK and mark(j["status"]) == "✗"]
            extra = f" — failed: {', '.join(j['name'] for j in failed)}" if failed else ""
            out.append(f"  {mark(w['status'])} {w['name']} ({w['status']}){extra}")
    if data["failing_tests"]:
        out.append("")
        out.append(f"Failing tests ({len(data['failing_tests'])}):")
        out.extend(f"  {_test_line(t)}" for t in data["failing_tests"][:20])
        if len(data["failing_tests"]) > 20:
            out.append(f"  … {len(data['failing_tests']) - 20} more (see --format json)")
    causes = data["causes"]
    if causes:
        out.append("")
        total = data.get("causes_total", len(causes))
        out.append(f"Causes (top {min(top, len(causes))} of {total}):")
        for c in causes[:top]:
            out.append(f"  {c['rank']}. [{c['category']}] {c['line'].strip()}")
            out.append(f"     score {c['score']:.2f}, {c['occurrences']}× in {_where(c['places'])}")
            if c.get("hint"):
                out.append(f"     hint: {c['hint']}")
    for job in data["failed_jobs"]:
        if not job["reports"] and job.get("note"):
            out.append(f"  note: job {job['name']} #{job['number']}: {job['note']}")
    if data["unavailable"]:
        out.append("")
        out.append(f"Could not fetch ({len(data['unavailable'])}):")
        for u in data["unavailable"]:
            where = "".join(
                f" {k} {u[k]}" for k in ("job_number", "node", "step") if u.get(k) is not None
            )
            out.append(f"  {u['what']}{where}: {u['error']}: {u['message']}")
    return "\n".join(out)


def render_summary_markdown(data: dict[str, Any], *, top: int = 5) -> str:
    """GitHub-flavoured markdown for a ``triage.summary/1`` dict."""
    out: list[str] = []
    p = data.get("pipeline")
    title = f"pipeline {p['number']} of `{p['project']}`" if p else f"`{data['target']['input']}`"
    out.append(f"## {mark(data['status'])} {title}: {data['status']}")
    out.append("")
    out.append(data["explanation"])
    if data.get("errors"):
        out.append("")
        out.append("### Pipeline errors")
        out.extend(f"- **{e['type']}**: {e['message']}" for e in data["errors"])
    if data["failing_tests"]:
        out.append("")
        out.append("### Failing tests")
        out.append("")
        out.append("| test | framework | from | jobs | flaky |")
        out.append("|---|---|---|---|---|")
        for t in data["failing_tests"]:
            flaky = f"{t['flaky']['times_flaked']}×" if t.get("flaky") else ""
            jobs = ", ".join(f"#{n}" for n in t["jobs"])
            out.append(f"| `{t['id']}` | {t['framework']} | {'+'.join(t['sources'])} | "
                       f"{jobs} | {flaky} |")
    if data["causes"]:
        out.append("")
        out.append("### Causes")
        for c in data["causes"][:top]:
            out.append("")
            out.append(f"{c['rank']}. **{c['category']}** `{c['line'].strip()}` — score "
                       f"{c['score']:.2f}, {c['occurrences']}× in {_where(c['places'])}")
            if c.get("excerpt"):
                out.append("")
                out.append("   ```")
                out.extend(f"   {e['n']:>5} {e['text']}" for e in c["excerpt"])
                out.append("   ```")
            if c.get("hint"):
                out.append(f"   _hint: {c['hint']}_")
        total = data.get("causes_total", len(data["causes"]))
        if total > min(top, len(data["causes"])):
            out.append("")
            more = total - min(top, len(data["causes"]))
            out.append(f"_{more} more cause(s) in the JSON output._")
    if data["unavailable"]:
        out.append("")
        out.append("### Could not fetch")
        for u in data["unavailable"]:
            out.append(f"- {u['what']} (job {u.get('job_number')}, node {u.get('node')}): "
                       f"{u['error']}: {u['message']}")
    return "\n".join(out)
