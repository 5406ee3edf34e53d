#!/usr/bin/env bash
# Install triage and its test tools into .venv, then run every check CI runs:
# lint, types, the rule linter, the test suite, and the benchmarks in short mode.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet -e '.[test]'

# The HTML report test renders the page in headless Chromium (it skips without it).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing chromium (for the HTML report rendering test)"
    (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
        || echo "chromium could not be installed: the HTML rendering test will skip"
fi

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
