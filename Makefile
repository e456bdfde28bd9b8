# The README's commands. Each one installs what is missing first (scripts/install-deps.sh, idempotent).
PRESET ?= debug
BUILD_DIR := build/$(PRESET)
JOBS ?= $(shell nproc)
SOURCES = $(shell git ls-files '*.cpp' '*.h' 2>/dev/null || find core ui app tests bench -name '*.cpp' -o -name '*.h')

.PHONY: all deps configure build test run format format-check bench fuzz clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	cmake --build --preset $(PRESET) -j $(JOBS)

test: build format-check
	ctest --preset $(PRESET) -j $(JOBS)

# Opens the GUI on the demo profile (demo shop + local sandbox CRM). Without a display it runs under Xvfb.
run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found: running under xvfb-run (set DISPLAY to see the window)"; \
	  xvfb-run -a -s "-screen 0 1280x800x24" $(BUILD_DIR)/bin/retaildesk --demo; \
	else $(BUILD_DIR)/bin/retaildesk --demo; fi

format:
	@clang-format -i $(SOURCES)

format-check:
	@clang-format --dry-run --Werror $(SOURCES) || { echo "Formatting differs: run 'make format'"; exit 1; }

bench: PRESET = release
bench: build
	bash bench/run-all.sh $(BUILD_DIR)

# libFuzzer targets (clang, ASan + UBSan; build/fuzz), each run for FUZZ_SECONDS (bench/fuzz/run-fuzzers.sh).
FUZZ_SECONDS ?= 20
fuzz: deps
	@cmake --preset fuzz >/dev/null
	cmake --build --preset fuzz -j $(JOBS)
	bash bench/fuzz/run-fuzzers.sh $(FUZZ_SECONDS) build/fuzz

clean:
	rm -rf build
