# zhpipe: small Unix filters from scraped Chinese news pages to clean text and
# a table of the quantities they report.  See README.md.

VERSION = 0.1.0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANPREFIX ?= $(PREFIX)/share/man
DESTDIR ?=

CC ?= cc
CFLAGS ?= -O3 -g
ZP_CFLAGS = -std=c11 -Wall -Wextra -Werror -Isrc/lib -DZP_VERSION='"$(VERSION)"'
SANITIZE_CFLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=all

FILTERS = decode t2s strip-boilerplate dedup-docs split-sections extract-numbers to-csv \
	to-xlsx
MAN1 = $(FILTERS:%=man/%.1)
MAN7 = man/zhpipe.7

# The first rule, so that a plain `make` builds every filter into bin/.
all:

LIB_SRC = src/lib/zp.c src/lib/text.c
LIB_HDR = src/lib/zp.h src/lib/text.h

# Libraries found with pkg-config.  Recursive variables: they are expanded in
# recipes, after `make deps` has installed what pkg-config looks for.
OPENCC_DATADIR = $(shell pkg-config --variable=prefix opencc)/share/opencc
t2s_CFLAGS = $(shell pkg-config --cflags opencc) -Ibuild/gen \
	-DOPENCC_DATADIR='"$(OPENCC_DATADIR)"'
t2s_LDLIBS = $(shell pkg-config --libs opencc)
t2s_GENERATED = build/gen/supplement.h

# t2s's supplementary phrases, from their table to a C string in OpenCC's
# text dictionary format (KEY<TAB>VALUE per line).
build/gen/supplement.h: src/t2s/supplement.tsv
	@mkdir -p build/gen
	awk -F'\t' 'BEGIN { print "/* Generated from src/t2s/supplement.tsv; do not edit. */"; \
	  print "static const char supplement_dict[] =" } \
	  /^#/ || NF < 2 { next } { printf "    \"%s\\t%s\\n\"\n", $$1, $$2 } \
	  END { print "    \"\";" }' $< > $@

# strip-boilerplate's keyword classes, from their table to a C array.  Its
# release build is optimised across its files (link-time optimisation): a
# line passes through a dozen small functions of line.c, keywords.c,
# text.c and document.c, which the compiler then inlines into each other
# (about 5% less CPU time; see bench/README.md).
strip-boilerplate_CFLAGS = -Ibuild/gen -pthread
strip-boilerplate_RELEASE_CFLAGS = -flto=auto
strip-boilerplate_LDLIBS = -pthread
strip-boilerplate_GENERATED = build/gen/keyword_table.h
build/gen/keyword_table.h: src/strip-boilerplate/keywords.tsv
	@mkdir -p build/gen
	awk -F'\t' 'BEGIN { print "/* Generated from src/strip-boilerplate/keywords.tsv; do not edit. */"; \
	  print "struct keyword_entry { const char *cls, *match, *keyword; };"; \
	  print "static const struct keyword_entry keyword_table[] = {" } \
	  /^#/ || NF < 3 { next } { printf "    {\"%s\", \"%s\", \"%s\"},\n", $$1, $$2, $$3 } \
	  END { print "};" }' $< > $@

# extract-numbers' kinds, units and words, from their tables to C: the kinds
# to an enum, the word classes to the enum names of tables.h.
extract-numbers_CFLAGS = -Ibuild/gen
extract-numbers_LDLIBS = -lm
extract-numbers_GENERATED = build/gen/kinds.h build/gen/unit_table.h build/gen/word_table.h
build/gen/kinds.h: src/extract-numbers/units.tsv
	@mkdir -p build/gen
	awk -F'\t' 'BEGIN { print "/* Generated from src/extract-numbers/units.tsv; do not edit. */"; \
	  print "enum kind {" } \
	  $$1 == "kind" { printf "    KIND_%s,\n", toupper($$2) } \
	  END { print "    KINDS\n};" }' $< > $@
