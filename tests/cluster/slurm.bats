#!/usr/bin/env bats
# make check-cluster: examples/slurm on a real Slurm cluster of this one
# machine (munged, slurmctld and slurmd, started as root for this file and
# stopped by their PIDs).

load ../helper
load cluster
TOP=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)

setup_file() {
    open_cluster slurm munged slurmctld slurmd slurmstepd
    start_munge "$ZP_CLUSTER"
    start_slurm "$ZP_CLUSTER"
}

teardown_file() {
    cancel_jobs "$ZP_CLUSTER"
    stop_daemons "$ZP_CLUSTER"
    rm -rf "$ZP_CLUSTER"
}

setup() {
    cd "$BATS_TEST_TMPDIR"
    copy_corpus
}

one_process() {
    decode raw/* 2> /dev/null | t2s | strip-boilerplate | dedup-docs "$@" | split-sections | extract-numbers
}

# submit_example FILE_LIST OUT: examples/slurm/submit over 4 shards; sets
# array and final to the job array's ID and the merge's.
submit_example() {
    run env SHARDS=4 PARTITION=debug TIME_LIMIT=10:00 "$TOP/examples/slurm/submit" "$@"
    assert_success
    array=$(sed -n 's/.* job array \([0-9]*\),.*/\1/p' <<< "$output")
    final=$(sed -n 's/.* then job \([0-9]*\) merges it$/\1/p' <<< "$output")
    [ -n "$array" ] && [ -n "$final" ]
}

# The state of each of the jobs (each task of an array), one a line.
job_states() {
    scontrol show job -o "$1" | grep -o 'JobState=[A-Z_]*' | cut -d= -f2
}

jobs_ended() {
    [ -z "$(squeue -h -j "$1" 2> /dev/null)" ]
}

@test "slurm: the job array over the example corpus in 4 shards, merged, gives the one-process pipeline's records" {
    one_process > one-process.tsv
    submit_example files.txt out
    wait_until 120 jobs_ended "$array,$final"
    assert_equal "$(job_states "$array")" "$(printf 'COMPLETED\n%.0s' 1 2 3 4)"
    assert_equal "$(job_states "$final")" COMPLETED
    # four runs of the list, in its order
    assert_equal "$(cat out/batches/{1,2,3,4}.files)" "$(cat files.txt)"
    # the copy's records are in its shard's table, and only the merge
    # leaves them out
    grep -qx raw/2023-06-01-hexi.txt out/batches/3.files
    grep -q '^raw/2024-12-01-hexi-again.txt' out/batches/4.tsv
    ! grep -q 'hexi-again\|hexi-portal\|donghu-mirror' out/numbers.tsv
    # the same records as one process, up to order, under one header
    assert_equal "$(head -n 1 out/numbers.tsv)" "$(head -n 1 one-process.tsv)"
    cmp <(tail -n +2 one-process.tsv | sort) <(tail -n +2 out/numbers.tsv | sort)
    [ "$(wc -l < out/numbers.tsv)" -gt 100 ]
    # and in the list's order too, since each shard is a run of it
    cmp one-process.tsv out/numbers.tsv
    to-csv one-process.tsv | cmp - out/numbers.csv
    # the documents left out are those one dedup-docs lists
    decode raw/* 2> /dev/null | t2s | strip-boilerplate | dedup-docs -l | sort > one-process-repeats.tsv
    sort out/repeats.tsv | cmp one-process-repeats.tsv -
    grep -q $'^raw/2024-12-01-hexi-again.txt\traw/2023-06-01-hexi.txt\t' out/repeats.tsv
    # a workbook with the table as its one sheet, named numbers
    python3 - <<'PY'
import zipfile
book = zipfile.ZipFile('out/numbers.xlsx')
assert 'xl/worksheets/sheet1.xml' in book.namelist()
assert 'xl/worksheets/sheet2.xml' not in book.namelist()
assert b'name="numbers"' in book.read('xl/workbook.xml')
PY
    grep -q "^merge: 4 batches, 3 documents left out as repeats, $(($(wc -l < one-process.tsv) - 1)) records" \
        "out/logs/merge-$final.out"
}

@test "slurm: a task whose input cannot be read fails, and the merge refuses with a message" {
    # a page of the second shard, gone after the list was made
    gone=$(sed -n 9p files.txt)
    rm "$gone"
    submit_example files.txt out
    grep -qx "$gone" out/batches/2.files
    wait_until 120 jobs_ended "$array,$final"
    assert_equal "$(job_states "$array" | sort | uniq -c | awk '{ print $2, $1 }')" "$(printf 'COMPLETED 3\nFAILED 1')"
    assert_equal "$(job_states "${array}_2")" FAILED
    assert_equal "$(job_states "$final")" FAILED
    grep -qx "shard: $gone: not a readable file" "out/logs/${array}_2.out"
    run cat "out/logs/merge-$final.out"
    assert_line "merge: batch 2 did not finish: its task failed, was cancelled or never ran; see $PWD/out/logs/${array}_2.out"
    assert_line 'merge: 1 of 4 batches unfinished; nothing merged'
    [ ! -e out/numbers.tsv ] && [ ! -e out/numbers.csv ] && [ ! -e out/numbers.xlsx ]
    [ ! -e out/batches/2.tsv ]
}

@test "slurm: the daemons stop by their recorded PIDs, leaving no process or listening port" {
    cancel_jobs "$ZP_CLUSTER"
    stop_daemons "$ZP_CLUSTER"
    assert_nothing_left "$ZP_CLUSTER" munged slurmctld slurmd slurmstepd
}
