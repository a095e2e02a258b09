#!/usr/bin/env bats
# Fault injection, in the style of jq's tests: tests/tools/faults.c, through
# LD_PRELOAD, makes the Nth read, write or close fail.  Whenever a fault is
# met, the filter must say what failed and exit non-zero: never 0 with
# partial output.  Every call is tried until the count passes the calls the
# run makes, which then must succeed.

load helper

setup() {
    [ -z "${ZP_VALGRIND:-}" ] || skip "valgrind does not take another LD_PRELOAD"
    cd "$BATS_TEST_TMPDIR"
    # enough text for several reads and, with headers, several writes
    repeat_docs 150 "$FIXTURES"/strip/s0*.txt "$FIXTURES"/numbers/n0*.txt > input.txt
    { head -1 "$FIXTURES/numbers/n01-counts.tsv"
      tail -n +2 -q "$FIXTURES"/numbers/n0*.tsv > records.tsv
      repeat_text 200 records.tsv; } > input.tsv
    # libxlsxwriter makes a few hundred small writes for any workbook, and
    # each fault is a run of its own: a short table is enough
    head -n 4 input.tsv > short.tsv
    # dedup-docs drops the copies above: after them, distinct documents of
    # Han characters drawn with a seed, so that it writes as much
    { cat input.txt
      perl -CS -e 'srand(1); for my $i (1 .. 400) {
          print "\fdistinct$i\n", map({ chr(0x4E00 + int(rand(0x5000))) } 1 .. 1000), "\n" }'
    } > input.dedup
}

input_for() {
    case $1 in
    to-csv) echo input.tsv ;;
    to-xlsx) echo short.tsv ;;
    dedup-docs) echo input.dedup ;;
    *) echo input.txt ;;
    esac
}

# Runs filter $1 with the Nth call $2 failing ($3), output to out.txt;
# FAULT_FROM limits the calls counted to those of one library.
run_fault() {
    run env LD_PRELOAD="$ZP_TOOLS/faults.so" ZP_FAULT="$2:$3" ZP_FAULT_IN="$1" \
        ZP_FAULT_FROM="${FAULT_FROM:-}" \
        ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
        bash -c "\"$1\" \"$(input_for "$1")\" > out.txt"
}

# Tries every call of kind $2 in filter $1; sets MET to how many faults were
# met.  Not run in $(...), where a failed assertion would not end the test.
try_every_call() {
    local f=$1 call=$2 n step=1
    # to-xlsx makes some two hundred writes through libxlsxwriter for any
    # workbook, each fault a run of its own: the plain pass tries every one,
    # the slower sanitized pass every fifth
    [ -z "${ZP_SANITIZED:-}" ] || [ "$f$call" != to-xlsxwrite ] || step=5
    MET=0
    for n in $(seq 1 "$step" 400); do
        run_fault "$f" "$call" "$n"
        if ! grep -q "^faults: $call call $n failed" <<< "$output"; then
            # past the last call: the run is whole
            [ "$status" -eq 0 ] || fail "$f, $call $n: no fault met, yet exit $status: $output"
            return
        fi
        MET=$((MET + 1))
        [ "$status" -ne 0 ] || fail "$f, $call call $n failed, yet exit 0: $output"
        [ "$status" -ne 86 ] || fail "$f, $call call $n: a sanitizer's report: $output"
        # the system's reason; or, for a write libxlsxwriter lost without
        # looking at it, to-xlsx's reading of the workbook back
        grep -v '^faults: ' <<< "$output" |
            grep -q "^$f: .*\(Input/output error\|No space left\|so a write failed\)" ||
            fail "$f, $call call $n: the failure is not told: $output"
    done
    fail "$f: more than 400 $call calls"
}

# Every call of kind $1 in every filter: at least two must be met each.
assert_every_call_told() {
    local f
    for f in $FILTERS; do
        try_every_call "$f" "$1"
        [ "$MET" -ge 2 ] || fail "$f: only $MET $1 calls"
    done
}

@test "faults: a failed read is told and the exit is non-zero, for every read of every filter" {
    assert_every_call_told read
}

@test "faults: a failed write is told and the exit is non-zero, for every write of every filter" {
    assert_every_call_told write
}

@test "faults: a failed write with ENOSPC names the full disk" {
    for f in $FILTERS; do
        # to-xlsx: the workbook's own file, not libxlsxwriter's temporary
        # ones, whose errors it drops (see the write test above)
        FAULT_FROM=
        [ "$f" != to-xlsx ] || FAULT_FROM=libminizip
        run_fault "$f" write 1:ENOSPC
        [ "$status" -eq 1 ] || fail "$f: exit $status"
        grep -q "^$f: .*No space left on device" <<< "$output" || fail "$f: $output"
    done
}

@test "faults: a failed close of an input file or of the output is told, exit non-zero" {
    assert_every_call_told close
}
