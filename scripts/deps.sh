#!/usr/bin/env bash
# Installs the Debian 12 packages Order Desk needs to build, run and test, only those missing.
# Uses sudo when not root. Safe to run again.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qt6-pdf-dev
    qt6-svg-dev qt6-networkauth-dev qt6-qpa-plugins qtkeychain-qt6-dev
    libphonenumber-dev libicu-dev libprotobuf-dev
    fonts-dejavu-core
    xvfb xauth
    desktop-file-utils appstream  # tst_install validates the desktop file and the metainfo
)
# Node.js and npm for the contract test (tests/contract): a node already on the PATH is used as it
# is (NodeSource's nodejs bundles npm); Debian's packages only where there is none.
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
