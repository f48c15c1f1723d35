#!/usr/bin/env bash
# Versus developer commands. Each installs the Debian packages it lacks (as root, or
# through sudo), configures once, then builds only what changed.
#
#   tools/dev.sh run [ARGS...]   build and start the app (under Xvfb when there is no display)
#   tools/dev.sh test            build with sanitizers and warnings as errors, run every test
#   tools/dev.sh build           build the app only
#   tools/dev.sh package         build the .deb into build/
#   tools/dev.sh bench           build and run the benchmarks
#   tools/dev.sh install         only install the packages below (tools/fuzz.sh, bench/)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

packages=(
    cmake ninja-build g++ ccache python3 python3-jsonschema file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libgl-dev libqt6opengl6-dev
    qt6-charts-dev qt6-svg-dev qt6-pdf-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    fonts-noto-cjk fonts-dejavu-core
    xvfb xauth imagemagick poppler-utils
    desktop-file-utils appstream librsvg2-bin
    clang-14 libclang-rt-14-dev strace linux-perf debootstrap
)
# The benchmarks' reference: headless Chromium printing the report's content (bench/).
bench_packages=(chromium)

ensure_packages() {
    local missing=() p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure() {
    local dir=$1; shift
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S . -B "$dir" -G Ninja "${launcher[@]}" "$@"
    fi
}

jobs=$(nproc 2>/dev/null || echo 2)
export CCACHE_BASEDIR="$root"
export CCACHE_NOHASHDIR=1

cmd=${1:-run}
[ $# -gt 0 ] && shift
case "$cmd" in
    run)
        ensure_packages
        configure build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVERSUS_BUILD_TESTS=OFF
        cmake --build build --parallel "$jobs" --target versus
        if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
            # Root sessions often have none; Qt wants a private one.
            export XDG_RUNTIME_DIR="/tmp/runtime-$(id -u)"
            mkdir -p -m 700 "$XDG_RUNTIME_DIR"
        fi
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display: starting Versus under Xvfb." >&2
            exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/versus "$@"
        fi
        exec build/app/versus "$@"
        ;;
    build)
        ensure_packages
        configure build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVERSUS_BUILD_TESTS=OFF
        cmake --build build --parallel "$jobs" --target versus
        ;;
    test)
        ensure_packages
        configure build-test -DCMAKE_BUILD_TYPE=Debug -DVERSUS_SANITIZE=ON -DVERSUS_WERROR=ON
        cmake --build build-test --parallel "$jobs"
        cd build-test
        ctest --output-on-failure --parallel "$jobs" "$@"
        ;;
    package)
        ensure_packages
        configure build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVERSUS_BUILD_TESTS=OFF
        cmake --build build --parallel "$jobs"
        (cd build && cpack -G DEB)
        ;;
    install)
        ensure_packages
        ;;
    bench)
        packages+=("${bench_packages[@]}")
        ensure_packages
        configure build-bench -DCMAKE_BUILD_TYPE=Release -DVERSUS_BUILD_TESTS=ON
        cmake --build build-bench --parallel "$jobs"
        for b in build-bench/bench/bench_*; do [ -x "$b" ] && "$b" "$@"; done
        ;;
    *)
        echo "usage: tools/dev.sh run|test|build|package|bench|install" >&2
        exit 2
        ;;
esac
