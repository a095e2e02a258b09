#!/usr/bin/env bats
# The libFuzzer harnesses (fuzz/) build and run the fixtures of their
# filters without a finding: so that they keep up with the code between
# fuzzing runs (fuzz/run, minutes each, not here).  Skipped where clang or
# its libFuzzer is missing, and in the sanitized passes: the harnesses carry
# ASan and UBSan themselves.

load helper

setup() {
    [ -z "${ZP_SANITIZED:-}" ] || skip "the harnesses are sanitized builds already"
    command -v clang > /dev/null || skip "no clang"
    echo 'int LLVMFuzzerTestOneInput(const char *d, long n) { (void)d; (void)n; return 0; }' > "$BATS_TEST_TMPDIR/probe.c"
    clang -fsanitize=fuzzer -o "$BATS_TEST_TMPDIR/probe" "$BATS_TEST_TMPDIR/probe.c" 2> /dev/null ||
        skip "no libFuzzer (libclang-rt-14-dev)"
    cd "$BATS_TEST_TMPDIR"
}

@test "fuzz: every harness builds and reads its filter's fixtures cleanly" {
    MAKEFLAGS= make -C "$TOP" -s fuzz
    for f in decode t2s strip-boilerplate dedup-docs split-sections extract-numbers to-csv; do
        mkdir -p "seeds-$f"
        cp "$ARTICLES"/* "$FIXTURES"/strip/*.txt "$FIXTURES"/numbers/*.t* "$FIXTURES"/csv/*.tsv \
            "$FIXTURES"/fuzz/*/* "seeds-$f/"
        run "$TOP/build/fuzz/$f" -runs=0 -close_fd_mask=2 "seeds-$f"
        [ "$status" -eq 0 ] || fail "$f: exit $status: $output"
        grep -q 'INITED' <<< "$output" || fail "$f: $output"
    done
}
