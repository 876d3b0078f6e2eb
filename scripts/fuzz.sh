#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang with the address and undefined-behaviour
# sanitizers, in build-fuzz) and runs each for SECONDS (default 60) from its seed corpus in
# fuzz/corpus/<target>/. Prints, per target, the inputs run, libFuzzer's final coverage and the
# crashes found (each saved in build-fuzz/artifacts/); exits 1 when any target crashed.
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 300 fuzz_journal
# Not part of CI's default run; a CI job may call it. The committed corpus stays as it is: the
# inputs a run finds go to build-fuzz/corpus/.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds=${1:-60}
shift || true
build=${ORGDESK_FUZZ_BUILD:-$ORGDESK_ROOT/build-fuzz}

# clang 14 and its runtime (libFuzzer, the sanitizers) besides the usual build packages;
# curl for scripts/fuzz-corpus.sh.
ORGDESK_PACKAGES+=(clang-14 libclang-rt-14-dev curl)
install_missing_packages || exit 1

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Debug keeps Q_ASSERT and our checks; -O1 makes the runs several times faster than -O0.
CC=clang-14 CXX=clang++-14 cmake -S "$ORGDESK_ROOT" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DORGDESK_FUZZ=ON -DORGDESK_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null || exit 1
cmake --build "$build" --target orgdesk_fuzzers || exit 1

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for program in "$build"/fuzz/fuzz_*; do
        [ -f "$program" ] && [ -x "$program" ] && targets+=("$(basename "$program")")
    done
fi

# Leaks are findings too; Qt's own one-time allocations are not ours (see lsan.supp).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ORGDESK_ROOT/scripts/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

mkdir -p "$build/artifacts" "$build/logs"
status=0
printf '%-18s %12s %8s %8s %8s\n' target executions cov ft crashes
for target in "${targets[@]}"; do
    name=${target#fuzz_}
    work=$build/corpus/$name
    mkdir -p "$work"
    log=$build/logs/$target.log
    rm -f "$build/artifacts/$target"-*
    "$build/fuzz/$target" "$work" "$ORGDESK_ROOT/fuzz/corpus/$name" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$target-" >"$log" 2>&1
    final=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1)
    # After a crash there are no final stats: the last status line says how far it got.
    executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    [ -z "$executions" ] && executions=$(grep -o '^#[0-9]*' <<<"$final" | tr -d '#')
    cov=$(grep -o 'cov: [0-9]*' <<<"$final" | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' <<<"$final" | cut -d' ' -f2)
    crashes=$(find "$build/artifacts" -name "$target-*" | wc -l)
    printf '%-18s %12s %8s %8s %8s\n' "$target" "${executions:-?}" "${cov:-?}" "${ft:-?}" "$crashes"
    if [ "$crashes" -gt 0 ]; then
        status=1
        find "$build/artifacts" -name "$target-*" -printf '    %p\n'
        echo "    log: $log"
    fi
done
exit $status
