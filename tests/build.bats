#!/usr/bin/env bats
# Building, as a newcomer does it: `make` and `make -j` from the sources
# alone, and `make deps` naming every Debian package the build needs.

load helper

setup() {
    # the make that runs the tests must not pass its flags to ours
    unset MAKEFLAGS MFLAGS MAKELEVEL
    cd "$BATS_TEST_TMPDIR"
}

# Builds a copy of the sources with make ARGS, then checks bin/.
build_copy() {
    mkdir tree
    cp -r "$TOP/Makefile" "$TOP/src" tree/
    run make -C tree "$@" CFLAGS=-O0
    assert_success
    for f in $FILTERS; do
        [ -x "tree/bin/$f" ] || fail "make $*: no bin/$f"
    done
    [ "$(tree/bin/decode --version)" = "$(decode --version)" ]
}

@test "build: a plain make builds every filter into bin/" {
    [ -z "${ZP_SANITIZED:-}" ] || skip "the same build in both passes"
    build_copy
}

@test "build: make -j builds every filter into bin/" {
    [ -z "${ZP_SANITIZED:-}" ] || skip "the same build in both passes"
    build_copy -j
}

@test "build: make deps names the package of every file the build reads" {
    command -v dpkg-query > /dev/null || skip "not a Debian system"
    make -s -C "$TOP" build-inputs > inputs
    # headers, libraries and commands alike
    grep -q '/stdint.h$' inputs
    grep -q '/libopencc.so$' inputs
    grep -q '/libcsv.so$' inputs
    grep -q '/make$' inputs
    run tests_deps_cover $(make -s -C "$TOP" deps-list) < inputs
    assert_success
    assert_output ''
    # and the check would tell a missing one: gcc alone does not bring the
    # C library's headers, which only its Recommends name
    run tests_deps_cover gcc make pkg-config libopencc-dev libcsv-dev < inputs
    assert_failure
    assert_line --partial $'libc6-dev\t/usr/include/'
}

tests_deps_cover() { "$TOP/tests/tools/deps-cover" "$@"; }
