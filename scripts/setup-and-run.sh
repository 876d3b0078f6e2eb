#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds an optimized Orgdesk in build-release/ and starts
# it on the built-in sandbox organization. Orgdesk is a desktop program: run this in a desktop
# session (it needs DISPLAY or WAYLAND_DISPLAY).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing_packages
configure_and_build_release orgdesk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "Note: no DISPLAY or WAYLAND_DISPLAY is set; Orgdesk needs a desktop session." >&2
fi
exec "$ORGDESK_RELEASE_BUILD/app/orgdesk/orgdesk" --sandbox
