#!/usr/bin/env bash
# Peer comparison of LIFscope against Brian2 (Debian's python3-brian).
#
#   bench/peers/run_peers.sh            full plan (~6-8 min on 2 cores), writes results.md + results-<date>.md
#   bench/peers/run_peers.sh --quick    short durations, only to check that everything runs
#
# LIFSCOPE_BIN overrides the CLI path (default /work/main/build/app/lifscope); a missing binary
# only skips the LIFscope rows. LIFSCOPE_NOTE (optional) is copied into the report, e.g. the
# commit the binary was built from.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Brian2 comes from Debian, so it lives in the system interpreter's dist-packages: a pyenv or
# venv python3 earlier on PATH would not see it.  Use the system interpreter explicitly.
PY=/usr/bin/python3

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! "$PY" -c 'import brian2' >/dev/null 2>&1; then
    echo "# python3-brian missing: installing it from Debian" >&2
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -q python3-brian >&2
fi
# cpp_standalone needs a C++ compiler and make; Brian's runtime mode needs them for Cython too.
if ! command -v g++ >/dev/null 2>&1 || ! command -v make >/dev/null 2>&1; then
    echo "# g++/make missing: installing build-essential" >&2
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -q build-essential >&2
fi

export LIFSCOPE_BIN="${LIFSCOPE_BIN:-/work/main/build/app/lifscope}"
# Keep Python from writing __pycache__ into the repository.
export PYTHONDONTWRITEBYTECODE=1
exec "$PY" "$here/brian_lif.py" all "$@"
