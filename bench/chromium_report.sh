#!/usr/bin/env bash
# The PDF report's reference: the same content as HTML (the report's text, from pdftotext
# of `versus --export-report`, and every chart as SVG from `versus --export-chart`)
# printed to PDF by headless Chromium (Debian's `chromium`, installed by `tools/dev.sh bench`).
# Chromium runs in a network namespace of its own (`unshare -n`) with its background
# networking off, so it reaches nothing. Prints `/usr/bin/time -v` and `perf stat` for both
# commands, each RUNS times, alternating (docs/PERFORMANCE.md).
#
# usage: bench/chromium_report.sh VERSUS_BINARY [RUNS]
set -euo pipefail
versus=$1 runs=${2:-5}
command -v chromium >/dev/null || { echo "chromium is not installed (tools/dev.sh bench installs it)" >&2; exit 1; }
work=$(mktemp -d /tmp/versus-chromium.XXXXXX)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$work/home"
mkdir -p "$work/home" "$work/charts"

"$versus" --export-report "$work/versus.pdf"
{
    echo '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Versus report</title>'
    echo '<style>body{font-family:"DejaVu Sans",sans-serif;font-size:10pt;margin:2cm}'
    echo 'pre{white-space:pre-wrap;font-family:inherit}img{width:100%;page-break-inside:avoid}</style></head><body>'
    pdftotext -layout "$work/versus.pdf" - | sed 's/&/\&amp;/g; s/</\&lt;/g' | sed '1s/^/<pre>/; $s/$/<\/pre>/'
    "$versus" --list-charts | cut -f1 | while read -r id; do
        "$versus" --export-chart "$id" "$work/charts/$id.svg"
        echo "<img src=\"charts/$id.svg\" alt=\"$id\">"
    done
    echo '</body></html>'
} >"$work/report.html"

net=""
[ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null && net="unshare -n"
# Each command as a script of its own, so /usr/bin/time and perf stat measure the whole of it
# (Chromium's browser, renderer and GPU processes are its children).
cat >"$work/chromium.sh" <<EOS
#!/bin/sh
exec $net chromium --headless --no-sandbox --disable-gpu --no-first-run --no-default-browser-check \\
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \\
    --disable-default-apps --no-pings --user-data-dir="$work/profile" --no-pdf-header-footer \\
    --print-to-pdf="$work/chromium.pdf" "file://$work/report.html" 2>/dev/null
EOS
cat >"$work/versus.sh" <<EOS
#!/bin/sh
exec "$versus" --export-report "$work/versus-run.pdf"
EOS
chmod +x "$work/chromium.sh" "$work/versus.sh"
"$work/chromium.sh" # a first run makes its profile
[ -s "$work/chromium.pdf" ] || { echo "chromium printed nothing" >&2; exit 1; }

echo "== /usr/bin/time (wall, peak RSS of the largest process) and perf stat (task-clock of all processes), $runs runs each, alternating"
: >"$work/t.versus"; : >"$work/t.chromium"
for i in $(seq "$runs"); do
    for which in versus chromium; do
        /usr/bin/time -f "%e %M" -a -o "$work/t.$which" "$work/$which.sh" >/dev/null 2>&1
    done
done
# The sum of the RSS of every process of a run (Chromium is several), sampled every 20 ms.
peak_sum() {
    setsid "$1" >/dev/null 2>&1 &
    local pid=$! peak=0 now
    while kill -0 "$pid" 2>/dev/null; do
        now=$(ps -o rss= -g "$pid" 2>/dev/null | awk '{s += $1} END {print s + 0}')
        [ "$now" -gt "$peak" ] && peak=$now
        sleep 0.02
    done
    echo "$peak"
}
for which in versus chromium; do
    echo "$which: summed RSS of all its processes, peak KiB (sampled): $(peak_sum "$work/$which.sh") $(peak_sum "$work/$which.sh") $(peak_sum "$work/$which.sh")"
done
for which in versus chromium; do
    echo "$which: wall s, peak KiB per run: $(tr '\n' ';' <"$work/t.$which")"
    perf stat -r "$runs" -e task-clock -x, "$work/$which.sh" 2>&1 >/dev/null | grep task-clock | cut -d, -f1 | sed "s/^/$which: task-clock ms (mean of $runs, all processes): /"
done
ls -l "$work/versus-run.pdf" "$work/chromium.pdf" | awk '{print $5, $9}'
pdfinfo "$work/chromium.pdf" | grep Pages | sed 's/^/chromium /'
pdfinfo "$work/versus-run.pdf" | grep Pages | sed 's/^/versus /'
