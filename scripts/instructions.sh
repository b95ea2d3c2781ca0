#!/usr/bin/env bash
# Instructions per run of every benchmark row (bench/instructions.cpp), counted by callgrind:
# deterministic on a shared machine where timings are not, so CI can catch a slowdown.
#
#   scripts/instructions.sh check  [BUILD_DIR]   compare with bench/instructions.txt; fails when
#                                                a row grows by more than THRESHOLD_PERCENT
#   scripts/instructions.sh update [BUILD_DIR]   rewrite bench/instructions.txt (commit it: the
#                                                change shows in review)
#
# BUILD_DIR defaults to build/release (GCC -O3, no -march: what `make test-release` builds);
# the baseline holds only for that build. A row's count is (count of 1 + ITERATIONS runs -
# count of 1 run) / ITERATIONS, so that start-up and payload generation cancel out.
set -euo pipefail

mode=${1:-}
build=${2:-build/release}
root=$(cd "$(dirname "$0")/.." && pwd)
baseline="$root/bench/instructions.txt"
threshold=${THRESHOLD_PERCENT:-2}
iterations=${ITERATIONS:-4}
bin="$build/bench/callmap_instructions"

case "$mode" in
    check | update) ;;
    *)
        echo "usage: scripts/instructions.sh check|update [BUILD_DIR]" >&2
        exit 2
        ;;
esac
[ -x "$bin" ] || { echo "instructions: $bin not built (make build-release)" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "instructions: valgrind not installed" >&2; exit 2; }

# count ROW N: instructions of one run of the tool (callgrind's "Collected" total)
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1 |
        awk '/Collected :/ { print $4 }'
}

declare -A expected=()
if [ "$mode" = check ]; then
    [ -f "$baseline" ] || { echo "instructions: no $baseline (run update)" >&2; exit 2; }
    while read -r row value; do
        case "$row" in '#'* | '') continue ;; esac
        expected[$row]=$value
    done < "$baseline"
fi

measured=()
passed=0
failed=0
while read -r row; do
    one=$(count "$row" 1)
    many=$(count "$row" $((1 + iterations)))
    if [ -z "$one" ] || [ -z "$many" ]; then
        echo "instructions: $row did not run" >&2
        failed=$((failed + 1))
        continue
    fi
    per_run=$(((many - one) / iterations))
    measured+=("$row $per_run")
    if [ "$mode" = update ]; then
        printf '%-40s %12d\n' "$row" "$per_run"
        continue
    fi
    want=${expected[$row]:-}
    if [ -z "$want" ]; then
        printf '%-40s %12d  new row: not in the baseline\n' "$row" "$per_run"
        failed=$((failed + 1))
        continue
    fi
    change=$(awk -v now="$per_run" -v was="$want" 'BEGIN { printf "%+.2f", (now - was) * 100 / was }')
    if awk -v c="$change" -v t="$threshold" 'BEGIN { exit !(c > t) }'; then
        printf '%-40s %12d  was %12d  %s%%  SLOWER than the %s%% allowed\n' \
            "$row" "$per_run" "$want" "$change" "$threshold"
        failed=$((failed + 1))
    else
        printf '%-40s %12d  was %12d  %s%%\n' "$row" "$per_run" "$want" "$change"
        passed=$((passed + 1))
    fi
done < <("$bin" --list)

if [ "$mode" = update ]; then
    {
        echo "# Instructions per run of each benchmark row (scripts/instructions.sh update),"
        echo "# counted by callgrind on build/release (GCC $(gcc -dumpfullversion), -O3)."
        printf '%s\n' "${measured[@]}" | awk '{ printf "%-40s %12d\n", $1, $2 }'
    } > "$baseline"
    echo "instructions: wrote $baseline (${#measured[@]} rows)"
    [ "$failed" = 0 ]
    exit
fi
echo "instructions: $passed rows passed, $failed failed"
[ "$failed" = 0 ]
