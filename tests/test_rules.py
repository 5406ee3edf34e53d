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


_GOOD_RULE = {
    "id": '"x.a"',
    "category": '"crash"',
    "kind": '"error"',
    "anchors": '["boom"]',
    "pattern": "'boom (?P<test>\\w+)'",
    "examples": '["boom t"]',
}
_SECTION = {"kind": '"section"', "follow": '{pick = "match", emit = "x.a"}'}


def _rule_pack(fields: dict[str, str], head: str = '[pack]\nname = "x"\n') -> str:
    rule = {**_GOOD_RULE, **fields}
    return head + "[[rule]]\n" + "".join(f"{k} = {v}\n" for k, v in rule.items())


@pytest.mark.parametrize(
    ("body", "field"),
    [
        # the pack itself and its rule entries
        ('pack = "my"\n[[rule]]\nid = "my.a"\n', "pack must be a table"),
        ('[pack]\nname = 5\n', "pack.name must be a string"),
        ('rule = ["x"]\n[pack]\nname = "x"\n', "[[rule]] entry 1 must be a table"),
        ('[pack]\nname = "x"\n[[rules]]\nid = "x.b"\n', "unknown top-level keys ['rules']"),
        (_rule_pack({"id": "5"}), "id must be a non-empty string ([[rule]] entry 1)"),
        # every field of a rule, with the wrong type
        (_rule_pack({"category": "5"}), "category must be a string"),
        (_rule_pack({"kind": '["error"]'}), "kind must be a string"),
        (_rule_pack({"framework": "[1]"}), "framework must be a string"),
        (_rule_pack({"anchors": "5"}), "anchors must be a list of strings"),
        (_rule_pack({"anchors": '"boom"'}), "anchors must be a list of strings"),
        (_rule_pack({"anchors": "[5]"}), "anchors must be a list of strings"),
        (_rule_pack({"pattern": "5"}), "pattern must be a string"),
        (_rule_pack({"pattern": '"(?V1)boom"'}), "pattern does not compile"),
        (_rule_pack({"priority": '"high"'}), "priority must be an integer 0..100"),
        (_rule_pack({"priority": "true"}), "priority must be an integer 0..100"),
        (_rule_pack({"priority": "1.5"}), "priority must be an integer 0..100"),
        (_rule_pack({"hint": "5"}), "hint must be a string"),
        (_rule_pack({"description": "5"}), "description must be a string"),
        (_rule_pack({"examples": "3"}), "examples must be a list of strings"),
        (_rule_pack({"examples": '"boom t"'}), "examples must be a list of strings"),
        (_rule_pack({"counter_examples": "3"}), "counter_examples must be a list of strings"),
        (_rule_pack({"context": "3"}), "context must be [before, after]"),
        (_rule_pack({"context": "[true, 1]"}), "context must be [before, after]"),
        (_rule_pack({"cause": '"no"'}), "cause must be true or false"),
        (_rule_pack({"follow_only": '"no"'}), "follow_only must be true or false"),
        (_rule_pack({"no_anchor_reason": "5"}), "no_anchor_reason must be a string"),
        (_rule_pack({"scope": "5"}), "scope must be a string"),
        (_rule_pack({"scope_push": "1"}), "scope_push must be true or false"),
        (_rule_pack({"scope_sep": "5"}), "scope_sep must be a string"),
        (_rule_pack({"previous": "5"}), "previous must be a string"),
        (_rule_pack({"previous": '"(?V1)x"'}), "previous does not compile"),
        (_rule_pack({"kind": '"test"', "output_from": "5"}), "output_from is one-line texts"),
        (_rule_pack({"test_log": "5"}), "test_log is true"),
        (_rule_pack({"test_log": "[5]"}), "test_log is true"),
        # test_template: a string of plain {name} fields, each a named group
        (_rule_pack({"test_template": "5"}), "test_template must be a string"),
        (_rule_pack({"test_template": '"{0}"'}), "test_template fields must be plain"),
        (_rule_pack({"test_template": '"{}"'}), "test_template fields must be plain"),
        (_rule_pack({"test_template": '"{test.x}"'}), "test_template fields must be plain"),
        (_rule_pack({"test_template": '"{x[0]}"'}), "test_template fields must be plain"),
        (_rule_pack({"test_template": '"{test!r}"'}), "test_template fields must be plain"),
        (_rule_pack({"test_template": '"{test:>9}"'}), "test_template fields must be plain"),
        (_rule_pack({"test_template": '"{test"'}), "test_template is not a valid template"),
        (_rule_pack({"test_template": '"{class}.{test}"'}),
         "test_template names ['class'], which are not named groups"),
        # follow
        (_rule_pack({**_SECTION, "follow": "5"}), "follow must be a table"),
        (_rule_pack({**_SECTION, "follow": '{pick = 5, emit = "x.a"}'}),
         "follow.pick must be a string"),
        (_rule_pack({**_SECTION, "follow": '{pick = "match", emit = 5}'}),
         "follow.emit must be a string"),
        (_rule_pack({**_SECTION, "follow": '{pick = "match", emit = "x.a", stop = 5}'}),
         "follow.stop must be a string"),
        (_rule_pack({**_SECTION, "follow": '{pick = "match", emit = "x.a", stop = "(?V1)x"}'}),
         "follow.stop does not compile"),
        (_rule_pack({**_SECTION, "follow": '{pick = "match", emit = "x.a", max_lines = true}'}),
         "follow.max_lines must be an integer 1..5000"),
        (_rule_pack({**_SECTION, "follow": '{pick = "match", emit = "x.a", join = 1}'}),
         "follow.join must be a string"),
    ],
)
def test_wrong_field_types_are_rule_errors(tmp_path, body, field):
    """A field of the wrong type is a RuleError naming the file, the rule and the field,
    never a traceback at load or scan time, nor a value read with another meaning."""
    path = _pack(tmp_path, body, "bad.toml")
    with pytest.raises(RuleError) as exc:
        load_rules([path], builtin=False)
    msg = str(exc.value)
    assert field in msg
    assert msg.startswith(f"{path}")
    if 'id = "x.a"' in body:
        assert f"{path}, rule x.a: " in msg


