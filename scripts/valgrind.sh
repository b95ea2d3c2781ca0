#!/usr/bin/env bash
# Runs callmap's unit test binaries (every GoogleTest executable of the build, by default the
# `dev` preset's build/dev) under valgrind memcheck, and the callmap tool on every fixture and on
# hostile inputs. Any memcheck error (invalid read/write, use of uninitialised memory, a definite
# or indirect leak) or any failing test makes it exit 1.
#
#   scripts/valgrind.sh [BUILD_DIR]
#
# Too slow under memcheck (~30-50x), and so handled differently — only these:
#   * hostile_big_inputs_test  big_string.hundred_megabytes_*  (100 MB strings: scanned at
#     memcheck speed and held with their shadow memory). Their code paths run under memcheck in
#     the same suite on 1 MB strings (big_string.one_megabyte_*) and under ASan+UBSan at full
#     size (make test-asan).
#   * the quadratic loops (the exhaustive hostile suites: truncation, corruption, fields, limits;
#     and the truncations and corruptions of normalize_test and json_top_level_keys_test) check
#     every CALLMAP_HOSTILE_STRIDE-th position (default here 16) from CALLMAP_HOSTILE_OFFSET (the
#     Makefile takes it from the commit, so that over many commits every position is checked):
#     every fixture, every replacement, a sixteenth of the positions (tests/support/sampling.hpp).
#     `make test` runs them all.
# Not run under memcheck: the ctest entries that are not GoogleTest binaries (compile_fail.*,
# readme_snippets, consumer_*: they run the compiler; cli_end_to_end / cli_*_samples: shell
# scripts around the tool, which is itself run under memcheck here).
#
# Suppressions: scripts/valgrind.supp, each with its reason (none are needed today).
#
# Environment: JOBS (binaries run at once, default 2), CALLMAP_HOSTILE_STRIDE (default 16),
# CALLMAP_HOSTILE_OFFSET (default 0), VALGRIND_EXTRA (more valgrind options).
# Ends with one line: "valgrind.sh: N tests passed, M failed" (GoogleTest cases, and one per
# run of the tool).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
build=${1:-build/dev}
jobs=${JOBS:-2}
export CALLMAP_HOSTILE_STRIDE=${CALLMAP_HOSTILE_STRIDE:-16}
export CALLMAP_HOSTILE_OFFSET=${CALLMAP_HOSTILE_OFFSET:-0}

if ! command -v valgrind >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "valgrind.sh: installing valgrind"
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends valgrind >/dev/null ||
            { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends valgrind >/dev/null; }
    else
        echo "valgrind.sh: valgrind not found; install it: apt-get install valgrind" >&2
        exit 2
    fi
fi
if [ ! -d "$build/tests" ]; then
    echo "valgrind.sh: $build has no tests; build it first (make build-dev)" >&2
    exit 2
fi

logs=$build/valgrind
rm -rf "$logs"
mkdir -p "$logs"
vg=(valgrind --tool=memcheck --error-exitcode=99 --leak-check=full
    --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect
    --num-callers=30 --suppressions="$root/scripts/valgrind.supp" ${VALGRIND_EXTRA:-})

# filter per binary: what is too slow (see the header)
filter_for() {
    case "$1" in
        hostile_big_inputs_test) echo "-big_string.hundred_megabytes_*" ;;
        *) echo "*" ;;
    esac
}

