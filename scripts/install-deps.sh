#!/usr/bin/env bash
# Installs the Debian 12 packages callmap needs to build, test and benchmark — only those
# that are missing. Idempotent: when everything is present it does not touch apt at all.
#
#   scripts/install-deps.sh            build + test dependencies
#   scripts/install-deps.sh --bench    also the peer JSON libraries for the benchmarks
#
# As root it runs apt-get; otherwise it prints the apt-get command to run and exits 1.
# Note: libboost1.81-dev (Boost >= 1.77 is needed for Boost.Describe) conflicts with the
# default libboost1.74-dev / libboost-dev; apt-get removes those when it installs 1.81.
set -euo pipefail

packages=(
    build-essential cmake ninja-build g++ clang libclang-rt-14-dev clang-format
    libboost1.81-dev libgtest-dev libgmock-dev libbenchmark-dev libyaml-cpp-dev
    git pkg-config python3-jsonschema python3-yaml valgrind
)
bench_packages=(libsimdjson-dev rapidjson-dev nlohmann-json3-dev libboost-json1.81-dev)

usage() { sed -n '2,10s/^# \{0,1\}//p' "$0"; }

for arg in "$@"; do
    case "$arg" in
        --bench) packages+=("${bench_packages[@]}") ;;
        -h | --help) usage; exit 0 ;;
        *) echo "install-deps: unknown argument: $arg" >&2; usage >&2; exit 2 ;;
    esac
done

is_installed() {
    [[ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null)" == ii* ]]
}

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-deps: dpkg-query not found; this script supports Debian 12 (apt)." >&2
    echo "install-deps: install the equivalents of: ${packages[*]}" >&2
    exit 1
fi

missing=()
for package in "${packages[@]}"; do
    is_installed "$package" || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

install_cmd=(apt-get install -y --no-install-recommends "${missing[@]}")
if ((EUID != 0)); then
    echo "install-deps: missing packages: ${missing[*]}" >&2
    echo "install-deps: run as root (or with sudo):" >&2
    echo "  apt-get update && DEBIAN_FRONTEND=noninteractive ${install_cmd[*]}" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
"${install_cmd[@]}"

still_missing=()
for package in "${missing[@]}"; do
    is_installed "$package" || still_missing+=("$package")
done
if ((${#still_missing[@]} != 0)); then
    echo "install-deps: still missing after apt-get: ${still_missing[*]}" >&2
    exit 1
fi
echo "install-deps: done"
