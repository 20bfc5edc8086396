#!/usr/bin/env bash
# Command 2: install what is missing, build, and run the whole test suite with CTest.
# Tests run on Qt's offscreen platform; those that need a real X display get one from Xvfb.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
cd "${ORDERDESK_BUILD_DIR:-$root/build}"
exec xvfb-run -a -s "-screen 0 1366x768x24" ctest --output-on-failure --parallel "$(nproc)" "$@"
