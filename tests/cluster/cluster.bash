# Shared by the tests of make check-cluster: daemons started as root in a
# temporary folder DIR, each recorded by its PID in DIR/daemons and stopped
# by that PID alone, so that nothing else on the machine is touched; the
# TCP ports they were given are listed in DIR/ports.  tests/cluster/run sources it
# too, to stop what a killed bats left.

# free_port DIR: a TCP port that nothing listens on or connects from, below
# the range the kernel hands out to clients, added to DIR/ports so that no
# later pick takes it again.
free_port() {
    local dir=$1 port
    while :; do
        port=$((20000 + RANDOM % 12000))
        grep -qx "$port" "$dir/ports" 2> /dev/null && continue
        [ -z "$(ss -Htan "sport = :$port or dport = :$port")" ] || continue
        echo "$port" >> "$dir/ports"
        echo "$port"
        return
    done
}

# wait_until SECONDS COMMAND...: runs COMMAND every 0.2 s until it succeeds;
# fails after SECONDS.
wait_until() {
    local tries=$(($1 * 5))
    shift
    until "$@" 2> /dev/null; do
        tries=$((tries - 1))
        [ "$tries" -gt 0 ] || return 1
        sleep 0.2
    done
}

# Whether process PID runs: a zombie has ended, though its parent (init,
# for a daemon) may not have read its status yet.
running() {
    local state
    state=$(awk '{ print $3 }' "/proc/$1/stat" 2> /dev/null) && [ "$state" != Z ]
}
not_running() { ! running "$1"; }

# record_daemon DIR NAME PID_FILE: waits for the daemon NAME to write its PID
# to PID_FILE, then adds `NAME PID` to DIR/daemons, which is what stops it:
# a daemon removes its PID file when it ends.
record_daemon() {
    local dir=$1 name=$2 file=$3 pid
    wait_until 10 test -s "$file" || return 1
    pid=$(tr -dc 0-9 < "$file")
    [ "$(cat "/proc/$pid/comm" 2> /dev/null)" = "$name" ] || return 1
    echo "$name $pid" >> "$dir/daemons"
}

# Whether the process PID runs and is the daemon NAME: a PID that the system
# has given to another process since is not ours to stop.
is_daemon() {
    running "$2" && [ "$(cat "/proc/$2/comm" 2> /dev/null)" = "$1" ]
}

# stop_daemons DIR: every daemon recorded in DIR/daemons, last started first,
# by its PID: TERM, then KILL after 10 s.  Does nothing for one that has
# stopped, so that it can run again after a failure.
stop_daemons() {
    local name pid
    [ -f "$1/daemons" ] || return 0
    tac "$1/daemons" | while read -r name pid; do
        is_daemon "$name" "$pid" || continue
        kill -TERM "$pid" 2> /dev/null
        wait_until 10 not_running "$pid" || kill -KILL "$pid" 2> /dev/null
        wait_until 5 not_running "$pid"
    done
    # the folder sshd wants, when start_sshd made it
    if [ -e "$1/ssh/made-run-sshd" ]; then
        rmdir /run/sshd 2> /dev/null
        rm -f "$1/ssh/made-run-sshd"
    fi
}

# The processes named NAME that run (not zombies), one PID a line.
running_named() {
    local name
    for name in "$@"; do
        pgrep -r D,I,R,S,T,t -x "$name"
    done | sort -n
}

# assert_nothing_left DIR NAME...: after stop_daemons DIR, no daemon of DIR
# runs, no process named NAME runs that was not running before
# (DIR/before, from running_named), and no port of DIR/ports is listened
# on.
assert_nothing_left() {
    local dir=$1 name pid port left
    shift
    while read -r name pid; do
        ! running "$pid" || fail "$name (PID $pid) still runs"
    done < "$dir/daemons"
    left=$(comm -13 "$dir/before" <(running_named "$@"))
    [ -z "$left" ] || fail "left running: $(ps -o pid=,args= -p "$(echo $left | tr ' ' ,)")"
    while read -r port; do
        [ -z "$(ss -Hltn "sport = :$port")" ] || fail "port $port is still listened on: $(ss -Hltnp "sport = :$port")"
    done < "$dir/ports"
}

# start_munge DIR: munged on a socket in DIR, with a key of its own.
start_munge() {
    local dir=$1
    mkdir -p "$dir/munge"
    chmod 700 "$dir/munge"
    head -c 1024 /dev/urandom > "$dir/munge/munge.key"
    chmod 400 "$dir/munge/munge.key"
    munged --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/socket" \
        --pid-file="$dir/munged.pid" --log-file="$dir/munge/munged.log" \
        --seed-file="$dir/munge/munged.seed" || return 1
    record_daemon "$dir" munged "$dir/munged.pid"
}

