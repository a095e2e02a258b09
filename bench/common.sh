# Sourced by the bench scripts: timing beside a peer command.

# measure COMMAND [ARG]...: the fastest wall-clock seconds of three runs,
# then the peak RSS in KB of one more, output discarded.  Needs $tmp.
measure() {
    local best= seconds
    TIMEFORMAT=%R
    for run in 1 2 3; do
        seconds=$( { time "$@" > /dev/null; } 2>&1 )
        if [ -z "$best" ] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$seconds
        fi
    done
    /usr/bin/time -f '%M' -o "$tmp/rss" "$@" > /dev/null
    echo "$best $(cat "$tmp/rss")"
}

# mbs BYTES SECONDS: megabytes a second, one decimal.
mbs() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", (s > 0 ? b / 1e6 / s : 0) }'; }

# ratio PEER_SECONDS OUR_SECONDS: how many times faster we are, as 1.23x.
ratio() { awk -v p="$1" -v o="$2" 'BEGIN { printf "%.2fx", (o > 0 ? p / o : 0) }'; }

# cpu_once COMMAND [ARG]...: the CPU time of one run (user + system
# seconds), output discarded: on a shared machine a steadier measure than
# the wall clock, to compare two runs of one program.
cpu_once() {
    local TIMEFORMAT='%U %S'
    { time "$@" > /dev/null; } 2>&1 | awk '{ print $1 + $2 }'
}
