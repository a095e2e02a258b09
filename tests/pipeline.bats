#!/usr/bin/env bats
# End to end: the example corpus through the Makefile pipeline, and through
# one process for the whole corpus.

load helper

# The corpus is built once for the file: each test starts from a copy of
# the built examples (timestamps kept), and one that must build for itself
# cleans first.
setup_file() {
    # The make that runs the tests (make -s check) must not make ours silent.
    unset MAKEFLAGS MFLAGS MAKELEVEL
    cp -r "$TOP/examples" "$BATS_FILE_TMPDIR/examples"
    cd "$BATS_FILE_TMPDIR/examples"
    # whatever a run in the checkout left, as a clean clone has it
    make -s clean > /dev/null
    make -s ZP_BIN="$ZP_BIN" > build.log 2>&1 || true
}

setup() {
    unset MAKEFLAGS MFLAGS MAKELEVEL
    cp -a "$BATS_FILE_TMPDIR/examples" "$BATS_TEST_TMPDIR/examples"
    cd "$BATS_TEST_TMPDIR/examples"
}

# The whole job for raw/ in one process.
one_process() {
    decode raw/* 2> /dev/null | t2s | strip-boilerplate | dedup-docs | split-sections | extract-numbers
}

# The same without dedup-docs: every copy of a reposted page counted, as a
# pipeline run on part of the corpus at a time gives.
every_copy() {
    decode raw/* 2> /dev/null | t2s | strip-boilerplate | split-sections | extract-numbers
}

@test "pipeline: make turns every raw page into clean Simplified text" {
    run make -s ZP_BIN="$ZP_BIN"
    assert_success
    [ "$(ls clean | wc -l)" -eq "$(ls raw | wc -l)" ]
    [ "$(ls raw | wc -l)" -ge 26 ]
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
    assert_equal "$(grep -c '/split-sections >' <<< "$output")" 1
    assert_equal "$(grep -c '/extract-numbers "' <<< "$output")" 1
    assert_output --partial 'raw/2023-06-01-hexi.txt'
    # and the three CSV files that gather every page
    assert_equal "$(grep -c '/to-csv ' <<< "$output")" 3
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
    { head -1 sections/2021-05-12-donghu.tsv; for file in sections/*.tsv; do tail -n +2 "$file"; done; } > by-file.tsv
    decode raw/* 2> /dev/null | t2s | strip-boilerplate | split-sections > one-process.tsv
    cmp by-file.tsv one-process.tsv
    grep -q $'\theading\t' one-process.tsv
}

@test "pipeline: make finds the two reposts of the corpus and leaves them out of the CSV files" {
    make -s ZP_BIN="$ZP_BIN"
    assert_equal "$(cut -f1,2 duplicates.tsv)" "$(printf '%s\t%s\n' doc kept_doc \
        raw/2021-05-14-donghu-mirror.txt raw/2021-05-12-donghu.txt \
        raw/2023-06-02-hexi-portal.txt raw/2023-06-01-hexi.txt)"
    ! grep -q 'donghu-mirror\|hexi-portal' numbers.csv sections.csv
    grep -q '^raw/2021-05-12-donghu.txt,' numbers.csv
    grep -q '^raw/2023-06-01-hexi.txt,' sections.csv
    run make -s ZP_BIN="$ZP_BIN" demo
    assert_output --partial 'documents: 26, of which 2 repeat an earlier one:'
    assert_output --partial '2021-05-14-donghu-mirror.txt repeats 2021-05-12-donghu.txt'
}

@test "pipeline: numbers.csv from make is the one-process pipeline's, to-csv included" {
    make -s ZP_BIN="$ZP_BIN"
    one_process | to-csv > one-process.csv
    cmp numbers.csv one-process.csv
    [ "$(wc -l < numbers.csv)" -gt 100 ]
    # a page with a space and Chinese in its name went all the way through
    grep -q '^raw/2024-03-15 城西街道.txt,' numbers.csv
    [ "$(head -1 sections.csv)" = doc,section,level,parent,para,kind,text ]
}

@test "pipeline: meta.csv has a row for every page, named as numbers.csv names it, and joins it on doc" {
    make -s ZP_BIN="$ZP_BIN"
    [ "$(head -1 meta.csv)" = doc,title,date,source,author ]
    [ "$(($(wc -l < meta.csv) - 1))" -eq "$(ls raw | wc -l)" ]
    # every document of the numbers has its metadata row
    comm -23 <(tail -n +2 numbers.csv | cut -d, -f1 | sort -u) <(tail -n +2 meta.csv | cut -d, -f1 | sort -u) > missing.txt
    [ ! -s missing.txt ] || fail "no metadata for $(cat missing.txt)"
    grep -q '^raw/2021-05-12-donghu.txt,.*,2021-05-12,,王某;赵某$' meta.csv
    grep -q '^"raw/2024-03-15 城西街道.txt",\|^raw/2024-03-15 城西街道.txt,' meta.csv
    # a join a user types gives each quantity its page's date
    if command -v mlr > /dev/null; then
        mlr --icsv --ocsv join -j doc -f meta.csv numbers.csv > joined.csv
        [ "$(wc -l < joined.csv)" -eq "$(wc -l < numbers.csv)" ]
        [ "$(mlr --icsv --ocsv --headerless-csv-output filter '$doc == "raw/2021-05-12-donghu.txt"' then cut -f date \
            then head -n 1 joined.csv)" = 2021-05-12 ]
    fi
}

@test "pipeline: make -j4 gives the same files as make" {
    make -s clean > /dev/null
    make -s -j4 ZP_BIN="$ZP_BIN"
    cp numbers.csv parallel.csv
    make -s clean > /dev/null
    make -s ZP_BIN="$ZP_BIN"
    cmp numbers.csv parallel.csv
}

@test "pipeline: GNU parallel over a file list gives every copy's records, up to order" {
    # each batch sees part of the corpus: reposts across batches stay
    every_copy | tail -n +2 | sort > one-process.tsv
    find raw -type f -print0 |
        parallel -0 -X -j+0 'decode -H {} 2> /dev/null | t2s | strip-boilerplate -j 1 | split-sections | extract-numbers | tail -n +2' |
        sort > parallel.tsv
    cmp one-process.tsv parallel.tsv
    [ "$(wc -l < parallel.tsv)" -gt 100 ]
}

# The mapper as Hadoop Streaming runs it: copied alone into a task's empty
# folder, the filters installed on PATH, file paths on stdin.
run_mapper_task() {
    mkdir -p "task$1"
    cp mapper "task$1/"
    (cd "task$1" && PATH="$2" ./mapper) < "files$1.txt" > "part$1.tsv" 2> "err$1.txt"
}

@test "pipeline: the cluster mapper, copied alone with the filters on PATH, gives every copy's records" {
    # a map task sees only its own pages: reposts are counted per copy
    every_copy | tail -n +2 > one-process.tsv
    # two map tasks, each given half of the file list (absolute paths, as a
    # shared file system gives them), as a cluster would
    find "$PWD/raw" -type f | sort > files.txt
    head -n 12 files.txt > files1.txt
    tail -n +13 files.txt > files2.txt
    run_mapper_task 1 "$ZP_BIN:/usr/bin:/bin"
    run_mapper_task 2 "$ZP_BIN:/usr/bin:/bin"
    cat part1.tsv part2.tsv | sed "s|^$PWD/||" > mapped.tsv
    cmp one-process.tsv mapped.tsv
    [ "$(wc -l < mapped.tsv)" -gt 100 ]
}

@test "pipeline: the mapper fails loudly without a filter on PATH, or on an unreadable path" {
    find "$PWD/raw" -type f | sort | head -n 3 > files1.txt
    # every filter but t2s
    mkdir partial-bin
    for f in decode strip-boilerplate split-sections extract-numbers; do ln -s "$ZP_BIN/$f" partial-bin/; done
    run -127 run_mapper_task 1 "$PWD/partial-bin:/usr/bin:/bin"
    grep -q '^mapper: t2s: not on PATH' err1.txt
    # a path that is not there, among good ones
    { cat files1.txt; echo "$PWD/raw/no-such-page.txt"; } > files2.txt
    run -1 run_mapper_task 2 "$ZP_BIN:/usr/bin:/bin"
    grep -q "^mapper: $PWD/raw/no-such-page.txt: not a readable file" err2.txt
    [ ! -s part2.tsv ]
    # a stage that fails in the middle of the pipeline
    mkdir failing-bin
    for f in decode t2s split-sections extract-numbers; do ln -s "$ZP_BIN/$f" failing-bin/; done
    printf '#!/bin/sh\nexit 3\n' > failing-bin/strip-boilerplate
    chmod +x failing-bin/strip-boilerplate
    run -3 run_mapper_task 1 "$PWD/failing-bin:/usr/bin:/bin"
    grep -q '^mapper: a stage of the pipeline failed' err1.txt
}

@test "pipeline: two shards, deduplicated each with signatures and then against the one before, give one process's records" {
    one_process > one-process.tsv
    find raw -type f | sort > files.txt
    head -n 18 files.txt > shard.1
    tail -n +19 files.txt > shard.2
    for i in 1 2; do
        xargs -d '\n' decode -H < "shard.$i" 2> /dev/null | t2s | strip-boilerplate -j 1 |
            dedup-docs --signatures "sig.$i" > "once.$i"
    done
    { cat once.1; dedup-docs --seen sig.1 once.2; } | split-sections | extract-numbers > sharded.tsv
    cmp one-process.tsv sharded.tsv
    # one repost is in its original's shard, the other in the next
    [ "$(grep -c 'donghu' shard.1)" -eq 2 ]
    [ "$(tail -1 shard.1)" = raw/2023-06-01-hexi.txt ]
    [ "$(head -1 shard.2)" = raw/2023-06-02-hexi-portal.txt ]
    dedup-docs -l --seen sig.1 once.2 | grep -q $'^raw/2023-06-02-hexi-portal.txt\traw/2023-06-01-hexi.txt\t'
}

# examples/slurm's task and final step, run by hand as Slurm would run them
# (tests/cluster/slurm.bats runs them under a real Slurm).
run_shard() {
    SLURM_ARRAY_TASK_ID=$1 ZHPIPE_BIN=$ZP_BIN slurm/shard out
}

@test "pipeline: the Slurm example's shards and merge, run by hand, give one process's records; the merge refuses a missing shard" {
    one_process > one-process.tsv
    find raw -type f | sort > files.txt
    mkdir -p out/batches
    sed -n 1,6p files.txt > out/batches/1.files
    sed -n 7,12p files.txt > out/batches/2.files
    sed -n 13,18p files.txt > out/batches/3.files
    sed -n '19,$p' files.txt > out/batches/4.files
    for k in 1 2 4; do
        run_shard "$k" 2> /dev/null
    done
    run -1 env ZHPIPE_BIN="$ZP_BIN" slurm/merge out
    assert_line 'merge: batch 3 did not finish: out/batches/3.tsv, 3.sig or 3.txt is missing'
    assert_line 'merge: 1 of 4 batches unfinished; nothing merged'
    [ ! -e out/numbers.tsv ] && [ ! -e out/repeats.tsv ]
    run_shard 3 2> /dev/null
    # hexi is the last page of shard 3, its repost the first of shard 4
    [ "$(tail -n 1 out/batches/3.files)" = raw/2023-06-01-hexi.txt ]
    grep -q '^raw/2023-06-02-hexi-portal.txt' out/batches/4.tsv
    run env ZHPIPE_BIN="$ZP_BIN" slurm/merge out
    assert_success
    cmp one-process.tsv out/numbers.tsv
    to-csv one-process.tsv | cmp - out/numbers.csv
    decode raw/* 2> /dev/null | t2s | strip-boilerplate | dedup-docs -l | sort > one-process-repeats.tsv
    sort out/repeats.tsv | cmp one-process-repeats.tsv -
}

@test "pipeline: a shard fails on a page it cannot read, or a stage that fails, and leaves no table" {
    find raw -type f | sort | head -n 3 > files.txt
    mkdir -p out/batches
    { cat files.txt; echo raw/no-such-page.txt; } > out/batches/1.files
    run -1 run_shard 1
    assert_output 'shard: raw/no-such-page.txt: not a readable file'
    cp files.txt out/batches/1.files
    mkdir failing-bin
    for f in decode t2s dedup-docs split-sections extract-numbers; do ln -s "$ZP_BIN/$f" failing-bin/; done
    printf '#!/bin/sh\nexit 3\n' > failing-bin/strip-boilerplate
    chmod +x failing-bin/strip-boilerplate
    SLURM_ARRAY_TASK_ID=1 ZHPIPE_BIN=$PWD/failing-bin run -3 slurm/shard out
    [ -z "$(ls out/batches | grep -v '^1.files$')" ]
}

@test "pipeline: the Slurm example's submit refuses a folder that holds a run, an empty list and a shard count that is no number" {
    find raw -type f | sort > files.txt
    mkdir -p out/batches
    run -1 slurm/submit files.txt out
    assert_output "submit: $PWD/out holds an earlier run (batches/); remove it or choose another folder"
    : > empty.txt
    run -1 slurm/submit empty.txt out2
    assert_output 'submit: empty.txt: no paths in it'
    SHARDS=four run -2 slurm/submit files.txt out3
    assert_output 'submit: SHARDS=four: not a positive number'
}

# What a user's tools make of the tables: python3's csv module, and pandas
# with its defaults where it is installed.
@test "pipeline: the tables read back with their keys distinct and value numeric, in csv and pandas" {
    make -s ZP_BIN="$ZP_BIN"
    python3 - <<'PY'
import csv
sections = list(csv.DictReader(open('sections.csv', encoding='utf-8', newline='')))
tsv = [line.rstrip('\n').split('\t') for line in open('sections.tsv', encoding='utf-8')][1:]
keys = {(r['doc'], r['section']) for r in sections}
assert keys == {(f[0], f[1]) for f in tsv}, 'section keys changed on the way'
# one key per heading, and one for each document's front matter
headings = sum(1 for f in tsv if f[5] == 'heading')
assert len(keys) == headings + len({f[0] for f in tsv}), (len(keys), headings)
for r in csv.DictReader(open('numbers.csv', encoding='utf-8', newline='')):
    for column in ('value', 'value_max'):
        if r[column]:
            float(r[column])
PY
    python3 -c 'import pandas' 2> /dev/null || return 0
    python3 - <<'PY'
import pandas
sections = pandas.read_csv('sections.csv')
numbers = pandas.read_csv('numbers.csv')
tsv = pandas.read_csv('sections.tsv', sep='\t', dtype=str, keep_default_na=False)
assert sections[['doc', 'section']].drop_duplicates().shape[0] == \
    tsv[['doc', 'section']].drop_duplicates().shape[0], 'section keys merged'
for column in ('section', 'level', 'parent', 'para'):
    assert pandas.api.types.is_integer_dtype(sections[column]), (column, sections[column].dtype)
for column in ('value', 'value_max'):
    assert pandas.api.types.is_numeric_dtype(numbers[column]), (column, numbers[column].dtype)
numbers['value'].sum()
# the points in time are all still there, as text
assert numbers['when'].notna().sum() == (numbers['kind'].isin(['date', 'year', 'time'])).sum()
PY
}
