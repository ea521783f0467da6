#!/usr/bin/env bash
# Load test: GET of one article directly from article-service, through the gateway, and through nginx, in one run.
# Needs Keycloak and article-service running (bin/newsroom up) and the gateway packaged (mvn -pl gateway package).
#
# Two layouts, each measured in interleaved rounds (direct, gateway, nginx, again...), the median of the rounds kept:
#   shared  every process may run on every core: the proxy and the backend compete for the same CPUs, so any proxy
#           takes throughput away from the backend it fronts (on a 2-core machine even nginx loses a quarter).
#   split   article-service on the first half of the cores; the proxy and the load generator on the other half, as
#           when the gateway runs in its own pods. PostgreSQL and Redis are not this script's processes: they float.
# Besides req/s and latency it prints the CPU each request cost the proxy and the backend (from /proc).
#
# Usage: [GATEWAY_JAVA_OPTS=...] gateway/bench/bench-gateway.sh [SECONDS_PER_MEASURE] [CONNECTIONS] [ROUNDS]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN=$ROOT/.run/bench-gateway
DURATION=${1:-10}
CONNECTIONS=${2:-32}
ROUNDS=${3:-3}
# The median of an even number of rounds is no round's figure: an even count is raised to the next odd one.
if [ $((ROUNDS % 2)) -eq 0 ]; then
    ROUNDS=$((ROUNDS + 1))
    echo "(rounds raised to $ROUNDS so that the median is a measured round)"
