#!/usr/bin/env bats
# make check-long: a 1 GB stream through each filter, not in make check (it
# takes minutes).  Each stream is one unit of about 1 MB (the fixtures, at
# each stage of the pipeline), repeated to 1 GB; each filter's output must
# be its output for the unit, repeated as often, in the peak memory of a
# small input.

load ../helper

FIXTURES=$BATS_TEST_DIRNAME/../fixtures
BYTES=${ZP_LONG_BYTES:-1000000000}

setup_file() {
    cd "$BATS_FILE_TMPDIR"
    local fixtures=$BATS_TEST_DIRNAME/../fixtures i=0
    while [ "$(wc -c < unit.txt 2> /dev/null || echo 0)" -lt 1000000 ]; do
        i=$((i + 1))
        for page in "$fixtures"/strip/*.txt "$fixtures"/numbers/*.txt "$fixtures"/split/*.txt; do
            printf '\f%d-%s\n' "$i" "${page##*/}"
            cat "$page"
        done >> unit.txt
    done
    # decode reads pages, not the stream: the unit without its headers
    grep -v $'^\f' unit.txt > unit.raw
    decode -h unit.raw > unit.decoded
    t2s unit.txt > unit.simplified
    split-sections unit.simplified > unit.tsv
    extract-numbers unit.tsv > unit.numbers
}

setup() { cd "$BATS_FILE_TMPDIR"; }

# How many copies of FILE make BYTES.
copies() { echo $(( (BYTES + $(wc -c < "$1") - 1) / $(wc -c < "$1") )); }

# FILE repeated to BYTES on standard output.
stream() { yes "$1" | head -n "$(copies "$1")" | xargs cat; }

# Runs FILTER over the stream of UNIT; the output's size and checksum go to
# got, the peak RSS (KB) to rss.
run_long() {
    local unit=$1
    shift
    stream "$unit" | /usr/bin/time -f '%M' -o rss "$@" | { wc -c; } > got
}

@test "long: decode over 1 GB of UTF-8 writes the unit's output, repeated, in constant memory" {
    run_long unit.raw decode -h
    [ "$(cat got)" -eq $(($(wc -c < unit.decoded) * $(copies unit.raw))) ] || fail "$(cat got) bytes out"
    [ "$(cat rss)" -lt 16000 ] || fail "peak RSS $(cat rss) KB"
}

@test "long: t2s over 1 GB writes the unit's output, repeated" {
    run_long unit.txt t2s
    [ "$(cat got)" -eq $(($(wc -c < unit.simplified) * $(copies unit.txt))) ] || fail "$(cat got) bytes out"
    [ "$(cat rss)" -lt 64000 ] || fail "peak RSS $(cat rss) KB"
}

@test "long: strip-boilerplate over 1 GB writes the unit's output, repeated" {
    strip-boilerplate unit.simplified > unit.stripped
    run_long unit.simplified strip-boilerplate
    [ "$(cat got)" -eq $(($(wc -c < unit.stripped) * $(copies unit.simplified))) ] || fail "$(cat got) bytes out"
    [ "$(cat rss)" -lt 32000 ] || fail "peak RSS $(cat rss) KB"
}

@test "long: split-sections over 1 GB writes the unit's records, repeated" {
    run_long unit.simplified split-sections
    # one header line for the whole stream
    header=$(head -1 unit.tsv | wc -c)
    [ "$(cat got)" -eq $(( ($(wc -c < unit.tsv) - header) * $(copies unit.simplified) + header)) ] ||
        fail "$(cat got) bytes out"
    [ "$(cat rss)" -lt 16000 ] || fail "peak RSS $(cat rss) KB"
}

@test "long: extract-numbers over 1 GB of sections writes the unit's quantities, repeated" {
    tail -n +2 unit.tsv > unit.sections-body
    { head -1 unit.tsv; stream unit.sections-body; } | /usr/bin/time -f '%M' -o rss extract-numbers | wc -c > got
    header=$(head -1 unit.numbers | wc -c)
    [ "$(cat got)" -eq $(( ($(wc -c < unit.numbers) - header) * $(copies unit.sections-body) + header)) ] ||
        fail "$(cat got) bytes out"
    [ "$(cat rss)" -lt 16000 ] || fail "peak RSS $(cat rss) KB"
}

@test "long: to-csv over 1 GB of TSV writes a record for every line" {
    tail -n +2 unit.numbers > unit.numbers-body
    { head -1 unit.numbers; stream unit.numbers-body; } | /usr/bin/time -f '%M' -o rss to-csv |
        csv-fields --csv /dev/stdin | grep -c '^--$' > got
    [ "$(cat got)" -eq $(( $(wc -l < unit.numbers-body) * $(copies unit.numbers-body) + 1)) ] || fail "$(cat got) records"
    [ "$(cat rss)" -lt 16000 ] || fail "peak RSS $(cat rss) KB"
}
