#!/usr/bin/env bash
# Installs what is missing (Debian 12, with the benchmarks' Python peer), builds the listing
# benchmark in build-release/ and runs it: the CLI, the UsersModel and bench/peer/list_users.py
# against one orgdesk-sandbox process, beside the server's own serving time. Arguments go to
# bench_listing (--people N --latency MS --runs R --compare-output).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing_packages "${ORGDESK_PACKAGES[@]}" "${ORGDESK_BENCH_PACKAGES[@]}"
configure_and_build_release bench_listing orgdesk-cli orgdesk-sandbox
exec "$ORGDESK_RELEASE_BUILD/bench/bench_listing" "$@"
