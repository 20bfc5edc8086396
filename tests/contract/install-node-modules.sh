#!/usr/bin/env bash
# Installs the contract test's pinned node modules (package-lock.json) into DEST/node_modules,
# only when they are missing or the lock file changed since. Usage: install-node-modules.sh DEST
# Run by CTest as the set-up of tst_contract, so a fresh machine gets them on its first test run.
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="${1:?usage: install-node-modules.sh DEST}"
for tool in node npm; do
    if ! command -v "$tool" >/dev/null; then
        echo "contract test: '$tool' is not installed; scripts/deps.sh installs it" >&2
        exit 1
    fi
done
mkdir -p "$dest"
stamp="$dest/node_modules/.orderdesk-package-lock.json"
if [ -f "$stamp" ] && cmp -s "$src/package-lock.json" "$stamp"; then
    exit 0
fi
cp "$src/package.json" "$src/package-lock.json" "$dest/"
cd "$dest"
# No install scripts: none of the modules needs one, and one only sends usage statistics.
SCARF_ANALYTICS=false npm ci --no-audit --no-fund --ignore-scripts
cp package-lock.json "$stamp"
