#!/usr/bin/env bash
# Starts and stops the suite's own services as local JVM processes (Quarkus fast-jar), same .run/ conventions as infra.sh.
# Usage: deploy/local/services.sh start|stop|status [article-service|extraction-service|gateway|gateway-2]...  (no name = all
# built ones; gateway-2 is a second gateway replica on port 8090 (NEWSROOM_GATEWAY_2_PORT), started only when named)
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ALL=(article-service extraction-service gateway)

service_port() {
    case $1 in
        gateway) echo 8080 ;;
        article-service) echo 8081 ;;
        extraction-service) echo 8082 ;;
        gateway-2) echo "${NEWSROOM_GATEWAY_2_PORT:-8090}" ;;
        *) die "unknown service '$1' (known: ${ALL[*]})" ;;
    esac
}

# The module a service runs from: a second replica runs the module of the first.
service_module() { printf '%s\n' "${1%-2}"; }

service_jar() { printf '%s/%s/target/quarkus-app/quarkus-run.jar\n' "$NEWSROOM_ROOT" "$(service_module "$1")"; }

# Ready when the health endpoint says UP; a service without the health extension counts as ready once its port answers.
service_ready() {
    local port=$1 code
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready" 2>/dev/null || true)
    [ "$code" = 200 ] || { [ "$code" = 404 ] && port_open 127.0.0.1 "$port"; }
}

build_service() {
    local name=$1 jdk
    jdk=$(pick_jdk 21) || die "$name: building needs a JDK >= 21 (Temurin 25 expected at $TEMURIN_25)"
    say "$name: building (mvn -B -q package -DskipTests -pl $name -am)"
    (cd "$NEWSROOM_ROOT" && JAVA_HOME=$jdk mvn -B -q package -DskipTests -pl "$name" -am) >"$LOG_DIR/$name-build.log" 2>&1 \
        || { log_tail "$LOG_DIR/$name-build.log"; die "$name: build failed"; }
}

start_service() {
    local name=$1 port jar pid jdk
    port=$(service_port "$name")
    jar=$(service_jar "$name")
    if pid=$(live_pid "$name" "$jar"); then
        say "$name: already running (pid $pid) on 127.0.0.1:$port"
        return 0
    fi
    port_open 127.0.0.1 "$port" && die "$name: port $port is taken by a process this script did not start"
    [ -f "$jar" ] || build_service "$(service_module "$name")"
    [ -f "$jar" ] || die "$name: $jar missing after the build"
    jdk=$(pick_jdk 21) || die "$name: needs a JDK >= 21"
    : >"$LOG_DIR/$name.log"
    (cd "$NEWSROOM_ROOT/$(service_module "$name")" && exec setsid nohup "$jdk/bin/java" ${NEWSROOM_SERVICE_JAVA_OPTS:--Xmx384m} \
        -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$jar" \
        >>"$LOG_DIR/$name.log" 2>&1 </dev/null) &
    pid=$!
    echo "$pid" >"$(pid_file "$name")"
    say "$name: started pid $pid, waiting for readiness on 127.0.0.1:$port"
    wait_ready "$name" "$pid" 120 "$LOG_DIR/$name.log" service_ready "$port"
    say "$name: ready on http://127.0.0.1:$port"
}

stop_service() {
    local name=$1 pid
    if pid=$(live_pid "$name" "$(service_jar "$name")"); then
        say "$name: stopping pid $pid"
        terminate 30 "$pid"
    else
        say "$name: not running from services.sh"
    fi
    rm -f "$(pid_file "$name")"
}

status_service() {
    local name=$1 port pid
    port=$(service_port "$name")
    if pid=$(live_pid "$name" "$(service_jar "$name")") && service_ready "$port"; then
        printf '%-19s UP    http://127.0.0.1:%s (pid %s)\n' "$name" "$port" "$pid"
    elif [ -n "${pid:-}" ]; then
        printf '%-19s START http://127.0.0.1:%s (pid %s, not ready)\n' "$name" "$port" "$pid"; return 1
    else
        printf '%-19s DOWN  http://127.0.0.1:%s\n' "$name" "$port"; return 1
    fi
}

main() {
    [ $# -ge 1 ] || die "usage: $0 start|stop|status [${ALL[*]}]..."
    local action=$1 name rc=0
    shift
    local names=("$@")
    if [ ${#names[@]} -eq 0 ]; then
        names=("${ALL[@]}")
        # a second gateway replica left running is stopped with the rest
        [ "$action" = stop ] && live_pid gateway-2 "$(service_jar gateway-2)" >/dev/null && names=(gateway-2 "${names[@]}")
    fi
    for name in "${names[@]}"; do service_port "$name" >/dev/null; done
    mkdir -p "$RUN_DIR" "$LOG_DIR"
    case $action in
        start) for name in "${names[@]}"; do start_service "$name"; done ;;
        stop) for name in "${names[@]}"; do stop_service "$name"; done ;;
        status) for name in "${names[@]}"; do status_service "$name" || rc=3; done ;;
        *) die "usage: $0 start|stop|status [${ALL[*]}]..." ;;
    esac
    return $rc
}

main "$@"
