#!/bin/bash
# A real screen-reader session: Orca (the GNOME screen reader) in Firefox ESR on a virtual
# display, driven by key presses, printing what Orca says. No sound: the speech is read from
# Orca's debug log. Not part of `npm test` (Orca needs a desktop session to itself).
#
# Needs: apt-get install orca at-spi2-core xdotool dbus-x11 firefox-esr xvfb
# Usage: npm start (in another shell), then
#   bash scripts/orca-session.sh [URL] [KEYS]
# KEYS are xdotool key names, one a second and a half, e.g. the default: three headings down
# (Orca's "h"), Tab into the answers, Down twice (the first answer's hint, then the second
# answer), Space to choose it, Tab to Continue, Enter; on the next question Tab to its first
# answer ("A child told me"), Space, Tab, Enter; then Down through the outcome page.
# Orca runs with its speech output off (it waits for ever for an audio device on a machine
# without one); what it would say is in its debug log all the same.
set -euo pipefail

url="${1:-http://localhost:8000/demo/school.html}"
keys="${2:-h h h Tab Down Down space Tab Return Tab space Tab Return Down Down Down Down}"
work="$(mktemp -d)"

if [[ "${ORCA_SESSION_INNER:-}" != 1 ]]; then
  for tool in orca xdotool dbus-run-session xvfb-run firefox-esr; do
    command -v "$tool" > /dev/null || { echo "missing: $tool (see the header of this script)" >&2; exit 1; }
  done
  export ORCA_SESSION_INNER=1 ORCA_SESSION_WORK="$work"
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x900x24" bash "$0" "$url" "$keys" > "$work/session.out" 2>&1 || true
  # Print what Orca said from the first key press on (the page load before it is noise).
  first="$(head -1 "$work/keys.log" 2>/dev/null | cut -d' ' -f3)"
  grep "SPEECH OUTPUT" "$work/orca.log" | sed "s/{.*//" | awk -v t="$first" '$1 >= t' |
    sed -E "s/^([0-9:.]+) - SPEECH OUTPUT: '(.*)'.*/\1  \2/"
  echo "(full Orca log: $work/orca.log)"
  exit 0
fi

# Inside the virtual display and its own D-Bus session.
work="$ORCA_SESSION_WORK"
export GTK_MODULES=gail:atk-bridge GNOME_ACCESSIBILITY=1 MOZ_ENABLE_ACCESSIBILITY=1
/usr/libexec/at-spi-bus-launcher --launch-immediately &
sleep 1
orca --replace --disable=speech --debug-file="$work/orca.log" -u "$work/prefs" &
orca_pid=$!
sleep 3
mkdir -p "$work/profile"
firefox-esr --no-remote --profile "$work/profile" "$url" &
firefox_pid=$!
sleep 12
window="$(xdotool search --onlyvisible --class firefox | head -1)"
xdotool windowactivate --sync "$window" || true
sleep 1
for key in $keys; do
  echo "KEY $key $(date +%T.%N)" >> "$work/keys.log"
  xdotool key --clearmodifiers "$key"
  sleep 1.5
done
sleep 5
kill "$firefox_pid" "$orca_pid" 2> /dev/null || true
