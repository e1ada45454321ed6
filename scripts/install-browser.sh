#!/usr/bin/env bash
# Installs what the browser tests drive: Debian's chromium and chromium-driver. A no-op when
# both are there; otherwise needs root or sudo (apt-get). The tests call it themselves when the
# binaries are missing and they run as root; .ci/run calls it before the test command.
set -euo pipefail
browser=${CHORUS_CHROMIUM:-/usr/bin/chromium}
driver=${CHORUS_CHROMEDRIVER:-/usr/bin/chromedriver}
if [ -x "$browser" ] && [ -x "$driver" ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo="sudo -n"
else
  echo "install-browser: $browser or $driver is missing, and installing them needs root or" \
    "sudo: run 'sudo apt-get install -y chromium chromium-driver'" >&2
  exit 1
fi
echo "install-browser: installing chromium and chromium-driver" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >&2
$sudo apt-get install -y -q --no-install-recommends chromium chromium-driver >&2