# start_slurm DIR: a cluster of this one machine, slurmctld and slurmd with
# their configuration, state, spool, logs and PID files in DIR, the node's
# processors and memory read from the machine, authenticated by the munged
# of DIR; exports SLURM_CONF for sbatch and the other commands.  Returns
# once the node takes jobs.
start_slurm() {
    local dir=$1 node memory
    node=$(hostname -s)
    # less than the machine has, since slurmd refuses a node that claims
    # more memory than it finds; the address given, so that nothing depends
    # on the machine's name resolving
    memory=$(awk '/^MemTotal:/ { print int($2 / 1024) - 1024 }' /proc/meminfo)
    mkdir -p "$dir/slurm/state" "$dir/slurm/spool"
    cat > "$dir/slurm/slurm.conf" <<CONF
ClusterName=zhpipe-check
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$(free_port "$dir")
SlurmdPort=$(free_port "$dir")
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/socket
StateSaveLocation=$dir/slurm/state
SlurmdSpoolDir=$dir/slurm/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurm/slurmctld.log
SlurmdLogFile=$dir/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
NodeName=$node NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
    export SLURM_CONF=$dir/slurm/slurm.conf
    slurmctld -f "$SLURM_CONF" -c -i || return 1
    record_daemon "$dir" slurmctld "$dir/slurmctld.pid" || return 1
    slurmd -f "$SLURM_CONF" || return 1
    record_daemon "$dir" slurmd "$dir/slurmd.pid" || return 1
    wait_until 30 node_idle "$node"
}

node_idle() {
    [ "$(sinfo -h -n "$1" -o %t)" = idle ]
}

# cancel_jobs DIR: every job of the cluster of DIR, waiting until none is
# left, so that no job's processes outlive slurmd.  Nothing to do when its
# slurmctld does not run (the commands would wait for it to answer).
cancel_jobs() {
    local name pid
    read -r name pid < <(grep '^slurmctld ' "$1/daemons" 2> /dev/null) || return 0
    is_daemon "$name" "$pid" || return 0
    scancel --quiet --user="$(id -un)"
    wait_until 30 eval '[ -z "$(squeue -h)" ]'
}

# start_sshd DIR PATH: sshd on 127.0.0.1 at a free port, with a host key and
# a user key made for this run alone.  Its sessions start in DIR/lab-home,
# as on another machine, and have PATH, the filters' folder first, as if
# zhpipe were installed there.  Writes DIR/ssh/config, for ssh -F, with the
# hosts lab1 and lab2: two logins to this sshd.
start_sshd() {
    local dir=$1 path=$2 port
    port=$(free_port "$dir")
    mkdir -p "$dir/ssh" "$dir/lab-home"
    chmod 700 "$dir/ssh"
    ssh-keygen -q -t ed25519 -N '' -C zhpipe-check-host -f "$dir/ssh/host_key" || return 1
    ssh-keygen -q -t ed25519 -N '' -C zhpipe-check-user -f "$dir/ssh/user_key" || return 1
    cp "$dir/ssh/user_key.pub" "$dir/ssh/authorized_keys"
    printf '[127.0.0.1]:%s %s\n' "$port" "$(cut -d' ' -f1,2 "$dir/ssh/host_key.pub")" > "$dir/ssh/known_hosts"
    cat > "$dir/ssh/sshd_config" <<CONF
ListenAddress 127.0.0.1
Port $port
HostKey $dir/ssh/host_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/ssh/authorized_keys
AuthenticationMethods publickey
PermitRootLogin prohibit-password
UsePAM no
# the keys are in a temporary folder, which sshd would find too open
StrictModes no
SetEnv PATH=$path
# what the client asks for, in a folder of its own, as on another machine
ForceCommand cd $dir/lab-home && exec /bin/bash -c "\$SSH_ORIGINAL_COMMAND"
CONF
    cat > "$dir/ssh/config" <<CONF
Host lab1 lab2
    HostName 127.0.0.1
    Port $port
    User $(id -un)
    IdentityFile $dir/ssh/user_key
    IdentitiesOnly yes
    UserKnownHostsFile $dir/ssh/known_hosts
    GlobalKnownHostsFile /dev/null
    StrictHostKeyChecking yes
    BatchMode yes
CONF
    # the folder for privilege separation, which the package makes at boot
    if [ ! -d /run/sshd ]; then
        mkdir -m 755 /run/sshd && touch "$dir/ssh/made-run-sshd"
    fi
    /usr/sbin/sshd -f "$dir/ssh/sshd_config" -E "$dir/ssh/sshd.log" || return 1
    record_daemon "$dir" sshd "$dir/sshd.pid" || return 1
    wait_until 10 ssh -F "$dir/ssh/config" lab1 true
}

# The example pages in ./raw, with a third copy of one article added last
# (2024-12-01-hexi-again.txt), while the article stands third: only a pass
# across batches or shards can find it.  Their paths, sorted, in files.txt.
copy_corpus() {
    cp -r "$TOP/examples/raw" raw
    cp raw/2023-06-01-hexi.txt raw/2024-12-01-hexi-again.txt
    find raw -type f | sort > files.txt
}

# For setup_file: the tests of a file in turn, as they share one cluster;
# its folder in $ZP_CLUSTER (named after NAME), an empty list of the ports
# it takes, and the processes of the DAEMON names running before it, which
# stop_daemons leaves alone.
open_cluster() {
    local name=$1
    shift
    export BATS_NO_PARALLELIZE_WITHIN_FILE=true
    export ZP_CLUSTER
    ZP_CLUSTER=$(mktemp -d "${ZP_CLUSTER_ROOT:-/tmp}/$name.XXXXXX")
    : > "$ZP_CLUSTER/ports"
    running_named "$@" > "$ZP_CLUSTER/before"
}
