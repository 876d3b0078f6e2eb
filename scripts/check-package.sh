#!/usr/bin/env bash
# Checks what people install, from a built tree: the desktop entry, the AppStream file, the bash
# completion, the programs as installed, and the Debian package. A tool that is not installed is
# skipped with a note; a tool that reports an error fails the check (exit 1). test-session.sh
# runs it before the tests.
set -uo pipefail
build=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

failures=0
fail() {
    echo "check-package: FAILED: $*" >&2
    failures=$((failures + 1))
}
have() {
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "check-package: $1 is not installed: not checking $2" >&2
    return 1
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")

# Installed as a package installs it: under /usr, in a scratch root.
usr=$scratch/root/usr
if ! DESTDIR=$scratch/root cmake --install "$build" --prefix /usr >"$scratch/install.log" 2>&1; then
    cat "$scratch/install.log" >&2
    fail "cmake --install"
fi
for file in bin/orgdesk bin/orgdesk-cli bin/orgdesk-sandbox share/applications/orgdesk.desktop \
    share/icons/hicolor/scalable/apps/orgdesk.svg share/metainfo/io.github.orgdesk.Orgdesk.metainfo.xml \
    share/bash-completion/completions/orgdesk-cli share/man/man1/orgdesk.1.gz \
    share/man/man1/orgdesk-cli.1.gz share/man/man1/orgdesk-sandbox.1.gz \
    share/doc/orgdesk/copyright share/doc/orgdesk/changelog.gz; do
    [ -e "$usr/$file" ] || fail "not installed: $file"
done
[ "$("$usr/bin/orgdesk-cli" --version 2>&1)" = "orgdesk-cli $version" ] ||
    fail "the installed orgdesk-cli --version"
[ "$(QT_QPA_PLATFORM=offscreen "$usr/bin/orgdesk" --version 2>&1)" = "Orgdesk $version" ] ||
    fail "the installed orgdesk --version"

if have desktop-file-validate "the desktop entry"; then
    desktop-file-validate "$usr/share/applications/orgdesk.desktop" || fail "desktop-file-validate"
fi
metainfo=$usr/share/metainfo/io.github.orgdesk.Orgdesk.metainfo.xml
if have appstreamcli "the AppStream file"; then
    appstreamcli validate --no-net "$metainfo" >"$scratch/appstream.log" 2>&1 ||
        { cat "$scratch/appstream.log" >&2; fail "appstreamcli validate"; }
fi
latest=$(grep -o -m1 '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
[ "$latest" = "$version" ] ||
    fail "the AppStream file's latest release is $latest, the project's version $version"

# The completion: its syntax, and what it offers. A stand-in orgdesk-cli names the profiles.
completion=$root/resources/bash-completion/orgdesk-cli
bash -n "$completion" || fail "bash -n $completion"
printf '#!/bin/sh\n[ "$*" = "profile list --names" ] && printf "Acme\\nBeta Org\\n"\n' \
    >"$scratch/orgdesk-cli"
chmod +x "$scratch/orgdesk-cli"
completes() { # completes EXPECTED WORD... (the last word is the one being completed)
    local expected=$1 offered
    shift
    offered=$(bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        _orgdesk_cli; printf "%s\n" "${COMPREPLY[@]}"' completion "$completion" "$@")
    grep -qxF -- "$expected" <<<"$offered" ||
        fail "completing '${*:2}' offers '${offered//$'\n'/ }', not '$expected'"
}
completes users orgdesk-cli us
completes suspend orgdesk-cli users ""
completes --format orgdesk-cli users list --fo
completes json orgdesk-cli users suspend --format ""
completes 'Beta\ Org' "$scratch/orgdesk-cli" keys list --profile B
completes Acme "$scratch/orgdesk-cli" profile test ""

# The package: made from this build (stripped), then lintian.
if have cpack "the package" && have dpkg-shlibdeps "the package"; then
    rm -f "$build"/orgdesk_*.deb
    if (cd "$build" && cpack -G DEB) >"$scratch/cpack.log" 2>&1; then
        deb=$(ls "$build"/orgdesk_*.deb)
        if have lintian "the package"; then
            lintian --fail-on error "$deb" 2>&1 | grep -v '^running with root privileges'
            [ "${PIPESTATUS[0]}" -eq 0 ] || fail "lintian $deb"
        fi
    else
        cat "$scratch/cpack.log" >&2
        fail "cpack -G DEB"
    fi
fi

if [ "$failures" -gt 0 ]; then
    echo "check-package: $failures check(s) failed" >&2
    exit 1
fi
echo "check-package: the package, its files and the installed programs are fine"
