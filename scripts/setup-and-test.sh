#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds the whole tree with warnings as errors, and runs
# every test. The last lines printed are ctest's, and the exit code is ctest's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing_packages
configure_and_build
# The keychain tests need a Secret Service: a private D-Bus session with its own keyring.
exec dbus-run-session -- bash "$ORGDESK_ROOT/scripts/test-session.sh" "$ORGDESK_BUILD"
