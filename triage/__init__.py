"""triage: fast CI log triage.

>>> import triage
>>> report = triage.scan(b"FAILED tests/test_x.py::test_a - assert 1 == 2\n")
>>> [t.id for t in report.failing_tests]
['tests/test_x.py::test_a']
"""


__version__ = "0.1.0"

from .archive import scan_archive
from .errors import InputError, RuleError, TriageError
from .models import Cause, ExcerptLine, FailingTest, Hit, JobReport, SourceInfo
from .redact import redact
from .report import render_json, render_markdown, render_text
from .rules import Rule, RuleSet, load_rules
from .scanner import Scanner, ScanOptions, scan

__all__ = [
    "Cause",
    "ExcerptLine",
    "FailingTest",
    "Hit",
    "InputError",
    "JobReport",
    "Rule",
    "RuleError",
    "RuleSet",
    "ScanOptions",
    "Scanner",
    "SourceInfo",
    "TriageError",
    "__version__",
    "load_rules",
    "redact",
    "render_json",
    "render_markdown",
    "render_text",
    "scan",
    "scan_archive",
]
