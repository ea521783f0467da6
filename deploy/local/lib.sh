# Shared by deploy/local/*.sh and bin/newsroom: paths, JDK choice, PID files, readiness waits.
# shellcheck shell=bash

NEWSROOM_ROOT=${NEWSROOM_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
RUN_DIR=${NEWSROOM_RUN_DIR:-$NEWSROOM_ROOT/.run}
LOG_DIR=$RUN_DIR/logs
TEMURIN_25=/usr/lib/jvm/temurin-25-jdk-amd64

say() { printf '%s\n' "$*"; }
warn() { printf '%s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

# Prints a JDK home of at least the given major version: Temurin 25 first, then JAVA_HOME, then the java on PATH.
pick_jdk() {
    local min=$1 candidate
    for candidate in "$TEMURIN_25" "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent/bin/java)")")")"; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        if [ "$(java_major "$candidate")" -ge "$min" ] 2>/dev/null; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 1
}

pid_file() { printf '%s/%s.pid\n' "$RUN_DIR" "$1"; }

# Prints the PID recorded for a name when that process is alive and its command line contains the marker.
live_pid() {
    local name=$1 marker=$2 file pid
    file=$(pid_file "$name")
    [ -f "$file" ] || return 1
    pid=$(head -n1 "$file" 2>/dev/null | tr -dc '0-9')
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$marker" || return 1
    printf '%s\n' "$pid"
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

log_tail() {
    local file=$1
    warn "----- last lines of $file -----"
    tail -n 40 "$file" >&2 2>/dev/null || true
    warn "-----"
}

# wait_ready NAME PID TIMEOUT LOGFILE CHECK...: polls CHECK until it succeeds; fails fast with the log tail if PID dies.
wait_ready() {
    local name=$1 pid=$2 timeout=$3 logfile=$4
    shift 4
    local start=$SECONDS
    while ! "$@" >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null; then
            log_tail "$logfile"
            die "$name exited during start-up (pid $pid); full log: $logfile"
        fi
        if (( SECONDS - start >= timeout )); then
            log_tail "$logfile"
            die "$name not ready after ${timeout}s (pid $pid still running); full log: $logfile"
        fi
        sleep 1
    done
}

# Sends TERM to the PIDs, waits up to TIMEOUT seconds, then KILLs what is left.
terminate() {
    local timeout=$1 pid waited=0
    shift
    for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
    while (( waited < timeout * 10 )); do
        local alive=0
        for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        (( alive )) || return 0
        sleep 0.1
        waited=$((waited + 1))
    done
    for pid in "$@"; do kill -KILL "$pid" 2>/dev/null || true; done
}
