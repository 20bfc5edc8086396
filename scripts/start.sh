#!/usr/bin/env bash
# Command 1: install what is missing, build in Release, and open the app.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
exec "${ORDERDESK_BUILD_DIR:-$root/build}/app/orderdesk" "$@"
