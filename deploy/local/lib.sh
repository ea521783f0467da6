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

## Containers (podman with runc, as ../shared/INFRA-NOTES.md "Containers" says)

CONTAINERS_CONF_FILE=$RUN_DIR/containers.conf

# Installs podman, runc and mmdebstrap when missing (Debian packages); idempotent.
install_container_tools() {
    local missing=() tool
    for tool in podman runc mmdebstrap; do command -v "$tool" >/dev/null || missing+=("$tool"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" = 0 ] || die "installing ${missing[*]} needs root (apt-get install -y ${missing[*]})"
    say "containers: installing ${missing[*]} (apt-get)"
    mkdir -p "$LOG_DIR"
    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"; } \
        >"$LOG_DIR/container-tools-install.log" 2>&1 \
        || { log_tail "$LOG_DIR/container-tools-install.log"; die "could not install ${missing[*]}"; }
}

# crun fails with hybrid cgroups here and podman's default ulimits exceed the hard nofile limit: runc, cgroupfs, ulimits.
write_containers_conf() {
    mkdir -p "$RUN_DIR"
    cat >"$CONTAINERS_CONF_FILE" <<'CONF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
CONF
}

# podman with the project's containers.conf.
pm() {
    [ -f "$CONTAINERS_CONF_FILE" ] || write_containers_conf
    CONTAINERS_CONF=$CONTAINERS_CONF_FILE podman "$@"
}

# Local JVM image of a service: the chart's JVM repository ("<repository>-jvm") under localhost/newsroom, its appVersion.
service_image() {
    local tag
    tag=$(sed -n 's/^appVersion: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$NEWSROOM_ROOT/deploy/helm/newsroom/Chart.yaml")
    printf 'localhost/newsroom/%s-jvm:%s\n' "$1" "$tag"
}

# Resident memory of a container's main process, in MiB.
container_rss_mib() {
    local pid
    pid=$(pm inspect -f '{{.State.Pid}}' "$1" 2>/dev/null) || return 1
    awk '/^VmRSS:/ {printf "%d\n", $2 / 1024}' "/proc/$pid/status" 2>/dev/null
}

## Browser tests (deploy/e2e's console tests drive Debian's Chromium through its ChromeDriver)

# Installs chromium and chromium-driver when /usr/bin/chromium or /usr/bin/chromedriver is missing; idempotent. Where
# they cannot be installed (not root, no package source) it only warns: the browser tests then skip and say why.
install_browser() {
    [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && return 0
    if [ "$(id -u)" != 0 ]; then
        warn "browser tests: /usr/bin/chromium or /usr/bin/chromedriver is missing and installing needs root (apt-get install -y chromium chromium-driver); they will skip"
        return 0
    fi
    say "browser tests: installing chromium and chromium-driver (apt-get)"
    mkdir -p "$LOG_DIR"
    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; } \
        >"$LOG_DIR/browser-install.log" 2>&1 \
        || { log_tail "$LOG_DIR/browser-install.log"; warn "could not install chromium and chromium-driver; the browser tests will skip"; }
}
