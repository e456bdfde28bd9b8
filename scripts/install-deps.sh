#!/usr/bin/env bash
# Installs every Debian package RetailDesk needs to build, run and test. Idempotent:
# packages already present are not touched, and apt is not called at all when nothing is missing.
set -euo pipefail

PACKAGES=(
  cmake g++ ninja-build make pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools qtkeychain-qt6-dev
  libqt6sql6-sqlite libqt6sql6-mysql
  qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev
  fonts-dejavu-core
  mariadb-server mariadb-client
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  sqlite3 procps
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
