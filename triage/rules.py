"""Rule packs: load, validate and compile (DESIGN §4.1, a contract).

A pack is a TOML file with a ``[pack]`` table and ``[[rule]]`` entries::

    [pack]
    name = "pytest"

    [[rule]]
    id = "pytest.failed"              # unique, "<pack>.<name>"
    category = "test_failure"         # the category vocabulary
    kind = "test"                     # test | error | summary | wrapper | section | success
                                      # | step
    framework = "pytest"              # test rules: the framework reported beside the id
    anchors = ["FAILED "]             # literals for the prefilter; a line is a candidate
                                      # only if it contains one of them (raw bytes)
    pattern = '^FAILED (?P<test>...)' # confirmed with the `regex` module on the cleaned line
    priority = 70                     # 0..100, higher wins
    hint = "..."                      # what to do about it
    examples = ["..."]                # must match (and must contain an anchor)
    counter_examples = ["..."]        # must not match

Optional keys: ``context = [before, after]``; ``cause = false`` (a test rule
that only lists tests); ``test_template = "{class}.{name}"`` (build the test id
from captures); ``follow = {pick, emit, max_lines, stop}`` (a section rule that
watches the lines after it and hands one of them to the rule ``emit``);
``follow_only = true`` (a rule run only on lines a follow picked; it needs no
anchors); ``scope``, ``scope_push``, ``scope_sep`` (nested test names, e.g. TAP
subtests: see :class:`Rule`); ``previous`` (a regex the line *before* the
matched one must satisfy; that line is reported, as for rustc-style
diagnostics whose ``-->`` location line follows the message); ``output_from``
(a failing-test rule: the texts that start a test's output) and ``test_log =
['<text>', ...]`` (an error rule for a test's own log lines, and the texts that
name the test whose output follows; or ``true``: its ``test`` capture names it:
see :class:`Rule`);
``no_anchor_reason`` (required for a rule with no anchors that is not
follow-only: such a rule runs on every line and is slow).

Every key has one type (a string, a list of strings, an integer in a range, a
boolean; ``test_template`` fields are plain ``{name}`` captures of the pattern
or of ``previous``): a value of another type is a :class:`RuleError` naming the
file, the rule id and the key, never read with another meaning.

Packs are read from the package's ``rules/`` folder and from user paths (a
file, or a directory of ``*.toml``). A user rule whose id already exists
replaces the earlier one, so a pack can be tuned without forking it.
"""

from __future__ import annotations

import hashlib
import string
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from .errors import RuleError
from .models import CATEGORIES

__all__ = ["KINDS", "MARK_KINDS", "MAX_CONTEXT", "PICKS", "Follow", "Rule", "RuleSet",
           "load_rules"]

#: the most lines of context before or after a line, a rule's or a scan's (every cause
#: keeps its excerpt until the report is built: a bound on lines is one on memory)
MAX_CONTEXT = 50

KINDS = ("test", "error", "summary", "wrapper", "section", "success", "step", "retry")
#: kinds whose hits are only remembered by where they are (no cause, no line number)
MARK_KINDS = ("success", "step", "retry")
PICKS = ("next_nonblank", "unindented", "match", "list", "mute")

#: where built-in packs say they come from; they are compiled lazily (see LazyPattern)
BUILTIN_PREFIX = "triage/rules/"

_RULE_KEYS = {
    "id", "category", "kind", "framework", "anchors", "pattern", "priority", "hint",
    "examples", "counter_examples", "context", "cause", "test_template", "follow",
    "follow_only", "no_anchor_reason", "description", "scope", "scope_push", "scope_sep",
    "previous", "output_from", "test_log",
}
_FOLLOW_KEYS = {"pick", "emit", "max_lines", "stop", "join"}


class LazyPattern:
    """A regex compiled on first use, with ASCII semantics.

    ``\\w \\b \\d \\s`` match ASCII only (as in ripgrep ``--no-unicode`` and
    Hyperscan), so a word boundary never depends on Unicode tables; non-ASCII
    text still matches ``.``, ``\\S`` and literals.

    Most rules never see a candidate line in a given log, so the built-in packs
    (compiled and checked by the test suite) are compiled lazily; user packs are
    compiled when loaded, so their errors surface at once.
    """

    __slots__ = ("_compiled", "pattern", "search")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: regex.Pattern[str] | None = None
        #: ``search(text)``; after the first call, the compiled pattern's own method
        self.search: Callable[[str], regex.Match[str] | None] = self._first_search

    def compiled(self) -> regex.Pattern[str]:
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, regex.V0 | regex.ASCII)
            self.search = self._compiled.search
        return self._compiled

    def _first_search(self, text: str) -> regex.Match[str] | None:
        return self.compiled().search(text)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