build/gen/unit_table.h: src/extract-numbers/units.tsv
	@mkdir -p build/gen
	awk -F'\t' 'BEGIN { print "/* Generated from src/extract-numbers/units.tsv; do not edit. */" } \
	  /^#/ || NF < 3 { next } \
	  $$1 == "kind" { names = names sprintf("    \"%s\",\n", $$2); \
	    subjects = subjects sprintf("    %s,\n", $$3 == "subject" ? "true" : "false"); next } \
	  { reading = NF < 4 || $$4 == "-" ? "PLAIN" : toupper($$4); gsub(/-/, "_", reading); \
	    units = units sprintf("    {\"%s\", KIND_%s, \"%s\", UNIT_%s},\n", $$1, toupper($$2), $$3, reading) } \
	  END { printf "static const char *const kind_names[] = {\n%s};\n", names; \
	    printf "static const bool kind_subject[] = {\n%s};\n", subjects; \
	    printf "static const struct unit_entry unit_table[] = {\n%s};\n", units }' $< > $@
build/gen/word_table.h: src/extract-numbers/words.tsv
	@mkdir -p build/gen
	awk -F'\t' 'BEGIN { print "/* Generated from src/extract-numbers/words.tsv; do not edit. */"; \
	  print "static const struct word_entry word_table[] = {" } \
	  /^#/ || NF < 2 { next } \
	  { class = toupper($$1); gsub(/-/, "_", class); printf "    {WORD_%s, \"%s\"},\n", class, $$2 } \
	  END { print "};" }' $< > $@

# libcsv ships no pkg-config file.
to-csv_LDLIBS = -lcsv

# libxlsxwriter writes the workbook; minizip (which it uses itself) and
# expat read it back, since libxlsxwriter does not check its own writes.
to-xlsx_CFLAGS = $(shell pkg-config --cflags xlsxwriter minizip expat)
to-xlsx_LDLIBS = $(shell pkg-config --libs xlsxwriter minizip expat)

# Each filter's main file, which holds its options and its file loop; the
# other files of src/NAME/ are its core, which the fuzz harness links alone.
decode_MAIN = src/decode/decode.c
t2s_MAIN = src/t2s/t2s.c
strip-boilerplate_MAIN = src/strip-boilerplate/strip.c
dedup-docs_MAIN = src/dedup-docs/dedup.c
split-sections_MAIN = src/split-sections/split.c
extract-numbers_MAIN = src/extract-numbers/extract.c
to-csv_MAIN = src/to-csv/to-csv.c
to-xlsx_MAIN = src/to-xlsx/to-xlsx.c

