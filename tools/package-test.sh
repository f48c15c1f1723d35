#!/usr/bin/env bash
# Proves the .deb on a clean Debian 12: a throwaway minbase bookworm root (debootstrap, as
# root), where `apt install ./versus_*.deb` must pull every dependency, `versus --version`
# print the package's version, a headless `versus --export-report` write a PDF, the man page
# and the icons be there; then `apt remove` must leave no file of the package behind.
#
#   sudo tools/package-test.sh [build/versus_*.deb]
#
# Needs root, debootstrap and a Debian mirror (VERSUS_DEBIAN_MIRROR, default the one in
# /etc/apt/sources.list*, else deb.debian.org). VERSUS_DEBOOTSTRAP_CACHE=DIR keeps the
# downloaded base packages between runs; VERSUS_PACKAGE_TEST_OUT=DIR keeps the two report
# PDFs made in the clean root, to look at. It takes a few minutes (see DEVELOPING.md).
# Prints the figures at the end. Exit 0 when every check holds, 1 when one fails (the
# package's fault), 2 on wrong use, 3 when this machine cannot run it (not root, no
# debootstrap, no chroot, the mirror out of reach): .ci/run skips it on 3 and fails on 1.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deb=${1:-}
if [ -z "$deb" ]; then
    deb=$(ls -t "$root"/build/versus_*.deb 2>/dev/null | head -1 || true)
fi
[ -n "$deb" ] && [ -f "$deb" ] || { echo "package-test: no .deb (run tools/dev.sh package first)" >&2; exit 2; }
cannot() { echo "package-test: cannot run here: $*" >&2; exit 3; }
[ "$(id -u)" -eq 0 ] || cannot "it must run as root (debootstrap, chroot)"
command -v debootstrap >/dev/null || cannot "it needs debootstrap (tools/dev.sh install)"
command -v chroot >/dev/null || cannot "it needs chroot"


