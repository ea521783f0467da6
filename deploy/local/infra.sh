#!/usr/bin/env bash
# Local infrastructure for the Newsroom suite on loopback: PostgreSQL, Redis, Kafka (KRaft), Keycloak.
# Usage: deploy/local/infra.sh start|stop|status [postgres|redis|kafka|keycloak]...   (no component = all)
#        deploy/local/infra.sh instance NAME   database newsroom_NAME and topics NAME.articles.* for a second copy of
#                                              the suite on the same infrastructure (containers, the chart on podman)
# PID files and logs live in .run/; stop only touches processes whose PID file this script wrote.
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ALL=(postgres redis kafka keycloak)
DEPLOY=$NEWSROOM_ROOT/deploy

PG_HOST=127.0.0.1
PG_PORT=${NEWSROOM_PG_PORT:-5432}
PG_SUPERUSER=${NEWSROOM_PG_SUPERUSER:-postgres}
PG_DIR=$RUN_DIR/postgres
PG_EMBEDDED_DIR=$RUN_DIR/postgres-embedded
# 1 = skip the installed server binaries and run the embedded PostgreSQL (the fallback of machines without any)
PG_EMBEDDED=${NEWSROOM_PG_EMBEDDED:-0}

REDIS_PORT=${NEWSROOM_REDIS_PORT:-6379}

KAFKA_VERSION=4.4.0
KAFKA_DIR=$RUN_DIR/kafka
KAFKA_BOOTSTRAP=127.0.0.1:9092
KAFKA_TOPICS=("articles.submitted:6" "articles.extracted:6" "articles.extraction-failed:3")

KC_VERSION=26.5.6
KC_HOME=$RUN_DIR/keycloak/keycloak-$KC_VERSION
KC_URL=http://127.0.0.1:8180
KC_HEALTH=http://127.0.0.1:9000/health/ready
KC_REALM_FILE=$DEPLOY/keycloak/newsroom-realm.json

## PostgreSQL