fi
WARM_SECONDS=3
ARTICLE_URL=${NEWSROOM_ARTICLE_SERVICE_URL:-http://127.0.0.1:8081}
KEYCLOAK=${NEWSROOM_KEYCLOAK_URL:-http://127.0.0.1:8180}
GATEWAY_PORT=18090
NGINX_PORT=18091
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
CLOCK_TICKS=$(getconf CLK_TCK)
mkdir -p "$RUN"
rm -f "$RUN"/*.result

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    apt-get install -y wrk nginx >/dev/null
fi

article_pid=$(ss -ltnpH "sport = :${ARTICLE_URL##*:}" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -1)
original_affinity=""
if [ -n "$article_pid" ]; then
    original_affinity=$(taskset -pc "$article_pid" | sed -E 's/.*: //')
fi

cleanup() {
    [ -n "$original_affinity" ] && taskset -apc "$original_affinity" "$article_pid" >/dev/null 2>&1 || true
    [ -f "$RUN/nginx.pid" ] && kill "$(cat "$RUN/nginx.pid")" 2>/dev/null || true
    [ -f "$RUN/gateway.pid" ] && kill "$(cat "$RUN/gateway.pid")" 2>/dev/null || true
    rm -f "$RUN/nginx.pid" "$RUN/gateway.pid"
}
trap cleanup EXIT

token() {
    curl -sf -u partner-acme:acme-secret -d grant_type=client_credentials \
        "$KEYCLOAK/realms/newsroom/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

article=$(curl -sf -H "Authorization: Bearer $(token)" -H 'Content-Type: application/json' \
    -d '{"content":"The council said on Tuesday that the bridge would reopen in May.","contentType":"text/plain"}' \
    "$ARTICLE_URL/api/v1/articles" | sed -E 's/.*"id":"([^"]+)".*/\1/')

# The bench client gets a quota it cannot exhaust, so the figures measure the proxy path; Redis is still consulted,
# once per lease of 10 tokens, as for a partner at its 100/s quota.
# GATEWAY_JAVA_OPTS adds JVM options to the gateway (a profiler, e.g. -XX:StartFlightRecording=filename=gw.jfr).
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${GATEWAY_JAVA_OPTS:-} -Dquarkus.http.port=$GATEWAY_PORT \
    -Dnewsroom.gateway.backends.article-service.url="$ARTICLE_URL" \
    -Dnewsroom.gateway.quota.clients.partner-acme.capacity=100000000 \
    -Dnewsroom.gateway.quota.clients.partner-acme.refill-per-second=100000000 \
    -Dquarkus.log.category.\"io.newsroom.gateway.access\".level=WARN \
    -jar "$ROOT/gateway/target/quarkus-app/quarkus-run.jar" >"$RUN/gateway.log" 2>&1 &
echo $! >"$RUN/gateway.pid"

cat >"$RUN/nginx.conf" <<NGINX
worker_processes 1;
pid $RUN/nginx.pid;
error_log $RUN/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $RUN/nginx-body;
    proxy_temp_path $RUN/nginx-proxy;
    fastcgi_temp_path $RUN/nginx-fastcgi;
    uwsgi_temp_path $RUN/nginx-uwsgi;
    scgi_temp_path $RUN/nginx-scgi;
    upstream article_service { server ${ARTICLE_URL#http://}; keepalive 64; }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / {
            proxy_pass http://article_service;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
}
NGINX
nginx -c "$RUN/nginx.conf"

for _ in $(seq 1 120); do
    kill -0 "$(cat "$RUN/gateway.pid")" 2>/dev/null || { tail -20 "$RUN/gateway.log"; exit 1; }
    curl -sf "http://127.0.0.1:$GATEWAY_PORT/q/health/ready" >/dev/null && break
    sleep 0.5
done
nginx_pids="$(cat "$RUN/nginx.pid") $(pgrep -P "$(cat "$RUN/nginx.pid")" | tr '\n' ' ')"
gateway_pid=$(cat "$RUN/gateway.pid")

declare -A URL=([direct]="$ARTICLE_URL/api/v1/articles/$article"
    [gateway]="http://127.0.0.1:$GATEWAY_PORT/api/v1/articles/$article"
    [nginx]="http://127.0.0.1:$NGINX_PORT/api/v1/articles/$article")
declare -A PROXY_PIDS=([direct]="" [gateway]="$gateway_pid" [nginx]="$nginx_pids")

# CPU ticks (user + system) used so far by the given processes.
cpu_ticks() {
    local total=0 pid
    for pid in "$@"; do
        [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo "$total"
}

# Runs wrk against one path; appends "rps p50 p99 non2xx proxy_us backend_us" to $RUN/<layout>-<path>.result.
measure() {
    local layout=$1 name=$2 wrk_cpus=$3 bearer out proxy_before backend_before requests
    bearer=$(token)
    taskset -c "$wrk_cpus" wrk -t2 -c"$CONNECTIONS" -d"${WARM_SECONDS}s" -H "Authorization: Bearer $bearer" "${URL[$name]}" >/dev/null
    proxy_before=$(cpu_ticks ${PROXY_PIDS[$name]})
    backend_before=$(cpu_ticks $article_pid)
    out=$(taskset -c "$wrk_cpus" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency \
        -H "Authorization: Bearer $bearer" "${URL[$name]}")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    awk -v rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
        -v p50="$(awk '$1 == "50%" {print $2}' <<<"$out")" -v p99="$(awk '$1 == "99%" {print $2}' <<<"$out")" \
        -v errors="$(awk '/Non-2xx/ {print $5}' <<<"$out")" -v n="$requests" -v hz="$CLOCK_TICKS" \
        -v proxy="$(( $(cpu_ticks ${PROXY_PIDS[$name]}) - proxy_before ))" \
        -v backend="$(( $(cpu_ticks $article_pid) - backend_before ))" \
        'BEGIN { printf "%s %s %s %d %.0f %.0f\n", rps, p50, p99, errors + 0, proxy * 1e6 / hz / n, backend * 1e6 / hz / n }' \
        >>"$RUN/$layout-$name.result"
}

# Median row of a result file (by req/s; the rounds are odd in number, so it is the middle round).
median() { sort -n -k1,1 "$1" | awk '{ rows[NR] = $0 } END { print rows[(NR + 1) / 2] }'; }

# Spread of one column of a result file over the rounds: "lowest-highest" (column 1 req/s, 5 proxy cpu/req).
spread() { sort -n -k"$2,$2" "$1" | awk -v c="$2" 'NR == 1 { low = $c } { high = $c } END { printf "%s-%s", low, high }'; }

pin() {
    local cpus=$1; shift
    local pid
    for pid in "$@"; do taskset -apc "$cpus" "$pid" >/dev/null; done
}

cores=$(nproc)
all_cpus="0-$((cores - 1))"
half=$((cores / 2))
layouts=(shared)
if [ "$cores" -ge 2 ] && [ -n "$article_pid" ]; then
    layouts+=(split)
else
    echo "(split layout skipped: it needs 2 cores and an article-service process on this machine)"
fi

# JIT warm-up of the fresh gateway (article-service and nginx need little)
taskset -c "$all_cpus" wrk -t2 -c"$CONNECTIONS" -d15s -H "Authorization: Bearer $(token)" "${URL[gateway]}" >/dev/null

for layout in "${layouts[@]}"; do
    if [ "$layout" = split ]; then
        backend_cpus="0-$((half - 1))"
        proxy_cpus="$half-$((cores - 1))"
    else
        backend_cpus=$all_cpus
        proxy_cpus=$all_cpus
    fi
    [ -n "$article_pid" ] && pin "$backend_cpus" "$article_pid"
    pin "$proxy_cpus" "$gateway_pid" $nginx_pids
    for _ in $(seq 1 "$ROUNDS"); do
        for name in direct gateway nginx; do
            measure "$layout" "$name" "$proxy_cpus"
        done
    done
done

echo "GET /api/v1/articles/$article: $cores cores, ${DURATION}s x $ROUNDS rounds per path (the median round by req/s; spreads are lowest-highest over the rounds), $CONNECTIONS connections, wrk -t2"
echo "cpu/req = CPU time one request cost that process (proxy: gateway or nginx; backend: article-service)"
printf '%-7s %-8s %10s %17s %9s %9s %8s %14s %13s %16s\n' layout path req/s "req/s spread" p50 p99 non-2xx "proxy cpu/req" "(spread)" "backend cpu/req"
for layout in "${layouts[@]}"; do
    for name in direct gateway nginx; do
        read -r rps p50 p99 errors proxy backend < <(median "$RUN/$layout-$name.result")
        if [ "$name" = direct ]; then proxy=-; else proxy="$proxy us"; fi
        if [ "$name" = direct ]; then proxy_spread=-; else proxy_spread=$(spread "$RUN/$layout-$name.result" 5); fi
        printf '%-7s %-8s %10s %17s %9s %9s %8s %14s %13s %16s\n' "$layout" "$name" "$rps" "$(spread "$RUN/$layout-$name.result" 1)" \
            "$p50" "$p99" "$errors" \
            "$proxy" "$proxy_spread" "$backend us"
        echo "$rps" >"$RUN/$layout-$name.rps"
        echo "${proxy% us}" >"$RUN/$layout-$name.cpu"
    done
done
for layout in "${layouts[@]}"; do
    awk -v l="$layout" -v g="$(cat "$RUN/$layout-gateway.rps")" -v d="$(cat "$RUN/$layout-direct.rps")" \
        -v n="$(cat "$RUN/$layout-nginx.rps")" \
        -v gc="$(cat "$RUN/$layout-gateway.cpu")" -v nc="$(cat "$RUN/$layout-nginx.cpu")" \
        'BEGIN { printf "%-7s gateway/direct = %.2f (target >= 0.80), nginx/direct = %.2f, gateway/nginx req/s = %.2f (target >= 1), gateway/nginx cpu/req = %.2f (target <= 1.5)\n", l, g / d, n / d, g / n, gc / nc }'
done
