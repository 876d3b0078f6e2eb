#!/usr/bin/env bash
# Applies .clang-format to every tracked C++ source. `scripts/format.sh --check` changes nothing
# and exits 1 when a file is not formatted.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v clang-format >/dev/null 2>&1; then
    echo "clang-format is not installed: apt-get install -y clang-format" >&2
    exit 2
fi
mode=(-i)
if [ "${1:-}" = "--check" ]; then
    mode=(--dry-run --Werror)
fi
if ! git ls-files -z -- '*.cpp' '*.h' | xargs -0 --no-run-if-empty clang-format "${mode[@]}"; then
    exit 1
fi
