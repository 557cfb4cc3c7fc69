#!/usr/bin/env bash
# Install plainwire with its test dependencies into .venv (created if missing), make sure
# a headless Chromium is present for the browser tests, and run the test suite.
# Extra arguments go to pytest. Exit code is pytest's (5, "no tests collected", is an error).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${PLAINWIRE_VENV:-.venv}
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e '.[test]'
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "installing Debian chromium for the browser tests" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
export HF_HUB_OFFLINE=1
"$VENV/bin/python" -m ruff check src tests bench tools
"$VENV/bin/python" -m ruff format --check src tests bench tools
"$VENV/bin/python" -m mypy
"$VENV/bin/python" -m pytest "$@"
