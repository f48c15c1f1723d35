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

chromium_flags=(--headless --no-sandbox --disable-gpu --no-first-run --no-default-browser-check
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions
    --disable-default-apps --no-pings --user-data-dir="$work/profile" --no-pdf-header-footer)
net=()
[ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null && net=(unshare -n)

chromium_run() { "${net[@]}" chromium "${chromium_flags[@]}" --print-to-pdf="$work/chromium.pdf" "file://$work/report.html" 2>/dev/null; }
versus_run() { "$versus" --export-report "$work/versus-run.pdf"; }
export -f chromium_run versus_run
export work versus

echo "== one run each, /usr/bin/time -v"
for which in versus chromium; do
    /usr/bin/time -v bash -c "${which}_run" 2>&1 >/dev/null | grep -E "Elapsed|Maximum resident" | sed "s/^/$which: /"
done
echo "== perf stat, $runs runs each, alternating"
for i in $(seq "$runs"); do
    for which in versus chromium; do
        perf stat -x, -e task-clock bash -c "${which}_run" 2>&1 >/dev/null | grep task-clock | sed "s/^/$which: /" || true
        /usr/bin/time -f "$which wall %e s, peak %M KiB" bash -c "${which}_run" 2>&1 >/dev/null | tail -1
    done
done
ls -l "$work/versus-run.pdf" "$work/chromium.pdf" | awk '{print $5, $9}'
pdfinfo "$work/chromium.pdf" | grep Pages | sed 's/^/chromium /'
pdfinfo "$work/versus-run.pdf" | grep Pages | sed 's/^/versus /'
