#!/usr/bin/env bash
# The chart's workloads on podman: renders the umbrella chart with helm-java and deploy/helm/values-local-podman.yaml,
# `podman kube play`s the Deployments and ConfigMaps with the operator's Secrets created first, and waits for every pod's readiness
# probe. bin/newsroom chart-smoke runs `up`, submits an article to the gateway pod, then `down`.
# Usage: deploy/local/chart-smoke.sh up|down|gateway
#   up       play the workloads (the images of bin/newsroom images, the local infrastructure up), print each step
#   down     `podman kube down` what up played and remove its Secrets
#   gateway  the gateway pod's address
# Settings: NEWSROOM_CHART_VALUES (deploy/helm/values-local-podman.yaml), NEWSROOM_CHART_READY_TIMEOUT (240 s)
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ALL=(article-service extraction-service gateway)
VALUES=${NEWSROOM_CHART_VALUES:-$NEWSROOM_ROOT/deploy/helm/values-local-podman.yaml}
INSTANCE=chart
RELEASE=newsroom
WORK=$RUN_DIR/chart-smoke
PLAYED=$WORK/workloads.yaml
SECRETS=$WORK/secrets
READY_TIMEOUT=${NEWSROOM_CHART_READY_TIMEOUT:-240}
# The Secrets an operator creates before installing (deploy/helm/README.md "Install"), with the local realm's values.
SECRET_DATA=("newsroom-database username=newsroom password=newsroom"
             "newsroom-keycloak-admin client-secret=${NEWSROOM_ADMIN_API_SECRET:-admin-api-secret}"
             "newsroom-console client-secret=${NEWSROOM_CONSOLE_SECRET:-console-secret-for-local-development-only} session-secret=${NEWSROOM_CONSOLE_SESSION_SECRET:-console-session-key-for-the-chart-smoke-only}")

step_no=0
step() { step_no=$((step_no + 1)); say "[$step_no] $*"; }
now_ms() { date +%s%3N; }
seconds_since() { local ms=$(( $(now_ms) - $1 )); printf '%d.%01d s' $((ms / 1000)) $((ms % 1000 / 100)); }

# Renders the chart with the deploy module's test classes (helm-java is a test dependency there).
render() {
    local classpath=$WORK/deploy.classpath jdk
    jdk=$(pick_jdk 21) || die "rendering needs a JDK >= 21"
    (cd "$NEWSROOM_ROOT" && JAVA_HOME=$jdk mvn -B -q -f deploy/pom.xml test-compile dependency:build-classpath \
        -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test) >"$LOG_DIR/chart-smoke-build.log" 2>&1 \
        || { log_tail "$LOG_DIR/chart-smoke-build.log"; die "could not build deploy's test classes"; }
    (cd "$NEWSROOM_ROOT/deploy" && "$jdk/bin/java" -Dhelm.charts=helm -Dslf4j.internal.verbosity=ERROR \
        -cp "target/test-classes:$(cat "$classpath")" io.newsroom.deploy.ChartForPodman "$VALUES" "$PLAYED" "$RELEASE") \
        2>"$LOG_DIR/chart-smoke-render.log" || { log_tail "$LOG_DIR/chart-smoke-render.log"; die "helm template failed"; }
}

