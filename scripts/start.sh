#!/usr/bin/env bash
# Command 1: install what is missing, build in Release, start the sandbox upstream on loopback and
# open the app against it. With --upstream URL (or ORDERDESK_UPSTREAM set) the app talks to those
# services instead and no sandbox is started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ORDERDESK_BUILD_DIR:-$root/build}"
"$root/scripts/deps.sh"
"$root/scripts/build.sh"

for arg in "$@"; do
    case "$arg" in --upstream | --upstream=* | --help | -h | --version | -v) exec "$build/app/orderdesk" "$@" ;; esac
done
if [ -n "${ORDERDESK_UPSTREAM:-}" ]; then
    exec "$build/app/orderdesk" "$@"
fi

# The sandbox on a free loopback port; its first line names it. It stops when the app does.
log="$(mktemp -t orderdesk-sandbox.XXXXXX)"
"$build/app/sandbox/orderdesk-sandbox" --host 127.0.0.1 --port 0 >"$log" 2>&1 &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null || true; wait "$sandbox" 2>/dev/null || true; rm -f "$log"' EXIT
url=""
for _ in $(seq 1 100); do
    url="$(sed -n 's/^orderdesk-sandbox listening on \(http[^ ]*\).*/\1/p' "$log" | head -n 1)"
    [ -n "$url" ] && break
    if ! kill -0 "$sandbox" 2>/dev/null; then
        echo "The sandbox upstream did not start:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.1
done
if [ -z "$url" ]; then
    echo "The sandbox upstream did not say where it listens within 10 s." >&2
    exit 1
fi
echo "Sandbox upstream: $url"
"$build/app/orderdesk" --upstream "$url" "$@"