def test_the_good_rule_of_those_cases_loads(tmp_path):
    """The rule the cases above spoil is valid, with and without a follow."""
    for fields in ({}, _SECTION, {"kind": '"test"', "test_template": '"t-{test}"'}):
        _pack(tmp_path, _rule_pack(fields))
        assert load_rules([tmp_path], builtin=False).rule("x.a").id == "x.a"


def test_a_test_template_uses_the_captures_of_pattern_and_previous(tmp_path):
    _pack(tmp_path, _rule_pack({
        "kind": '"test"', "framework": '"fw"', "test_template": '"{suite}::{test}"',
        "previous": "'^suite (?P<suite>\\w+)$'",
    }))
    rules = load_rules([tmp_path], builtin=False)
    from triage import scan

    report = scan(b"suite s1\nboom t1\n", rules=rules)
    assert [t.id for t in report.failing_tests] == ["s1::t1"]


def test_builtin_test_templates_name_groups_of_their_patterns():
    """Built-in packs compile lazily, so the loader checks their templates' names here."""
    import string

    for r in RULES.rules:
        if r.test_template is None:
            continue
        names = {f for _, f, _, _ in string.Formatter().parse(r.test_template) if f is not None}
        groups = set(r.pattern.compiled().groupindex)
        if r.previous is not None:
            groups |= set(r.previous.compiled().groupindex)
        assert names and names <= groups, r.id


def test_builtin_packs_pass_rules_lint(capsys):
    from triage.cli import main

    assert main(["rules", "lint"]) == 0
    assert capsys.readouterr().out.strip().endswith(" 0 problem(s)")


def test_a_wrong_field_type_exits_3_naming_file_rule_and_field(tmp_path, capsys):
    from triage.cli import main

    path = _pack(tmp_path, _rule_pack({"anchors": "5"}), "bad.toml")
    assert main(["rules", "--rules", str(path), "lint"]) == 3
    err = capsys.readouterr().err
    assert f"{path}, rule x.a: anchors must be a list of strings" in err


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


def test_no_built_in_rule_is_slow_on_a_long_line_of_its_anchors():
    """A hang guard (the linter's own check, by time, runs in CI too): on lines of
    30,000 characters built from a rule's anchors, no pattern comes near the timeout.
    One that backtracks over the line from every start (`(?:^|\\s).*X`, `\\S+: ` over a
    long word) takes seconds, and on a line of the 256 KiB cap, minutes."""
    from triage.lint import probe_lines

    for r in RULES.rules:
        search = r.pattern.compiled().search
        for line in probe_lines(r, 30_000):
            try:
                search(line, timeout=3)
            except TimeoutError:  # pragma: no cover - the failure this test is for
                pytest.fail(f"{r.id} backtracks on a long line: {line[:40]!r}...")


@pytest.mark.parametrize(("anchor", "pattern", "example"), [
    # sys.oom_killed as it was: a line the anchor `Killed` lets through, walked again
    # from every space by the alternative after it
    ("Killed", "(?:^Killed(?::? 9)?$|^Killed\\s{2,}\\S.*|(?:^|\\s|: ).*(?:exit code|exit status"
     "|exited with|status) 137\\b)", "Killed"),
    ("aaaa", "^(a|aa)+$", "aaaa"),
    ("runtime error: ", "(?P<file>[^\\s:]+):(?P<line>\\d+): runtime error: ", "a.c:3: runtime error: x"),
])
def test_lint_flags_a_pattern_that_backtracks_over_long_lines(tmp_path, anchor, pattern, example):
    problems = _lint_one(tmp_path, anchor, pattern, example)
    assert any("backtracks over the line" in p for p in problems), problems
