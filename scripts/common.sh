# Shared by setup-and-run.sh and setup-and-test.sh (sourced, not run): installs the Debian 12
# packages Orgdesk needs when some are missing, and configures and builds the tree.

ORGDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ORGDESK_BUILD=${ORGDESK_BUILD:-$ORGDESK_ROOT/build}

ORGDESK_PACKAGES=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-l10n-tools qt6-svg-dev libgl-dev
    xvfb gnome-keyring dbus-x11 libsecret-tools
)

# apt-get update and install only when a package is missing, so a second run is quick.
install_missing_packages() {
    local missing=() package
    for package in "${ORGDESK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y "${missing[@]}"
}

# Configures $ORGDESK_BUILD (Debug, warnings as errors, ccache when installed) and builds the
# given targets, or everything.
configure_and_build() {
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$ORGDESK_ROOT" -B "$ORGDESK_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DORGDESK_WERROR=ON "${launcher[@]}"
    local targets=()
    if [ $# -gt 0 ]; then
        targets=(--target "$@")
    fi
    cmake --build "$ORGDESK_BUILD" "${targets[@]}"
}
