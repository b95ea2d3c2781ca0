#!/usr/bin/env bash
# Builds callmap's libFuzzer targets (fuzz/, Clang, -fsanitize=fuzzer,address,undefined) in
# build/fuzz and runs each of them for a bounded time.
#
#   scripts/fuzz.sh smoke [TARGET...]     CI: replays the corpus, then 15 s per target; exit 1
#                                         on any finding
#   scripts/fuzz.sh [SECONDS] [TARGET...] SECONDS per target (default 600: `make fuzz`)
#   scripts/fuzz.sh merge [TARGET...]     minimizes what the runs found (build/fuzz/corpus/) into
#                                         the checked-in corpus fuzz/corpus/TARGET/
#   scripts/fuzz.sh repro TARGET FILE...  runs one target on saved inputs (a finding)
#   scripts/fuzz.sh list                  the targets
#
# A finding is a crash, a sanitizer report, a failed invariant, a leak, an out-of-memory or a
# timeout (one input running longer than FUZZ_TIMEOUT s). Each is saved under
# build/fuzz/findings/TARGET/ and makes the script exit 1; turn it into a regression test in
# tests/hostile/regressions_test.cpp. Every run starts by executing every input of the
# checked-in corpus (fuzz/corpus/TARGET/) and of the seeds, made on every run from
# tests/providers/fixtures (and samples/): fuzz_provider gets each provider's payloads behind
# that provider's selector byte, the others all payloads as they are. New inputs libFuzzer finds
# are kept in build/fuzz/corpus/TARGET/.
#
# Environment: FUZZ_SECONDS (overrides the time per target), FUZZ_JOBS (targets run at once,
# default 1), FUZZ_MAX_LEN (default 16384 bytes), FUZZ_TIMEOUT (default 10 s per input),
# FUZZ_RSS_MB (default 2048), FUZZ_MERGE_MAX_BYTES (default 256: the largest input `merge`
# keeps), JOBS (build parallelism, default 2), CXX (default clang++).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
build=$root/build/fuzz

mode=${1:-600}
[ $# -gt 0 ] && shift
case "$mode" in
    smoke) seconds=${FUZZ_SECONDS:-15} ;;
    list | repro) seconds=0 ;;
    merge) seconds=0 ;;
    -h | --help) sed -n '2,26s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *[!0-9]* | '') echo "fuzz.sh: unknown mode '$mode' (smoke, SECONDS, merge, repro, list)" >&2; exit 2 ;;
    *) seconds=${FUZZ_SECONDS:-$mode} ;;
esac
fuzz_jobs=${FUZZ_JOBS:-1}
max_len=${FUZZ_MAX_LEN:-16384}
timeout=${FUZZ_TIMEOUT:-10}
rss_mb=${FUZZ_RSS_MB:-2048}
cxx=${CXX:-clang++}

# --- build ---------------------------------------------------------------------------------
if ! command -v "$cxx" >/dev/null 2>&1; then
    echo "fuzz.sh: $cxx not found (Debian: apt-get install clang libclang-rt-14-dev)" >&2
    exit 2
fi
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
    mkdir -p "$build"
    cmake -S fuzz -B "$build" "${generator[@]}" -DCMAKE_CXX_COMPILER="$cxx" \
        -DCALLMAP_BUILD_FUZZERS=ON >"$build/configure.log" 2>&1 ||
        { cat "$build/configure.log" >&2; exit 2; }
fi
cmake --build "$build" -j "${JOBS:-2}" --target fuzzers

mapfile -t manifest <"$build/fuzz_targets.txt"
if [ "$mode" = list ]; then
    printf '%s\n' "${manifest[@]%% *}"
    exit 0
fi
if [ "$mode" = repro ]; then
    target=${1:?usage: fuzz.sh repro TARGET FILE...}
    shift
    exec "$build/$target" -runs=1 "$@"
fi

