#!/usr/bin/env bats
# Hostile input, every filter alike: none may crash, hang or drop the good
# input around the bad part; bad input is named on stderr with its file.

load helper

setup() {
    cd "$BATS_TEST_TMPDIR"
    # a good line each filter keeps whole, after the hostile part
    printf '标题行\n街道新成立小区党支部56个。\n' > good.txt
    printf 'a\tb\n街道新成立小区党支部56个。\t1\n' > good.tsv
}

good_input() {
    case $1 in
    to-csv | to-xlsx) echo good.tsv ;;
    *) echo good.txt ;;
    esac
}

# Fails unless the status is a normal exit (0 or 1), not a crash or a
# usage error.
assert_survived() {
    [ "$status" -eq 0 ] || [ "$status" -eq 1 ] || fail "$1: exit status $status"
}

@test "hostile: empty input and input of newlines only, every filter exits 0" {
    : > empty
    printf '\n\n\n\n' > newlines
    for f in $FILTERS; do
        run as-text "$f" empty
        [ "$status" -eq 0 ] || fail "$f on empty input: $status"
        run as-text "$f" newlines
        [ "$status" -eq 0 ] || fail "$f on newlines: $status"
    done
}

@test "hostile: random bytes and NULs (fixed seeds) neither crash nor hang any filter" {
    for seed in 1 2 3; do
        awk -v seed="$seed" 'BEGIN { srand(seed); for (i = 0; i < 200000; i++) printf "%c", int(rand() * 256) }' > random.bin
        for f in $FILTERS; do
            run timeout 60 as-text "$f" random.bin "$(good_input "$f")"
            assert_survived "$f on random bytes, seed $seed"
            [[ $output == *56* ]] || fail "$f: the good file after random bytes was lost"
        done
    done
}

@test "hostile: invalid, overlong and surrogate UTF-8, and a character cut at a line's end and at the end, are reported; the rest is kept" {
    printf '坏行\300\257 \355\240\200 \370\210\200\200\200\n切断的字\xe5\xb8\n街道新成立小区党支部56个。\n末尾\xe5' > bad.txt
    # the filters that read text; to-csv and to-xlsx read TSV, and their own tests try it
    for f in decode t2s strip-boilerplate dedup-docs split-sections extract-numbers; do
        run "$f" bad.txt
        [ "$status" -eq 1 ] || fail "$f: exit $status on invalid UTF-8"
        [[ $output == *bad.txt* ]] || fail "$f: the file is not named"
        [[ $output == *小区党支部56个* ]] || fail "$f: the good line was lost"
    done
}

@test "hostile: a directory and a missing file among good ones are named; the good one is read; exit 1" {
    mkdir adir
    for f in $FILTERS; do
        run as-text "$f" adir missing "$(good_input "$f")"
        [ "$status" -eq 1 ] || fail "$f: exit $status"
        [[ $output == *"$f: adir: "* ]] || fail "$f: the directory is not named"
        [[ $output == *"$f: missing: No such file or directory"* ]] || fail "$f: the missing file is not named"
        [[ $output == *56* ]] || fail "$f: the good file was not read"
    done
}

@test "hostile: an unreadable file is named, the others read" {
    [ "$(id -u)" -ne 0 ] || skip "root reads any file"
    printf 'x\n' > locked
    chmod 000 locked
    for f in $FILTERS; do
        run as-text "$f" locked "$(good_input "$f")"
        [ "$status" -eq 1 ] || fail "$f: exit $status"
        [[ $output == *"$f: locked: Permission denied"* ]] || fail "$f: not named"
    done
}

@test "hostile: a million one-character lines" {
    awk 'BEGIN { for (i = 0; i < 1000000; i++) print "x" }' > million.txt
    for f in $FILTERS; do
        # to-xlsx's cells are not read back here: a million rows take python
        # longer than the filter
        if [ "$f" = to-xlsx ]; then
            run timeout 120 to-xlsx -o out.xlsx million.txt
        else
            run timeout 120 "$f" million.txt
        fi
        [ "$status" -eq 0 ] || fail "$f: exit $status"
    done
}

@test "hostile: malformed TSV for the TSV readers: no header, ragged rows, a header only" {
    printf 'doc\tsection\tlevel\tparent\tpara\tkind\ttext\n' > header-only.tsv
    run extract-numbers header-only.tsv
    assert_success
    assert_output "$(extract-numbers < /dev/null)"
    run to-csv header-only.tsv
    assert_success
    assert_output 'doc,section,level,parent,para,kind,text'
    printf 'doc\tsection\tlevel\tparent\tpara\tkind\ttext\n-\t0\t0\t0\t1\ttitle\n-\t0\t0\t0\t2\tpara\t党员42名。\n' > ragged.tsv
    run extract-numbers ragged.tsv
    assert_failure 1
    assert_output --partial 'ragged.tsv: line 2: not 7 fields, skipped'
    assert_output --partial $'42名\t42'
    # without the sections header the file is text: every line is read as text
    printf -- '-\t0\t1\tpara\t党员42名。\n' > no-header.tsv
    run extract-numbers no-header.tsv
    assert_success
    assert_output --partial $'42名\t42'
}

@test "hostile: every input a fuzzer found a fault with is read cleanly (tests/fixtures/fuzz/FILTER/)" {
    local found=0 input
    for input in "$FIXTURES"/fuzz/*/*; do
        f=$(basename "$(dirname "$input")")
        run timeout 60 as-text "$f" "$input"
        assert_survived "$f on $input"
        found=$((found + 1))
    done
    [ "$found" -gt 0 ]
}
