#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds an optimized Orgdesk in build-release/ and makes
# the Debian package there (only what it holds is built). Install it with:
#     apt-get install ./build-release/orgdesk_*.deb
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing_packages
configure_and_build_release orgdesk orgdesk-cli orgdesk-sandbox orgdesk_man orgdesk-cli_man orgdesk-sandbox_man
cd "$ORGDESK_RELEASE_BUILD"
rm -f orgdesk_*.deb
cpack -G DEB
echo "Install it with: apt-get install $ORGDESK_RELEASE_BUILD/$(ls orgdesk_*.deb)"
