#!/usr/bin/env bats
# make check-long: every filter on every input shape that could make its
# cost grow faster than its input (bench/scaling), at 1 and 16 MB.  The time
# per MB at 16 MB may be at most three times that at 1 MB, and the peak
# memory what the filter documents: a few MB whatever the input, a line or
# a document's size where a line or a document must be held.

load ../helper

@test "scaling: no filter's time per MB grows past 3x from 1 to 16 MB on any shape, nor its memory past what it documents" {
    run env ZP_BIN="$ZP_BIN" ZP_SCALING_LIMIT=3 "$TOP/bench/scaling" -s "1 16" -c
    [ "$status" -eq 0 ] || fail "$output"
    # every filter was measured
    for f in $FILTERS; do
        grep -q "^$f " <<< "$output" || fail "$f not measured: $output"
    done
}
