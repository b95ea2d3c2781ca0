# Entry points for people and CI. Each target installs what is missing (as root), then
# configures, builds and runs through the CMake presets in CMakePresets.json.
#   make demo        build the release CLI and normalize samples/*.json (the main job)
#   make test        build (GCC, Debug) and run every test, every position of the exhaustive suites
#   make test-release  build every target in Release (GCC -O3, warnings as errors) and run the
#                    tests but the once-only ones (packaging, docs, compile_fail)
#   make test-asan   build under AddressSanitizer + UndefinedBehaviorSanitizer (Debug) and run the
#                    tests, the exhaustive suites sampled (every 4th position, from an offset
#                    taken from the commit: CALLMAP_HOSTILE_OFFSET)
#   make test-clang  the same with Clang (Debug)
#   make format / format-check   apply / verify .clang-format on hand-written sources
#   make test-valgrind  the unit tests of build/dev under valgrind memcheck (scripts/valgrind.sh)
#   make fuzz        build the libFuzzer targets (fuzz/, Clang) and run each for FUZZ_SECONDS (600)
#   make fuzz-smoke  the CI run: 15 s per target, JOBS at a time; fails on any crash, leak,
#                    timeout or invariant
#   make bench       install the peer JSON libraries, build the bench preset (-O3 -march=native),
#                    run the full benchmark suite: build/bench/results/{bench.json,report.md,chart.svg}
#   make bench-publish   copy the latest results into bench/README.md and bench/results.svg
#   make instructions-check  instructions per run of every benchmark row (callgrind, on the
#                    release build) against bench/instructions.txt; fails when one grows > 2%
#   make instructions-update rewrite bench/instructions.txt from the release build
#   make bench-smoke a short run on the dev build (CI): fails on a checksum mismatch or a
#                    broken benchmark, never on timings; keeps build/dev/bench/smoke.json

JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE ?= cmake
CTEST ?= ctest
CLANG_FORMAT ?= clang-format

RELEASE_CLI := build/release/tools/callmap
PYTHON ?= python3

BENCH_RESULTS := build/bench/results
# Full run: medians of 5 repetitions, interleaved in random order so that a burst of load on a
# shared machine hits one repetition of many rows, not every repetition of one row.
# Override, e.g. BENCH_ARGS=--benchmark_filter=transcript
BENCH_ARGS ?= --benchmark_repetitions=5 --benchmark_enable_random_interleaving=true \
	--benchmark_report_aggregates_only=true
SAMPLES = $(sort $(wildcard samples/*.json))

# Hand-written C++ only: generated provider headers and golden files are excluded.
FORMAT_FILES = $(shell find include tests tools bench codegen fuzz \
	\( -name '*.hpp' -o -name '*.cpp' \) \
	-not -path 'include/callmap/providers/*' \
	-not -path '*/golden*/*' -not -path '*/expected/*' 2>/dev/null | sort)

FUZZ_SECONDS ?= 600

# The sampled runs (ASan, Clang, valgrind) check every CALLMAP_HOSTILE_STRIDE-th position of the
# exhaustive suites, from this offset: it changes with the commit, so that over many commits every
# position is checked in those configurations too (tests/support/sampling.hpp).
CALLMAP_HOSTILE_OFFSET ?= $(shell printf '%d' 0x$$(git rev-parse --short=7 HEAD 2>/dev/null || echo 0))
export CALLMAP_HOSTILE_OFFSET

.PHONY: all deps demo test test-release test-asan test-clang test-valgrind fuzz fuzz-smoke build-% \
	format \
	format-check clean \
	bench bench-smoke bench-publish instructions-check instructions-update

all: test

deps:
	./scripts/install-deps.sh

# build-<preset>: configure and build one preset (dev, release, asan, clang, bench).
build-%:
	$(CMAKE) --preset $*
	$(CMAKE) --build --preset $* -j $(JOBS)

demo: deps
	$(CMAKE) --preset release
	$(CMAKE) --build --preset release -j $(JOBS) --target callmap_cli
	@test -n "$(SAMPLES)" || { echo "demo: no samples/*.json" >&2; exit 1; }
	@echo "== callmap providers"
	$(RELEASE_CLI) providers
	@echo "== callmap detect samples/*.json"
	$(RELEASE_CLI) detect $(SAMPLES)
	@echo "== callmap normalize samples/*.json   (one canonical record per line)"
	$(RELEASE_CLI) normalize $(SAMPLES)

test: deps
	$(MAKE) --no-print-directory build-dev
	$(CTEST) --preset dev -j $(JOBS)

test-release: deps
	$(MAKE) --no-print-directory build-release
	$(CTEST) --preset release -j $(JOBS)

instructions-check: deps
	$(MAKE) --no-print-directory build-release
	./scripts/instructions.sh check build/release

instructions-update: deps
	$(MAKE) --no-print-directory build-release
	./scripts/instructions.sh update build/release

test-asan: deps
	$(MAKE) --no-print-directory build-asan
	$(CTEST) --preset asan -j $(JOBS)

test-clang: deps
	$(MAKE) --no-print-directory build-clang
	$(CTEST) --preset clang -j $(JOBS)

bench:
	./scripts/install-deps.sh --bench
	$(CMAKE) --preset bench
	$(CMAKE) --build --preset bench -j $(JOBS) --target callmap_bench
	@mkdir -p $(BENCH_RESULTS)
	build/bench/bench/callmap_bench $(BENCH_ARGS) \
		--benchmark_out=$(BENCH_RESULTS)/bench.json --benchmark_out_format=json
	$(PYTHON) bench/report.py $(BENCH_RESULTS)/bench.json \
		--markdown $(BENCH_RESULTS)/report.md --svg $(BENCH_RESULTS)/chart.svg
	@echo "bench: $(BENCH_RESULTS)/bench.json, report.md, chart.svg (make bench-publish: into bench/README.md)"

bench-publish:
	@test -f $(BENCH_RESULTS)/bench.json || { echo "bench-publish: run make bench first" >&2; exit 1; }
	$(PYTHON) bench/report.py $(BENCH_RESULTS)/bench.json \
		--svg bench/results.svg --svg-link results.svg --readme bench/README.md

bench-smoke: deps
	$(CMAKE) --preset dev
	$(CMAKE) --build --preset dev -j $(JOBS) --target callmap_bench
	build/dev/bench/callmap_bench --callmap_smoke \
		--benchmark_out=build/dev/bench/smoke.json --benchmark_out_format=json

test-valgrind: deps
	$(MAKE) --no-print-directory build-dev
	./scripts/valgrind.sh build/dev

# The fuzzers need the bench peers too: fuzz_differential also compares with simdjson's DOM.
fuzz:
	./scripts/install-deps.sh --bench
	./scripts/fuzz.sh $(FUZZ_SECONDS)

fuzz-smoke:
	./scripts/install-deps.sh --bench
	FUZZ_JOBS=$${FUZZ_JOBS:-$(JOBS)} ./scripts/fuzz.sh smoke

format:
	$(CLANG_FORMAT) -i $(FORMAT_FILES)

format-check: deps
	$(CLANG_FORMAT) --dry-run --Werror $(FORMAT_FILES)

clean:
	rm -rf build
