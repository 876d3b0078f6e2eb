#!/usr/bin/env bash
# Runs inside a private D-Bus session (see setup-and-test.sh): starts an unlocked gnome-keyring
# as the Secret Service, with its files, the settings and caches in a scratch folder, checks the
# sources (scripts/check-sources.sh: formatting, German translations) and the package
# (scripts/check-package.sh), then runs ctest offscreen. Prints nothing after ctest; exits with
# ctest's code, or 1 when only a check failed.
set -uo pipefail
build=${1:?usage: test-session.sh BUILD_DIR}

scratch=$(mktemp -d)
mkdir -m 700 "$scratch/runtime" "$scratch/data" "$scratch/config" "$scratch/cache"
export XDG_RUNTIME_DIR=$scratch/runtime XDG_DATA_HOME=$scratch/data
export XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache
export QT_QPA_PLATFORM=offscreen
# Here a keychain test that finds no Secret Service fails instead of skipping.
export ORGDESK_REQUIRE_KEYCHAIN=1

printf 'orgdesk-tests' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1

bash "$(dirname "${BASH_SOURCE[0]}")/check-sources.sh"
sources_status=$?
bash "$(dirname "${BASH_SOURCE[0]}")/check-package.sh" "$build"
package_status=$?

ctest --test-dir "$build" --output-on-failure -j2
status=$?
rm -rf "$scratch" 2>/dev/null
if [ $status -eq 0 ] && { [ $sources_status -ne 0 ] || [ $package_status -ne 0 ]; }; then
    status=1
fi
exit $status
