#!/usr/bin/env bats
# The shared library's promises, through zp-cat (tests/tools/zp-cat.c), a
# filter with no logic of its own, and utf8-check (tests/tools/utf8-check.c).

load helper

setup() { cd "$BATS_TEST_TMPDIR"; }

@test "lib: lines come back with LF, a missing final LF is added" {
    printf 'one\ntwo' > in.txt
    run zp-cat in.txt
    assert_success
    assert_output $'one\ntwo'
    zp-cat in.txt | od -An -c | tr -s ' ' | grep -q 'o \\n$'
}

@test "lib: empty input gives empty output and success" {
    : > empty
    run zp-cat empty
    assert_success
    assert_output ''
}

@test "lib: a 20 MB line passes through whole" {
    head -c 20000000 /dev/zero | tr '\0' 'x' > long.txt
    zp-cat long.txt > out.txt
    [ "$(wc -c < out.txt)" -eq 20000001 ]
    cmp <(head -c 20000000 out.txt) long.txt
}

@test "lib: - and no argument read standard input" {
    run bash -c 'printf "a\n" | zp-cat - && printf "b\n" | zp-cat'
    assert_success
    assert_output $'a\nb'
}

@test "lib: a missing file is reported, the others still read, exit 1" {
    printf 'good\n' > good.txt
    run zp-cat missing.txt good.txt
    assert_failure 1
    assert_line --index 0 'zp-cat: missing.txt: No such file or directory'
    assert_line --index 1 'good'
}

@test "lib: a directory is reported as such, exit 1" {
    mkdir dir
    run zp-cat dir
    assert_failure 1
    assert_output 'zp-cat: dir: Is a directory'
}

@test "lib: document headers are recognised and passed through" {
    printf '\fa.txt\nbody\n' > in.txt
    run zp-cat in.txt
    assert_success
    assert_line --index 0 'zp-cat: in.txt: line 1: header'
    assert_line --index 1 $'\fa.txt'
}

@test "lib: a full disk is an error with the reason, exit 1" {
    printf 'line\n' > in.txt
    run bash -c 'zp-cat in.txt > /dev/full'
    assert_failure 1
    assert_output 'zp-cat: write error: No space left on device'
}

@test "lib: a closed pipe ends the filter quietly" {
    seq 1 2000000 > many.txt
    run bash -c 'zp-cat many.txt | head -1; echo "status ${PIPESTATUS[0]}"'
    assert_output $'1\nstatus 141'
}

@test "lib: --version names the program and the suite" {
    run zp-cat --version
    assert_success
    assert_output --regexp '^zp-cat \(zhpipe\) [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "lib: the UTF-8 check by blocks agrees with the check by characters" {
    run utf8-check
    assert_success
    assert_output '200000 strings agree'
}
