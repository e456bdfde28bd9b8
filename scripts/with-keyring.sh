#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (secrets component),
# so QtKeychain works headless. HOME and XDG dirs are temporary: the user's keyring is never touched.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/runtime" && chmod 0700 "$tmp/runtime"
export HOME="$tmp" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
exec dbus-run-session -- sh -c 'printf "retaildesk-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
