#!/usr/bin/env bash
# What a contributor would break without noticing: C++ formatting, and a user-visible string
# without its German translation. Prints where, and exits 1 when either is found. Run by the
# test script before the tests.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

status=0
if ! scripts/format.sh --check; then
    echo "check-sources: the files above are not formatted: run scripts/format.sh" >&2
    status=1
fi

lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=$(command -v lupdate || true)
if [ -z "$lupdate" ]; then
    echo "check-sources: lupdate is not installed (qt6-l10n-tools); translations not checked" >&2
    exit $status
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp translations/orgdesk_de.ts "$scratch/orgdesk_de.ts"
# The same refresh as the update_translations target, into a copy.
mapfile -t sources < <(git ls-files -- 'services/*.cpp' 'services/*.h' 'models/*.cpp' \
    'models/*.h' 'ui/*.cpp' 'ui/*.h')
"$lupdate" -no-obsolete -locations none "${sources[@]}" -ts "$scratch/orgdesk_de.ts" \
    >/dev/null 2>&1
untranslated=$(python3 - "$scratch/orgdesk_de.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
for context in ET.parse(sys.argv[1]).getroot().iter('context'):
    name = context.findtext('name')
    for message in context.iter('message'):
        translation = message.find('translation')
        forms = [f.text for f in translation.iter('numerusform')] or [translation.text]
        if translation.get('type') == 'unfinished' or not all(forms):
            print(f"{name}: {message.findtext('source')!r}")
PY
)
if [ -n "$untranslated" ]; then
    echo "$untranslated" | sed 's/^/untranslated (German): /' >&2
    echo "check-sources: strings above lack a German translation: run" \
        "'cmake --build build --target update_translations' and translate them" >&2
    status=1
fi
exit $status
