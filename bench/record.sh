#!/usr/bin/env bash
# The performance record's figures (docs/PERFORMANCE.md), in one session so that machine
# drift cancels out in the ratios: a fixed job for the machine's speed, cold start against
# bench/floor, the report against headless Chromium, the large dataset, the per-change
# computations. Build first (Release): see docs/PERFORMANCE.md.
#
# usage: bench/record.sh [BUILD_DIR (default build-bench)] [RUNS (default 7)]
set -euo pipefail
build=${1:-build-bench} runs=${2:-7}
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d /tmp/versus-record.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# wall seconds and peak KiB of one run, RUNS times, alternating two commands
pair() {
    local name_a=$1 name_b=$2; shift 2
    local a=$1 b=$2
    : >"$work/a" ; : >"$work/b"
    for i in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -a -o "$work/a" bash -c "$a" >/dev/null 2>&1
        /usr/bin/time -f "%e %M" -a -o "$work/b" bash -c "$b" >/dev/null 2>&1
    done
    local ta ma tb mb
    ta=$(cut -d' ' -f1 "$work/a" | median); ma=$(cut -d' ' -f2 "$work/a" | median)
    tb=$(cut -d' ' -f1 "$work/b" | median); mb=$(cut -d' ' -f2 "$work/b" | median)
    echo "$name_a: median wall ${ta} s, peak ${ma} KiB ($runs runs)"
    echo "$name_b: median wall ${tb} s, peak ${mb} KiB"
    awk -v ta="$ta" -v tb="$tb" -v ma="$ma" -v mb="$mb" -v a="$name_a" -v b="$name_b" \
        'BEGIN { printf "ratio %s / %s: time %.2fx, memory %.2fx\n", a, b, ta / tb, ma / mb }'
}

echo "== machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%F %H:%M UTC')"
echo "== fixed job (head -c 300000000 /dev/zero | sha256sum):"
/usr/bin/time -f "%e s" bash -c 'head -c 300000000 /dev/zero | sha256sum >/dev/null' 2>&1
echo "== cold start to a painted main window: bench_startup --cold against bench/floor"
pair versus-cold floor "$build/bench/bench_startup --cold" "$build/bench/floor"
echo "   perf stat (task-clock, instructions), $runs runs each:"
for c in "$build/bench/bench_startup --cold" "$build/bench/floor"; do
    perf stat -r "$runs" -e task-clock,instructions -x, $c 2>&1 >/dev/null | cut -d, -f1,3,4 | sed "s|^|   $(basename "${c%% *}"): |"
done
echo "== the PDF report from the command line against headless Chromium printing its content"
bash "$(dirname "$0")/chromium_report.sh" "$build/app/versus" "$runs" 2>&1 | tail -n +1 | grep -v "^$" || true
echo "== the 100-family x 5,000-dimension dataset"
"$build/bench/bench_matrix" --runs 3
echo "== per change of an input, every model"
"$build/bench/bench_recommend" --runs 50
