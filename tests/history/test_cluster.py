"""Clusters, flaky tests and cluster timelines over a synced store (real Parquet)."""

from __future__ import annotations

import json
from typing import Any

from .conftest import SLUG, cli


def failed_jobs(world: Any, name: str) -> list[tuple[Any, Any]]:
    return [(p, j) for p in world.pipelines for w in p.workflows for j in w.jobs
            if j.name == name and j.status == "failed"]


def clusters_json(env: dict[str, str], *args: str) -> dict[str, Any]:
    code, out, err = cli(["clusters", SLUG, "--format", "json", "--top", "100", *args], env)
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def test_clusters_group_across_jobs_and_merge_near_duplicates(synced: dict[str, str],
                                                              world: Any) -> None:
    data = clusters_json(synced)
    assert data["schema"] == "triage.clusters/1" and data["similarity"] == "sim/1"
    by_line = {c["example"]["line"].strip(): c for c in data["clusters"]}
    e2e = failed_jobs(world, "e2e")
    jest = by_line["expect(received).toBe(expected) // Object.is equality"]
    assert jest["jobs"] == len(e2e) and jest["categories"] == ["test_failure"]
    assert jest["pipelines"] == len({p.number for p, _ in e2e})
    assert jest["first_seen"]["pipeline"] == min(p.number for p, _ in e2e)
    assert jest["last_seen"]["pipeline"] == max(p.number for p, _ in e2e)
    assert {t["id"] for t in jest["tests"]} >= {"cart › formatPrice › pads cents to two digits"}
    # The replica error names a different host per pipeline: one cluster, several fingerprints.
    conn = [p for p, j in failed_jobs(world, "integration")
            if any(s.failures.get(0, ("", ""))[1].startswith("conn_refused") for s in j.steps)]
    [replica] = [c for c in data["clusters"]
                 if c["example"]["line"].strip().startswith("E       ConnectionRefusedError")
                 or c["example"]["line"].strip().startswith("E ConnectionRefusedError")]
    assert replica["jobs"] == len(conn) and len(replica["fingerprints"]) == len(
        {p.number % 8 for p in conn})
    assert replica["first_seen"]["pipeline"] == min(p.number for p in conn)
    assert replica["branches"] == 1 and replica["top_branches"] == [
        {"branch": "main", "jobs": len(conn)}]
    # ... while different errors stay apart.
    assert "ConnectionRefusedError" not in jest["signature"]
    # Ordered by impact: failed jobs, then time wasted.
    keys = [(c["jobs"], c["time_wasted_s"]) for c in data["clusters"]]
    assert keys == sorted(keys, reverse=True)
    assert all(c["time_wasted_s"] > 0 for c in data["clusters"])


def test_wrappers_are_left_out_unless_asked(synced: dict[str, str]) -> None:
    plain = clusters_json(synced)
    assert all("wrapper" not in c["example"]["rule"] for c in plain["clusters"])
    assert clusters_json(synced, "--include-wrappers")["clusters_total"] >= plain[
        "clusters_total"]


def test_branch_and_window_filter(synced: dict[str, str], world: Any) -> None:
    data = clusters_json(synced, "--branch", "feat/cart")
    assert data["window"]["branch"] == "feat/cart"
    assert all(c["top_branches"][0]["branch"] == "feat/cart" for c in data["clusters"])
    late = clusters_json(synced, "--since", "2026-11-17")
    assert all(c["first_seen"]["time"] >= "2026-11-17" for c in late["clusters"])
    assert late["clusters_total"] < clusters_json(synced)["clusters_total"]


def test_clusters_text(synced: dict[str, str]) -> None:
    code, out, _ = cli(["clusters", "--top", "3"], synced)
    lines = out.splitlines()
    assert code == 0 and "clusters from" in lines[0] and lines[1].startswith("#  CLUSTER")
    assert len(lines) == 5


def test_history_show_timeline(synced: dict[str, str], world: Any) -> None:
    data = clusters_json(synced)
    replica = next(c for c in data["clusters"] if len(c["fingerprints"]) > 1)
    # Any merged fingerprint, or a unique prefix of the id, finds the cluster.
    for key in (replica["fingerprints"][-1], replica["id"][:6]):
        code, out, _ = cli(["history", "show", key, "--format", "json"], synced)
        assert code == 0
        shown = json.loads(out)
        assert shown["schema"] == "triage.history/1" and shown["kind"] == "show"
        assert shown["cluster"]["id"] == replica["id"]
        times = [e["time"] for e in shown["timeline"]]
        assert len(times) == replica["jobs"] and times == sorted(times)
    code, out, _ = cli(["history", "show", replica["id"]], synced)
    assert code == 0 and out.startswith(f"cluster {replica['id']} [test_failure]")
    assert "merged fingerprints:" in out and "TIME" in out
    code, _, err = cli(["history", "show", "ffffffffffffffff"], synced)
    assert code == 2 and "no cluster or fingerprint" in err


def test_flaky_tests_from_reruns_with_insights_merged(synced: dict[str, str],
                                                      world: Any) -> None:
    code, out, err = cli(["flaky", SLUG, "--since", "2026-10-01", "--format", "json"], synced)
    assert code == 0, err
    data = json.loads(out)
    assert data["schema"] == "triage.flaky/1"
    e2e = failed_jobs(world, "e2e")
    runs = [j for p in world.pipelines for w in p.workflows for j in w.jobs if j.name == "e2e"]
    tests = {t["test_id"]: t for t in data["tests"]}
    pads = tests["cart › formatPrice › pads cents to two digits"]
    assert pads["failures"] == pads["flaky_failures"] == len(e2e)
    assert pads["runs"] == len(runs) and pads["flaky_commits"] == len(e2e)
    assert pads["flake_rate"] == round(len(e2e) / len(runs), 4)
    assert pads["sources"] == ["history", "circleci"] and pads["circleci"]["times_flaked"] == 3
    ev = pads["evidence"][0]
    assert ev["failed"]["pipeline"] == ev["passed"]["pipeline"] and ev["job"] == "e2e"
    assert ev["failed"]["job_number"] != ev["passed"]["job_number"]
    # A test that failed without passing on the same commit is broken, not flaky.
    assert "tests/test_calc.py::test_div_by_zero" not in tests
    code, out, _ = cli(["flaky", SLUG, "--since", "2026-10-01"], synced)
    assert "history+circleci" in out and "failed in #" in out
