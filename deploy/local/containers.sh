#!/usr/bin/env bash
# Runs the suite's services as podman containers from the images of deploy/local/images.sh, against the local
# infrastructure: read-only root with a tmpfs /tmp, user 1001, every capability dropped, no new privileges.
# Usage: deploy/local/containers.sh start|stop|status|env [article-service|extraction-service|gateway]...  (no name = all)
#        (env prints each container's environment, NAME=VALUE a line, as `start` passes it)
#        deploy/local/containers.sh addresses   where this instance answers, as deploy/e2e's NEWSROOM_* settings
# Settings:
#   NEWSROOM_CONTAINER_PORT_BASE  gateway on BASE, article-service on BASE+1, extraction-service on BASE+2 (18080)
#   NEWSROOM_CONTAINER_INSTANCE   database newsroom_NAME, topics NAME.articles.*, consumer groups NAME-<service>
#                                 (containers): the containers never share work with services run as processes
# Host network (the infrastructure listens on 127.0.0.1 only), each service bound to 127.0.0.1 on its own port.
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ALL=(article-service extraction-service gateway)
PORT_BASE=${NEWSROOM_CONTAINER_PORT_BASE:-18080}
INSTANCE=${NEWSROOM_CONTAINER_INSTANCE:-containers}
READY_TIMEOUT=${NEWSROOM_CONTAINER_READY_TIMEOUT:-180}

container_name() { printf 'newsroom-%s-%s\n' "$INSTANCE" "$1"; }

container_port() {
    case $1 in
        gateway) echo "$PORT_BASE" ;;
        article-service) echo $((PORT_BASE + 1)) ;;
        extraction-service) echo $((PORT_BASE + 2)) ;;
        *) die "unknown service '$1' (known: ${ALL[*]})" ;;
    esac
}

# The settings of one service in this instance, as podman -e arguments.
service_env() {
    local name=$1
    printf '%s\n' -e QUARKUS_HTTP_HOST=127.0.0.1 -e "QUARKUS_HTTP_PORT=$(container_port "$name")" \
        -e "JDK_JAVA_OPTIONS=${NEWSROOM_CONTAINER_JAVA_OPTS:--Xmx384m -XX:+ExitOnOutOfMemoryError}"
    case $name in
        article-service)
            printf '%s\n' -e "NEWSROOM_DB_URL=jdbc:postgresql://127.0.0.1:5432/newsroom_$INSTANCE" ;;
        gateway)
            printf '%s\n' -e "NEWSROOM_ARTICLE_SERVICE_URL=http://127.0.0.1:$(container_port article-service)" \
                -e "NEWSROOM_EXTRACTION_SERVICE_URL=http://127.0.0.1:$(container_port extraction-service)" \
                -e "NEWSROOM_GATEWAY_ADMIN_EXTRACTION_GROUP=$INSTANCE-extraction-service" \
                -e "NEWSROOM_GATEWAY_ADMIN_SUBMITTED_TOPIC=$INSTANCE.articles.submitted" \
                -e "NEWSROOM_GATEWAY_ADMIN_DEAD_LETTER_TOPIC=$INSTANCE.articles.extraction-failed"
            return 0 ;;
    esac
    printf '%s\n' -e "NEWSROOM_CONSUMER_GROUP=$INSTANCE-$name" \
        -e "NEWSROOM_TOPICS_SUBMITTED=$INSTANCE.articles.submitted" \
        -e "NEWSROOM_TOPICS_EXTRACTED=$INSTANCE.articles.extracted" \
        -e "NEWSROOM_TOPICS_EXTRACTION_FAILED=$INSTANCE.articles.extraction-failed"
}

# What deploy/e2e (SuiteAddresses, RunningSuite) reads to drive this instance instead of the services run as processes.
e2e_addresses() {
    printf '%s\n' NEWSROOM_E2E_SERVICES=containers \
        "NEWSROOM_GATEWAY_URL=http://127.0.0.1:$(container_port gateway)" \
        "NEWSROOM_ARTICLE_SERVICE_URL=http://127.0.0.1:$(container_port article-service)" \
        "NEWSROOM_EXTRACTION_SERVICE_URL=http://127.0.0.1:$(container_port extraction-service)" \
        "NEWSROOM_DB_URL=jdbc:postgresql://127.0.0.1:5432/newsroom_$INSTANCE"
}

