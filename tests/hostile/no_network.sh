#!/usr/bin/env bash
# No reaching out, proven: every headless mode and the GUI (the real main window, then the
# monkey across every tab and dialog) run on a dataset whose every text holds http://,
# https:// and file:// links and remote and local image references, under
# `strace -f -e trace=%network,%file,execve`. check_trace.py then fails on any internet
# socket, any program started, any file call naming the secret directory the links point
# to, and any file opened outside: the dataset's and output directory, the build and source
# trees, and the system's libraries, fonts and configuration (/usr, /lib, /etc, /proc, /sys, /dev,
# the font cache /var/cache/fontconfig, /var/lib/dbus/machine-id that QSettings' lock file reads).
#
# usage: no_network.sh VERSUS_BINARY MONKEY_BINARY SOURCE_DIR BUILD_DIR
set -euo pipefail
versus=$1 monkey=$2 source=$3 build=$4
command -v strace >/dev/null || { echo "strace is needed (tools/dev.sh installs it)"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/versus-nonet.XXXXXX")
trap 'rm -rf "$work"' EXIT
secret="$work/secret-never-opened"
mkdir -p "$secret" "$work/out" "$work/home" "$work/config" "$work/cache" "$work/run" "$work/tmp"
chmod 700 "$work/run"
echo sentinel >"$secret/sentinel.txt"
cp "$source/resources/icons/versus.svg" "$secret/sentinel.png" 2>/dev/null || echo x >"$secret/sentinel.png"
data="$work/links.json"
/usr/bin/python3 "$source/tests/hostile/make_links_dataset.py" "$source/resources/data/versus.json" "$data" "$secret"
grep -q 'file://'"$secret" "$data"

export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/run"
export TMPDIR="$work/tmp" QT_QPA_PLATFORM=offscreen
cd "$work/out"
n=0
trace() { # trace NAME COMMAND...: runs the command under strace; a non-zero exit fails
    n=$((n + 1))
    if ! strace -f -qq -e trace=%network,%file,execve -o "$work/trace.$n.$1" "${@:2}" >"$work/out/stdout.$n" 2>"$work/out/stderr.$n"; then
        echo "FAIL: $1 exited non-zero:"; cat "$work/out/stderr.$n"; exit 1
    fi
}
trace validate "$versus" --validate "$data"
for mode in --list-charts --list-questions --list-models --list-devices --list-precisions; do
    trace "${mode#--}" "$versus" --data "$data" "$mode"
done
chart=$("$versus" --data "$data" --list-charts | sed -n 1p | cut -f1) # (not head: pipefail)
for ext in pdf svg png; do trace "chart-$ext" "$versus" --data "$data" --export-chart "$chart" "$work/out/chart.$ext"; done
trace matrix-csv "$versus" --data "$data" --export-matrix "$work/out/m.csv"
trace matrix-json "$versus" --data "$data" --export-matrix "$work/out/m.json"
help=$("$versus" --help)
has() { grep -q -- "$1 " <<<"$help"; } # modes that other branches add, once they are there
if has --export-scores; then trace scores "$versus" --data "$data" --export-scores "$work/out/s.csv"; fi
if has --diff; then trace diff "$versus" --diff "$source/resources/data/versus.json" "$data"; fi
trace recommend "$versus" --data "$data" --recommend --json --answer use-case=general
device=$("$versus" --data "$data" --list-devices | sed -n 1p | cut -f1)
trace fit "$versus" --data "$data" --fit --device "$device" --json
trace cost "$versus" --data "$data" --cost --json
trace report "$versus" --data "$data" --export-report "$work/out/r.pdf" --answer use-case=general
trace report-zh "$versus" --data "$data" --lang zh_CN --export-report "$work/out/r-zh.pdf"
# The real main window, started as users start it, until it has shown the dataset.
n=$((n + 1))
strace -f -qq -e trace=%network,%file,execve -o "$work/trace.$n.gui" timeout -s TERM 10 "$versus" "$data" \
    >"$work/out/stdout.$n" 2>"$work/out/stderr.$n" || [ $? -eq 124 ] || { echo "FAIL: the GUI exited early:"; cat "$work/out/stderr.$n"; exit 1; }
# Every tab, menu and dialog of the main window on the same dataset.
VERSUS_MONKEY_DATASET="$data" VERSUS_MONKEY_SEED=${VERSUS_MONKEY_SEED:-18} VERSUS_MONKEY_EVENTS=${VERSUS_MONKEY_EVENTS:-400} \
    trace monkey "$monkey"

allowed="/usr:/lib:/lib64:/etc:/proc:/sys:/dev:/var/cache/fontconfig:/var/lib/dbus/machine-id:$work/links.json:$work/out:$work/home:$work/config:$work/cache:$work/run:$work/tmp:$(cd "$build" && pwd):$(cd "$source" && pwd)"
# Titles, names and notes holding markup open nothing: ChartRenderer escapes what Qt Charts
# draws as rich text, and labels showing the dataset's words are plain text (this test found them).
/usr/bin/python3 "$source/tests/hostile/check_trace.py" "$secret" "$allowed" "$(basename "$versus"),$(basename "$monkey"),timeout" "$work"/trace.*
echo "no network, no file outside the allowed places: $n runs traced"