pg_bin() {
    local tool=$1 dir
    for dir in /usr/lib/postgresql/*/bin; do :; done
    if [ -x "${dir:-}/$tool" ]; then printf '%s\n' "$dir/$tool"; return 0; fi
    command -v "$tool"
}

pg_client_tools() { command -v pg_isready >/dev/null && command -v psql >/dev/null; }

pg_answers() {
    if pg_client_tools; then pg_isready -h "$PG_HOST" -p "$PG_PORT" -q 2>/dev/null; else port_open "$PG_HOST" "$PG_PORT"; fi
}

pg_provision() {
    local psql=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_SUPERUSER" -d postgres -v ON_ERROR_STOP=1 -qtA)
    "${psql[@]}" -c 'select 1' >/dev/null 2>&1 || die "cannot connect to PostgreSQL on $PG_HOST:$PG_PORT as superuser '$PG_SUPERUSER' (set NEWSROOM_PG_SUPERUSER, trust auth expected)"
    "${psql[@]}" <<'SQL' >/dev/null
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsroom') THEN
    CREATE ROLE newsroom LOGIN CREATEDB PASSWORD 'newsroom';
  END IF;
END $$;
SELECT 'CREATE DATABASE newsroom OWNER newsroom' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'newsroom')\gexec
SELECT 'CREATE DATABASE newsroom_test OWNER newsroom' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'newsroom_test')\gexec
SQL
}

pg_private_start() {
    local initdb pg_ctl
    initdb=$(pg_bin initdb) || return 1
    pg_ctl=$(pg_bin pg_ctl) || return 1
    mkdir -p "$PG_DIR"
    chown postgres: "$PG_DIR"
    if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
        say "postgres: initdb of a private cluster in $PG_DIR/data"
        runuser -u postgres -- "$initdb" -D "$PG_DIR/data" -U "$PG_SUPERUSER" --auth=trust -E UTF8 >"$LOG_DIR/postgres-initdb.log" 2>&1 \
            || { log_tail "$LOG_DIR/postgres-initdb.log"; die "initdb failed"; }
    fi
    touch "$LOG_DIR/postgres.log" && chown postgres: "$LOG_DIR/postgres.log"
    runuser -u postgres -- "$pg_ctl" -D "$PG_DIR/data" -l "$LOG_DIR/postgres.log" -w -t 60 \
        -o "-p $PG_PORT -c listen_addresses=$PG_HOST -k $PG_DIR" start >/dev/null \
        || { log_tail "$LOG_DIR/postgres.log"; die "private PostgreSQL cluster failed to start"; }
    head -n1 "$PG_DIR/data/postmaster.pid" >"$(pid_file postgres)"
}

pg_embedded_libs() {
    ls "$PG_EMBEDDED_DIR"/libs/embedded-postgres-2*.jar >/dev/null 2>&1 && return 0
    say "postgres: resolving io.zonky.test:embedded-postgres (linux amd64 binaries only) into $PG_EMBEDDED_DIR/libs"
    mkdir -p "$PG_EMBEDDED_DIR/libs"
    mvn -B -q -f "$DEPLOY/local/embedded-postgres/pom.xml" dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$PG_EMBEDDED_DIR/libs" >"$LOG_DIR/postgres-resolve.log" 2>&1 \
        || { log_tail "$LOG_DIR/postgres-resolve.log"; rm -rf "$PG_EMBEDDED_DIR/libs"; die "postgres: could not resolve the embedded PostgreSQL"; }
}

pg_embedded_ready() { grep -q 'embedded PostgreSQL ready' "$LOG_DIR/postgres.log" 2>/dev/null && pg_answers; }

# Last fallback: PostgreSQL binaries unpacked from a jar, run by a small Java launcher that also provisions the databases.
pg_embedded_start() {
    local jdk pid
    jdk=$(pick_jdk 17) || die "postgres: the embedded PostgreSQL needs a JDK >= 17"
    pg_embedded_libs
    : >"$LOG_DIR/postgres.log"
    setsid nohup "$jdk/bin/java" -Xmx64m -cp "$PG_EMBEDDED_DIR/libs/*" \
        "$DEPLOY/local/embedded-postgres/EmbeddedPostgresLauncher.java" "$PG_PORT" "$PG_EMBEDDED_DIR/data-$PG_PORT" \
        >>"$LOG_DIR/postgres.log" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$(pid_file postgres)"
    say "postgres: started the embedded PostgreSQL (pid $pid), waiting for readiness"
    wait_ready postgres "$pid" 120 "$LOG_DIR/postgres.log" pg_embedded_ready
}

start_postgres() {
    if live_pid postgres postgres >/dev/null; then
        say "postgres: already running (started by infra.sh)"
    elif pg_answers; then
        say "postgres: using the server already answering on $PG_HOST:$PG_PORT"
    elif [ "$PG_EMBEDDED" = 1 ] || ! pg_bin initdb >/dev/null 2>&1; then
        pg_embedded_start
    else
        pg_client_tools || die "postgres: server binaries are installed but not the client tools (psql, pg_isready); install them (apt-get install postgresql-client) or set NEWSROOM_PG_EMBEDDED=1"
        local versions
        versions=$(ls /etc/postgresql 2>/dev/null | head -n1 || true)
        if [ "$PG_PORT" = 5432 ] && [ -n "$versions" ] && command -v pg_ctlcluster >/dev/null; then
            say "postgres: starting the Debian cluster $versions/main"
            pg_ctlcluster --skip-systemctl-redirect "$versions" main start >"$LOG_DIR/postgres.log" 2>&1 || warn "postgres: pg_ctlcluster failed (see $LOG_DIR/postgres.log)"
            local cluster_pid=/var/run/postgresql/$versions-main.pid
            if pg_answers && [ -f "$cluster_pid" ]; then head -n1 "$cluster_pid" >"$(pid_file postgres)"; fi
        fi
        pg_answers || pg_private_start
        local pid
        pid=$(live_pid postgres postgres || echo 0)
        (( pid > 0 )) && wait_ready postgres "$pid" 60 "$LOG_DIR/postgres.log" pg_answers
        pg_answers || die "postgres: server did not come up on $PG_HOST:$PG_PORT"
    fi
    if pg_client_tools; then
        pg_provision
    elif ! live_pid postgres EmbeddedPostgresLauncher >/dev/null; then
        die "postgres: cannot create the newsroom databases without psql (apt-get install postgresql-client)"
    fi
    say "postgres: ready on $PG_HOST:$PG_PORT (databases newsroom, newsroom_test; user newsroom/newsroom)"
}

stop_postgres() {
    local pid
    if pid=$(live_pid postgres postgres); then
        say "postgres: stopping pid $pid"
        kill -INT "$pid" 2>/dev/null || true
        terminate 30 "$pid"
    else
        say "postgres: not started by infra.sh, left as it is"
    fi
    rm -f "$(pid_file postgres)"
}

status_postgres() {
    local how="external server"
    live_pid postgres postgres >/dev/null && how="started by infra.sh, pid $(live_pid postgres postgres)"
    if pg_answers; then say "postgres  UP    $PG_HOST:$PG_PORT ($how)"; else say "postgres  DOWN  $PG_HOST:$PG_PORT"; return 1; fi
}

## Redis

redis_answers() {
    if command -v redis-cli >/dev/null; then
        [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]
    else
        port_open 127.0.0.1 "$REDIS_PORT"
    fi
}

start_redis() {
    if live_pid redis redis-server >/dev/null; then
        say "redis: already running (started by infra.sh)"
    elif redis_answers; then
        say "redis: using the server already answering on 127.0.0.1:$REDIS_PORT"
    else
        command -v redis-server >/dev/null || die "redis: nothing answers on 127.0.0.1:$REDIS_PORT and redis-server is not installed (apt-get install redis-server)."
        mkdir -p "$RUN_DIR/redis"
        : >"$LOG_DIR/redis.log"
        redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
            --dir "$RUN_DIR/redis" --logfile "$LOG_DIR/redis.log" --pidfile "$(pid_file redis)" \
            || { log_tail "$LOG_DIR/redis.log"; die "redis-server failed to start"; }
        local i pid=""
        for i in $(seq 50); do pid=$(live_pid redis redis-server) && break; sleep 0.1; done
        [ -n "$pid" ] || { log_tail "$LOG_DIR/redis.log"; die "redis-server exited during start-up"; }
        wait_ready redis "$pid" 20 "$LOG_DIR/redis.log" redis_answers
    fi
    say "redis: ready on 127.0.0.1:$REDIS_PORT"
}

stop_redis() {
    local pid
    if pid=$(live_pid redis redis-server); then
        say "redis: stopping pid $pid"
        terminate 10 "$pid"
    else
        say "redis: not started by infra.sh, left as it is"
    fi
    rm -f "$(pid_file redis)"
}

status_redis() {
    local how="external server"
    live_pid redis redis-server >/dev/null && how="started by infra.sh, pid $(live_pid redis redis-server)"
    if redis_answers; then say "redis     UP    127.0.0.1:$REDIS_PORT ($how)"; else say "redis     DOWN  127.0.0.1:$REDIS_PORT"; return 1; fi
}

## Kafka

kafka_java() {
    local jdk
    jdk=$(pick_jdk 17) || die "kafka: needs a JDK >= 17 (Temurin 25 at $TEMURIN_25, JAVA_HOME or java on PATH)"
    printf '%s/bin/java\n' "$jdk"
}

kafka_libs() {
    if ! ls "$KAFKA_DIR"/libs/kafka_2.13-"$KAFKA_VERSION".jar >/dev/null 2>&1; then
        say "kafka: resolving Kafka $KAFKA_VERSION jars from Maven Central into $KAFKA_DIR/libs"
        mkdir -p "$KAFKA_DIR/libs"
        mvn -B -q -f "$DEPLOY/local/kafka/pom.xml" dependency:copy-dependencies \
            -DincludeScope=runtime -DoutputDirectory="$KAFKA_DIR/libs" >"$LOG_DIR/kafka-resolve.log" 2>&1 \
            || { log_tail "$LOG_DIR/kafka-resolve.log"; rm -rf "$KAFKA_DIR/libs"; die "kafka: could not resolve the jars"; }
    fi
}

kafka_tool() {
    "$(kafka_java)" -Xmx256m -Dlog4j2.configurationFile="$DEPLOY/local/kafka/tools-log4j2.properties" \
        -cp "$KAFKA_DIR/libs/*" "$@"
}

kafka_started() { grep -q 'Kafka Server started' "$LOG_DIR/kafka.log" 2>/dev/null && port_open 127.0.0.1 9092; }

# Creates the suite's topics that are missing, their names prefixed by the optional argument.
kafka_topics() {
    local prefix=${1:-} existing spec name partitions
    existing=$(kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" --list)
    for spec in "${KAFKA_TOPICS[@]}"; do
        name=$prefix${spec%%:*}
        partitions=${spec##*:}
        if ! grep -qx -- "$name" <<<"$existing"; then
            kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" --create --if-not-exists \
                --topic "$name" --partitions "$partitions" --replication-factor 1 >/dev/null
            say "kafka: created topic $name ($partitions partitions)"
        fi
    done
}

start_kafka() {
    local pid
    if pid=$(live_pid kafka "$KAFKA_DIR/server.properties"); then
        say "kafka: already running (pid $pid)"
    elif port_open 127.0.0.1 9092; then
        say "kafka: something else already listens on $KAFKA_BOOTSTRAP; using it"
    else
        kafka_libs
        mkdir -p "$KAFKA_DIR/data"
        sed "s#@DATA_DIR@#$KAFKA_DIR/data#" "$DEPLOY/local/kafka/server.properties" >"$KAFKA_DIR/server.properties"
        if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
            local cluster_id
            cluster_id=$(kafka_tool kafka.tools.StorageTool random-uuid)
            kafka_tool kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$KAFKA_DIR/server.properties" \
                >"$LOG_DIR/kafka-format.log" 2>&1 || { log_tail "$LOG_DIR/kafka-format.log"; die "kafka: storage format failed"; }
            say "kafka: formatted storage (cluster id $cluster_id)"
        fi
        : >"$LOG_DIR/kafka.log"
        setsid nohup "$(kafka_java)" -Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
            -Dlog4j2.configurationFile="$DEPLOY/local/kafka/log4j2.properties" \
            -cp "$KAFKA_DIR/libs/*" kafka.Kafka "$KAFKA_DIR/server.properties" \
            >>"$LOG_DIR/kafka.log" 2>&1 </dev/null &
        pid=$!
        echo "$pid" >"$(pid_file kafka)"
        say "kafka: started pid $pid, waiting for readiness"
        wait_ready kafka "$pid" 120 "$LOG_DIR/kafka.log" kafka_started
    fi
    kafka_libs
    kafka_topics
    say "kafka: ready on $KAFKA_BOOTSTRAP (topics ${KAFKA_TOPICS[*]})"
}

stop_kafka() {
    local pid
    if pid=$(live_pid kafka "$KAFKA_DIR/server.properties"); then
        say "kafka: stopping pid $pid"
        terminate 60 "$pid"
    else
        say "kafka: not running from infra.sh"
    fi
    rm -f "$(pid_file kafka)"
}

status_kafka() {
    local how="not started by infra.sh"
    live_pid kafka "$KAFKA_DIR/server.properties" >/dev/null && how="pid $(live_pid kafka "$KAFKA_DIR/server.properties")"
    if port_open 127.0.0.1 9092; then say "kafka     UP    $KAFKA_BOOTSTRAP ($how)"; else say "kafka     DOWN  $KAFKA_BOOTSTRAP"; return 1; fi
}

## Keycloak

kc_ready() { curl -sf -o /dev/null "$KC_HEALTH" && curl -sf -o /dev/null "$KC_URL/realms/newsroom/.well-known/openid-configuration"; }

kc_dist() {
    [ -x "$KC_HOME/bin/kc.sh" ] && return 0
    local zip_dir=$RUN_DIR/downloads
    local zip=$zip_dir/keycloak-quarkus-dist-$KC_VERSION.zip
    if [ ! -f "$zip" ]; then
        say "keycloak: resolving org.keycloak:keycloak-quarkus-dist:$KC_VERSION (zip, 164 MB) from Maven Central"
        mkdir -p "$zip_dir"
        mvn -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
            -DoutputDirectory="$zip_dir" >"$LOG_DIR/keycloak-resolve.log" 2>&1 \
            || { log_tail "$LOG_DIR/keycloak-resolve.log"; die "keycloak: could not resolve the distribution"; }
    fi
    mkdir -p "$RUN_DIR/keycloak"
    unzip -q -o "$zip" -d "$RUN_DIR/keycloak" || die "keycloak: unzip failed"
    rm -f "$zip"
}

# The realm is imported only into an empty database: a new realm file or new secrets in the environment wipe data/.
kc_realm_fingerprint() {
    { cat "$KC_REALM_FILE"; env | { grep -E '^NEWSROOM_[A-Z_]*(SECRET|PASSWORD)=' || true; } | sort; } | sha256sum | cut -d' ' -f1
}

kc_java_child() { pgrep -P "$1" -f java 2>/dev/null | head -n1; }

start_keycloak() {
    local pid
    if pid=$(live_pid keycloak "$KC_HOME"); then
        say "keycloak: already running (pid $pid)"
        kc_ready || wait_ready keycloak "$pid" 240 "$LOG_DIR/keycloak.log" kc_ready
    elif kc_ready; then
        say "keycloak: a Keycloak this script did not start already serves realm newsroom on $KC_URL; using it"
    elif port_open 127.0.0.1 8180; then
        die "keycloak: port 8180 is taken by a process infra.sh did not start"
    else
        local jdk
        jdk=$(pick_jdk 21) || die "keycloak: needs a JDK >= 21 (Temurin 25 expected at $TEMURIN_25)"
        kc_dist
        local fingerprint stamp=$RUN_DIR/keycloak/realm.sha256
        fingerprint=$(kc_realm_fingerprint)
        if [ "$(cat "$stamp" 2>/dev/null)" != "$fingerprint" ]; then
            say "keycloak: realm file or secrets changed, wiping $KC_HOME/data for a fresh import"
            rm -rf "$KC_HOME/data"
        fi
        mkdir -p "$KC_HOME/data/import"
        cp "$KC_REALM_FILE" "$KC_HOME/data/import/newsroom-realm.json"
        echo "$fingerprint" >"$stamp"
        : >"$LOG_DIR/keycloak.log"
        JAVA_HOME=$jdk KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
            JAVA_OPTS_APPEND="${KC_JAVA_OPTS_APPEND:--Xms64m -Xmx768m}" \
            setsid nohup "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port=8180 \
            --import-realm --health-enabled=true >>"$LOG_DIR/keycloak.log" 2>&1 </dev/null &
        pid=$!
        echo "$pid" >"$(pid_file keycloak)"
        say "keycloak: started pid $pid (JDK $(java_major "$jdk")), waiting for readiness"
        wait_ready keycloak "$pid" 240 "$LOG_DIR/keycloak.log" kc_ready
    fi
    # a realm imported before the file gained a part (the console's client) gets it through the admin REST API
    "$DEPLOY/local/realm-apply.sh" || die "keycloak: the realm could not be brought up to date (deploy/local/realm-apply.sh)"
    say "keycloak: ready on $KC_URL (realm newsroom, admin console admin/admin, health $KC_HEALTH)"
}

stop_keycloak() {
    local pid child
    if pid=$(live_pid keycloak "$KC_HOME"); then
        child=$(kc_java_child "$pid" || true)
        say "keycloak: stopping pid $pid${child:+ and its java child $child}"
        terminate 30 ${child:+"$child"} "$pid"
    else
        say "keycloak: not running from infra.sh"
    fi
    rm -f "$(pid_file keycloak)"
}

status_keycloak() {
    local how="not started by infra.sh"
    live_pid keycloak "$KC_HOME" >/dev/null && how="pid $(live_pid keycloak "$KC_HOME")"
    if kc_ready; then say "keycloak  UP    $KC_URL ($how)"; else say "keycloak  DOWN  $KC_URL ($how)"; return 1; fi
}

## A second copy of the suite on the same infrastructure: its own database and topics, nothing shared but the servers

provision_instance() {
    local name=$1
    [[ $name =~ ^[a-z][a-z0-9]{0,20}$ ]] || die "instance name '$name': lowercase letters and digits"
    pg_answers && port_open 127.0.0.1 9092 || die "instance $name: PostgreSQL and Kafka must be up (deploy/local/infra.sh start)"
    pg_client_tools || die "instance $name: needs psql (apt-get install postgresql-client)"
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_SUPERUSER" -d postgres -v ON_ERROR_STOP=1 -qtA >/dev/null <<SQL
SELECT 'CREATE DATABASE newsroom_$name OWNER newsroom' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'newsroom_$name')\gexec
SQL
    kafka_libs
    kafka_topics "$name."
    say "instance $name: database newsroom_$name, topics $name.articles.*"
}

## Main

usage() { die "usage: $0 start|stop|status [postgres|redis|kafka|keycloak]... | instance NAME"; }

main() {
    [ $# -ge 1 ] || usage
    local action=$1 component rc=0
    shift
    if [ "$action" = instance ]; then
        [ $# -eq 1 ] || usage
        mkdir -p "$RUN_DIR" "$LOG_DIR"
        provision_instance "$1"
        return 0
    fi
    local components=("$@")
    [ ${#components[@]} -gt 0 ] || components=("${ALL[@]}")
    for component in "${components[@]}"; do
        [[ " ${ALL[*]} " == *" $component "* ]] || die "unknown component '$component' (known: ${ALL[*]})"
    done
    mkdir -p "$RUN_DIR" "$LOG_DIR"
    case $action in
        start)
            for component in "${components[@]}"; do "start_$component"; done ;;
        stop)
            local i
            for (( i=${#components[@]}-1; i>=0; i-- )); do "stop_${components[i]}"; done ;;
        status)
            for component in "${components[@]}"; do "status_$component" || rc=3; done ;;
        *) usage ;;
    esac
    return $rc
}

main "$@"
