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
  # The daemon returns before it owns its D-Bus name (nearly always, seen here): a first call in that
  # gap makes D-Bus start a second daemon from its service file, which is locked, and every keychain
  # test then fails. So wait until the name has its owner (asking does not start anything), at most
  # 10 s, before the command runs.
  XDG_DATA_HOME="$KR/data" XDG_RUNTIME_DIR="$KR/run" STUDIO_KEYCHAIN_SESSION=1 dbus-run-session -- sh -c '
    echo -n studio | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    if command -v dbus-send >/dev/null 2>&1; then
      i=0
      until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        i=$((i + 1))
        if [ "$i" -ge 100 ]; then echo "with-keychain: the keyring daemon did not claim its D-Bus name" >&2; break; fi
        sleep 0.1
      done
    fi
    "$@"' sh "$@"
else
  "$@"
fi
