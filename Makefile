# Entry points for people and CI. Each target installs what is missing (as root), then
# configures, builds and runs through the CMake presets in CMakePresets.json.
#   make demo        build the release CLI and normalize samples/*.json (the main job)
#   make test        build (GCC, Debug) and run every test
#   make test-asan   the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   make test-clang  the same with Clang
#   make format / format-check   apply / verify .clang-format on hand-written sources

JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE ?= cmake
CTEST ?= ctest
CLANG_FORMAT ?= clang-format

RELEASE_CLI := build/release/tools/callmap
SAMPLES = $(sort $(wildcard samples/*.json))

# Hand-written C++ only: generated provider headers and golden files are excluded.
FORMAT_FILES = $(shell find include tests tools bench codegen \
	\( -name '*.hpp' -o -name '*.cpp' \) \
	-not -path 'include/callmap/providers/*' \
	-not -path '*/golden*/*' -not -path '*/expected/*' 2>/dev/null | sort)

.PHONY: all deps demo test test-asan test-clang build-% format format-check clean

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

test-asan: deps
	$(MAKE) --no-print-directory build-asan
	$(CTEST) --preset asan -j $(JOBS)

test-clang: deps
	$(MAKE) --no-print-directory build-clang
	$(CTEST) --preset clang -j $(JOBS)

format:
	$(CLANG_FORMAT) -i $(FORMAT_FILES)

format-check: deps
	$(CLANG_FORMAT) --dry-run --Werror $(FORMAT_FILES)

clean:
	rm -rf build