mirror=${VERSUS_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
    mirror=$(grep -hoE '(URIs:|^deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null \
             | grep -oE 'https?://[^ ]+' | head -1 || true)
    mirror=${mirror:-http://deb.debian.org/debian}
fi

# A mirror out of reach is this machine's limit, not the package's fault.
python3 - "$mirror" <<'PY' || cannot "the Debian mirror $mirror does not answer"
import sys, urllib.request
try:
    urllib.request.urlopen(sys.argv[1].rstrip('/') + '/dists/bookworm/Release', timeout=30).read(64)
except Exception as e:
    sys.exit('package-test: %s/dists/bookworm/Release: %s' % (sys.argv[1].rstrip('/'), e))
PY

work=$(mktemp -d /tmp/versus-package-test.XXXXXX)
chroot_dir=$work/root
cleanup() {
    umount -l "$chroot_dir/proc" 2>/dev/null || true
    umount -l "$chroot_dir/dev" 2>/dev/null || true
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT

fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
step() { echo "== $* ($((SECONDS))s)" >&2; }
in_root() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

SECONDS=0
step "debootstrap --variant=minbase bookworm from $mirror"
cache=()
if [ -n "${VERSUS_DEBOOTSTRAP_CACHE:-}" ]; then
    mkdir -p "$VERSUS_DEBOOTSTRAP_CACHE"
    cache=(--cache-dir="$(cd "$VERSUS_DEBOOTSTRAP_CACHE" && pwd)")
fi
debootstrap --variant=minbase "${cache[@]}" bookworm "$chroot_dir" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; cannot "debootstrap could not build the clean root"; }
base_time=$SECONDS
mount -t proc proc "$chroot_dir/proc" || cannot "mount proc in the clean root"
mount --bind /dev "$chroot_dir/dev" || cannot "bind /dev into the clean root"
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
cp "$deb" "$chroot_dir/tmp/"
deb_name=$(basename "$deb")

step "apt install ./$deb_name"
in_root apt-get update -qq || cannot "apt-get update in the clean root"
before=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
install_start=$SECONDS
in_root sh -c "cd /tmp && apt-get install -y -q ./$deb_name" >"$work/install.log" 2>&1 \
    || { tail -30 "$work/install.log" >&2; fail "apt install ./$deb_name"; }
install_time=$((SECONDS - install_start))
after=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
deps=$((after - before - 1))

step "checks"
pkg_version=$(in_root dpkg-query -W -f='${Version}' versus)
version_out=$(in_root versus --version) || fail "versus --version"
[ "$version_out" = "Versus $pkg_version" ] || fail "versus --version says \"$version_out\", the package is $pkg_version"
in_root versus --export-report /tmp/r.pdf || fail "versus --export-report /tmp/r.pdf"
[ "$(head -c 5 "$chroot_dir/tmp/r.pdf")" = "%PDF-" ] || fail "/tmp/r.pdf is not a PDF"
pdf_size=$(stat -c %s "$chroot_dir/tmp/r.pdf")
[ "$pdf_size" -gt 10000 ] || fail "/tmp/r.pdf is only $pdf_size bytes"
in_root versus --lang zh_CN --export-report /tmp/r-zh.pdf || fail "versus --lang zh_CN --export-report"
if [ -n "${VERSUS_PACKAGE_TEST_OUT:-}" ]; then
    mkdir -p "$VERSUS_PACKAGE_TEST_OUT"
    cp "$chroot_dir/tmp/r.pdf" "$chroot_dir/tmp/r-zh.pdf" "$VERSUS_PACKAGE_TEST_OUT/"
fi
if in_root sh -c 'command -v man' >/dev/null; then
    in_root man -w versus >/dev/null || fail "man -w versus"
fi
for f in /usr/share/man/man1/versus.1.gz /usr/share/man/zh_CN/man1/versus.1.gz; do
    in_root gzip -t "$f" || fail "the man page $f"
done
for f in /usr/share/applications/io.github.versus.Versus.desktop /usr/share/metainfo/io.github.versus.Versus.metainfo.xml \
         /usr/share/mime/packages/io.github.versus.Versus.xml /usr/share/icons/hicolor/scalable/apps/io.github.versus.Versus.svg \
         /usr/share/icons/hicolor/48x48/apps/io.github.versus.Versus.png \
         /usr/share/icons/hicolor/256x256/apps/io.github.versus.Versus.png; do
    [ -f "$chroot_dir$f" ] || fail "$f is not installed"
done

# What makes a double-click open Versus: the triggers of shared-mime-info and
# desktop-file-utils (where apt brought them) registered both file types for it.
types="application/x-versus-dataset application/x-versus-answers"
if [ -x "$chroot_dir/usr/bin/update-mime-database" ]; then
    for t in $types; do
        [ -f "$chroot_dir/usr/share/mime/$t.xml" ] || fail "the MIME database has no $t after install"
    done
    mime_checked=yes
fi
if [ -x "$chroot_dir/usr/bin/update-desktop-database" ]; then
    for t in $types; do
        grep -q "^$t=.*io.github.versus.Versus.desktop" "$chroot_dir/usr/share/applications/mimeinfo.cache" \
            || fail "mimeinfo.cache does not offer Versus for $t"
    done
    desktop_checked=yes
fi

step "apt remove versus"
mapfile -t files < <(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./|/|')
[ ${#files[@]} -gt 0 ] || fail "the package lists no files"
in_root apt-get remove -y -q versus >"$work/remove.log" 2>&1 || { tail -20 "$work/remove.log" >&2; fail "apt remove versus"; }
left=()
for f in "${files[@]}"; do
    [ -e "$chroot_dir$f" ] || [ -L "$chroot_dir$f" ] && left+=("$f")
done
[ ${#left[@]} -eq 0 ] || fail "left after remove: ${left[*]}"
status=$(in_root dpkg-query -W -f='${db:Status-Status}' versus 2>/dev/null || echo not-installed)
[ "$status" = "not-installed" ] || fail "dpkg still knows versus as \"$status\""

echo "package-test: file types registered: MIME database ${mime_checked:-not installed}," \
     "mimeinfo.cache ${desktop_checked:-not installed}"
echo "package-test: ok: $deb_name ($(stat -c %s "$deb") bytes, $(dpkg-deb -f "$deb" Installed-Size) KiB installed)," \
     "$deps dependencies installed in ${install_time}s, report ${pdf_size} bytes," \
     "base root ${base_time}s, total ${SECONDS}s"
