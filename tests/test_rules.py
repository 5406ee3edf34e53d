"""Rule packs: every rule against its own examples, validation errors, user packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from triage.errors import RuleError
from triage.lint import lint_rule
from triage.rules import load_rules

RULES = load_rules()


@pytest.mark.parametrize("rule", RULES.rules, ids=[r.id for r in RULES.rules])
def test_rule_examples_and_hygiene(rule):
    assert lint_rule(rule) == []


def test_every_category_and_kind_is_from_the_vocabulary():
    from triage.models import CATEGORIES
    from triage.rules import KINDS

    assert {r.category for r in RULES.rules} <= set(CATEGORIES)
    assert {r.kind for r in RULES.rules} <= set(KINDS)


def test_every_rule_id_is_unique_and_namespaced():
    ids = [r.id for r in RULES.rules]
    assert len(ids) == len(set(ids))
    assert all("." in i for i in ids)


def test_ecosystem_coverage():
    frameworks = {r.framework for r in RULES.rules if r.kind == "test"}
    for fw in ("pytest", "unittest", "jest", "vitest", "mocha", "tap", "go", "cargo", "junit",
               "rspec", "minitest", "phpunit", "gtest"):
        assert fw in frameworks, fw
    cats = {r.category for r in RULES.rules}
    assert {"oom", "timeout", "network", "dependency", "build_error", "lint",
            "infrastructure", "crash", "config"} <= cats
    assert sum(r.kind == "wrapper" for r in RULES.rules) >= 8


def _pack(tmp_path: Path, body: str, name: str = "mine.toml") -> Path:
    p = tmp_path / name
    p.write_text(body)
    return p


def test_user_pack_adds_rules(tmp_path):
    _pack(tmp_path, '''
[pack]
name = "acme"
[[rule]]
id = "acme.deploy"
category = "infrastructure"
kind = "error"
anchors = ["DEPLOY-FAIL"]
pattern = 'DEPLOY-FAIL: (?P<message>.+)'
priority = 99
examples = ["DEPLOY-FAIL: cluster gone"]
''')
    rules = load_rules([tmp_path])
    assert "acme.deploy" in rules.by_id
    from triage import scan

    report = scan(b"ok\nDEPLOY-FAIL: cluster gone\n", rules=rules)
    assert report.causes[0].rule == "acme.deploy"
    assert report.causes[0].line_number == 2


def test_user_pack_overrides_a_builtin_rule(tmp_path):
    _pack(tmp_path, '''
[pack]
name = "go"
[[rule]]
id = "go.panic"
category = "crash"
kind = "error"
anchors = ["panic: "]
pattern = '^panic: (?P<message>.+)'
priority = 5
hint = "overridden"
examples = ["panic: boom"]
''')
    rules = load_rules([tmp_path / "mine.toml"])
    assert rules.rule("go.panic").hint == "overridden"
    assert len([r for r in rules.rules if r.id == "go.panic"]) == 1


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ('[pack]\nname = "x"\n[[rule]]\nid = "x.a"\ncategory = "nope"\nkind = "error"\n'
         'anchors = ["a"]\npattern = "a"\nexamples = ["a"]\n', "category 'nope'"),
        ('[pack]\nname = "x"\n[[rule]]\nid = "x.a"\ncategory = "crash"\nkind = "error"\n'
         'anchors = ["abc"]\npattern = "(unclosed"\nexamples = ["abc"]\n', "does not compile"),
        ('[pack]\nname = "x"\n[[rule]]\nid = "x.a"\ncategory = "crash"\nkind = "error"\n'
         'pattern = "abc"\nexamples = ["abc"]\n', "no anchors"),
        ('[pack]\nname = "x"\n[[rule]]\nid = "y.a"\ncategory = "crash"\nkind = "error"\n'
         'anchors = ["abc"]\npattern = "abc"\nexamples = ["abc"]\n', "must start with"),
        ('[pack]\nname = "x"\n[[rule]]\nid = "x.a"\ncategory = "crash"\nkind = "error"\n'
         'anchors = ["abc"]\npattern = "abc"\n', "no examples"),
        ('[pack]\nname = "x"\n[[rule]]\nid = "x.a"\ncategory = "crash"\nkind = "error"\n'
         'anchors = ["abc"]\npattern = "abc"\nexamples = ["abc"]\nfollow = {pick = "next_nonblank", '
         'emit = "x.missing"}\n', "unknown rule"),
        ('[pack]\nname = "x"\n[[rule]]\nid = "x.a"\ncategory = "crash"\nkind = "section"\n'
         'anchors = ["abc"]\npattern = "abc"\nexamples = ["abc"]\nfollow = {pick = "mute", '
         'emit = "x.a", stop = "end"}\n', "takes no emit"),
        ('[pack]\nname = "x"\n[[rule]]\nid = "x.a"\ncategory = "crash"\nkind = "section"\n'
         'anchors = ["abc"]\npattern = "abc"\nexamples = ["abc"]\nfollow = {pick = "mute"}\n',
         "needs a stop"),
        ('[pack]\nname = "x"\n[[rule]]\nid = "x.a"\ncategory = "crash"\nkind = "error"\n'
         'anchors = ["abc"]\npattern = "abc"\nexamples = ["abc"]\nfollow = {pick = "mute", '
         'stop = "end"}\n', "only a section rule can mute"),
        ('[pack]\nname = "x"\n[[rule]]\nid = "x.a"\ncategory = "crash"\nkind = "error"\n'
         'anchors = ["abc"]\npattern = "abc"\nexamples = ["abc"]\noutput_from = "=== RUN "\n',
         "output_from is one-line texts with a common start, for a test rule"),
        ('[pack]\nname = "x"\n[[rule]]\nid = "x.a"\ncategory = "crash"\nkind = "section"\n'
         'anchors = ["abc"]\npattern = "abc"\nexamples = ["abc"]\nfollow = {pick = "list", '
         'emit = "x.a", join = " "}\n', "takes no join"),
        ('[pack]\nname = "x"\n[[rule]]\nid = "x.a"\ncategory = "crash"\nkind = "test"\n'
         'anchors = ["abc"]\npattern = "abc"\nexamples = ["abc"]\ntest_log = ["=== RUN "]\n',
         "test_log is true (the rule's test capture names the test) or a list"),
        ('[pack]\nname = "x"\n[[rule]]\nid = "x.a"\ncategory = "crash"\nkind = "test"\n'
         'anchors = ["abc"]\npattern = "abc"\nexamples = ["abc"]\ntest_log = true\n',
         "test_log is true (the rule's test capture names the test) or a list"),
        ('[pack]\nname = "x"\n[[rule]\n', "not valid TOML"),
    ],
)
def test_invalid_packs_name_file_and_rule(tmp_path, body, needle):
    path = _pack(tmp_path, body, "bad.toml")
    with pytest.raises(RuleError) as exc:
        load_rules([path])
    msg = str(exc.value)
    assert needle in msg
    assert "bad.toml" in msg
    if "TOML" not in needle:
        assert "rule " in msg


def test_missing_rules_path_is_a_rule_error(tmp_path):
    with pytest.raises(RuleError, match="does not exist"):
        load_rules([tmp_path / "nope"])


def _lint_one(tmp_path, anchor: str, pattern: str, example: str) -> list[str]:
    _pack(tmp_path, f"""
