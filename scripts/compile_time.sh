#!/usr/bin/env bash
# Compile time and peak memory of translation units that use providers, header-only and in
# compiled mode (callmap/config.hpp), with g++ -O2: the figures of issues #16 and #17.
#
#   scripts/compile_time.sh [RUNS]     each file RUNS times (default 3); prints the fastest
#
# Files, each compiled both ways (-DCALLMAP_SEPARATE_COMPILATION for compiled mode):
#   all_providers   #include <callmap/callmap.hpp>, normalize() over the ten built-in providers
#   one_provider    #include <callmap/providers/zudu.hpp>, parse + to_call of one provider
# and, in compiled mode, the once-per-program file that compiles the ten built-in providers
# (#include <callmap/src.hpp>): the cost moved, paid once instead of in every file.
set -euo pipefail
command -v /usr/bin/time > /dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
cxx=${CXX:-g++}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/all_providers.cpp" <<'CPP'
#include <callmap/callmap.hpp>

int main(int argc, char** argv) {
    if (argc < 2) return 2;
    callmap::arena memory;
    return callmap::normalize(std::string_view(argv[1]), memory) ? 0 : 1;
}
CPP
cat > "$work/one_provider.cpp" <<'CPP'
#include <callmap/providers/zudu.hpp>

int main(int argc, char** argv) {
    if (argc < 2) return 2;
    callmap::arena memory;
    callmap::zudu::envelope wire;
    if (!callmap::parse_into(wire, std::string_view(argv[1]), memory)) return 1;
    return callmap::zudu::to_call(wire, memory) ? 0 : 1;
}
CPP
printf '#include <callmap/src.hpp>\n' > "$work/src.cpp"

# fastest of $runs: "seconds peak_MB"
measure() {
    local best="" line
    for _ in $(seq "$runs"); do
        line=$(/usr/bin/time -f '%e %M' "$cxx" -std=c++20 -O2 -I"$root/include" "$@" \
               -o /dev/null 2>&1 >/dev/null | tail -1)
        if [[ -z $best ]] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then
            best=$line
        fi
    done
    awk -v s="${best%% *}" -v k="${best##* }" 'BEGIN{printf "%6.2f s %5.0f MB", s, k/1024}'
}

printf '%-34s %s\n' "file ($cxx -O2, fastest of $runs)" "time     peak memory"
for f in all_providers one_provider; do
    printf '%-34s %s\n' "$f, header-only" "$(measure -c "$work/$f.cpp")"
    printf '%-34s %s\n' "$f, compiled mode" \
        "$(measure -DCALLMAP_SEPARATE_COMPILATION -c "$work/$f.cpp")"
done
printf '%-34s %s\n' "src.cpp (once per program)" \
    "$(measure -DCALLMAP_SEPARATE_COMPILATION -c "$work/src.cpp")"
