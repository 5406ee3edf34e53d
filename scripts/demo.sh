#!/usr/bin/env bash
# Install triage into .venv and run the main job on the embedded default:
# a local CircleCI stand-in serving real CI logs, then `connect`, `status` and `why`.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet .
triage demo