[pack]
name = "x"
[[rule]]
id = "x.a"
category = "crash"
kind = "error"
anchors = ["{anchor}"]
pattern = '{pattern}'
examples = ["{example}"]
""")
    return lint_rule(load_rules([tmp_path], builtin=False).rule("x.a"))


@pytest.mark.parametrize(
    ("anchor", "pattern", "example", "problem"),
    [
        ("BOOM", "bang", "bang", "none of the anchors"),
        ("::boom", "\\S+::boom", "a::boom", "unbounded"),
        (": boom", "(?P<file>\\S+?): boom", "a: boom", "unbounded"),
        ("E", "E: (?P<message>.+)", "E: x", "too short"),
        ("\\u001b[31mboom", "boom", "\\u001b[31mboom", "ANSI escape"),
    ],
)
def test_lint_flags_bad_rules(tmp_path, anchor, pattern, example, problem):
    assert any(problem in p for p in _lint_one(tmp_path, anchor, pattern, example))


def test_lint_accepts_an_anchor_ended_by_the_escape_that_ends_a_coloured_word(tmp_path):
    # cargo: `\x1b[91merror\x1b[0m: boom`
    assert _lint_one(tmp_path, "error\\u001b", "^error: boom",
                     "\\u001b[91merror\\u001b[0m: boom") == []


def test_lint_accepts_a_run_whose_start_is_fixed(tmp_path):
    assert _lint_one(tmp_path, ": boom", "(?<!\\S)(?P<file>\\S+?): boom", "a: boom") == []


def test_anchors_are_sound_for_every_example():
    """Each example alone gives the same report with the prefilter on and off.

    An alternative of a pattern that no anchor covers would be found only with
    the prefilter off: a silent false negative on the fast path.
    """
    from triage import ScanOptions, scan

    from .conftest import comparable

    for r in RULES.rules:
        if r.follow_only:
            continue
        for ex in r.examples:
            data = ex.encode()
            on = comparable(scan(data, rules=RULES))
            off = comparable(scan(data, rules=RULES, options=ScanOptions(prefilter=False)))
            assert on == off, (r.id, ex)
