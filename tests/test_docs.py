"""The docs match the code: every command documented, the two commands real."""

from __future__ import annotations

import argparse
import re

from triage.cli import build_parser

from .conftest import ROOT

README = (ROOT / "README.md").read_text()


def _subcommands() -> list[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    raise AssertionError("no sub-commands")


def test_every_command_is_in_the_readme():
    missing = [c for c in _subcommands() if f"triage {c}" not in README]
    assert missing == []


def test_every_scan_option_is_in_the_readme():
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    scan = sub.choices["scan"]
    flags = [s for a in scan._actions for s in a.option_strings if s.startswith("--")]
    missing = [f for f in flags if f not in ("--help", "--color") and f not in README]
    assert missing == []


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "bash scripts/test.sh" in README
    assert re.search(r"^bash scripts/test\.sh$", ci, re.M)
    assert "bash scripts/demo.sh" in README
    assert (ROOT / "scripts" / "demo.sh").read_text().rstrip().endswith("triage demo")


def test_linked_docs_exist():
    for link in re.findall(r"\]\(([^)#]+\.md)\)", README):
        assert (ROOT / link).exists(), link


def test_the_example_rule_pack_in_the_docs_passes_the_linter(tmp_path):
    from triage.lint import lint_rules
    from triage.rules import load_rules

    doc = (ROOT / "docs" / "rules.md").read_text()
    pack = re.search(r"```toml\n(.*?)```", doc, re.S)
    assert pack is not None
    (tmp_path / "acme.toml").write_text(pack.group(1))
    rules = load_rules([tmp_path])
    assert "acme.deploy_failed" in rules.by_id
    assert lint_rules(rules) == []


def test_the_readme_text_sample_is_what_scan_prints(tmp_path):
    from triage import scan
    from triage.report import render_text

    sample = re.search(r"```text\n(build\.log: .*?)```", README, re.S)
    assert sample is not None
    log = tmp_path / "build.log"
    log.write_bytes((ROOT / "fixtures" / "logs" / "pytest_assert_color.log").read_bytes())
    assert render_text(scan(log, name="build.log")) == sample.group(1).rstrip("\n")
