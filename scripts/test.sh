#!/usr/bin/env bash
# Install triage and its test tools into .venv, then run every check CI runs:
# lint, types, the rule linter, the test suite, and the benchmarks in short mode.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet -e '.[test]'

echo "== ruff"
ruff check triage tests benchmarks
echo "== mypy --strict"
mypy triage
echo "== rule packs"
triage rules lint
echo "== tests"
python -m pytest
echo "== benchmarks (short mode: TRIAGE_BENCH_MB=${TRIAGE_BENCH_MB:-200})"
python -m pytest benchmarks --benchmark-enable -q -p no:cacheprovider