@dataclass(frozen=True, slots=True)
class Follow:
    pick: str
    #: the rule handed the picked line; None for ``pick = "mute"``, which picks none
    emit: str | None
    max_lines: int
    stop: LazyPattern | None
    #: join the section's ``title`` capture and the following lines with this
    #: separator, and match ``emit`` against the joined text (titles printed
    #: over several lines, e.g. mocha's nested ``describe`` blocks)
    join: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    kind: str
    pattern: LazyPattern
    anchors: tuple[str, ...]
    priority: int
    source: str
    framework: str | None = None
    hint: str | None = None
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    context: tuple[int, int] | None = None
    cause: bool = True
    test_template: str | None = None
    follow: Follow | None = None
    follow_only: bool = False
    no_anchor_reason: str | None = None
    #: a named nesting scope (TAP subtests, node:test suites): ``scope_push``
    #: rules open a level named by their ``name`` capture at their indentation;
    #: test rules of the scope prefix their id with the enclosing levels
    scope: str | None = None
    scope_push: bool = False
    scope_sep: str = " > "
    #: the rule recognises the line *before* the one it matches: ``pattern``
    #: matches e.g. a `` --> file:line:col`` location line, ``previous`` must
    #: match the line above it, which is what gets reported
    previous: LazyPattern | None = None
    #: for a failing-test rule: the texts that start (or resume) a test's output,
    #: followed by the test id (go's ``=== RUN   ``, ``=== CONT  ``); error lines from
    #: there up to the next line starting with their common prefix (``=== ``) are
    #: that failing test's own output, which ranks them above what passing tests
    #: printed
    output_from: tuple[str, ...] | None = None
    #: an error rule for a test's own log lines (go's ``t.Log``), with the texts that
    #: name the test whose output follows them (``=== RUN   ``, ``--- FAIL: ``): the
    #: nearest one before the line names the test that printed it, and a line printed
    #: only by tests that did not fail ranks lower. True: the rule's own ``test``
    #: capture names it (go test -json prints it on every line)
    test_log: tuple[str, ...] | bool = ()
    #: whether a hit of this rule can become a cause (derived; asked for every hit)
    is_cause: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "is_cause",
                           self.cause and self.kind in ("test", "error", "summary", "wrapper"))


@dataclass(frozen=True)
class RuleSet:
    """Compiled rules plus the anchor table the prefilters are built from."""

    rules: tuple[Rule, ...]
    #: distinct anchor literals (UTF-8 bytes), in a stable order
    anchors: tuple[bytes, ...]
    #: for each anchor, the indexes of the rules it makes candidates
    anchor_rules: tuple[tuple[int, ...], ...]
    #: indexes of rules with no anchors that run on every line
    always: tuple[int, ...]
    by_id: dict[str, int] = field(repr=False)
    #: sha256 over the packs' contents: changes whenever a rule changes
    digest: str = ""

    def rule(self, rule_id: str) -> Rule:
        return self.rules[self.by_id[rule_id]]


def _builtin_pack_files() -> list[tuple[str, bytes]]:
    root = resources.files("triage") / "rules"
    out = []
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            out.append((f"{BUILTIN_PREFIX}{entry.name}", entry.read_bytes()))
    return out


def _user_pack_files(paths: Iterable[str | Path]) -> list[tuple[str, bytes]]:
    out = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = sorted(path.glob("*.toml"))
            if not files:
                raise RuleError("no *.toml rule packs in this directory", path=str(path))
        elif path.is_file():
            files = [path]
        else:
            raise RuleError("rule pack path does not exist", path=str(path))
        for f in files:
            try:
                out.append((str(f), f.read_bytes()))
            except OSError as exc:
                raise RuleError(f"cannot read rule pack: {exc.strerror}", path=str(f)) from None
    return out


