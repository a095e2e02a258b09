#!/usr/bin/env bats
# End to end: the example corpus through the Makefile pipeline, and through
# one process for the whole corpus.

load helper

setup() {
    # The make that runs the tests (make -s check) must not make ours silent.
    unset MAKEFLAGS MFLAGS MAKELEVEL
    cp -r "$TOP/examples" "$BATS_TEST_TMPDIR/examples"
    cd "$BATS_TEST_TMPDIR/examples"
    rm -rf clean
}

@test "pipeline: make turns every raw page into clean Simplified text" {
    run make -s ZP_BIN="$ZP_BIN"
    assert_success
    [ "$(ls clean | wc -l)" -eq "$(ls raw | wc -l)" ]
    for file in clean/*; do
        assert_text_stream "$file"
    done
    grep -q '北区街道推行「党员责任区」' clean/2022-03-08-beiqu.txt
    ! grep -q '黨' clean/*
    grep -q '南岸区网格化管理实现全覆盖' clean/2020-11-02-nanan.txt
    grep -q '河西镇：村级集体经济年收入全部超过20万元' clean/2023-06-01-hexi.txt
}

@test "pipeline: make rebuilds only what a touched page changes" {
    touch -d '2000-01-01' raw/*
    make -s ZP_BIN="$ZP_BIN" 2> /dev/null
    sleep 1 # for file systems that keep whole seconds
    touch raw/2023-06-01-hexi.txt
    run make ZP_BIN="$ZP_BIN"
    assert_success
    assert_equal "$(grep -c 'decode -h' <<< "$output")" 1
    assert_output --partial 'raw/2023-06-01-hexi.txt'
}

@test "pipeline: one process for the corpus gives what file by file gives" {
    make -s ZP_BIN="$ZP_BIN"
    for file in raw/*; do
        printf '\f%s\n' "$file"
        cat "clean/${file#raw/}"
    done > by-file.txt
    decode raw/* 2> /dev/null | t2s | strip-boilerplate > one-process.txt
    cmp by-file.txt one-process.txt
}

@test "pipeline: the sections of the corpus in one process are the sections file by file" {
    make -s ZP_BIN="$ZP_BIN"
    { head -1 sections/2021-05-12-donghu.txt.tsv; for file in sections/*.tsv; do tail -n +2 "$file"; done; } > by-file.tsv
    decode raw/* 2> /dev/null | t2s | strip-boilerplate | split-sections > one-process.tsv
    cmp by-file.tsv one-process.tsv
    grep -q $'\theading\t' one-process.tsv
}