container_running() { [ "$(pm inspect -f '{{.State.Running}}' "$1" 2>/dev/null)" = true ]; }

health_ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/q/health/ready")" = 200 ]; }

now_ms() { date +%s%3N; }

start_container() {
    local name=$1 container port image env start elapsed
    container=$(container_name "$name")
    port=$(container_port "$name")
    image=$(service_image "$name")
    if container_running "$container"; then
        say "$name: container $container already running on 127.0.0.1:$port"
        return 0
    fi
    pm rm -f "$container" >/dev/null 2>&1 || true
    port_open 127.0.0.1 "$port" && die "$name: port $port is taken (set NEWSROOM_CONTAINER_PORT_BASE)"
    pm image exists "$image" || die "$name: no image $image (bin/newsroom images)"
    mapfile -t env < <(service_env "$name")
    start=$(now_ms)
    pm run -d --name "$container" --label io.newsroom.started-by=containers.sh \
        --network=host --read-only --tmpfs /tmp:rw,size=64m,mode=1777 \
        --user 1001:1001 --cap-drop=ALL --security-opt no-new-privileges \
        "${env[@]}" "$image" >/dev/null
    say "$name: container $container started, waiting for readiness on 127.0.0.1:$port"
    until health_ready "$port"; do
        if ! container_running "$container" || (( $(now_ms) - start > READY_TIMEOUT * 1000 )); then
            pm logs --tail 40 "$container" >&2 || true
            die "$name: container $container not ready (podman logs $container)"
        fi
        sleep 0.2
    done
    elapsed=$(( $(now_ms) - start ))
    say "$(printf '%s: ready in %d.%01d s (podman run to /q/health/ready 200), RSS %s MiB' "$name" \
        $((elapsed / 1000)) $((elapsed % 1000 / 100)) "$(container_rss_mib "$container")")"
}

stop_container() {
    local container
    container=$(container_name "$1")
    if pm container exists "$container"; then
        say "$1: stopping container $container"
        pm stop -t 20 "$container" >/dev/null && pm rm "$container" >/dev/null
    else
        say "$1: no container $container"
    fi
}

status_container() {
    local name=$1 container port
    container=$(container_name "$name")
    port=$(container_port "$name")
    if container_running "$container" && health_ready "$port"; then
        printf '%-19s UP    http://127.0.0.1:%s (container %s, RSS %s MiB)\n' "$name" "$port" "$container" \
            "$(container_rss_mib "$container")"
    else
        printf '%-19s DOWN  http://127.0.0.1:%s (container %s)\n' "$name" "$port" "$container"; return 1
    fi
}

main() {
    [ $# -ge 1 ] || die "usage: $0 start|stop|status|env [${ALL[*]}]..."
    local action=$1 name rc=0
    shift
    local names=("$@")
    [ ${#names[@]} -gt 0 ] || names=("${ALL[@]}")
    for name in "${names[@]}"; do container_port "$name" >/dev/null; done
    mkdir -p "$RUN_DIR" "$LOG_DIR"
    case $action in
        start)
            "$(dirname "${BASH_SOURCE[0]}")/infra.sh" instance "$INSTANCE"
            for name in "${names[@]}"; do start_container "$name"; done ;;
        stop) for name in "${names[@]}"; do stop_container "$name"; done ;;
        status) for name in "${names[@]}"; do status_container "$name" || rc=3; done ;;
        env) for name in "${names[@]}"; do service_env "$name" | grep -vx -- -e | sed "s/^/$name /"; done ;;
        addresses) e2e_addresses ;;
        *) die "usage: $0 start|stop|status|env|addresses [${ALL[*]}]..." ;;
    esac
    return $rc
}

main "$@"
