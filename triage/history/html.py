"""A self-contained HTML report of the history: inline CSS and SVG, no script, no fetch.

Contract: :func:`render_report` is pure (data in, one HTML string out); the
page opens offline in any browser and holds three charts, each an inline
``<svg>`` with a stable id — ``chart-failures-over-time`` (failed jobs per
day, stacked by category), ``chart-top-clusters`` (failed jobs per cluster)
and ``chart-flaky-tests`` (flake rate per test) — plus the tables behind them.
Every text from the store is HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

__all__ = ["CATEGORY_COLOURS", "ReportData", "render_report"]

CATEGORY_COLOURS = {
    "test_failure": "#d9534f", "build_error": "#f0ad4e", "lint": "#5bc0de",
    "dependency": "#9b59b6", "network": "#1abc9c", "timeout": "#e67e22", "oom": "#8e44ad",
    "crash": "#c0392b", "infrastructure": "#7f8c8d", "config": "#2c3e50",
    "unknown": "#bdc3c7", "none": "#2ecc71",
}


@dataclass(frozen=True, slots=True)
class ReportData:
    title: str
    window: dict[str, Any]
    jobs: int
    failed_jobs: int
    #: (day, category, failed jobs)
    daily: Sequence[tuple[date, str, int]]
    clusters: Sequence[dict[str, Any]]  # triage.clusters/1 cluster objects
    clusters_total: int
    flaky: Sequence[dict[str, Any]]  # triage.flaky/1 test objects


def _t(text: Any, limit: int = 0) -> str:
    s = "" if text is None else str(text)
    if limit and len(s) > limit:
        s = s[: limit - 1] + "…"
    return escape(s, quote=True)


def _empty(svg_id: str, width: int, message: str) -> str:
    return (f'<svg id="{svg_id}" xmlns="http://www.w3.org/2000/svg" width="{width}" '
            f'height="60" role="img"><text x="10" y="35" class="muted">{_t(message)}</text></svg>')


def _over_time(daily: Sequence[tuple[date, str, int]], width: int = 1000,
               height: int = 260) -> str:
    if not daily:
        return _empty("chart-failures-over-time", width, "no failed jobs in the window")
    days = sorted({d for d, _, _ in daily})
    cats = sorted({c for _, c, _ in daily}, key=lambda c: (list(CATEGORY_COLOURS).index(c)
                                                           if c in CATEGORY_COLOURS else 99, c))
    counts: dict[tuple[date, str], int] = {(d, c): n for d, c, n in daily}
    totals = {d: sum(counts.get((d, c), 0) for c in cats) for d in days}
    step = max(1, -(-max(totals.values()) // 4))
    top = step * 4
    left, bottom, right = 40, 40, 10
    plot_w, plot_h = width - left - right, height - bottom - 20
    first, last = days[0], days[-1]
    span = max(1, (last - first).days + 1)
    bar_w = max(1.0, plot_w / span * 0.8)
    out = [f'<svg id="chart-failures-over-time" xmlns="http://www.w3.org/2000/svg" '
           f'width="{width}" height="{height + 24 * ((len(cats) + 5) // 6)}" role="img" '
           f'aria-label="failed jobs per day by category">']
    for i in range(5):
        y = 20 + plot_h - plot_h * i / 4
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" '
                   f'class="grid"/><text x="{left - 6}" y="{y + 4:.1f}" class="axis" '
                   f'text-anchor="end">{step * i}</text>')
    for d in days:
        x = left + plot_w * (d - first).days / span
        y = 20 + plot_h
        for c in cats:
            n = counts.get((d, c), 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            out.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                       f'height="{h:.1f}" fill="{CATEGORY_COLOURS.get(c, "#95a5a6")}">'
                       f'<title>{d.isoformat()}: {n} failed job(s), {_t(c)}</title></rect>')
    for d, anchor in ((first, "start"), (last, "end")) if first != last else ((first, "start"),):
        x = left + plot_w * (d - first).days / span + (bar_w if anchor == "end" else 0)
        out.append(f'<text x="{x:.1f}" y="{height - bottom + 36}" class="axis" '
                   f'text-anchor="{anchor}">{d.isoformat()}</text>')
    for i, c in enumerate(cats):
        x = left + 160 * (i % 6)
        y = height + 4 + 24 * (i // 6)
        out.append(f'<rect x="{x}" y="{y}" width="12" height="12" '
                   f'fill="{CATEGORY_COLOURS.get(c, "#95a5a6")}"/>'
                   f'<text x="{x + 16}" y="{y + 11}" class="axis">{_t(c)}</text>')
    out.append("</svg>")
    return "".join(out)


def _hbars(svg_id: str, rows: Sequence[tuple[str, float, str, str]], unit: str,
           empty: str, width: int = 1000) -> str:
    """Horizontal bars: (label, value, colour, tooltip)."""
    if not rows:
        return _empty(svg_id, width, empty)
    label_w, row_h = 420, 22
    top = max(v for _, v, _, _ in rows) or 1
    height = row_h * len(rows) + 10
    out = [f'<svg id="{svg_id}" xmlns="http://www.w3.org/2000/svg" width="{width}" '
           f'height="{height}" role="img">']
    for i, (label, value, colour, tip) in enumerate(rows):
        y = 5 + i * row_h
        w = (width - label_w - 80) * value / top
        shown = f"{value:.0%}" if unit == "%" else f"{value:g}"
        out.append(f'<text x="{label_w - 8}" y="{y + 15}" class="label" text-anchor="end">'
                   f'{_t(label, 60)}</text><rect class="bar" x="{label_w}" y="{y + 3}" '
                   f'width="{max(w, 1):.1f}" height="{row_h - 6}" fill="{colour}">'
                   f'<title>{_t(tip)}</title></rect><text x="{label_w + w + 6:.1f}" '
                   f'y="{y + 15}" class="axis">{shown}</text>')
    out.append("</svg>")
    return "".join(out)


def _clusters_table(clusters: Sequence[dict[str, Any]]) -> str:
    rows = []
    for i, c in enumerate(clusters, 1):
        first, last = c["first_seen"], c["last_seen"]
        rows.append(
            f"<tr><td>{i}</td><td><code>{_t(c['id'])}</code></td><td>{c['jobs']}</td>"
            f"<td>{c['time_wasted_s'] / 60:.0f} min</td><td>{c['pipelines']}</td>"
            f"<td>{c['branches']}</td><td>{_t(', '.join(c['categories']))}</td>"
            f"<td>{_t((first.get('time') or '')[:10])} ({_t(first.get('branch'))})</td>"
            f"<td>{_t((last.get('time') or '')[:10])} ({_t(last.get('branch'))})</td>"
            f"<td><code>{_t(c['example']['line'], 160)}</code></td></tr>")
    return ("<table><thead><tr><th>#</th><th>cluster</th><th>failed jobs</th><th>time "
            "wasted</th><th>pipelines</th><th>branches</th><th>categories</th><th>first seen"
            "</th><th>last seen</th><th>example</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _flaky_table(flaky: Sequence[dict[str, Any]]) -> str:
    rows = []
    for t in flaky:
        ci = t.get("circleci") or {}
        rows.append(
            f"<tr><td><code>{_t(t['test_id'], 120)}</code></td><td>{_t(t['project'])}</td>"
            f"<td>{t['flake_rate']:.0%}</td><td>{t['flaky_failures']}/{t['failures']}/"
            f"{t['runs']}</td><td>{_t((t.get('last_flake') or '')[:10])}</td>"
            f"<td>{_t(ci.get('times_flaked', ''))}</td><td>{_t(', '.join(t['sources']))}</td>"
            "</tr>")
    return ("<table><thead><tr><th>test</th><th>project</th><th>flake rate</th>"
            "<th>flaky / failed / runs</th><th>last flake</th><th>CircleCI times flaked</th>"
            "<th>sources</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


_CSS = """
body{font:14px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#222}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.muted,.axis{fill:#666;color:#666;font-size:12px}.label{font-size:12px;fill:#222}
.grid{stroke:#e5e5e5}.cards{display:flex;gap:16px;margin:12px 0}
.card{border:1px solid #ddd;border-radius:6px;padding:8px 14px}.card b{font-size:20px;display:block}
table{border-collapse:collapse;margin-top:8px;font-size:12px}
td,th{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;vertical-align:top}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
"""


def render_report(data: ReportData) -> str:
    """The whole page (see the module docstring)."""
    w = data.window
    span = "; ".join(f"{k}: {escape(', '.join(v) if isinstance(v, list) else str(v))}"
                     for k, v in w.items() if v not in (None, [], ""))
    cluster_rows = [
        (c["example"]["line"] or c["signature"], float(c["jobs"]),
         CATEGORY_COLOURS.get(c["categories"][0] if c["categories"] else "unknown", "#95a5a6"),
         f"{c['id']}: {c['jobs']} failed jobs, {c['time_wasted_s'] / 60:.0f} min")
        for c in data.clusters[:15]]
    flaky_rows = [
        (t["test_id"], float(t["flake_rate"]), "#e67e22",
         f"{t['flaky_failures']} flaky of {t['runs']} runs")
        for t in data.flaky[:15]]
    cards = "".join(f'<div class="card"><b>{v}</b>{_t(k)}</div>' for k, v in (
        ("jobs", data.jobs), ("failed jobs", data.failed_jobs),
        ("clusters", data.clusters_total), ("flaky tests", len(data.flaky))))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{_t(data.title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{_t(data.title)}</h1><div class=\"muted\">{span or 'all history'}</div>"
        f'<div class="cards">{cards}</div>'
        "<h2>Failures over time, by category</h2>" + _over_time(data.daily)
        + f"<h2>Top clusters ({min(15, len(data.clusters))} of {data.clusters_total})</h2>"
        + _hbars("chart-top-clusters", cluster_rows, "jobs", "no clusters")
        + _clusters_table(data.clusters)
        + "<h2>Flaky tests</h2>"
        + _hbars("chart-flaky-tests", flaky_rows, "%", "no flaky tests")
        + _flaky_table(data.flaky)
        + "</body></html>\n")