# --- which targets -------------------------------------------------------------------------
declare -A seeds_of=()
targets=()
for line in "${manifest[@]}"; do
    seeds_of[${line%% *}]=${line#* }
    targets+=("${line%% *}")
done
if [ $# -gt 0 ]; then
    for t in "$@"; do
        [ -n "${seeds_of[$t]+x}" ] || { echo "fuzz.sh: unknown target '$t' (see: fuzz.sh list)" >&2; exit 2; }
    done
    targets=("$@")
fi

# --- seeds and dictionary, made fresh from the fixtures ------------------------------------
fixtures=$root/tests/providers/fixtures
rm -rf "$build/seeds"
for t in "${targets[@]}"; do
    dir=$build/seeds/$t
    mkdir -p "$dir" "$build/corpus/$t" "$build/findings/$t"
    read -r -a seeds <<<"${seeds_of[$t]}"
    if [ "${seeds[0]}" = "by-provider" ]; then
        # "by-provider p0 p1 ...": provider i's payloads behind the selector byte i
        for ((i = 1; i < ${#seeds[@]}; i++)); do
            selector=$(printf '\\%03o' $((i - 1)))
            for f in "$fixtures/${seeds[$i]}"/*.json; do
                [ -f "$f" ] && [[ $f != *.expected.json ]] || continue
                p=${f#"$root"/}
                { printf "$selector"; cat "$f"; } >"$dir/${p//\//_}"
            done
        done
    else
        # every fixture (the expected records too: valid JSON of another shape), every shape
        # fixture (list pages, webhooks, form-encoded callbacks) and sample
        for f in "$fixtures"/*/*.json "$root"/tests/providers/shapes/*/*.json \
            "$root"/tests/providers/shapes/*/*.form "$root"/samples/*.json; do
            [ -f "$f" ] || continue
            p=${f#"$root"/}
            cp "$f" "$dir/${p//\//_}"
        done
    fi
done
dict=$build/fuzz.dict
{
    cat fuzz/json.dict
    cat "$fixtures"/*/*.json 2>/dev/null | grep -oE '"[A-Za-z0-9_]+"[[:space:]]*:' |
        sed -E 's/^"([A-Za-z0-9_]+)".*/"\\"\1\\""/' | sort -u
} >"$dict"

# --- merge: the new inputs, minimized into the checked-in corpus ---------------------------
# Only small inputs (FUZZ_MERGE_MAX_BYTES, default 256) that add coverage beyond the seeds (the
# fixtures, replayed on every run anyway) and the inputs already checked in are added, so that
# the corpus stays small enough to keep in git: libFuzzer merges the candidates into a scratch
# directory that starts with both, and the inputs it adds are copied to fuzz/corpus/TARGET/
# (named by their SHA-1).
if [ "$mode" = merge ]; then
    for t in "${targets[@]}"; do
        mkdir -p "$root/fuzz/corpus/$t"
        scratch=$build/merge/$t
        rm -rf "$scratch"
        mkdir -p "$scratch"
        cp "$build/seeds/$t"/. "$scratch/" -r
        cp "$root/fuzz/corpus/$t"/. "$scratch/" -r
        before=$(find "$scratch" -type f | wc -l)
        find "$scratch" -type f >"$build/merge/$t.before"
        candidates=$build/merge/$t.candidates
        rm -rf "$candidates"
        mkdir -p "$candidates"
        find "$build/corpus/$t" -type f -size -"$((${FUZZ_MERGE_MAX_BYTES:-256} + 1))"c \
            -exec cp {} "$candidates/" \;
        "$build/$t" -merge=1 -max_len="$max_len" -timeout="$timeout" -rss_limit_mb="$rss_mb" \
            "$scratch" "$candidates" >"$build/merge/$t.log" 2>&1 ||
            { tail -20 "$build/merge/$t.log" >&2; exit 1; }
        added=0
        while IFS= read -r file; do
            grep -qxF "$file" "$build/merge/$t.before" && continue
            cp "$file" "$root/fuzz/corpus/$t/"
            added=$((added + 1))
        done < <(find "$scratch" -type f)
        echo "fuzz.sh: $t: $added inputs added to fuzz/corpus/$t" \
            "($(find "$root/fuzz/corpus/$t" -type f | wc -l) in all; $before before the merge)"
    done
    exit 0
fi

# --- run -----------------------------------------------------------------------------------
logs=$build/logs
mkdir -p "$logs"
run_target() {
    local t=$1
    local before
    before=$(find "$build/findings/$t" -type f | wc -l)
    local status=0
    local checked_in=()
    [ -d "$root/fuzz/corpus/$t" ] && checked_in=("$root/fuzz/corpus/$t")
    "$build/$t" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss_mb" \
        -max_len="$max_len" -dict="$dict" -print_final_stats=1 -detect_leaks=1 \
        -artifact_prefix="$build/findings/$t/" \
        "$build/corpus/$t" "${checked_in[@]}" "$build/seeds/$t" >"$logs/$t.log" 2>&1 || status=$?
    local after
    after=$(find "$build/findings/$t" -type f | wc -l)
    echo "$status $((after - before))" >"$logs/$t.status"
}

echo "fuzz.sh: ${#targets[@]} target(s), ${seconds} s each, ${fuzz_jobs} at a time"
started=$SECONDS
running=0
for t in "${targets[@]}"; do
    run_target "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$fuzz_jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

# --- report --------------------------------------------------------------------------------
failed=0
printf '%-26s %12s %9s %8s  %s\n' target executions exec/s corpus findings
for t in "${targets[@]}"; do
    read -r status found <"$logs/$t.status"
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$logs/$t.log" | grep -oE '[0-9]+$' || true)
    speed=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$logs/$t.log" | grep -oE '[0-9]+$' || true)
    corpus=$(find "$build/corpus/$t" -type f | wc -l)
    verdict=$found
    if [ "$status" != 0 ] || [ "$found" != 0 ]; then
        failed=$((failed + 1))
        verdict="$found (exit $status; log: ${logs#"$root"/}/$t.log)"
    fi
    printf '%-26s %12s %9s %8s  %s\n' "$t" "${runs:-?}" "${speed:-?}" "$corpus" "$verdict"
done
echo "fuzz.sh: done in $((SECONDS - started)) s"
echo "fuzz.sh: $((${#targets[@]} - failed)) targets passed, $failed failed"
if [ "$failed" != 0 ]; then
    echo "fuzz.sh: FINDINGS — inputs in ${build#"$root"/}/findings/; reproduce with" \
        "scripts/fuzz.sh repro TARGET FILE" >&2
    for t in "${targets[@]}"; do
        read -r status found <"$logs/$t.status"
        if [ "$status" != 0 ]; then
            echo "--- $t (last lines of its log)" >&2
            grep -E 'ERROR|invariant|SUMMARY|runtime error|Test unit written' "$logs/$t.log" | head -20 >&2 || true
        fi
    done
    exit 1
fi