def _compile_pattern(text: str, where: str, rule_id: str, what: str, *, eager: bool = True
                     ) -> LazyPattern:
    pat = LazyPattern(text)
    if eager:
        try:
            pat.compiled()
        except (regex.error, ValueError, OverflowError) as exc:
            # ValueError: flags that contradict the compile flags, e.g. ``(?V1)``
            raise RuleError(f"{what} does not compile: {exc}", path=where,
                            rule_id=rule_id) from None
    return pat


class _Fields:
    """One TOML table of a pack, read key by key with its type checked.

    A wrong type is a :class:`RuleError` that names the file, the rule id and the
    key (``prefix`` + key), and says what the key must be. TOML has no null, so
    an absent key and a ``None`` from ``dict.get`` are the same thing.
    """

    __slots__ = ("path", "prefix", "raw", "rule_id")

    def __init__(self, raw: dict[str, Any], path: str, rule_id: str | None = None,
                 prefix: str = "") -> None:
        self.raw = raw
        self.path = path
        self.rule_id = rule_id
        self.prefix = prefix

    def error(self, message: str) -> RuleError:
        return RuleError(message, path=self.path, rule_id=self.rule_id)

    def bad(self, key: str, expected: str) -> RuleError:
        return self.error(f"{self.prefix}{key} must be {expected}")

    def text(self, key: str, default: str | None = None) -> str:
        """A string; required unless there is a ``default``."""
        value = self.raw.get(key, default)
        if not isinstance(value, str):
            raise self.bad(key, "a string")
        return value

    def opt_text(self, key: str) -> str | None:
        value = self.raw.get(key)
        if value is not None and not isinstance(value, str):
            raise self.bad(key, "a string")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of strings (empty when absent)."""
        value = self.raw.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.bad(key, "a list of strings")
        return tuple(value)

    def number(self, key: str, default: int, lo: int, hi: int) -> int:
        value = self.raw.get(key, default)
        # (bool is a subclass of int: ``priority = true`` is not 1)
        if type(value) is not int or not lo <= value <= hi:
            raise self.bad(key, f"an integer {lo}..{hi}")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.raw.get(key, default)
        if not isinstance(value, bool):
            raise self.bad(key, "true or false")
        return value

    def table(self, key: str, expected: str) -> dict[str, Any] | None:
        value = self.raw.get(key)
        if value is not None and not isinstance(value, dict):
            raise self.bad(key, expected)
        return value


_FORMATTER = string.Formatter()


def _template_names(template: str, fields: _Fields) -> list[str]:
    """The capture names a ``test_template`` uses: its fields must be plain ``{name}``."""
    try:
        parsed = list(_FORMATTER.parse(template))
    except ValueError as exc:
        raise fields.error(f"test_template is not a valid template: {exc}") from None
    names = []
    for _text, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise fields.error("test_template fields must be plain capture names, "
                               f"as in {{class}}.{{name}}, not {{{name}}}")
        names.append(name)
    return names


def _parse_follow(fields: _Fields, kind: str, eager: bool) -> Follow | None:
    f = fields.table("follow", f"a table with {sorted(_FOLLOW_KEYS)}")
    if f is None:
        return None
    where, rule_id = fields.path, fields.rule_id
    assert rule_id is not None
    if set(f) - _FOLLOW_KEYS:
        raise fields.error(f"follow takes only {sorted(_FOLLOW_KEYS)}")
    ff = _Fields(f, where, rule_id, "follow.")
    pick = ff.opt_text("pick")
    if pick not in PICKS:
        raise fields.error(f"follow.pick must be one of {PICKS}")
    emit = ff.opt_text("emit")
    stop = ff.opt_text("stop")
    join = ff.opt_text("join")
    max_lines = ff.number("max_lines", 50, 1, 5000)
    if pick == "mute":
        if emit is not None or join is not None:
            raise fields.error("a pick = \"mute\" follow takes no emit or join")
        if not stop:
            raise fields.error("a pick = \"mute\" follow needs a stop pattern")
        if kind != "section":
            raise fields.error("only a section rule can mute")
    elif emit is None:
        raise fields.error("follow.emit must name a rule id")
    if pick == "list" and join is not None:
        raise fields.error("a pick = \"list\" follow takes no join")
    return Follow(
        pick=pick, emit=emit, max_lines=max_lines,
        stop=_compile_pattern(stop, where, rule_id, "follow.stop", eager=eager)
        if stop else None,
        join=join,
    )


def _parse_rule(raw: Any, where: str, pack: str, eager: bool = True, entry: int = 0) -> Rule:
    if not isinstance(raw, dict):
        raise RuleError(f"[[rule]] entry {entry} must be a table", path=where)
    rule_id = raw.get("id")
    if rule_id is None:
        raise RuleError(f"a rule has no id ([[rule]] entry {entry})", path=where)
    if not isinstance(rule_id, str) or not rule_id:
        raise RuleError(f"id must be a non-empty string ([[rule]] entry {entry})", path=where)
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise RuleError(f"unknown keys {sorted(unknown)}", path=where, rule_id=rule_id)
    if not rule_id.startswith(pack + "."):
        raise RuleError(f"id must start with the pack name '{pack}.'", path=where, rule_id=rule_id)
    fields = _Fields(raw, where, rule_id)

    category = fields.text("category")
    if category not in CATEGORIES:
        raise fields.error(f"category {category!r} is not one of {', '.join(CATEGORIES)}")
    kind = fields.text("kind")
    if kind not in KINDS:
        raise fields.error(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    pattern = _compile_pattern(fields.text("pattern"), where, rule_id, "pattern", eager=eager)
    previous_text = fields.opt_text("previous")
    previous = (None if previous_text is None else
                _compile_pattern(previous_text, where, rule_id, "previous", eager=eager))
    anchors = fields.texts("anchors")
    if not all(anchors):
        raise fields.error("anchors must be non-empty strings")
    if any("\n" in a or "\r" in a for a in anchors):
        raise fields.error("anchors must not contain line breaks")
    priority = fields.number("priority", 50, 0, 100)
    follow_only = fields.flag("follow_only", False)
    no_anchor_reason = fields.opt_text("no_anchor_reason")
    if not anchors and not follow_only and not no_anchor_reason:
        raise fields.error(
            "rule has no anchors: add anchors, or set follow_only, or explain why it must "
            "run on every line in no_anchor_reason")
    context = raw.get("context")
    ctx: tuple[int, int] | None = None
    if context is not None:
        if (not isinstance(context, list) or len(context) != 2
                or not all(type(c) is int and 0 <= c <= MAX_CONTEXT for c in context)):
            raise fields.error(
                f"context must be [before, after], each an integer 0..{MAX_CONTEXT}")
        ctx = (context[0], context[1])
    follow = _parse_follow(fields, kind, eager)
    test_template = fields.opt_text("test_template")
    if test_template is not None:
        names = _template_names(test_template, fields)
        if eager:  # (built-in packs compile lazily: the test suite checks theirs)
            groups = set(pattern.compiled().groupindex)
            if previous is not None:
                groups.update(previous.compiled().groupindex)
            missing = [n for n in names if n not in groups]
            if missing:
                raise fields.error(f"test_template names {missing}, which are not named "
                                   "groups of the pattern")
    fields.opt_text("description")  # not kept, but it must be a string too
    examples = fields.texts("examples")
    counter = fields.texts("counter_examples")
    if not examples:
        raise fields.error("rule has no examples")
    return Rule(
        id=rule_id, category=category, kind=kind, pattern=pattern, anchors=anchors,
        priority=priority, source=where, framework=fields.opt_text("framework"),
        hint=fields.opt_text("hint"), examples=examples, counter_examples=counter,
        context=ctx, cause=fields.flag("cause", True), test_template=test_template,
        follow=follow, follow_only=follow_only, no_anchor_reason=no_anchor_reason,
        scope=fields.opt_text("scope"), scope_push=fields.flag("scope_push", False),
        scope_sep=fields.text("scope_sep", " > "), previous=previous,
        output_from=_output_from(raw, kind, where, rule_id),
        test_log=_test_log(raw, kind, where, rule_id),
    )


def _test_log(raw: dict[str, Any], kind: str, where: str, rule_id: str
              ) -> tuple[str, ...] | bool:
    texts = raw.get("test_log", [])
    if texts is True:
        texts = [] if kind == "error" else None
    if (not isinstance(texts, list)
            or not all(isinstance(t, str) and t.strip() and "\n" not in t for t in texts)
            or (texts and kind != "error")):
        raise RuleError("test_log is true (the rule's test capture names the test) or a list "
                        "of one-line texts that name a test, for an error rule", path=where,
                        rule_id=rule_id)
    return True if raw.get("test_log") is True else tuple(texts)


def common_start(texts: Sequence[str]) -> str:
    """The longest text every one of ``texts`` starts with."""
    first = min(texts, default="")
    last = max(texts, default="")
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _output_from(raw: dict[str, Any], kind: str, where: str, rule_id: str
                 ) -> tuple[str, ...] | None:
    value = raw.get("output_from")
    if value is None:
        return None
    texts = [value] if isinstance(value, str) else value
    if (kind != "test" or not isinstance(texts, list) or not texts
            or not all(isinstance(t, str) and t.strip() and "\n" not in t for t in texts)
            or not common_start(texts).strip()):
        raise RuleError("output_from is one-line texts with a common start, for a test rule",
                        path=where, rule_id=rule_id)
    return tuple(texts)


def _parse_pack(where: str, data: bytes, eager: bool = True) -> list[Rule]:
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"not valid TOML: {exc}", path=where) from None
    top = _Fields(doc, where)
    pack_table = top.table("pack", "a table: [pack] name = \"...\"")
    if pack_table is None or "name" not in pack_table:
        raise RuleError("missing [pack] name", path=where)
    pack = _Fields(pack_table, where, prefix="pack.").text("name")
    if not pack:
        raise RuleError("missing [pack] name", path=where)
    unknown = set(doc) - {"pack", "rule"}
    if unknown:  # (a misspelt [[rules]] would leave a pack of no rules)
        raise RuleError(f"unknown top-level keys {sorted(unknown)}: a pack holds [pack] and "
                        "[[rule]] tables", path=where)
    raw_rules = doc.get("rule", [])
    if not isinstance(raw_rules, list):
        raise RuleError("[[rule]] must be an array of tables", path=where)
    rules = [_parse_rule(r, where, pack, eager, i) for i, r in enumerate(raw_rules, 1)]
    seen: set[str] = set()
    for r in rules:
        if r.id in seen:
            raise RuleError("duplicate rule id in one pack", path=where, rule_id=r.id)
        seen.add(r.id)
    return rules


def build_ruleset(packs: Sequence[tuple[str, bytes]]) -> RuleSet:
    """Compile parsed packs into a :class:`RuleSet`; later packs override earlier ids."""
    ordered: dict[str, Rule] = {}
    digest = hashlib.sha256()
    for where, data in packs:
        digest.update(where.encode() + b"\0" + data + b"\0")
        eager = not where.startswith(BUILTIN_PREFIX)
        for rule in _parse_pack(where, data, eager):
            ordered.pop(rule.id, None)
            ordered[rule.id] = rule
    rules = tuple(ordered.values())
    by_id = {r.id: i for i, r in enumerate(rules)}
    for r in rules:
        if r.follow and r.follow.emit is not None and r.follow.emit not in by_id:
            raise RuleError(f"follow.emit names unknown rule {r.follow.emit!r}", path=r.source,
                            rule_id=r.id)
    anchor_index: dict[bytes, list[int]] = {}
    always: list[int] = []
    for i, r in enumerate(rules):
        if r.follow_only:
            continue
        if not r.anchors:
            always.append(i)
        for a in r.anchors:
            anchor_index.setdefault(a.encode("utf-8"), []).append(i)
    # (a line holding a NUL byte is looked for anchors once its NULs are dropped:
    # lines.with_nul_lines)
    anchors = tuple(sorted(anchor_index))
    return RuleSet(
        rules=rules,
        anchors=anchors,
        anchor_rules=tuple(tuple(sorted(set(anchor_index[a]))) for a in anchors),
        always=tuple(always),
        by_id=by_id,
        digest=digest.hexdigest(),
    )


_CACHE: dict[tuple[str, ...], RuleSet] = {}


def load_rules(extra: Iterable[str | Path] = (), *, builtin: bool = True) -> RuleSet:
    """Load the built-in packs (unless ``builtin=False``) plus user packs.

    Results are cached per process by content digest, so repeated scans share
    one compiled rule set.
    """
    packs = (_builtin_pack_files() if builtin else []) + _user_pack_files(extra)
    key = tuple(hashlib.sha256(w.encode() + b"\0" + d).hexdigest() for w, d in packs)
    cached = _CACHE.get(key)
    if cached is None:
        cached = build_ruleset(packs)
        _CACHE[key] = cached
    return cached