# Every filter is built from src/NAME/*.c and the shared library, twice: into
# bin/ for use, and with AddressSanitizer and UBSan into build/asan/ for the
# second half of `make check`.
define filter_rules
$(1)_SRC = $$(wildcard src/$(1)/*.c)
$(1)_DEPS = $$($(1)_SRC) $$(wildcard src/$(1)/*.h) $$(LIB_SRC) $$(LIB_HDR) Makefile $$($(1)_GENERATED)
bin/$(1): $$($(1)_DEPS)
	@mkdir -p bin
	$$(CC) $$(ZP_CFLAGS) $$($(1)_CFLAGS) $$(CPPFLAGS) $$(CFLAGS) $$($(1)_RELEASE_CFLAGS) $$(LDFLAGS) -o $$@ \
	    $$($(1)_SRC) $$(LIB_SRC) $$($(1)_LDLIBS)
build/asan/$(1): $$($(1)_DEPS)
	@mkdir -p build/asan
	$$(CC) $$(ZP_CFLAGS) $$($(1)_CFLAGS) $$(CPPFLAGS) $$(SANITIZE_CFLAGS) $$(LDFLAGS) -o $$@ $$($(1)_SRC) $$(LIB_SRC) $$($(1)_LDLIBS)
build/fuzz/$(1): fuzz/$(1).c $$(FUZZ_COMMON) $$($(1)_DEPS)
	@mkdir -p build/fuzz
	$$(FUZZ_CC) $$(ZP_CFLAGS) $$($(1)_CFLAGS) $$(CPPFLAGS) $$(FUZZ_CFLAGS) $$(LDFLAGS) -o $$@ fuzz/$(1).c fuzz/fuzz.c $$(filter-out $$($(1)_MAIN),$$($(1)_SRC)) $$(LIB_SRC) $$($(1)_LDLIBS)
endef
# libFuzzer harnesses (fuzz/NAME.c), with ASan and UBSan: `make fuzz` builds
# them, fuzz/run runs them.
FUZZ_CC = clang
FUZZ_CFLAGS = -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all
FUZZ_COMMON = fuzz/fuzz.c fuzz/fuzz.h
$(foreach f,$(FILTERS),$(eval $(call filter_rules,$(f))))

# Test tools.  zp-cat exercises the shared library's line reader, headers and output the
# way every line-oriented filter uses them; utf8-check compares its UTF-8 checks;
# csv-fields reads CSV with libcsv's own parser, for to-csv's round trip.
TOOLS = zp-cat utf8-check csv-fields
TOOLS_LDLIBS = -lcsv
build/tools/%: tests/tools/%.c $(LIB_SRC) $(LIB_HDR)
	@mkdir -p build/tools
	$(CC) $(ZP_CFLAGS) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB_SRC) $(TOOLS_LDLIBS)
build/asan/tools/%: tests/tools/%.c $(LIB_SRC) $(LIB_HDR)
	@mkdir -p build/asan/tools
	$(CC) $(ZP_CFLAGS) $(CPPFLAGS) $(SANITIZE_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB_SRC) $(TOOLS_LDLIBS)

# faults.so makes the Nth read, write or close fail, through LD_PRELOAD.
build/tools/faults.so build/asan/tools/faults.so: tests/tools/faults.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -Wall -Wextra -Werror $(CPPFLAGS) -O2 -g -shared -fPIC $(LDFLAGS) -o $@ $< -ldl

# ocd2-dump prints t2s's reading of an OpenCC dictionary, to compare with
# opencc_dict's.
OCD2_DUMP_SRC = tests/tools/ocd2-dump.c src/t2s/ocd2.c $(LIB_SRC)
build/tools/ocd2-dump: $(OCD2_DUMP_SRC) src/t2s/ocd2.h $(LIB_HDR)
	@mkdir -p build/tools
	$(CC) $(ZP_CFLAGS) -Isrc/t2s $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $(OCD2_DUMP_SRC)
build/asan/tools/ocd2-dump: $(OCD2_DUMP_SRC) src/t2s/ocd2.h $(LIB_HDR)
	@mkdir -p build/asan/tools
	$(CC) $(ZP_CFLAGS) -Isrc/t2s $(CPPFLAGS) $(SANITIZE_CFLAGS) $(LDFLAGS) -o $@ $(OCD2_DUMP_SRC)

.PHONY: all check test test-sanitized sanitized install uninstall clean demo bench \
	deps deps-list list-filters lint hanfreq fuzz check-long check-valgrind build-inputs \
	check-cluster deps-cluster

all: $(FILTERS:%=bin/%)

fuzz: $(FILTERS:%=build/fuzz/%)

sanitized: $(FILTERS:%=build/asan/%) $(TOOLS:%=build/asan/tools/%) build/asan/tools/ocd2-dump \
	build/asan/tools/faults.so

# tests/run keeps each pass's TAP in build/NAME.tap, shows the failures and
# skips, and ends with `NAME: N passed, M failed`; BATS_FLAGS adds bats
# options (--filter REGEX, say).
BATS_FLAGS ?=
TEST_TOOLS = $(TOOLS:%=build/tools/%) build/tools/ocd2-dump build/tools/faults.so
test: all $(TEST_TOOLS)
	ZP_BIN=$(CURDIR)/bin ZP_TOOLS=$(CURDIR)/build/tools tests/run test $(BATS_FLAGS)

# A sanitizer's report exits 86: its default, 1, is also the filters' status
# for bad input, which the hostile tests accept.
# tests/lsan.supp names the leaks of libraries, not zhpipe's, on error paths.
SANITIZER_ENV = ASAN_OPTIONS=exitcode=86 UBSAN_OPTIONS=halt_on_error=1:exitcode=86:print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0
test-sanitized: sanitized
	ZP_BIN=$(CURDIR)/build/asan ZP_TOOLS=$(CURDIR)/build/asan/tools \
	ZP_SANITIZED=1 $(SANITIZER_ENV) tests/run test-sanitized $(BATS_FLAGS)

# Both passes, even when the first fails, and one last line for both.
check: deps
	@rm -f build/test.tap build/test-sanitized.tap
	@$(MAKE) --no-print-directory -j"$$(nproc)" all $(TEST_TOOLS) sanitized
	@status=0; \
	$(MAKE) --no-print-directory test || status=1; \
	$(MAKE) --no-print-directory test-sanitized || status=1; \
	tests/summary build/test.tap build/test-sanitized.tap || status=1; \
	exit $$status

# examples/slurm on a Slurm cluster of this machine and the GNU parallel
# recipes over ssh to 127.0.0.1, for real (tests/cluster/): it starts
# munged, slurmctld, slurmd and sshd as root, so it is not in check;
# .ci/run runs it after check.  Skipped when not root, or when
# deps-cluster cannot install what it runs.
check-cluster: all
	ZP_BIN=$(CURDIR)/bin tests/cluster/run

# A 1 GB stream through each filter (tests/long/): minutes, so not in check.
check-long: all $(TOOLS:%=build/tools/%)
	ZP_BIN=$(CURDIR)/bin ZP_TOOLS=$(CURDIR)/build/tools bats $(BATS_FLAGS) tests/long

# The whole suite with every filter under valgrind's memcheck: any error or
# definite or indirect leak fails the run (exit 87) and is kept in
# build/valgrind/logs/.  Slow, so not in check; the fault tests, whose
# LD_PRELOAD valgrind does not take, skip themselves.
VALGRIND = valgrind -q --error-exitcode=87 --leak-check=full --show-leak-kinds=definite,indirect \
	--errors-for-leak-kinds=definite,indirect
check-valgrind: all $(TEST_TOOLS)
	rm -rf build/valgrind
	mkdir -p build/valgrind/logs
	for f in $(FILTERS); do \
	    { echo '#!/bin/sh'; \
	      echo "exec $(VALGRIND) --log-file=$(CURDIR)/build/valgrind/logs/$$f.%p.log $(CURDIR)/bin/$$f \"\$$@\""; \
	    } > build/valgrind/$$f; \
	    chmod +x build/valgrind/$$f; \
	done
	ZP_BIN=$(CURDIR)/build/valgrind ZP_TOOLS=$(CURDIR)/build/tools ZP_SANITIZED=1 ZP_VALGRIND=1 \
	    bats $(BATS_FLAGS) tests
	@if find build/valgrind/logs -type f -size +0 | grep -q .; then \
	    echo "valgrind found errors: build/valgrind/logs/"; exit 1; fi

lint:
	mandoc -Tlint -W warning $(MAN1) $(MAN7)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANPREFIX)/man1 $(DESTDIR)$(MANPREFIX)/man7
	install -m 755 $(FILTERS:%=bin/%) $(DESTDIR)$(BINDIR)
	install -m 644 $(MAN1) $(DESTDIR)$(MANPREFIX)/man1
	install -m 644 $(MAN7) $(DESTDIR)$(MANPREFIX)/man7

uninstall:
	rm -f $(FILTERS:%=$(DESTDIR)$(BINDIR)/%)
	rm -f $(FILTERS:%=$(DESTDIR)$(MANPREFIX)/man1/%.1) $(DESTDIR)$(MANPREFIX)/man7/zhpipe.7

clean:
	rm -rf bin build
	$(MAKE) -C examples clean

# After deps, in a make of their own, so that pkg-config sees what deps
# installed.
demo: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory -C examples demo

bench: deps
	@$(MAKE) --no-print-directory all
	bench/decode-speed
	bench/detect-accuracy
	bench/t2s-speed
	bench/t2s-peer-tests || [ $$? -eq 3 ]  # 3: no ../shared to take the strings from
	bench/strip-speed
	bench/split-speed
	bench/numbers-speed
	bench/numbers-score
	bench/dedup-speed
	bench/csv-speed
	bench/xlsx-speed
	bench/pipeline
	bench/recognizers-spec || [ $$? -eq 3 ]  # 3: no ../shared to take the specs from
	bench/accuracy || [ $$? -eq 3 ]  # 3: no ../shared/real beside the project

# Regenerates decode's character frequency table (needs python3-jieba and
# opencc); the result is committed, so building never needs either.
hanfreq:
	src/decode/mkhanfreq > src/decode/hanfreq.c.new
	mv src/decode/hanfreq.c.new src/decode/hanfreq.c

# The Debian packages zhpipe builds with, then those its tests and
# benchmarks use (README says what each is for).  `make deps` installs the
# missing ones when we are root, and otherwise prints the apt-get line to run.
# It installs without Recommends, so whatever the build needs is named here,
# libc6-dev (the C headers, only a Recommends of gcc) too: tests/build.bats
# checks that these and what they depend on own every file the build reads.
BUILD_DEPS = gcc libc6-dev make pkg-config libopencc-dev libcsv-dev libxlsxwriter-dev \
	libminizip-dev zlib1g-dev libexpat1-dev
TEST_DEPS = opencc bats bats-support bats-assert mandoc python3 python3-jieba \
	uchardet enca time miller parallel
deps:
	@if ! command -v dpkg-query > /dev/null; then \
	  echo "make deps: not a Debian system; install the equivalents of:"; \
	  echo "  $(BUILD_DEPS) $(TEST_DEPS)"; \
	  exit 0; \
	fi; \
	missing=; \
	for package in $(BUILD_DEPS) $(TEST_DEPS); do \
	  dpkg-query -W -f='$${db:Status-Status}' $$package 2> /dev/null | grep -qx installed || \
	    missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "Missing Debian packages. Run:"; \
	    echo "  sudo apt-get install$$missing"; \
	    exit 1; \
	  fi; \
	fi

# What check-cluster runs (rsync: parallel's --transferfile and --return;
# procps and iproute2: pgrep and ss, which look for what is left), installed
# the same way.
CLUSTER_DEPS = slurm-wlm munge openssh-server openssh-client parallel rsync procps iproute2
deps-cluster:
	@$(MAKE) --no-print-directory deps BUILD_DEPS= TEST_DEPS="$(CLUSTER_DEPS)"

deps-list:
	@echo $(BUILD_DEPS)

list-filters:
	@echo $(FILTERS)

# Every file the build takes from the system, one per line, for the test
# that `make deps` installs their packages: the headers cc -M finds for every
# program and test tool, the start files and libraries cc links, and the
# commands the build runs.
ALL_LDLIBS = $(foreach f,$(FILTERS),$($(f)_LDLIBS)) $(TOOLS_LDLIBS) -ldl -lc
build-inputs: $(foreach f,$(FILTERS),$($(f)_GENERATED))
	@{ $(foreach f,$(FILTERS),$(CC) $(ZP_CFLAGS) $($(f)_CFLAGS) $(CPPFLAGS) -M $($(f)_SRC) $(LIB_SRC);) \
	   $(CC) $(ZP_CFLAGS) -Isrc/t2s $(CPPFLAGS) -M $(TOOLS:%=tests/tools/%.c) tests/tools/ocd2-dump.c; \
	   $(CC) -std=c11 $(CPPFLAGS) -M tests/tools/faults.c; \
	} | tr ' \\' '\n\n' | grep '^/' | sort -u
	@for lib in $(patsubst -l%,%,$(filter -l%,$(ALL_LDLIBS))); do \
	  file=$$($(CC) -print-file-name=lib$$lib.so); \
	  [ -e "$$file" ] || file=$$($(CC) -print-file-name=lib$$lib.a); \
	  echo "$$file"; \
	done | sort -u
	@for file in crt1.o crti.o crtn.o; do $(CC) -print-file-name=$$file; done
	@$(CC) -print-libgcc-file-name
	@for command in $(CC) make pkg-config awk; do command -v $$command || echo $$command; done
