#!/usr/bin/env bash
# Load test: GET of one article directly from article-service, through the gateway, and through nginx, in one run.
# Needs Keycloak and article-service running (bin/newsroom up) and the gateway packaged (mvn -pl gateway package).
# Usage: gateway/bench/bench-gateway.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN=$ROOT/.run/bench-gateway
DURATION=${1:-15}
CONNECTIONS=${2:-32}
ARTICLE_URL=${NEWSROOM_ARTICLE_SERVICE_URL:-http://127.0.0.1:8081}
KEYCLOAK=${NEWSROOM_KEYCLOAK_URL:-http://127.0.0.1:8180}
GATEWAY_PORT=18090
NGINX_PORT=18091
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mkdir -p "$RUN"

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    apt-get install -y wrk nginx >/dev/null
fi

cleanup() {
    [ -f "$RUN/nginx.pid" ] && kill "$(cat "$RUN/nginx.pid")" 2>/dev/null || true
    [ -f "$RUN/gateway.pid" ] && kill "$(cat "$RUN/gateway.pid")" 2>/dev/null || true
    rm -f "$RUN/nginx.pid" "$RUN/gateway.pid"
}
trap cleanup EXIT

token=$(curl -sf -u partner-acme:acme-secret -d grant_type=client_credentials \
    "$KEYCLOAK/realms/newsroom/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
article=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"content":"The council said on Tuesday that the bridge would reopen in May.","contentType":"text/plain"}' \
    "$ARTICLE_URL/api/v1/articles" | sed -E 's/.*"id":"([^"]+)".*/\1/')

# The bench client gets a quota it cannot exhaust, so the figures measure the proxy path (Redis is still consulted).
"$JAVA_HOME/bin/java" -Dquarkus.http.port=$GATEWAY_PORT \
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

measure() {
    local name=$1 url=$2 out
    wrk -t2 -c"$CONNECTIONS" -d2s -H "Authorization: Bearer $token" "$url" >/dev/null
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $token" "$url")
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    printf '%-10s %12s %10s %10s %10s\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}"
    echo "$rps" >"$RUN/$name.rps"
}

echo "GET /api/v1/articles/$article  ${DURATION}s, $CONNECTIONS connections, wrk -t2"
printf '%-10s %12s %10s %10s %10s\n' path req/s p50 p99 non-2xx
measure direct "$ARTICLE_URL/api/v1/articles/$article"
measure gateway "http://127.0.0.1:$GATEWAY_PORT/api/v1/articles/$article"
measure nginx "http://127.0.0.1:$NGINX_PORT/api/v1/articles/$article"
awk -v g="$(cat "$RUN/gateway.rps")" -v d="$(cat "$RUN/direct.rps")" -v n="$(cat "$RUN/nginx.rps")" \
    'BEGIN { printf "gateway/direct = %.2f (target >= 0.80), nginx/direct = %.2f\n", g / d, n / d }'
