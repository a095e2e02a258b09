#!/usr/bin/env bats
# make check-cluster: README's GNU parallel recipes over ssh, for real: an
# sshd on 127.0.0.1, started as root for this file with keys made for it and
# stopped by its PID, serves the two lab machines, lab1 and lab2; the third
# login is the local one.

load ../helper
load cluster
TOP=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)

setup_file() {
    open_cluster ssh sshd ssh rsync
    start_sshd "$ZP_CLUSTER" "$ZP_BIN:/usr/bin:/bin"
    # parallel's ssh, to reach lab1 and lab2 with the keys of this file
    export PARALLEL_SSH="ssh -F $ZP_CLUSTER/ssh/config"
}

teardown_file() {
    stop_daemons "$ZP_CLUSTER"
    rm -rf "$ZP_CLUSTER"
}

setup() {
    cd "$BATS_TEST_TMPDIR"
    copy_corpus
    decode raw/* 2> /dev/null | t2s | strip-boilerplate | dedup-docs | split-sections | extract-numbers > one-process.tsv
}

# The merged tables hold the one-process pipeline's records, and the
# batches were run on every login.
assert_merged() {
    assert_equal "$(head -n 1 numbers.tsv)" "$(head -n 1 one-process.tsv)"
    cmp <(tail -n +2 one-process.tsv | sort) <(tail -n +2 numbers.tsv | sort)
    [ "$(wc -l < numbers.tsv)" -gt 100 ]
    to-csv one-process.tsv | cmp - numbers.csv
    [ -s numbers.xlsx ]
    # four batches of 7 pages or fewer, the copy in the last
    assert_equal "$(ls batches/*.tsv | wc -l)" 4
    grep -q '^raw/2024-12-01-hexi-again.txt' batches/4.tsv
    grep -q $'^raw/2024-12-01-hexi-again.txt\traw/2023-06-01-hexi.txt\t' repeats.tsv
    # a job on each login, each by its ssh for lab1 and lab2
    assert_equal "$(tail -n +2 jobs.tsv | cut -f2 | sort -u)" "$(printf ':\nlab1\nlab2')"
    assert_equal "$(tail -n +2 jobs.tsv | cut -f7 | sort -u)" 0
}

# readme_recipe N: README's Nth `parallel -a files.txt` command, through the
# merge after it, as this test runs it: jobs of 7 pages instead of 500, one
# at a time on lab1 and on lab2, a log of the jobs, and this checkout's
# merge.
readme_recipe() {
    awk -v n="$1" '/^    parallel -a files\.txt/ { k++ }
        k == n { print substr($0, 5) } k == n && /merge \.$/ { exit }' "$TOP/README.md" |
        sed -e 's/ -N 500 / -N 7 /' -e 's| -S 2/lab1,2/lab2,: | -S 1/lab1,1/lab2,: |' \
            -e 's|^parallel -a files.txt |&--joblog jobs.tsv |' \
            -e "s|~/zhpipe/examples/slurm/merge|$TOP/examples/slurm/merge|"
}

@test "parallel: README's recipe over ssh on a shared file system, two logins and the local one, gives the one-process pipeline's records" {
    recipe=$(readme_recipe 1)
    [[ $recipe == *' -N 7 -S 1/lab1,1/lab2,: --wd "$PWD" '*"$TOP/examples/slurm/merge ." ]]
    bash -c "$recipe"
    assert_merged
    # lab1 and lab2 worked here, not in the folder their logins start in
    [ -z "$(ls -A "$ZP_CLUSTER/lab-home")" ]
}

@test "parallel: README's recipe over ssh with --transferfile and --return, two logins and the local one, gives the one-process pipeline's records" {
    recipe=$(readme_recipe 2)
    [[ $recipe == *' -N 7 -S 1/lab1,1/lab2,: '*' --transferfile {} '*"$TOP/examples/slurm/merge ." ]]
    [[ $recipe != *--wd* ]]
    bash -c "$recipe"
    assert_merged
    # lab1 and lab2 got their pages over ssh, in the folder their logins
    # start in, which --cleanup emptied again
    [ "$(awk -F'\t' '$2 != ":" { sent += $5 } END { print sent }' jobs.tsv)" -gt 0 ]
    [ -z "$(ls -A "$ZP_CLUSTER/lab-home")" ]
    # and left the pages here alone
    assert_equal "$(find raw -type f | sort)" "$(cat files.txt)"
}

@test "parallel: in README's recipe, a job that fails stops parallel, and the merge does not run" {
    # a page that no machine has, in the second batch
    sed -i '9a raw/no-such-page.txt' files.txt
    run bash -c "$(readme_recipe 1)"
    assert_failure
    assert_output --partial 'decode: raw/no-such-page.txt: No such file or directory'
    [ ! -e numbers.tsv ] && [ ! -e numbers.csv ]
}

@test "parallel: sshd stops by its recorded PID, leaving no process or listening port" {
    stop_daemons "$ZP_CLUSTER"
    assert_nothing_left "$ZP_CLUSTER" sshd ssh rsync
}
