#!/usr/bin/env bash
# Runs the end-to-end tests in a real VS Code for the Web (code-server + Debian's chromium):
# setup.sh first (installs what is missing, a no-op when cached), then every
# test/e2e/*.e2e.ts with Node's test runner, one file at a time (each starts its own
# code-server and chromium). Screenshots go to test-results/e2e/.
#
# Usage: bash scripts/e2e/run.sh [test/e2e/FILE.e2e.ts ...]
#   E2E_SKIP_SETUP=1  skip setup.sh      E2E_KEEP=1  keep the temp folders (logs, user data)
#   E2E_COVERAGE=coverage/e2e  collect the V8 coverage of code-server's processes there (the client,
#   the language servers it starts), for `npm run coverage` to merge (test/e2e/automation/coverage.ts)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

if [ "${E2E_SKIP_SETUP:-}" != 1 ]; then
  bash scripts/e2e/setup.sh
fi

mkdir -p test-results/e2e
if [ $# -gt 0 ]; then
  files=("$@")
else
  shopt -s nullglob
  files=(test/e2e/*.e2e.ts)
  shopt -u nullglob
fi
if [ ${#files[@]} -eq 0 ]; then
  echo "[e2e] no test/e2e/*.e2e.ts files" >&2
  exit 1
fi

echo "[e2e] running ${files[*]}"
start=$(date +%s)
set +e
# --test-timeout: a backstop per test; the tests set tighter ones themselves.
node --import tsx --test --test-reporter=spec --test-concurrency=1 --test-timeout=600000 "${files[@]}"
rc=$?
set -e
echo "[e2e] finished in $(( $(date +%s) - start ))s (exit $rc); screenshots in test-results/e2e/"
exit $rc
