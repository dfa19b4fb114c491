#!/usr/bin/env sh
# Runs a command with a real, private OS keychain on Linux: a D-Bus session with its own
# gnome-keyring (Secret Service), unlocked, in a throw-away folder. Used by `npm run test:unit` so
# keychain tests talk to the real thing. Where D-Bus or gnome-keyring is missing, or on macOS and
# Windows (which have their keychain already), the command runs as it is.
set -eu
if [ "$(uname -s)" = "Linux" ] && command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  KR=$(mktemp -d)
  mkdir -p -m700 "$KR/run" "$KR/data"
  trap 'rm -rf "$KR"' EXIT
  XDG_DATA_HOME="$KR/data" XDG_RUNTIME_DIR="$KR/run" STUDIO_KEYCHAIN_SESSION=1 dbus-run-session -- sh -c \
    'echo -n studio | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' sh "$@"
else
  "$@"
fi
