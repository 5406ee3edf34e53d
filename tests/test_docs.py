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