run_one() {
    local bin=$1 name
    name=$(basename "$bin")
    local started=$SECONDS status=0
    "${vg[@]}" --log-file="$logs/$name.memcheck" "$bin" --gtest_filter="$(filter_for "$name")" \
        --gtest_brief=1 >"$logs/$name.out" 2>&1 || status=$?
    local errors passed failed
    errors=$(grep -oE 'ERROR SUMMARY: [0-9]+' "$logs/$name.memcheck" | grep -oE '[0-9]+$' | tail -1)
    passed=$(grep -oE '^\[  PASSED  \] [0-9]+' "$logs/$name.out" | grep -oE '[0-9]+$' || echo 0)
    failed=$(grep -oE '^\[  FAILED  \] [0-9]+ tests?,' "$logs/$name.out" | grep -oE '[0-9]+' || echo 0)
    # a binary that died before its summary counts as one failure
    [ "$status" != 0 ] && [ "$failed" = 0 ] && failed=1
    echo "$name $status ${errors:-?} $((SECONDS - started)) $passed $failed" >"$logs/$name.result"
}

mapfile -t binaries < <(find "$build/tests" -type f -perm -u+x -name '*_test' | sort)
[ ${#binaries[@]} -gt 0 ] || { echo "valgrind.sh: no test binaries under $build/tests" >&2; exit 2; }
echo "valgrind.sh: ${#binaries[@]} test binaries under memcheck, $jobs at a time" \
    "(CALLMAP_HOSTILE_STRIDE=$CALLMAP_HOSTILE_STRIDE)"
started=$SECONDS
running=0
for bin in "${binaries[@]}"; do
    run_one "$bin" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

# the tool itself: every fixture, good and bad, plus hostile inputs, in one process each
cli=$build/tools/callmap
if [ -x "$cli" ]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    printf '{"a":' >"$tmp/truncated.json"
    printf '\xEF\xBB\xBF{}' >"$tmp/bom.json"
    head -c 100000 /dev/zero | tr '\0' '[' >"$tmp/deep.json"
    : >"$tmp/empty.json"
    mapfile -t payloads < <(find tests/providers/fixtures -name '*.json' ! -name '*.expected.json' | sort)
    for cmd in "normalize" "normalize --format csv" "detect" "check" "drift --provider zudu"; do
        name="callmap_${cmd// /_}"
        s=$SECONDS status=0
        # shellcheck disable=SC2086
        "${vg[@]}" --log-file="$logs/$name.memcheck" "$cli" $cmd "${payloads[@]}" \
            "$tmp"/*.json >"$logs/$name.out" 2>&1 || status=$?
        errors=$(grep -oE 'ERROR SUMMARY: [0-9]+' "$logs/$name.memcheck" | grep -oE '[0-9]+$' | tail -1)
        # the tool exits 1 here by design (bad inputs are mixed in); 99 is memcheck's
        ok=$([ "$status" = 99 ] && echo 99 || echo 0)
        echo "$name $ok ${errors:-?} $((SECONDS - s)) $([ "$ok" = 0 ] && echo "1 0" || echo "0 1")" \
            >"$logs/$name.result"
    done
fi

failed=0
tests_passed=0
tests_failed=0
printf '%-34s %-7s %-15s %s\n' binary seconds memcheck tests
for r in "$logs"/*.result; do
    read -r name status errors seconds passed failures <"$r"
    tests_passed=$((tests_passed + passed))
    tests_failed=$((tests_failed + failures))
    verdict="ok"
    if [ "$errors" != 0 ]; then
        verdict="$errors error(s): ${logs#"$root"/}/$name.memcheck"
        failed=1
    fi
    tests="ok"
    if [ "$status" = 99 ]; then
        tests="(memcheck)"
    elif [ "$status" != 0 ]; then
        tests="FAILED (exit $status): ${logs#"$root"/}/$name.out"
        failed=1
    fi
    printf '%-34s %-7s %-15s %s\n' "$name" "$seconds" "$verdict" "$tests"
done
echo "valgrind.sh: done in $((SECONDS - started)) s (CALLMAP_HOSTILE_STRIDE=$CALLMAP_HOSTILE_STRIDE" \
    "CALLMAP_HOSTILE_OFFSET=$CALLMAP_HOSTILE_OFFSET)"
echo "valgrind.sh: $tests_passed tests passed, $tests_failed failed"
exit $failed
