#!/usr/bin/env bash
# libFuzzer harnesses (fuzz/): the dataset loader + validator, the JSON reader, the answers
# file, the CSV reader and the Epoch AI / LMArena importers
# Built with Debian's clang-14 in build-fuzz (-fsanitize=fuzzer,address,undefined).
#
#   tools/fuzz.sh build              configure build-fuzz and build every harness
#   tools/fuzz.sh run [SECONDS] [NAME...]
#                                    run each harness (default: all) for SECONDS (default 600)
#                                    from its seed corpus fuzz/corpus/NAME; new inputs go to
#                                    build-fuzz/corpus/NAME, crashes to build-fuzz/crashes/
#   tools/fuzz.sh ci [TOTAL]         build, then run every harness for TOTAL/count seconds
#                                    (default 60 s in all); fails on any crash
#
# A crash leaves build-fuzz/crashes/NAME-crash-*: reproduce with build-fuzz/fuzz/NAME FILE,
# fix it, and add the input as a regression test in tests/.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=build-fuzz
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1 # as tools/dev.sh: hits across clones
# Every harness built (fuzz_csv and fuzz_import once core/evidence is there).
built() { local n; for n in fuzz_dataset fuzz_json fuzz_answers fuzz_csv fuzz_import; do [ -x "$build/fuzz/$n" ] && echo "$n"; done; }

build_fuzzers() {
    bash tools/dev.sh install >/dev/null
    if [ ! -f "$build/CMakeCache.txt" ]; then
        local launcher=()
        command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        CXX=clang++-14 cmake -S . -B "$build" -G Ninja "${launcher[@]}" \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVERSUS_FUZZ=ON -DVERSUS_BUILD_TESTS=OFF >/dev/null
    fi
    nice -n 5 cmake --build "$build" --parallel "$(nproc 2>/dev/null || echo 2)" --target fuzzers
}

run_one() {
    local name=$1 seconds=$2
    local corpus="$build/corpus/$name"
    mkdir -p "$corpus" "$build/crashes"
    echo "== $name for ${seconds}s" >&2
    # Hostile inputs are up to 1 MiB; the loader's own size limit is tested in tests/.
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    QT_QPA_PLATFORM=offscreen \
        "$build/fuzz/$name" "$corpus" "fuzz/corpus/${name#fuzz_}" \
        -max_total_time="$seconds" -max_len=1048576 -timeout=20 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/crashes/$name-"
}

cmd=${1:-run}
[ $# -gt 0 ] && shift
case "$cmd" in
    build)
        build_fuzzers
        ;;
    run)
        seconds=${1:-600}
        [ $# -gt 0 ] && shift
        names=("$@")
        build_fuzzers
        [ ${#names[@]} -eq 0 ] && mapfile -t names < <(built)
        for n in "${names[@]}"; do run_one "$n" "$seconds"; done
        ;;
    ci)
        total=${1:-60}
        build_fuzzers
        mapfile -t all < <(built)
        each=$(( total / ${#all[@]} ))
        for n in "${all[@]}"; do run_one "$n" "$each"; done
        ;;
    *)
        echo "usage: tools/fuzz.sh build|run [SECONDS] [NAME...]|ci [TOTAL]" >&2
        exit 2
        ;;
esac