# Each created with `podman secret create` as the JSON map of a Secret's data (key: base64 value), which is what
# podman 4.3 reads for a secretKeyRef: a Secret it plays itself is stored as YAML and fails ("is not valid JSON").
create_secrets() {
    local entry name rest pair data
    mkdir -p "$SECRETS"
    for entry in "${SECRET_DATA[@]}"; do
        read -r name rest <<<"$entry"
        data='{}'
        for pair in $rest; do
            data=$(jq -c --arg key "${pair%%=*}" --arg value "$(printf '%s' "${pair#*=}" | base64 -w0)" '. + {($key): $value}' <<<"$data")
        done
        printf '%s\n' "$data" >"$SECRETS/$name.json"
        pm secret rm "$name" >/dev/null 2>&1 || true
        pm secret create "$name" "$SECRETS/$name.json" >/dev/null
        say "    Secret $name (keys: $(jq -r 'keys | join(", ")' <<<"$data")): podman secret create $name ${SECRETS#"$NEWSROOM_ROOT"/}/$name.json"
    done
}

http_status() { curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null || true; }

# What the runtime applied to a pod's container: user, read-only root, capabilities, no_new_privs, seccomp, env.
describe_container() {
    local container=$1 pid
    pid=$(pm inspect -f '{{.State.Pid}}' "$container")
    say "    $(pm inspect -f 'user {{.Config.User}}, read-only root {{.HostConfig.ReadonlyRootfs}}, network {{.HostConfig.NetworkMode}}' "$container"), $(awk '
        /^CapEff:/ {caps = ($2 == "0000000000000000") ? "no capabilities" : "capabilities " $2}
        /^NoNewPrivs:/ {nnp = ($2 == 1) ? "no new privileges" : "new privileges allowed"}
        /^Seccomp:/ {sec = ($2 == 2) ? "seccomp filter" : "seccomp mode " $2}
        /^Uid:/ {uid = "uid " $2}
        END {print uid ", " caps ", " nnp ", " sec}' "/proc/$pid/status")"
    say "    env: $(tr '\0' '\n' <"/proc/$pid/environ" | grep -c '^NEWSROOM_') NEWSROOM_* variables ($(tr '\0' '\n' <"/proc/$pid/environ" \
        | grep -E '^NEWSROOM_(DB_URL|TOPICS_SUBMITTED|ARTICLE_SERVICE_URL)=' | tr '\n' ' ' | sed 's/ $//'))"
}

wait_pod_ready() {
    local deployment=$1 container_name=$2 port=$3 path=$4 start=$5 container health check
    container=$deployment-pod-0-$container_name
    until [ "$(http_status "http://127.0.0.1:$port$path")" = 200 ]; do
        if [ "$(pm inspect -f '{{.State.Running}}' "$container" 2>/dev/null)" != true ] \
            || (( $(now_ms) - start > READY_TIMEOUT * 1000 )); then
            pm logs --tail 40 "$container" >&2 || true
            die "$container not ready on 127.0.0.1:$port$path"
        fi
        sleep 0.2
    done
    say "    $container: readiness probe $path on 127.0.0.1:$port answers 200, $(seconds_since "$start") after kube play, RSS $(container_rss_mib "$container") MiB"
    # podman 4.3 runs the liveness probe only, as a healthcheck (no systemd timers here: run it once by hand)
    check=$(pm inspect -f '{{join .Config.Healthcheck.Test " "}} (every {{.Config.Healthcheck.Interval}}, timeout {{.Config.Healthcheck.Timeout}}, {{.Config.Healthcheck.Retries}} retries)' "$container" | sed 's/^CMD-SHELL //')
    if health=$(pm healthcheck run "$container" 2>&1); then health=healthy; fi
    say "    liveness probe as podman's healthcheck: $check: ${health:-healthy}"
    describe_container "$container"
}

cmd_up() {
    local image deployment container_name port path start
    mkdir -p "$WORK" "$LOG_DIR"
    step "images: the JVM images of bin/newsroom images"
    for name in "${ALL[@]}"; do
        image=$(service_image "$name")
        pm image exists "$image" || die "no image $image: run bin/newsroom images first"
        say "    $image"
    done
    step "instance $INSTANCE on the local infrastructure"
    "$(dirname "${BASH_SOURCE[0]}")/infra.sh" instance "$INSTANCE" | sed 's/^/    /'
    step "render: helm template (helm-java) $RELEASE deploy/helm/newsroom -f ${VALUES#"$NEWSROOM_ROOT"/}"
    render
    step "secrets the operator creates first (deploy/helm/README.md, Install)"
    create_secrets
    step "podman kube play ${PLAYED#"$NEWSROOM_ROOT"/} (the ConfigMaps and Deployments)"
    start=$(now_ms)
    pm kube play "$PLAYED" >"$LOG_DIR/chart-smoke-play.log" 2>&1 \
        || { log_tail "$LOG_DIR/chart-smoke-play.log"; die "podman kube play failed"; }
    pm pod ps --filter "name=^$RELEASE-" --format '    pod {{.Name}}: {{.Status}}, {{.NumberOfContainers}} containers'
    step "readiness: each pod's readiness probe (path and port from the rendered Deployment, polled from the host:
    podman 4.3 runs neither readiness nor startup probes)"
    while IFS=$'\t' read -r -u 3 deployment container_name port path; do
        wait_pod_ready "$deployment" "$container_name" "$port" "$path" "$start"
    done 3<"$PLAYED.pods"
}

cmd_down() {
    local entry deployment
    if [ -f "$PLAYED" ]; then
        pm kube down "$PLAYED" >/dev/null 2>&1 || true
        # a play that failed half-way leaves pods kube down does not know
        while IFS=$'\t' read -r -u 3 deployment _; do
            pm pod rm -f "$deployment-pod-0" >/dev/null 2>&1 || true
        done 3<"$PLAYED.pods"
        say "chart-smoke: podman kube down ${PLAYED#"$NEWSROOM_ROOT"/}: $(pm pod ps -q --filter "name=^$RELEASE-" | wc -l) pods left"
    fi
    for entry in "${SECRET_DATA[@]}"; do
        pm secret rm "${entry%% *}" >/dev/null 2>&1 || true
    done
    say "chart-smoke: Secrets removed"
}

cmd_gateway() {
    [ -f "$PLAYED.pods" ] || die "nothing played (deploy/local/chart-smoke.sh up)"
    awk -F'\t' '$2 == "gateway" {print "http://127.0.0.1:" $3}' "$PLAYED.pods"
}

case ${1:-} in
    up) cmd_up ;;
    down) cmd_down ;;
    gateway) cmd_gateway ;;
    *) die "usage: $0 up|down|gateway" ;;
esac
