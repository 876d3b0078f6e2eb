# Shared by the setup and package scripts (sourced, not run): installs the Debian 12 packages
# Orgdesk needs when some are missing, and configures and builds the tree.

ORGDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The tests' build (Debug, warnings as errors) and the build people run and package.
ORGDESK_BUILD=${ORGDESK_BUILD:-$ORGDESK_ROOT/build}
ORGDESK_RELEASE_BUILD=${ORGDESK_RELEASE_BUILD:-$ORGDESK_ROOT/build-release}

ORGDESK_PACKAGES=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite libgl-dev
    xvfb gnome-keyring dbus-x11 libsecret-tools
    desktop-file-utils appstream lintian clang-format openssl
)
# Only the benchmarks need these (bench/peer/list_users.py): never the tests' or CI's install.
ORGDESK_BENCH_PACKAGES=(python3 python3-requests)

# apt-get update and install only when a package is missing, so a second run is quick.
# install_missing_packages [PACKAGE...]: the given packages, or ORGDESK_PACKAGES.
install_missing_packages() {
    local missing=() package wanted=("$@")
    if [ ${#wanted[@]} -eq 0 ]; then
        wanted=("${ORGDESK_PACKAGES[@]}")
    fi
    for package in "${wanted[@]}"; do
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
    configure_and_build_in "$ORGDESK_BUILD" -DCMAKE_BUILD_TYPE=Debug -DORGDESK_WERROR=ON -- "$@"
}

# Configures $ORGDESK_RELEASE_BUILD (optimized, with debug information, no tests) and builds the
# given targets, or everything.
configure_and_build_release() {
    configure_and_build_in "$ORGDESK_RELEASE_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DORGDESK_WERROR=OFF -DORGDESK_BUILD_TESTS=OFF -- "$@"
}

# configure_and_build_in DIR CMAKE_OPTION... -- [TARGET...]
configure_and_build_in() {
    local build=$1 options=() launcher=() targets=()
    shift
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do
        options+=("$1")
        shift
    done
    [ $# -gt 0 ] && shift
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$ORGDESK_ROOT" -B "$build" -G Ninja "${options[@]}" "${launcher[@]}"
    if [ $# -gt 0 ]; then
        targets=(--target "$@")
    fi
    cmake --build "$build" "${targets[@]}"
}
